// Fault injection of the simulator, and the product's StatisticsClient against it end to end.
#include "core/api/statisticsparser.h"
#include "simtestsupport.h"

#include <QTest>

#include <memory>

using namespace wsdash;
using namespace wsdash::sim;
using namespace wsdash::test;

class TestSimulatorFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_f.reset(); }

    void statusFaults_data();
    void statusFaults();
    void faultCountLimitsTheFault();
    void failureRate();
    void latency();
    void malformedJson();
    void partlyInvalid();
    void truncatedBody();
    void slowBody();
    void connectionReset();

    void clientEndToEnd();
    void clientWithToken();
    void clientRetriesAnInjected503();
    void clientReportsFaults_data();
    void clientReportsFaults();

private:
    RawReply statistics(const Query& query) { return m_f->statistics(query); }
    StatisticsResult fetch(const Credentials& credentials, const StatisticsQuery& query)
    {
        return m_f->fetch(credentials, query);
    }

    std::unique_ptr<SimulatorFixture> m_f;
};

void TestSimulatorFaults::init()
{
    SimulatorConfig config = smallConfig(8);
    config.rateLimit = 0;
    m_f = std::make_unique<SimulatorFixture>(config);
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError));
}

void TestSimulatorFaults::statusFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addRow("throttle") << QStringLiteral("throttle") << 429 << QStringLiteral("APIG.0308");
    QTest::addRow("500") << QStringLiteral("500") << 500 << QStringLiteral("WKS.0500");
    QTest::addRow("502") << QStringLiteral("502") << 502 << QStringLiteral("APIG.0202");
    QTest::addRow("503") << QStringLiteral("503") << 503 << QStringLiteral("WKS.0503");
    QTest::addRow("504") << QStringLiteral("504") << 504 << QStringLiteral("APIG.0201");
}

void TestSimulatorFaults::statusFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(QString, code);
    FaultSettings faults;
    faults.fault = *faultFromName(fault);
    m_f->sim().setFaults(faults);
    for (int i = 0; i < 3; ++i) {
        const RawReply reply = statistics({});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(isRequestId(reply.header("X-Request-Id")));
        if (status == 429)
            QCOMPARE(reply.header("Retry-After"), QByteArray("2"));
    }
    m_f->sim().clearFaults();
    QCOMPARE(statistics({}).status, 200);
}

void TestSimulatorFaults::faultCountLimitsTheFault()
{
    FaultSettings faults;
    faults.fault = Fault::ServiceUnavailable;
    faults.faultCount = 2;
    m_f->sim().setFaults(faults);
    QCOMPARE(statistics({}).status, 503);
    QCOMPARE(m_f->sim().faults().faultCount, 1);
    QCOMPARE(statistics({}).status, 503);
    QCOMPARE(statistics({}).status, 200);
    QCOMPARE(m_f->sim().faults().fault, Fault::None);
}

void TestSimulatorFaults::failureRate()
{
    FaultSettings faults;
    faults.failureRate = 1.0;
    m_f->sim().setFaults(faults);
    for (int i = 0; i < 8; ++i) {
        const int status = statistics({}).status;
        QVERIFY2(status == 500 || status == 502 || status == 503 || status == 504,
                 qPrintable(QString::number(status)));
    }
    faults.failureRate = 0.5;
    m_f->sim().setFaults(faults);
    int failed = 0;
    for (int i = 0; i < 60; ++i)
        failed += statistics({}).status >= 500 ? 1 : 0;
    QVERIFY2(failed >= 15 && failed <= 45, qPrintable(QString::number(failed)));
}

void TestSimulatorFaults::latency()
{
    FaultSettings faults;
    faults.latency = std::chrono::milliseconds(150);
    m_f->sim().setFaults(faults);
    const RawReply reply = statistics({});
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 145, qPrintable(QString::number(reply.elapsedMs)));
}

void TestSimulatorFaults::malformedJson()
{
    FaultSettings faults;
    faults.fault = Fault::MalformedJson;
    m_f->sim().setFaults(faults);
    const RawReply reply = statistics({p("statistics_type", QStringLiteral("run-state"))});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY(reply.body.startsWith("{\"total_num\":"));
    QVERIFY(!StatisticsParser::parse(reply.body));
}

void TestSimulatorFaults::partlyInvalid()
{
    FaultSettings faults;
    faults.fault = *faultFromName(QStringLiteral("partly-invalid"));
    faults.faultCount = 1;
    m_f->sim().setFaults(faults);
    // Other calls pass untouched and do not use the fault up.
    const RawReply pools = m_f->get(poolsPath(m_f->sim()), {});
    QCOMPARE(pools.status, 200);
    QCOMPARE(m_f->sim().faults().fault, Fault::PartlyInvalid);

    const RawReply reply = statistics({p("desktop_type", QStringLiteral("POOLED")),
                                       p("statistics_type", QStringLiteral("run-state"))});
    QCOMPARE(reply.status, 200);
    QVERIFY(!StatisticsParser::parse(reply.body));
    const auto partial = StatisticsParser::parseLenient(reply.body);
    QVERIFY(partial);
    QStringList paths;
    for (const ParseError& problem : partial->problems)
        paths.append(problem.path);
    QCOMPARE(paths, (QStringList{QStringLiteral("run_state_statistics.stop_num"),
                                 QStringLiteral("desktop_pool_statistics[0].total_num"),
                                 QStringLiteral("desktop_pool_statistics[1].desktop_pool_id")}));
    QCOMPARE(partial->statistics.pools->size(),
             static_cast<qsizetype>(m_f->sim().fleet().pools().size()) - 1);
    QCOMPARE(m_f->sim().faults().fault, Fault::None); // used up

    const RawReply clean = statistics({p("desktop_type", QStringLiteral("POOLED"))});
    QVERIFY(StatisticsParser::parse(clean.body));
}

void TestSimulatorFaults::truncatedBody()
{
    FaultSettings faults;
    faults.fault = Fault::TruncatedBody;
    m_f->sim().setFaults(faults);
    const RawReply reply = statistics({p("desktop_type", QStringLiteral("POOLED"))});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply.header("Content-Length").toInt() > reply.body.size());
}

void TestSimulatorFaults::slowBody()
{
    FaultSettings faults;
    faults.fault = Fault::SlowBody;
    faults.slowBodyDuration = std::chrono::milliseconds(300);
    m_f->sim().setFaults(faults);
    const RawReply reply = statistics({p("desktop_type", QStringLiteral("POOLED"))});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY2(reply.elapsedMs >= 250, qPrintable(QString::number(reply.elapsedMs)));
    QVERIFY(StatisticsParser::parse(reply.body)); // slow, but whole
}

void TestSimulatorFaults::connectionReset()
{
    FaultSettings faults;
    faults.fault = Fault::ConnectionReset; // for every call: Qt resends a request once or
    m_f->sim().setFaults(faults);          // twice when the connection closes unanswered
    const RawReply reply = statistics({});
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply.body.isEmpty());
    m_f->sim().clearFaults();
    QCOMPARE(statistics({}).status, 200); // the next connection is fine
}

void TestSimulatorFaults::clientEndToEnd()
{
    const auto query = StatisticsQuery::fromStrings(
        {QStringLiteral("DEDICATED"), QStringLiteral("POOLED")},
        {QStringLiteral("attach-state"), QStringLiteral("run-state"),
         QStringLiteral("login-state")},
        {m_f->sim().fleet().pools()[4].id, m_f->sim().fleet().pools()[2].id});
    QVERIFY(query);
    m_f->sim().clearReceivedRequests();
    const StatisticsResult result = fetch(m_f->sim().clientCredentials(), query.value());
    QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
    QCOMPARE(result.attempts, 1);
    QVERIFY(isRequestId(result.requestId.toLatin1()));

    const DesktopStatistics& stats = *result.statistics;
    const MetricCounts expected =
        expectedTotals(m_f->sim().fleet(), m_f->clock.now(), true, true, {2, 4});
    for (const auto& info : allMetrics())
        QCOMPARE(*stats.totals.value(info.metric), countOf(expected, info.metric));
    QCOMPARE(stats.pools->size(), 2);
    QCOMPARE(stats.poolsDroppedByClient, 0);

    // What the simulator received: repeated keys, signed, with the project header.
    QCOMPARE(m_f->sim().receivedRequests().size(), 1);
    const HttpRequest& received = m_f->sim().receivedRequests().first();
    QVERIFY(received.query.contains("desktop_type=DEDICATED&desktop_type=POOLED"));
    QCOMPARE(received.query.count("statistics_type="), 3);
    QCOMPARE(received.query.count("desktop_pool_ids="), 2);
    QVERIFY(received.header("Authorization").startsWith("SDK-HMAC-SHA256 Access="));
    QCOMPARE(received.header("X-Project-Id"), m_f->sim().projectId().toUtf8());
}

void TestSimulatorFaults::clientWithToken()
{
    const StatisticsResult result = fetch(m_f->sim().tokenCredentials(), StatisticsQuery());
    QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
    QCOMPARE(*result.statistics->totals.value(Metric::TotalNum),
             static_cast<qint64>(m_f->sim().fleet().desktopCount()));
    QVERIFY(m_f->sim().receivedRequests().last().header("Authorization").isEmpty());
}

void TestSimulatorFaults::clientRetriesAnInjected503()
{
    FaultSettings faults;
    faults.fault = Fault::ServiceUnavailable;
    faults.faultCount = 1;
    m_f->sim().setFaults(faults);
    const StatisticsResult result = fetch(m_f->sim().clientCredentials(), StatisticsQuery());
    QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
    QCOMPARE(result.attempts, 2);
}

void TestSimulatorFaults::clientReportsFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addRow("throttled") << QStringLiteral("throttle") << int(ApiError::Kind::Throttled)
                               << QStringLiteral("APIG.0308");
    QTest::addRow("500") << QStringLiteral("500") << int(ApiError::Kind::Http)
                         << QStringLiteral("WKS.0500");
    QTest::addRow("malformed") << QStringLiteral("malformed-json")
                               << int(ApiError::Kind::BadResponse) << QString();
    QTest::addRow("truncated") << QStringLiteral("truncated-body") << int(ApiError::Kind::Network)
                               << QString();
    QTest::addRow("reset") << QStringLiteral("reset") << int(ApiError::Kind::Network) << QString();
}

void TestSimulatorFaults::clientReportsFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QFETCH(QString, code);
    FaultSettings faults;
    faults.fault = *faultFromName(fault);
    faults.throttleRetryAfterSeconds = 0; // keep the client's retries quick
    m_f->sim().setFaults(faults);
    const StatisticsResult result = fetch(m_f->sim().clientCredentials(), StatisticsQuery());
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error.kind), kind);
    QVERIFY(result.attempts >= 1);
    if (!code.isEmpty())
        QCOMPARE(result.error.code, code);
}

QTEST_GUILESS_MAIN(TestSimulatorFaults)
#include "tst_simulatorfaults.moc"
