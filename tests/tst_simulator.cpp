// The simulator's API semantics, fault injection, and the product's client against it.
#include "fixedclock.h"
#include "simtestsupport.h"
#include "simulator.h"
#include "statisticsclient.h"
#include "statisticsparser.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace wsdash;
using namespace wsdash::sim;
using namespace wsdash::test;

namespace {

using Query = QList<QueryParameter>;

QueryParameter p(const char* name, const QString& value)
{
    return {QLatin1String(name), value};
}

// The counts the fleet holds for a scope, to compare answers with.
MetricCounts expectedTotals(Fleet& fleet, const QDateTime& when, bool dedicated, bool pooled,
                            const QList<int>& pools)
{
    const FleetCounts& counts = fleet.countsAt(when);
    MetricCounts sum{};
    if (dedicated)
        addCounts(sum, counts.dedicated);
    if (pooled) {
        for (int i = 0; i < static_cast<int>(counts.pools.size()); ++i) {
            if (pools.isEmpty() || pools.contains(i))
                addCounts(sum, counts.pools[static_cast<std::size_t>(i)]);
        }
    }
    return sum;
}

} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everyFilterCombinationAddsUp();
    void poolIdsRestrictTheScope();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void unknownPoolIsRefused();
    void poolListPages();
    void poolListLimits_data();
    void poolListLimits();
    void unknownPathIsNotFound();
    void everyAnswerHasARequestId();

    void statusFaults_data();
    void statusFaults();
    void faultCountLimitsTheFault();
    void failureRate();
    void latency();
    void malformedJson();
    void truncatedBody();
    void slowBody();
    void connectionReset();

    void clientEndToEnd();
    void clientWithToken();
    void clientRetriesAnInjected503();
    void clientReportsFaults_data();
    void clientReportsFaults();

private:
    RawReply get(const QString& path, const Query& query);
    RawReply statistics(const Query& query) { return get(statisticsPath(*m_sim), query); }
    StatisticsResult fetch(const Credentials& credentials, const StatisticsQuery& query);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Simulator> m_sim;
};

void TestSimulator::init()
{
    m_clock = std::make_unique<FixedClock>(wednesdayMorning());
    m_network = std::make_unique<QNetworkAccessManager>();
    SimulatorConfig config = smallConfig(8);
    config.rateLimit = 0; // semantics first; the gateway's limit has its own test
    m_sim = std::make_unique<Simulator>(config, *m_clock);
    const auto url = m_sim->start();
    QVERIFY2(url, url ? "" : qPrintable(url.error()));
}

void TestSimulator::cleanup()
{
    m_sim.reset();
    m_network.reset();
    m_clock.reset();
}

RawReply TestSimulator::get(const QString& path, const Query& query)
{
    return send(*m_network, *m_sim, signedRequest(*m_sim, path, query, m_clock->now()));
}

StatisticsResult TestSimulator::fetch(const Credentials& credentials, const StatisticsQuery& query)
{
    StatisticsClient client(m_network.get(), *m_clock);
    QSignalSpy finished(&client, &StatisticsClient::finished);
    StatisticsRequest request;
    request.endpoint = m_sim->endpoint();
    request.projectId = m_sim->projectId();
    request.credentials = credentials;
    request.query = query;
    request.timeout = std::chrono::milliseconds(5000);
    request.retry.baseDelay = std::chrono::milliseconds(10);
    request.retry.maxDelay = std::chrono::milliseconds(20);
    client.fetch(request);
    if (!finished.wait(8000))
        return {};
    return finished.first().first().value<StatisticsResult>();
}

void TestSimulator::everyFilterCombinationAddsUp()
{
    const QList<FleetPool> poolList(m_sim->fleet().pools().begin(), m_sim->fleet().pools().end());
    const QList<QList<int>> scopes = {{}, {2}, {0, 5}};
    int checked = 0;
    for (int types = 0; types < 4; ++types) {
        for (int families = 0; families < 8; ++families) {
            for (const QList<int>& scope : scopes) {
                Query query;
                if (types & 1)
                    query.append(p("desktop_type", QStringLiteral("DEDICATED")));
                if (types & 2)
                    query.append(p("desktop_type", QStringLiteral("POOLED")));
                const QList<Family> asked = [families] {
                    QList<Family> list;
                    for (const Family f : kAllFamilies) {
                        if (families & (1 << static_cast<int>(f)))
                            list.append(f);
                    }
                    return list;
                }();
                for (const Family f : asked)
                    query.append(p("statistics_type", wireName(statisticsTypeOf(f))));
                for (const int index : scope)
                    query.append(p("desktop_pool_ids", poolList[index].id));
                const QString label = canonicalQueryString(query);

                const RawReply reply = statistics(query);
                QVERIFY2(reply.status == 200, qPrintable(label + QLatin1String(": ") + QString::fromUtf8(reply.body)));
                const auto parsed = StatisticsParser::parse(reply.body);
                QVERIFY2(parsed, qPrintable(label));
                const DesktopStatistics& stats = parsed.value();

                // Only the families asked for, and complete.
                for (const Family f : kAllFamilies) {
                    QCOMPARE(stats.totals.hasFamily(f), asked.contains(f));
                    QCOMPARE(reply.json.contains(QLatin1String(familyObjectKey(f))), asked.contains(f));
                }
                const bool pooled = (types & 2) != 0;
                const bool dedicated = types == 0 ? scope.isEmpty() : (types & 1) != 0;
                const MetricCounts expected = expectedTotals(m_sim->fleet(), m_clock->now(),
                                                             dedicated, types == 0 || pooled, scope);
                QCOMPARE(*stats.totals.value(Metric::TotalNum), countOf(expected, Metric::TotalNum));
                for (const Family f : asked) {
                    qint64 sum = 0;
                    for (const Metric m : familyMetrics(f)) {
                        QCOMPARE(*stats.totals.value(m), countOf(expected, m));
                        sum += *stats.totals.value(m);
                    }
                    QCOMPARE(sum, *stats.totals.value(Metric::TotalNum));
                }

                // The per-pool breakdown only with POOLED, covering the scope, adding up.
                QCOMPARE(stats.pools.has_value(), pooled);
                if (pooled) {
                    const int expectedPools = scope.isEmpty() ? static_cast<int>(poolList.size())
                                                              : static_cast<int>(scope.size());
                    QCOMPARE(static_cast<int>(stats.pools->size()), expectedPools);
                    qint64 poolSum = 0;
                    for (const PoolStatistics& pool : *stats.pools) {
                        poolSum += *pool.counts.value(Metric::TotalNum);
                        for (const Family f : asked) {
                            qint64 sum = 0;
                            for (const Metric m : familyMetrics(f))
                                sum += *pool.counts.value(m);
                            QCOMPARE(sum, *pool.counts.value(Metric::TotalNum));
                        }
                    }
                    const qint64 dedicatedPart =
                        dedicated ? countOf(m_sim->fleet().countsAt(m_clock->now()).dedicated,
                                            Metric::TotalNum)
                                  : 0;
                    QCOMPARE(poolSum + dedicatedPart, *stats.totals.value(Metric::TotalNum));
                }
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 96);
}

void TestSimulator::poolIdsRestrictTheScope()
{
    const auto& pools = m_sim->fleet().pools();
    const FleetCounts counts = m_sim->fleet().countsAt(m_clock->now());

    // Pool IDs alone: those pools only, without a breakdown (POOLED was not asked for).
    RawReply reply = statistics({p("desktop_pool_ids", pools[3].id)});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("total_num")).toInteger(),
             countOf(counts.pools[3], Metric::TotalNum));
    QVERIFY(!reply.json.contains(QStringLiteral("desktop_pool_statistics")));

    // POOLED with two IDs (one repeated): exactly those two, in fleet order.
    reply = statistics({p("desktop_type", QStringLiteral("POOLED")),
                        p("desktop_pool_ids", pools[6].id), p("desktop_pool_ids", pools[1].id),
                        p("desktop_pool_ids", pools[6].id)});
    QCOMPARE(reply.status, 200);
    const QJsonArray breakdown = reply.json.value(QStringLiteral("desktop_pool_statistics")).toArray();
    QCOMPARE(breakdown.size(), 2);
    QCOMPARE(breakdown[0].toObject().value(QStringLiteral("desktop_pool_id")).toString(), pools[1].id);
    QCOMPARE(breakdown[0].toObject().value(QStringLiteral("desktop_pool_name")).toString(),
             pools[1].name);
    QCOMPARE(breakdown[1].toObject().value(QStringLiteral("desktop_pool_id")).toString(), pools[6].id);

    // DEDICATED and POOLED with an ID: the dedicated desktops plus that pool.
    reply = statistics({p("desktop_type", QStringLiteral("DEDICATED")),
                        p("desktop_type", QStringLiteral("POOLED")),
                        p("desktop_pool_ids", pools[0].id)});
    QCOMPARE(reply.json.value(QStringLiteral("total_num")).toInteger(),
             countOf(counts.dedicated, Metric::TotalNum) + countOf(counts.pools[0], Metric::TotalNum));

    // No filter at all: total_num only, every desktop.
    reply = statistics({});
    QCOMPARE(reply.json.keys(), QStringList{QStringLiteral("total_num")});
    QCOMPARE(reply.json.value(QStringLiteral("total_num")).toInteger(),
             static_cast<qint64>(m_sim->fleet().desktopCount()));
}

void TestSimulator::invalidValuesAreRefused_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addRow("lower-case desktop type") << QByteArray("desktop_type=dedicated");
    QTest::addRow("comma-joined desktop types") << QByteArray("desktop_type=DEDICATED%2CPOOLED");
    QTest::addRow("unknown desktop type") << QByteArray("desktop_type=POOL");
    QTest::addRow("unknown statistics type") << QByteArray("statistics_type=attach_state");
    QTest::addRow("comma-joined statistics types")
        << QByteArray("statistics_type=attach-state%2Crun-state");
    QTest::addRow("empty statistics type") << QByteArray("statistics_type=");
    QTest::addRow("empty pool ID") << QByteArray("desktop_pool_ids=");
}

void TestSimulator::invalidValuesAreRefused()
{
    QFETCH(QByteArray, query);
    RawRequest request;
    request.path = statisticsPath(*m_sim);
    request.query = query;
    request.headers = {{"X-Auth-Token", m_sim->tokenCredentials().iamToken.toUtf8()}};
    const RawReply reply = send(*m_network, *m_sim, request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.0001"));
    QVERIFY(!reply.json.value(QStringLiteral("error_msg")).toString().isEmpty());
    QVERIFY(reply.json.value(QStringLiteral("error_detail")).isString());
    QVERIFY(isRequestId(reply.header("X-Request-Id")));
}

void TestSimulator::unknownPoolIsRefused()
{
    const RawReply reply = statistics({p("desktop_type", QStringLiteral("POOLED")),
                                       p("desktop_pool_ids", m_sim->fleet().pools()[0].id),
                                       p("desktop_pool_ids", QStringLiteral("no-such-pool"))});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.0001"));
    QCOMPARE(reply.json.value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("desktop pool does not exist"));
    QVERIFY(reply.json.value(QStringLiteral("error_detail")).toString().contains(QLatin1String("no-such-pool")));
}

void TestSimulator::poolListPages()
{
    const auto& pools = m_sim->fleet().pools();
    QStringList seen;
    for (int offset = 0; offset < 12; offset += 3) {
        const RawReply reply = get(poolsPath(*m_sim), {p("offset", QString::number(offset)),
                                                       p("limit", QStringLiteral("3"))});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("total_count")).toInt(), 8);
        const QJsonArray page = reply.json.value(QStringLiteral("desktop_pools")).toArray();
        QCOMPARE(page.size(), std::clamp(8 - offset, 0, 3));
        for (const QJsonValue& value : page) {
            const QJsonObject pool = value.toObject();
            seen.append(pool.value(QStringLiteral("id")).toString());
            const FleetPool& fleetPool = pools[static_cast<std::size_t>(seen.size() - 1)];
            QCOMPARE(pool.value(QStringLiteral("name")).toString(), fleetPool.name);
            QCOMPARE(pool.value(QStringLiteral("desktop_count")).toInt(), fleetPool.desktopCount);
            QVERIFY(pool.value(QStringLiteral("desktop_used")).toInt() <= fleetPool.desktopCount);
            const QString type = pool.value(QStringLiteral("type")).toString();
            QVERIFY(type == QLatin1String("DYNAMIC") || type == QLatin1String("STATIC"));
            QVERIFY(!pool.value(QStringLiteral("status")).toString().isEmpty());
            QVERIFY(pool.value(QStringLiteral("availability_zone")).toString().startsWith(QLatin1String("cn-north-4")));
            QVERIFY(QDateTime::fromString(pool.value(QStringLiteral("created_time")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
        }
    }
    QStringList ids;
    for (const FleetPool& pool : pools)
        ids.append(pool.id);
    QCOMPARE(seen, ids);

    // Filters: type, and part of the name.
    const RawReply dynamic = get(poolsPath(*m_sim), {p("type", QStringLiteral("DYNAMIC"))});
    int expectedDynamic = 0;
    for (const FleetPool& pool : pools)
        expectedDynamic += pool.type == PoolType::Dynamic ? 1 : 0;
    QCOMPARE(dynamic.json.value(QStringLiteral("total_count")).toInt(), expectedDynamic);
    const RawReply named = get(poolsPath(*m_sim), {p("name", QStringLiteral("图形工作站"))});
    QCOMPARE(named.json.value(QStringLiteral("total_count")).toInt(), 1);
}

void TestSimulator::poolListLimits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("items"); // of the 1,200 pools
    QTest::addRow("default limit") << QString() << QString() << 200 << 1000;
    QTest::addRow("limit 1000") << QStringLiteral("limit") << QStringLiteral("1000") << 200 << 1000;
    QTest::addRow("limit 0") << QStringLiteral("limit") << QStringLiteral("0") << 200 << 0;
    QTest::addRow("limit 1001") << QStringLiteral("limit") << QStringLiteral("1001") << 400 << 0;
    QTest::addRow("limit -1") << QStringLiteral("limit") << QStringLiteral("-1") << 400 << 0;
    QTest::addRow("limit abc") << QStringLiteral("limit") << QStringLiteral("abc") << 400 << 0;
    QTest::addRow("offset 1100") << QStringLiteral("offset") << QStringLiteral("1100") << 200 << 100;
    QTest::addRow("offset past the end") << QStringLiteral("offset") << QStringLiteral("5000") << 200 << 0;
    QTest::addRow("offset -3") << QStringLiteral("offset") << QStringLiteral("-3") << 400 << 0;
    QTest::addRow("unknown type") << QStringLiteral("type") << QStringLiteral("dynamic") << 400 << 0;
}

void TestSimulator::poolListLimits()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(int, items);
    m_sim.reset();
    SimulatorConfig config = smallConfig(1200, 1200);
    config.rateLimit = 0;
    m_sim = std::make_unique<Simulator>(config, *m_clock);
    QVERIFY(m_sim->start());
    Query query;
    if (!name.isEmpty())
        query.append({name, value});
    const RawReply reply = get(poolsPath(*m_sim), query);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json.value(QStringLiteral("total_count")).toInt(), 1200);
        QCOMPARE(reply.json.value(QStringLiteral("desktop_pools")).toArray().size(), items);
    } else {
        QCOMPARE(reply.errorCode(), QStringLiteral("WKS.0001"));
    }
}

void TestSimulator::unknownPathIsNotFound()
{
    for (const QString& path : QStringList{QStringLiteral("/v2/%1/desktops").arg(m_sim->projectId()),
                                QStringLiteral("/v1/%1/statistics").arg(m_sim->projectId()),
                                QStringLiteral("/"), QString(statisticsPath(*m_sim) + QLatin1Char('/'))}) {
        const RawReply reply = get(path, {});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("APIGW.0101"));
        QCOMPARE(reply.json.value(QStringLiteral("request_id")).toString().toLatin1(),
                 reply.header("X-Request-Id"));
    }
    RawRequest post = signedRequest(*m_sim, statisticsPath(*m_sim), {}, m_clock->now());
    post.method = "POST";
    QCOMPARE(send(*m_network, *m_sim, post).status, 404);
}

void TestSimulator::everyAnswerHasARequestId()
{
    m_sim->gateway().setRateLimit(1);
    QSet<QByteArray> ids;
    const QList<RawReply> replies = {
        statistics({}),                                            // 200
        statistics({p("desktop_type", QStringLiteral("x"))}),     // 429: the limit is one
        get(QStringLiteral("/nowhere"), {}),                       // 404
        send(*m_network, *m_sim, RawRequest{"GET", statisticsPath(*m_sim), {}, {}}), // 401
    };
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(replies[1].status, 429);
    QCOMPARE(replies[2].status, 404);
    QCOMPARE(replies[3].status, 401);
    for (const RawReply& reply : replies) {
        QVERIFY(isRequestId(reply.header("X-Request-Id")));
        QVERIFY(!reply.header("Date").isEmpty());
        ids.insert(reply.header("X-Request-Id"));
    }
    QCOMPARE(ids.size(), replies.size());
}

void TestSimulator::statusFaults_data()
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

void TestSimulator::statusFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, status);
    QFETCH(QString, code);
    FaultSettings faults;
    faults.fault = *faultFromName(fault);
    m_sim->setFaults(faults);
    for (int i = 0; i < 3; ++i) {
        const RawReply reply = statistics({});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(isRequestId(reply.header("X-Request-Id")));
        if (status == 429)
            QCOMPARE(reply.header("Retry-After"), QByteArray("2"));
    }
    m_sim->clearFaults();
    QCOMPARE(statistics({}).status, 200);
}

void TestSimulator::faultCountLimitsTheFault()
{
    FaultSettings faults;
    faults.fault = Fault::ServiceUnavailable;
    faults.faultCount = 2;
    m_sim->setFaults(faults);
    QCOMPARE(statistics({}).status, 503);
    QCOMPARE(m_sim->faults().faultCount, 1);
    QCOMPARE(statistics({}).status, 503);
    QCOMPARE(statistics({}).status, 200);
    QCOMPARE(m_sim->faults().fault, Fault::None);
}

void TestSimulator::failureRate()
{
    FaultSettings faults;
    faults.failureRate = 1.0;
    m_sim->setFaults(faults);
    for (int i = 0; i < 8; ++i) {
        const int status = statistics({}).status;
        QVERIFY2(status == 500 || status == 502 || status == 503 || status == 504,
                 qPrintable(QString::number(status)));
    }
    faults.failureRate = 0.5;
    m_sim->setFaults(faults);
    int failed = 0;
    for (int i = 0; i < 60; ++i)
        failed += statistics({}).status >= 500 ? 1 : 0;
    QVERIFY2(failed >= 15 && failed <= 45, qPrintable(QString::number(failed)));
}

void TestSimulator::latency()
{
    FaultSettings faults;
    faults.latency = std::chrono::milliseconds(150);
    m_sim->setFaults(faults);
    const RawReply reply = statistics({});
    QCOMPARE(reply.status, 200);
    QVERIFY2(reply.elapsedMs >= 145, qPrintable(QString::number(reply.elapsedMs)));
}

void TestSimulator::malformedJson()
{
    FaultSettings faults;
    faults.fault = Fault::MalformedJson;
    m_sim->setFaults(faults);
    const RawReply reply = statistics({p("statistics_type", QStringLiteral("run-state"))});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY(reply.body.startsWith("{\"run_state_statistics\""));
    QVERIFY(!StatisticsParser::parse(reply.body));
}

void TestSimulator::truncatedBody()
{
    FaultSettings faults;
    faults.fault = Fault::TruncatedBody;
    m_sim->setFaults(faults);
    const RawReply reply = statistics({p("desktop_type", QStringLiteral("POOLED"))});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply.header("Content-Length").toInt() > reply.body.size());
}

void TestSimulator::slowBody()
{
    FaultSettings faults;
    faults.fault = Fault::SlowBody;
    faults.slowBodyDuration = std::chrono::milliseconds(300);
    m_sim->setFaults(faults);
    const RawReply reply = statistics({p("desktop_type", QStringLiteral("POOLED"))});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.error, QNetworkReply::NoError);
    QVERIFY2(reply.elapsedMs >= 250, qPrintable(QString::number(reply.elapsedMs)));
    QVERIFY(StatisticsParser::parse(reply.body)); // slow, but whole
}

void TestSimulator::connectionReset()
{
    FaultSettings faults;
    faults.fault = Fault::ConnectionReset; // for every call: Qt resends a request once or
    m_sim->setFaults(faults);              // twice when the connection closes unanswered
    const RawReply reply = statistics({});
    QVERIFY(reply.finished);
    QCOMPARE(reply.status, 0);
    QCOMPARE(reply.error, QNetworkReply::RemoteHostClosedError);
    QVERIFY(reply.body.isEmpty());
    m_sim->clearFaults();
    QCOMPARE(statistics({}).status, 200); // the next connection is fine
}

void TestSimulator::clientEndToEnd()
{
    const auto query = StatisticsQuery::fromStrings(
        {QStringLiteral("DEDICATED"), QStringLiteral("POOLED")},
        {QStringLiteral("attach-state"), QStringLiteral("run-state"), QStringLiteral("login-state")},
        {m_sim->fleet().pools()[4].id, m_sim->fleet().pools()[2].id});
    QVERIFY(query);
    m_sim->clearReceivedRequests();
    const StatisticsResult result = fetch(m_sim->clientCredentials(), query.value());
    QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
    QCOMPARE(result.attempts, 1);
    QVERIFY(isRequestId(result.requestId.toLatin1()));

    const DesktopStatistics& stats = *result.statistics;
    const MetricCounts expected =
        expectedTotals(m_sim->fleet(), m_clock->now(), true, true, {2, 4});
    for (const auto& info : allMetrics())
        QCOMPARE(*stats.totals.value(info.metric), countOf(expected, info.metric));
    QCOMPARE(stats.pools->size(), 2);
    QCOMPARE(stats.poolsDroppedByClient, 0);

    // What the simulator received: repeated keys, signed, with the project header.
    QCOMPARE(m_sim->receivedRequests().size(), 1);
    const HttpRequest& received = m_sim->receivedRequests().first();
    QVERIFY(received.query.contains("desktop_type=DEDICATED&desktop_type=POOLED"));
    QCOMPARE(received.query.count("statistics_type="), 3);
    QCOMPARE(received.query.count("desktop_pool_ids="), 2);
    QVERIFY(received.header("Authorization").startsWith("SDK-HMAC-SHA256 Access="));
    QCOMPARE(received.header("X-Project-Id"), m_sim->projectId().toUtf8());
}

void TestSimulator::clientWithToken()
{
    const StatisticsResult result = fetch(m_sim->tokenCredentials(), StatisticsQuery());
    QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
    QCOMPARE(*result.statistics->totals.value(Metric::TotalNum),
             static_cast<qint64>(m_sim->fleet().desktopCount()));
    QVERIFY(m_sim->receivedRequests().last().header("Authorization").isEmpty());
}

void TestSimulator::clientRetriesAnInjected503()
{
    FaultSettings faults;
    faults.fault = Fault::ServiceUnavailable;
    faults.faultCount = 1;
    m_sim->setFaults(faults);
    const StatisticsResult result = fetch(m_sim->clientCredentials(), StatisticsQuery());
    QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
    QCOMPARE(result.attempts, 2);
}

void TestSimulator::clientReportsFaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addRow("throttled") << QStringLiteral("throttle") << int(ApiError::Kind::Throttled)
                               << QStringLiteral("APIG.0308");
    QTest::addRow("500") << QStringLiteral("500") << int(ApiError::Kind::Http) << QStringLiteral("WKS.0500");
    QTest::addRow("malformed") << QStringLiteral("malformed-json") << int(ApiError::Kind::BadResponse)
                               << QString();
    QTest::addRow("truncated") << QStringLiteral("truncated-body") << int(ApiError::Kind::Network)
                               << QString();
    QTest::addRow("reset") << QStringLiteral("reset") << int(ApiError::Kind::Network) << QString();
}

void TestSimulator::clientReportsFaults()
{
    QFETCH(QString, fault);
    QFETCH(int, kind);
    QFETCH(QString, code);
    FaultSettings faults;
    faults.fault = *faultFromName(fault);
    m_sim->setFaults(faults);
    const StatisticsResult result = fetch(m_sim->clientCredentials(), StatisticsQuery());
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error.kind), kind);
    if (!code.isEmpty())
        QCOMPARE(result.error.code, code);
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
