// "Test connection" against the simulator (wsdash_sim) and a scripted local server: one call,
// and the right plain-language diagnosis for each kind of failure.
#include "core/profiles/connectiontester.h"
#include "sim/simulator.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QTimeZone>

using namespace wsdash;
using namespace wsdash::test;
using Kind = Diagnosis::Kind;

namespace {

QDateTime morning()
{
    return QDateTime(QDate(2024, 5, 8), QTime(10, 30), QTimeZone::utc());
}

sim::SimulatorConfig smallFleet()
{
    sim::SimulatorConfig config;
    config.fleet.pools = 3;
    config.fleet.timeZone = QTimeZone::utc();
    return config;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

} // namespace

class TestConnectionTester : public QObject
{
    Q_OBJECT

private:
    FixedClock m_simClock{morning()};
    FixedClock m_clock{morning()}; // this computer's clock
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QNetworkAccessManager> m_network;

    ConnectionTestRequest simRequest() const
    {
        ConnectionTestRequest request;
        request.endpoint = m_sim->endpoint();
        request.projectId = m_sim->projectId();
        request.credentials = m_sim->clientCredentials();
        request.timeout = std::chrono::milliseconds(5000);
        return request;
    }

    Diagnosis run(const ConnectionTestRequest& request, const QString& referenceHost = {})
    {
        ConnectionTester tester(m_network.get(), m_clock);
        if (!referenceHost.isEmpty())
            tester.setReferenceHost(referenceHost);
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        tester.test(request);
        spy.wait(10000);
        QTest::qWait(0); // a second report would arrive now
        [&] { QCOMPARE(spy.count(), 1); }();
        if (spy.count() != 1)
            return {};
        auto d = spy.first().first().value<Diagnosis>();
        [&] {
            QVERIFY(!d.title.isEmpty());
            QVERIFY(!d.explanation.isEmpty());
            if (!d.ok())
                QVERIFY(!d.suggestion.isEmpty());
        }();
        return d;
    }

    static QString describe(const Diagnosis& d)
    {
        return Diagnosis::kindKey(d.kind) + QLatin1String(": ") + d.title + QLatin1String(" | ") +
               d.explanation;
    }

private Q_SLOTS:
    void init()
    {
        m_simClock.setNow(morning());
        m_clock.setNow(morning());
        m_sim = std::make_unique<sim::Simulator>(smallFleet(), m_simClock);
        QVERIFY(m_sim->start());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setProxy(QNetworkProxy::NoProxy);
    }

    void cleanup()
    {
        m_sim.reset();
        m_network.reset();
    }

    void okSaysHowManyDesktops()
    {
        const Diagnosis d = run(simRequest());
        QVERIFY2(d.ok(), qPrintable(describe(d)));
        QVERIFY(d.totalDesktops.value_or(0) > 0);
        QVERIFY(d.explanation.contains(QString::number(*d.totalDesktops)));
        QCOMPARE(d.clockSkewSeconds, std::optional<qint64>(0));
        QVERIFY(!d.requestId.isEmpty());
        // One total-only call: no filters in the query.
        QCOMPARE(m_sim->receivedRequests().size(), 1);
        QVERIFY(m_sim->receivedRequests().constFirst().target.endsWith("/statistics"));
    }

    void okWarnsOfADriftingClock()
    {
        m_clock.advance(6 * 60);
        const Diagnosis d = run(simRequest());
        QVERIFY2(d.ok(), qPrintable(describe(d)));
        QCOMPARE(d.clockSkewSeconds, std::optional<qint64>(-360));
        QVERIFY2(d.explanation.contains(QStringLiteral("6 min ahead of")), qPrintable(describe(d)));
    }

    void wrongSecretKey()
    {
        ConnectionTestRequest request = simRequest();
        request.credentials.secretKey = QStringLiteral("NotTheSecretKeyOfTheSimulator00000000000");
        const Diagnosis d = run(request);
        QCOMPARE(d.kind, Kind::WrongSecretKey);
        QCOMPARE(d.error.httpStatus, 401);
        QVERIFY2(d.explanation.contains(QStringLiteral("clocks agree")), qPrintable(describe(d)));
        QVERIFY(!d.explanation.contains(request.credentials.secretKey));
        QCOMPARE(m_sim->receivedRequests().size(), 1); // no retry adds to a lock-out
    }

    void clockSkew_data()
    {
        QTest::addColumn<qint64>("localMinusServer");
        QTest::addColumn<QString>("words");
        QTest::addRow("ahead") << qint64(17 * 60 + 5) << QStringLiteral("17 min 5 s ahead of");
        QTest::addRow("behind") << qint64(-2 * 3600 - 60) << QStringLiteral("2 h 1 min behind");
    }

    void clockSkew()
    {
        QFETCH(qint64, localMinusServer);
        QFETCH(QString, words);
        m_clock.advance(localMinusServer);
        const Diagnosis d = run(simRequest());
        QCOMPARE(d.kind, Kind::ClockSkew);
        QCOMPARE(d.clockSkewSeconds, std::optional<qint64>(-localMinusServer));
        QVERIFY2(d.explanation.contains(words), qPrintable(describe(d)));
    }

    void wrongProject()
    {
        ConnectionTestRequest request = simRequest();
        request.projectId = QStringLiteral("ffffffffffffffffffffffffffffffff");
        const Diagnosis d = run(request);
        QVERIFY2(d.kind == Kind::WrongProject, qPrintable(describe(d)));
    }

    void token_data()
    {
        QTest::addColumn<bool>("expiryKnownAndPast");
        QTest::addColumn<int>("kind");
        QTest::addRow("unknown expiry: invalid") << false << int(Kind::TokenInvalid);
        QTest::addRow("expired") << true << int(Kind::TokenExpired);
    }

    void token()
    {
        QFETCH(bool, expiryKnownAndPast);
        QFETCH(int, kind);
        ConnectionTestRequest request = simRequest();
        request.credentials =
            Credentials::token(QStringLiteral("MIIanOldTokenThatTheGatewayRefuses"));
        if (expiryKnownAndPast)
            request.tokenExpiresAt = m_clock.now().addSecs(-3600);
        const Diagnosis d = run(request);
        QVERIFY2(int(d.kind) == kind, qPrintable(describe(d)));
    }

    void tokenOk()
    {
        ConnectionTestRequest request = simRequest();
        request.credentials = m_sim->tokenCredentials();
        QVERIFY2(run(request).ok(), "the simulator's token is accepted");
    }

    void wrongEndpointPath()
    {
        ConnectionTestRequest request = simRequest();
        request.endpoint =
            Endpoint::fromUrl(m_sim->url().toString() + QStringLiteral("/not-workspace")).value();
        const Diagnosis d = run(request);
        QVERIFY2(d.kind == Kind::WrongEndpoint, qPrintable(describe(d)));
        QCOMPARE(d.error.code, QStringLiteral("APIGW.0101"));
    }

    void serverError()
    {
        sim::FaultSettings faults;
        faults.fault = sim::Fault::InternalError;
        m_sim->setFaults(faults);
        const Diagnosis d = run(simRequest());
        QVERIFY2(d.kind == Kind::ServerError, qPrintable(describe(d)));
        QVERIFY(d.suggestion.contains(QStringLiteral("request ID")));
    }

    void notTheApi()
    {
        sim::FaultSettings faults;
        faults.fault = sim::Fault::MalformedJson;
        m_sim->setFaults(faults);
        const Diagnosis d = run(simRequest());
        QVERIFY2(d.kind == Kind::WrongEndpoint, qPrintable(describe(d)));
    }

    void scripted_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::addRow("403: permission")
            << 403
            << QByteArray("{\"error_code\":\"WKS.0003\",\"error_msg\":\"Policy doesn't allow "
                          "workspace:statistics:listDesktopStatus to be "
                          "performed.\",\"encoded_authorization_message\":\"c2VjcmV0LWxlc3M\"}")
            << int(Kind::MissingPermission) << QStringLiteral("decode-authorization-message");
        QTest::addRow("403: service disabled")
            << 403
            << QByteArray("{\"error_code\":\"WKS.00010099\",\"error_msg\":\"service is disabled\"}")
            << int(Kind::ServiceNotEnabled) << QStringLiteral("Enable Workspace");
        QTest::addRow("400: project")
            << 400
            << QByteArray(
                   "{\"error_code\":\"WKS.0001\",\"error_msg\":\"The project id is invalid.\"}")
            << int(Kind::WrongProject) << QStringLiteral("0123456789abcdef0123456789abcdef");
        QTest::addRow("404 with a WKS code")
            << 404 << QByteArray("{\"error_code\":\"WKS.0404\",\"error_msg\":\"not found\"}")
            << int(Kind::WrongProject) << QStringLiteral("My Credentials");
        QTest::addRow("404 without a body")
            << 404 << QByteArray() << int(Kind::WrongEndpoint) << QStringLiteral("no such API");
        QTest::addRow("429: throttled")
            << 429
            << QByteArray("{\"error_code\":\"APIG.0308\",\"error_msg\":\"The throttling threshold "
                          "has been reached\"}")
            << int(Kind::Throttled) << QStringLiteral("200 calls per minute");
        QTest::addRow("401: temporary key expired")
            << 401
            << QByteArray("{\"error_code\":\"APIG.0301\",\"error_msg\":\"Incorrect IAM "
                          "authentication information: the security token has expired\"}")
            << int(Kind::TokenExpired) << QStringLiteral("temporary");
    }

    void scripted()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, words);
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(status, body));
        ConnectionTestRequest request;
        request.endpoint = Endpoint::fromUrl(server.baseUrl()).value();
        request.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        request.credentials = Credentials::temporary(QStringLiteral("AK"), QStringLiteral("SK"),
                                                     QStringLiteral("TOKEN"));
        const Diagnosis d = run(request);
        QVERIFY2(int(d.kind) == kind, qPrintable(describe(d)));
        QVERIFY2(QString(d.explanation + d.suggestion + d.title).contains(words),
                 qPrintable(describe(d)));
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(server.requests().constFirst().rawQuery.isEmpty()); // total only
    }

    void unknownHost_data()
    {
        QTest::addColumn<QString>("referenceHost");
        QTest::addColumn<int>("kind");
        QTest::addRow("other hosts resolve: wrong region")
            << QStringLiteral("localhost") << int(Kind::WrongEndpoint);
        QTest::addRow("nothing resolves: no network")
            << QStringLiteral("no-network-here.invalid") << int(Kind::NoNetwork);
    }

    void unknownHost()
    {
        QFETCH(QString, referenceHost);
        QFETCH(int, kind);
        ConnectionTestRequest request = simRequest();
        request.endpoint =
            Endpoint::fromUrl(QStringLiteral("https://workspace.xx-nowhere-1.invalid")).value();
        const Diagnosis d = run(request, referenceHost);
        QVERIFY2(int(d.kind) == kind, qPrintable(describe(d)));
    }

    void noAnswer()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::withBehaviour(ScriptedResponse::Behaviour::Stall));
        ConnectionTestRequest request = simRequest();
        request.endpoint = Endpoint::fromUrl(server.baseUrl()).value();
        request.timeout = std::chrono::milliseconds(300);
        const Diagnosis d = run(request);
        QVERIFY2(d.kind == Kind::NoNetwork, qPrintable(describe(d)));
        QVERIFY2(d.title.contains(QStringLiteral("did not answer")), qPrintable(describe(d)));
    }

    void connectionRefused()
    {
        ConnectionTestRequest request = simRequest();
        request.endpoint =
            Endpoint::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort())).value();
        const Diagnosis d = run(request);
        QVERIFY2(d.kind == Kind::NoNetwork, qPrintable(describe(d)));
        QVERIFY2(d.title.contains(QStringLiteral("connect")), qPrintable(describe(d)));
    }

    void proxyTrouble()
    {
        const quint16 port = closedPort();
        m_network->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), port));
        ConnectionTestRequest request = simRequest();
        request.endpoint = Endpoint::fromRegion(QStringLiteral("cn-north-4")).value();
        const Diagnosis d = run(request);
        QVERIFY2(d.kind == Kind::Proxy, qPrintable(describe(d)));
        QVERIFY2(d.explanation.contains(QStringLiteral("127.0.0.1:%1").arg(port)),
                 qPrintable(describe(d)));
    }

    void tlsFailure()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        TestHttpServer server; // answers a TLS handshake as the plain HTTP it is
        QVERIFY(server.listen());
        ConnectionTestRequest request = simRequest();
        request.endpoint =
            Endpoint::fromUrl(QStringLiteral("https://") + server.hostAndPort()).value();
        const Diagnosis d = run(request);
        QVERIFY2(d.kind == Kind::Tls, qPrintable(describe(d)));
        QVERIFY2(d.suggestion.contains(QStringLiteral("never ignores")), qPrintable(describe(d)));
    }

    void incompleteProfileIsAConfigurationProblem()
    {
        ConnectionTestRequest request = simRequest();
        request.credentials = Credentials();
        const Diagnosis d = run(request);
        QVERIFY2(d.kind == Kind::Configuration, qPrintable(describe(d)));
        QVERIFY(m_sim->receivedRequests().isEmpty());
    }

    void aNewTestAbandonsTheOld()
    {
        ConnectionTester tester(m_network.get(), m_clock);
        QSignalSpy spy(&tester, &ConnectionTester::finished);
        ConnectionTestRequest first = simRequest();
        first.credentials.secretKey = QStringLiteral("wrong");
        tester.test(first);
        tester.test(simRequest());
        QVERIFY(spy.wait(5000));
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.first().first().value<Diagnosis>().ok());
    }
};

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
