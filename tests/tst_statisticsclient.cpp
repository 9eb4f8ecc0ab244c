// StatisticsClient against a real HTTP server on 127.0.0.1 (TestHttpServer): what the server
// received on the wire (path, query, headers, signature), and what came back. The transport
// behaviours (retries, timeouts, size cap, redirects, TLS) are in tst_apicall.

#include "core/api/statisticsclient.h"
#include "support/clientfixture.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/signatureverifier.h"
#include "support/testhttpserver.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace wsdash;
using namespace wsdash::test;
using Behaviour = ScriptedResponse::Behaviour;

namespace {

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Holds every thread of the global pool until release(), so that a parse waits in the queue.
class ParsePause
{
public:
    ParsePause()
    {
        QThreadPool* pool = QThreadPool::globalInstance();
        m_held = pool->maxThreadCount();
        for (int i = 0; i < m_held; ++i)
            pool->start([this] { m_gate.acquire(); });
    }
    ~ParsePause()
    {
        release();
        QThreadPool::globalInstance()->waitForDone(); // no worker still in m_gate
    }
    void release()
    {
        m_gate.release(m_held);
        m_held = 0;
    }

private:
    QSemaphore m_gate;
    int m_held = 0;
};

} // namespace

class TestStatisticsClient
    : public QObject
    , private ClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUpClient()); }
    void cleanup() { tearDownClient(); }

    // The verifier itself, on published vectors, so that a match later means something.
    void verifierReproducesPublishedVectors()
    {
        RecordedRequest d;
        d.method = "GET";
        d.rawPath = "/v2/0123456789abcdef0123456789abcdef/statistics";
        d.rawQuery = "desktop_type=POOLED&statistics_type=run-state&desktop_type=DEDICATED"
                     "&statistics_type=login-state&statistics_type=attach-state";
        d.headers = {
            {"Host", "workspace.cn-north-4.myhuaweicloud.com"},
            {"X-Sdk-Date", "20240101T000000Z"},
            {"X-Project-Id", "0123456789abcdef0123456789abcdef"},
            {"Authorization",
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
             "SignedHeaders=host;x-project-id;x-sdk-date, "
             "Signature=1f17c63f17dc72b90396a840849a49cf97e86c925646caf6912a7036603bef16"}};
        SignatureCheck check = SignatureVerifier::verify(d, kTestAk, kTestSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(
            check.canonicalRequest,
            QByteArray("GET\n/v2/0123456789abcdef0123456789abcdef/statistics/\n"
                       "desktop_type=DEDICATED&desktop_type=POOLED&statistics_type=attach-state"
                       "&statistics_type=login-state&statistics_type=run-state\n"
                       "host:workspace.cn-north-4.myhuaweicloud.com\n"
                       "x-project-id:0123456789abcdef0123456789abcdef\n"
                       "x-sdk-date:20240101T000000Z\n\nhost;x-project-id;x-sdk-date\n"
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex(check.canonicalRequest),
                 QByteArray("16c16c7d967038a66d997b9de232f56f1aa822f1d2c199cd439420321e07e985"));

        // Any change to a signed part is caught, and so is a wrong key.
        RecordedRequest tampered = d;
        tampered.rawQuery.replace("POOLED", "DEDICATED");
        QVERIFY(!SignatureVerifier::verify(tampered, kTestAk, kTestSk).ok);
        QVERIFY(
            SignatureVerifier::verify(d, kTestAk, "wrong").reason.contains(u"signature mismatch"));
        QVERIFY(SignatureVerifier::verify(d, "OTHER", kTestSk).reason.contains(u"access key"));
        tampered = d;
        tampered.headers[0].second = "workspace.cn-east-3.myhuaweicloud.com";
        QVERIFY(!SignatureVerifier::verify(tampered, kTestAk, kTestSk).ok);

        // Vector A, and the published encoding check.
        RecordedRequest a;
        a.method = "GET";
        a.rawPath = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
        a.rawQuery = "marker=13551d6b-755d-4757-b956-536f674975c0&limit=2";
        a.headers = {
            {"content-type", "application/json"},
            {"host", "service.region.example.com"},
            {"x-sdk-date", "20191115T033655Z"},
            {"authorization",
             "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
             "SignedHeaders=content-type;host;x-sdk-date, "
             "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"}};
        check = SignatureVerifier::verify(a, kTestAk, kTestSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(SignatureVerifier::canonicalQuery(
                     "test=%E4%B8%80%20(%26%3D%3F!%23%25.*)&multi=3&limit=1&multi=1&enable=true"
                     "&path=/tmp/123&multi=2"),
                 QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123"
                            "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
    }

    void requestOnTheWire()
    {
        m_server->enqueue(
            ScriptedResponse::json(200, fullStatisticsBody(), {{"X-Request-Id", "req-1"}}));
        StatisticsRequest request = statisticsRequestFor(*m_server);
        // Sorted by UTF-8 bytes: "a&b…" < "pool-2" < "池A".
        request.query = fullQuery(
            {QStringLiteral("pool-2"), QStringLiteral("池A"), QStringLiteral("a&b=c/d+e%f~g.h_i")});
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));

        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest& got = m_server->requests().constFirst();
        QCOMPARE(got.method, QByteArray("GET"));
        QCOMPARE(got.rawPath, QByteArray("/v2/0123456789abcdef0123456789abcdef/statistics"));
        QCOMPARE(got.rawQuery,
                 QByteArray("desktop_pool_ids=a%26b%3Dc%2Fd%2Be%25f~g.h_i"
                            "&desktop_pool_ids=pool-2&desktop_pool_ids=%E6%B1%A0A"
                            "&desktop_type=DEDICATED&desktop_type=POOLED"
                            "&statistics_type=attach-state&statistics_type=login-state"
                            "&statistics_type=run-state"));
        QCOMPARE(got.queryValues(QStringLiteral("desktop_pool_ids")),
                 QStringList({QStringLiteral("a&b=c/d+e%f~g.h_i"), QStringLiteral("pool-2"),
                              QStringLiteral("池A")}));
        QVERIFY(got.body.isEmpty());

        for (const char* name : {"Host", "X-Sdk-Date", "X-Project-Id", "Content-Type", "User-Agent",
                                 "Authorization"}) {
            QVERIFY2(got.headerCount(name) == 1, name);
        }
        QCOMPARE(got.header("Host"), m_server->hostAndPort().toLatin1());
        QCOMPARE(got.header("X-Sdk-Date"), QByteArray("20240101T000000Z"));
        QCOMPARE(got.header("X-Project-Id"), kTestProject.toLatin1());
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(got.header("User-Agent").startsWith("wsdash/"));
        QVERIFY(!got.hasHeader("X-Auth-Token"));
        QVERIFY(!got.hasHeader("X-Security-Token"));
        QVERIFY(!got.hasHeader("Cookie"));

        const SignatureCheck check = SignatureVerifier::verify(got, kTestAk, kTestSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.signedHeaders, QByteArrayList({"host", "x-project-id", "x-sdk-date"}));
        // The query is sent in canonical form: the signed query is the wire query.
        QCOMPARE(SignatureVerifier::canonicalQuery(got.rawQuery), got.rawQuery);
    }

    void temporaryCredentialsSignSecurityToken()
    {
        m_server->enqueue(ScriptedResponse::json(200, R"({"total_num":1})"));
        const QString token = QStringLiteral("gQpzZWN1cml0eS10b2tlbi12YWx1ZQ==");
        const StatisticsResult result = fetchOnce(
            *m_client, statisticsRequestFor(
                           *m_server, Credentials::temporary(QString::fromLatin1(kTestAk),
                                                             QString::fromLatin1(kTestSk), token)));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        const RecordedRequest& got = m_server->requests().constFirst();
        QCOMPARE(got.headerCount("X-Security-Token"), 1);
        QCOMPARE(got.header("X-Security-Token"), token.toLatin1());
        const SignatureCheck check = SignatureVerifier::verify(got, kTestAk, kTestSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QVERIFY(check.signedHeaders.contains("x-security-token"));
    }

    void iamTokenSendsNoSignature()
    {
        m_server->enqueue(ScriptedResponse::json(200, R"({"total_num":1})"));
        const QString token =
            QStringLiteral("MIIaBgYJKoZIhvcNAQcCoIIZ9zCCGfMCAQExDTALBglghkgBZQME");
        const StatisticsResult result =
            fetchOnce(*m_client, statisticsRequestFor(*m_server, Credentials::token(token)));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        const RecordedRequest& got = m_server->requests().constFirst();
        QCOMPARE(got.headerCount("X-Auth-Token"), 1);
        QCOMPARE(got.header("X-Auth-Token"), token.toLatin1());
        QVERIFY(!got.hasHeader("Authorization"));
        QVERIFY(!got.hasHeader("X-Security-Token"));
        QCOMPARE(got.header("X-Project-Id"), kTestProject.toLatin1());
        QCOMPARE(got.header("Host"), m_server->hostAndPort().toLatin1());
    }

    void successParsesTypedNumbers()
    {
        m_server->enqueue(
            ScriptedResponse::json(200, fullStatisticsBody(), {{"X-Request-Id", "req-ok-42"}}));
        StatisticsRequest request = statisticsRequestFor(*m_server);
        request.query = fullQuery();
        const quint64 before = m_client->fetch(request);
        QSignalSpy spy(m_client.get(), &StatisticsClient::finished);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        const auto result = spy.takeFirst().constFirst().value<StatisticsResult>();
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.serial, before);
        QCOMPARE(result.requestId, QStringLiteral("req-ok-42"));
        QCOMPARE(result.attempts, 1);
        QCOMPARE(result.receivedAt, m_clock.now());
        QCOMPARE(result.query, request.query);

        const DesktopStatistics& s = *result.statistics;
        QCOMPARE(s.totals.value(Metric::TotalNum), Count(120));
        QCOMPARE(s.totals.value(Metric::AttachedNum), Count(100));
        QCOMPARE(s.totals.value(Metric::AttachErrorNum), Count()); // not reported, not zero
        QCOMPARE(s.totals.value(Metric::HibernatedNum), Count(1));
        QCOMPARE(s.totals.value(Metric::UnableToConnectNum), Count());
        QCOMPARE(s.totals.value(Metric::DisconnectedNum), Count(5));
        QVERIFY(s.totals.hasFamily(Family::Login));
        QVERIFY(s.pools.has_value());
        QCOMPARE(s.pools->size(), 1);
        QCOMPARE(s.pools->constFirst().id, QStringLiteral("pool-a"));
        QCOMPARE(s.pools->constFirst().name, QStringLiteral("Finance"));
        QCOMPARE(s.pools->constFirst().counts.value(Metric::ActiveNum), Count(45));
        QVERIFY(!s.pools->constFirst().counts.hasFamily(Family::Attach));
        QVERIFY(!m_client->isBusy());
    }

    // The window's requests take the pools' digest on the parse worker; others do not pay it.
    void poolDigestComesWithTheAnswerWhenAsked_data()
    {
        QTest::addColumn<bool>("asked");
        QTest::addRow("asked (the window)") << true;
        QTest::addRow("not asked (--export)") << false;
    }

    void poolDigestComesWithTheAnswerWhenAsked()
    {
        QFETCH(bool, asked);
        m_server->enqueue(ScriptedResponse::json(200, fullStatisticsBody()));
        StatisticsRequest request = statisticsRequestFor(*m_server);
        request.query = fullQuery();
        request.digestPools = asked;
        m_client->fetch(request);
        QSignalSpy spy(m_client.get(), &StatisticsClient::finished);
        QVERIFY(spy.wait(5000));
        const auto result = spy.takeFirst().constFirst().value<StatisticsResult>();
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.poolDigest != nullptr, asked);
        if (asked) {
            const PoolDigest expected = digestPools(*result.statistics->pools);
            QCOMPARE(result.poolDigest->largest, expected.largest);
            QCOMPARE(result.poolDigest->sums, expected.sums);
            QCOMPARE(result.poolDigest->invalid, expected.invalid);
            QCOMPARE(result.poolDigest->sums[static_cast<std::size_t>(Metric::ActiveNum)], 45);
        }
    }

    void errorStatusNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("requestId");
        QTest::addRow("400 workspace")
            << 400
            << QByteArray(
                   R"({"error_code":"WKS.0001","error_msg":"The desktop pool does not exist.","error_detail":"pool-x"})")
            << "WKS.0001"
            << "The desktop pool does not exist."
            << "pool-x"
            << ""
            << "hdr-id";
        QTest::addRow("401 gateway")
            << 401
            << QByteArray(
                   R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"gw-1"})")
            << "APIG.0301"
            << "Incorrect IAM authentication information: verify aksk signature fail"
            << ""
            << ""
            << "hdr-id";
        QTest::addRow("403 encoded")
            << 403
            << QByteArray(
                   R"({"error_code":"WKS.00010099","error_msg":"Forbidden","encoded_authorization_message":"c2VjcmV0LXJlYXNvbg=="})")
            << "WKS.00010099"
            << "Forbidden"
            << ""
            << "c2VjcmV0LXJlYXNvbg=="
            << "hdr-id";
        QTest::addRow("404 nested")
            << 404
            << QByteArray(R"({"error":{"code":"APIGW.0101","message":"The API does not exist."}})")
            << "APIGW.0101"
            << "The API does not exist."
            << ""
            << ""
            << "hdr-id";
        QTest::addRow("500") << 500
                             << QByteArray(
                                    R"({"error_code":"WKS.0500","error_msg":"Internal error"})")
                             << "WKS.0500"
                             << "Internal error"
                             << ""
                             << ""
                             << "hdr-id";
    }

    void errorStatusNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, message);
        QFETCH(QString, detail);
        QFETCH(QString, encoded);
        QFETCH(QString, requestId);
        m_server->setDefaultResponse(
            ScriptedResponse::json(status, body, {{"X-Request-Id", "hdr-id"}}));
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Http);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.code, code);
        QCOMPARE(result.error.message, message);
        QCOMPARE(result.error.detail, detail);
        QCOMPARE(result.error.encodedAuthorizationMessage, encoded);
        QCOMPARE(result.error.requestId, requestId);
        QCOMPARE(result.requestId, requestId);
        QCOMPARE(result.error.attempts, 1);
        QTest::qWait(60);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(result.error.toOneLine().contains(code));
        QVERIFY(result.error.toOneLine().contains(requestId));
    }

    void gatewayRequestIdFromBody()
    {
        m_server->enqueue(ScriptedResponse::json(
            401, R"({"error_code":"APIG.0301","error_msg":"token expired","request_id":"gw-77"})"));
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QCOMPARE(result.error.code, QStringLiteral("APIG.0301"));
        QCOMPARE(result.requestId, QStringLiteral("gw-77"));
    }

    void htmlErrorBody()
    {
        ScriptedResponse html = ScriptedResponse::json(
            404, "<html><head><title>404 Not Found</title></head><body>nginx</body></html>",
            {{"X-Request-Id", "req-html"}});
        html.headers[0].second = "text/html";
        m_server->enqueue(html);
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QCOMPARE(result.error.kind, ApiError::Kind::Http);
        QCOMPARE(result.error.code, QStringLiteral("HTTP 404"));
        QVERIFY2(result.error.message.contains(u"404"), qPrintable(result.error.message));
        QVERIFY(result.error.message.contains(u"not JSON"));
        QVERIFY(!result.error.message.contains(u"<html"));
        QCOMPARE(result.requestId, QStringLiteral("req-html"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void html200IsBadResponse()
    {
        ScriptedResponse html =
            ScriptedResponse::json(200, "<!DOCTYPE html><html><body>Login required</body></html>",
                                   {{"X-Request-Id", "req-portal"}});
        html.headers[0].second = "text/html";
        m_server->enqueue(html);
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
        QCOMPARE(result.error.httpStatus, 200);
        QVERIFY(result.error.message.contains(u"HTML"));
        QCOMPARE(result.requestId, QStringLiteral("req-portal"));
        QCOMPARE(result.error.requestId, QStringLiteral("req-portal"));
        QCOMPARE(result.error.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void wronglyTypedBodyNamesJsonPath_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::addRow("string total") << QByteArray(R"({"total_num":"12"})") << "total_num";
        QTest::addRow("fraction")
            << QByteArray(R"({"total_num":3,"run_state_statistics":{"stop_num":1.5}})")
            << "run_state_statistics.stop_num";
        QTest::addRow("negative in pool")
            << QByteArray(
                   R"({"total_num":3,"desktop_pool_statistics":[{"desktop_pool_id":"a","total_num":1},{"desktop_pool_id":"b","total_num":-1}]})")
            << "desktop_pool_statistics[1].total_num";
        QTest::addRow("family not object")
            << QByteArray(R"({"total_num":3,"attach_statistics":[1]})") << "attach_statistics";
        QTest::addRow("top-level array") << QByteArray("[1,2]") << "top level";
    }

    void wronglyTypedBodyNamesJsonPath()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        m_server->enqueue(ScriptedResponse::json(200, body, {{"X-Request-Id", "req-typed"}}));
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(result.error.message.contains(path), qPrintable(result.error.message));
        QCOMPARE(result.requestId, QStringLiteral("req-typed"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void newerFetchSupersedesOlder()
    {
        m_server->enqueue(ScriptedResponse::withBehaviour(Behaviour::Stall));
        m_server->enqueue(
            ScriptedResponse::json(200, R"({"total_num":2})", {{"X-Request-Id", "second"}}));
        QSignalSpy spy(m_client.get(), &StatisticsClient::finished);
        StatisticsRequest first = statisticsRequestFor(*m_server);
        first.timeout = std::chrono::milliseconds(200);
        const quint64 firstSerial = m_client->fetch(first);
        QTRY_COMPARE(m_server->requestCount(), 1);
        const quint64 secondSerial = m_client->fetch(statisticsRequestFor(*m_server));
        QVERIFY(secondSerial > firstSerial);
        QVERIFY(spy.wait(5000));
        QTest::qWait(400); // past the first fetch's timeout: it must stay silent
        QCOMPARE(spy.count(), 1);
        const auto result = spy.constFirst().constFirst().value<StatisticsResult>();
        QCOMPARE(result.serial, secondSerial);
        QVERIFY(result.ok());
        QCOMPARE(result.requestId, QStringLiteral("second"));
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY(m_server->requests().at(0).connectionId != m_server->requests().at(1).connectionId);
        // The superseded request was aborted: the client closed its connection.
        QTRY_VERIFY(m_server->responseLogs().at(0).peerClosedEarly);
    }

    void cancelNeverDelivers()
    {
        m_server->setDefaultResponse(ScriptedResponse::withBehaviour(Behaviour::Stall));
        QSignalSpy spy(m_client.get(), &StatisticsClient::finished);
        StatisticsRequest request = statisticsRequestFor(*m_server);
        request.timeout = std::chrono::milliseconds(150);
        m_client->fetch(request);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QVERIFY(m_client->isBusy());
        m_client->cancel();
        QVERIFY(!m_client->isBusy());
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
        QVERIFY(m_server->responseLogs().at(0).peerClosedEarly);
        QTRY_COMPARE(m_server->openConnectionCount(), 0);
    }

    // The answer is parsed on a worker thread (issue 18). While it is being parsed the client is
    // busy; a fetch or cancel() then drops it: only the newer answer is ever delivered.
    void answerBeingParsedIsDroppedWhenSuperseded()
    {
        ParsePause pause;
        m_server->enqueue(
            ScriptedResponse::json(200, R"({"total_num":1})", {{"X-Request-Id", "first"}}));
        m_server->enqueue(
            ScriptedResponse::json(200, R"({"total_num":2})", {{"X-Request-Id", "second"}}));
        QSignalSpy spy(m_client.get(), &StatisticsClient::finished);
        m_client->fetch(statisticsRequestFor(*m_server));
        // The transfer is complete once the parse is queued (the workers are held).
        QTRY_VERIFY(m_client->findChild<QFutureWatcherBase*>() != nullptr);
        QVERIFY(m_client->isBusy());
        const quint64 second = m_client->fetch(statisticsRequestFor(*m_server));
        pause.release();
        QVERIFY(spy.wait(5000));
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 1);
        const auto result = spy.constFirst().constFirst().value<StatisticsResult>();
        QCOMPARE(result.serial, second);
        QCOMPARE(result.requestId, QStringLiteral("second"));
        QCOMPARE(result.statistics->totals.value(Metric::TotalNum), 2);
        QVERIFY(!m_client->isBusy());
    }

    void cancelDropsTheAnswerBeingParsed()
    {
        ParsePause pause;
        m_server->setDefaultResponse(ScriptedResponse::json(200, R"({"total_num":1})"));
        QSignalSpy spy(m_client.get(), &StatisticsClient::finished);
        m_client->fetch(statisticsRequestFor(*m_server));
        QTRY_VERIFY(m_client->findChild<QFutureWatcherBase*>() != nullptr);
        QVERIFY(m_client->isBusy());
        m_client->cancel();
        QVERIFY(!m_client->isBusy());
        pause.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(spy.count(), 0);
    }

    void invalidProjectIdSendsNothing()
    {
        StatisticsRequest request = statisticsRequestFor(*m_server);
        request.projectId = QStringLiteral("../other/statistics?x=");
        const StatisticsResult result = fetchOnce(*m_client, request);
        QCOMPARE(result.error.kind, ApiError::Kind::Configuration);
        QCOMPARE(m_server->connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsClient)
#include "tst_statisticsclient.moc"
