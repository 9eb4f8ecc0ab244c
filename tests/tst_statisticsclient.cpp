// StatisticsClient and ApiCall against a real HTTP server on 127.0.0.1 (TestHttpServer): what
// the server received on the wire, and what came back, for good and for misbehaving servers.

#include "apicall.h"
#include "fixedclock.h"
#include "signatureverifier.h"
#include "statisticsclient.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;
using Behaviour = ScriptedResponse::Behaviour;

Q_DECLARE_METATYPE(wsdash::test::ScriptedResponse)
Q_DECLARE_METATYPE(wsdash::ApiError::Kind)

namespace {

const QString kProject = QStringLiteral("0123456789abcdef0123456789abcdef");
const QByteArray kAk = "QTWAOYTTINDUT2QVKYUC";
const QByteArray kSk = "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc";

const QByteArray kFullBody = R"({
  "total_num": 120,
  "attach_statistics": {"attached_num": 100, "unattached_num": 15, "attaching_num": 3},
  "run_state_statistics": {"stop_num": 20, "active_num": 95, "error_num": 4, "hibernated_num": 1},
  "login_state_statistics": {"in_use_num": 60, "unregistered_num": 2, "ready_num": 30,
                             "disconnected_num": 5},
  "desktop_pool_statistics": [
    {"desktop_pool_id": "pool-a", "desktop_pool_name": "Finance", "total_num": 50,
     "run_state_statistics": {"stop_num": 5, "active_num": 45, "error_num": 0, "hibernated_num": 0}}
  ]
})";

RetryPolicy fastRetry()
{
    RetryPolicy retry;
    retry.baseDelay = std::chrono::milliseconds(10);
    retry.maxDelay = std::chrono::milliseconds(40);
    retry.random = [] { return 0.5; };
    return retry;
}

StatisticsRequest requestFor(const TestHttpServer& server,
                             Credentials credentials = Credentials::permanent(
                                 QString::fromLatin1(kAk), QString::fromLatin1(kSk)))
{
    StatisticsRequest request;
    request.endpoint = Endpoint::fromUrl(server.baseUrl()).value();
    request.projectId = kProject;
    request.credentials = std::move(credentials);
    request.timeout = std::chrono::milliseconds(5000);
    request.retry = fastRetry();
    return request;
}

StatisticsQuery fullQuery(const QStringList& poolIds = {})
{
    return StatisticsQuery::fromStrings({QStringLiteral("POOLED,DEDICATED")},
                                        {QStringLiteral("run-state,login-state,attach-state")},
                                        poolIds)
        .value();
}

// Runs one fetch to its end and returns what finished() delivered.
StatisticsResult fetchOnce(StatisticsClient& client, const StatisticsRequest& request,
                           int waitMs = 10000)
{
    QSignalSpy spy(&client, &StatisticsClient::finished);
    client.fetch(request);
    if (!spy.wait(waitMs) || spy.count() != 1) {
        StatisticsResult none;
        none.error.message = QStringLiteral("test: no single finished() within %1 ms").arg(waitMs);
        return none;
    }
    return spy.takeFirst().constFirst().value<StatisticsResult>();
}

ApiRequest apiRequestFor(const TestHttpServer& server, QList<QueryParameter> query)
{
    ApiRequest request;
    request.endpoint = Endpoint::fromUrl(server.baseUrl()).value();
    request.projectId = kProject;
    request.credentials = Credentials::permanent(QString::fromLatin1(kAk), QString::fromLatin1(kSk));
    request.apiPath = StatisticsClient::apiPath(kProject);
    request.query = std::move(query);
    request.retry = fastRetry();
    request.timeout = std::chrono::milliseconds(5000);
    return request;
}

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestStatisticsClient : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager* m_network = nullptr;
    FixedClock m_clock;
    std::unique_ptr<StatisticsClient> m_client;
    std::unique_ptr<TestHttpServer> m_server;

private Q_SLOTS:
    void init()
    {
        m_network = new QNetworkAccessManager(this);
        m_client = std::make_unique<StatisticsClient>(m_network, m_clock);
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        delete m_network;
        m_network = nullptr;
    }

    // The verifier itself, on published vectors, so that a match later means something.
    void verifierReproducesPublishedVectors()
    {
        RecordedRequest d;
        d.method = "GET";
        d.rawPath = "/v2/0123456789abcdef0123456789abcdef/statistics";
        d.rawQuery = "desktop_type=POOLED&statistics_type=run-state&desktop_type=DEDICATED"
                     "&statistics_type=login-state&statistics_type=attach-state";
        d.headers = {{"Host", "workspace.cn-north-4.myhuaweicloud.com"},
                     {"X-Sdk-Date", "20240101T000000Z"},
                     {"X-Project-Id", "0123456789abcdef0123456789abcdef"},
                     {"Authorization",
                      "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                      "SignedHeaders=host;x-project-id;x-sdk-date, "
                      "Signature=1f17c63f17dc72b90396a840849a49cf97e86c925646caf6912a7036603bef16"}};
        SignatureCheck check = SignatureVerifier::verify(d, kAk, kSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.canonicalRequest,
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
        QVERIFY(!SignatureVerifier::verify(tampered, kAk, kSk).ok);
        QVERIFY(SignatureVerifier::verify(d, kAk, "wrong").reason.contains(u"signature mismatch"));
        QVERIFY(SignatureVerifier::verify(d, "OTHER", kSk).reason.contains(u"access key"));
        tampered = d;
        tampered.headers[0].second = "workspace.cn-east-3.myhuaweicloud.com";
        QVERIFY(!SignatureVerifier::verify(tampered, kAk, kSk).ok);

        // Vector A, and the published encoding check.
        RecordedRequest a;
        a.method = "GET";
        a.rawPath = "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs";
        a.rawQuery = "marker=13551d6b-755d-4757-b956-536f674975c0&limit=2";
        a.headers = {{"content-type", "application/json"},
                     {"host", "service.region.example.com"},
                     {"x-sdk-date", "20191115T033655Z"},
                     {"authorization",
                      "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                      "SignedHeaders=content-type;host;x-sdk-date, "
                      "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"}};
        check = SignatureVerifier::verify(a, kAk, kSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(SignatureVerifier::canonicalQuery(
                     "test=%E4%B8%80%20(%26%3D%3F!%23%25.*)&multi=3&limit=1&multi=1&enable=true"
                     "&path=/tmp/123&multi=2"),
                 QByteArray("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123"
                            "&test=%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
    }

    void requestOnTheWire()
    {
        m_server->enqueue(ScriptedResponse::json(200, kFullBody, {{"X-Request-Id", "req-1"}}));
        StatisticsRequest request = requestFor(*m_server);
        // Sorted by UTF-8 bytes: "a&b…" < "pool-2" < "池A".
        request.query = fullQuery({QStringLiteral("pool-2"), QStringLiteral("池A"),
                                   QStringLiteral("a&b=c/d+e%f~g.h_i")});
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

        for (const char* name : {"Host", "X-Sdk-Date", "X-Project-Id", "Content-Type",
                                 "User-Agent", "Authorization"}) {
            QVERIFY2(got.headerCount(name) == 1, name);
        }
        QCOMPARE(got.header("Host"), m_server->hostAndPort().toLatin1());
        QCOMPARE(got.header("X-Sdk-Date"), QByteArray("20240101T000000Z"));
        QCOMPARE(got.header("X-Project-Id"), kProject.toLatin1());
        QCOMPARE(got.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(got.header("User-Agent").startsWith("wsdash/"));
        QVERIFY(!got.hasHeader("X-Auth-Token"));
        QVERIFY(!got.hasHeader("X-Security-Token"));
        QVERIFY(!got.hasHeader("Cookie"));

        const SignatureCheck check = SignatureVerifier::verify(got, kAk, kSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QCOMPARE(check.signedHeaders, QByteArrayList({"host", "x-project-id", "x-sdk-date"}));
        // The query is sent in canonical form: the signed query is the wire query.
        QCOMPARE(SignatureVerifier::canonicalQuery(got.rawQuery), got.rawQuery);
    }

    void queryValueEncoding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QByteArray>("wire");
        QTest::addRow("space") << QStringLiteral("my pool 1") << QByteArray("my%20pool%201");
        QTest::addRow("sdk vector") << QStringLiteral("一 (&=?!#%.*)")
                                    << QByteArray("%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29");
        QTest::addRow("plus") << QStringLiteral("a+b") << QByteArray("a%2Bb");
        QTest::addRow("slash") << QStringLiteral("/tmp/123") << QByteArray("%2Ftmp%2F123");
        QTest::addRow("unreserved") << QStringLiteral("AZaz09-_.~") << QByteArray("AZaz09-_.~");
        QTest::addRow("chinese") << QStringLiteral("桌面池") << QByteArray("%E6%A1%8C%E9%9D%A2%E6%B1%A0");
        QTest::addRow("empty") << QString() << QByteArray();
    }

    // StatisticsQuery refuses spaces in pool IDs; the ApiCall below it must still encode them.
    void queryValueEncoding()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, wire);
        m_server->enqueue(ScriptedResponse::json(200, R"({"total_num":1})"));
        ApiCall call(m_network, m_clock,
                     apiRequestFor(*m_server, {{QStringLiteral("desktop_type"), QStringLiteral("POOLED")},
                                               {QStringLiteral("desktop_pool_ids"), value}}));
        QSignalSpy succeeded(&call, &ApiCall::succeeded);
        call.start();
        QVERIFY(succeeded.wait(5000));
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest& got = m_server->requests().constFirst();
        QCOMPARE(got.rawQuery, "desktop_pool_ids=" + wire + "&desktop_type=POOLED");
        QCOMPARE(got.queryValues(QStringLiteral("desktop_pool_ids")), QStringList{value});
        const SignatureCheck check = SignatureVerifier::verify(got, kAk, kSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
    }

    void temporaryCredentialsSignSecurityToken()
    {
        m_server->enqueue(ScriptedResponse::json(200, R"({"total_num":1})"));
        const QString token = QStringLiteral("gQpzZWN1cml0eS10b2tlbi12YWx1ZQ==");
        const StatisticsResult result = fetchOnce(
            *m_client, requestFor(*m_server, Credentials::temporary(QString::fromLatin1(kAk),
                                                                    QString::fromLatin1(kSk), token)));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        const RecordedRequest& got = m_server->requests().constFirst();
        QCOMPARE(got.headerCount("X-Security-Token"), 1);
        QCOMPARE(got.header("X-Security-Token"), token.toLatin1());
        const SignatureCheck check = SignatureVerifier::verify(got, kAk, kSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
        QVERIFY(check.signedHeaders.contains("x-security-token"));
    }

    void iamTokenSendsNoSignature()
    {
        m_server->enqueue(ScriptedResponse::json(200, R"({"total_num":1})"));
        const QString token = QStringLiteral("MIIaBgYJKoZIhvcNAQcCoIIZ9zCCGfMCAQExDTALBglghkgBZQME");
        const StatisticsResult result =
            fetchOnce(*m_client, requestFor(*m_server, Credentials::token(token)));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        const RecordedRequest& got = m_server->requests().constFirst();
        QCOMPARE(got.headerCount("X-Auth-Token"), 1);
        QCOMPARE(got.header("X-Auth-Token"), token.toLatin1());
        QVERIFY(!got.hasHeader("Authorization"));
        QVERIFY(!got.hasHeader("X-Security-Token"));
        QCOMPARE(got.header("X-Project-Id"), kProject.toLatin1());
        QCOMPARE(got.header("Host"), m_server->hostAndPort().toLatin1());
    }

    void successParsesTypedNumbers()
    {
        m_server->enqueue(ScriptedResponse::json(200, kFullBody, {{"X-Request-Id", "req-ok-42"}}));
        StatisticsRequest request = requestFor(*m_server);
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

    void throttledThenSuccessHonoursRetryAfter()
    {
        m_server->enqueue(ScriptedResponse::json(
            429, R"({"error_code":"APIG.0308","error_msg":"The request is throttled."})",
            {{"Retry-After", "1"}, {"X-Request-Id", "req-throttled"}}));
        m_server->enqueue(ScriptedResponse::json(200, R"({"total_num":7})", {{"X-Request-Id", "req-2"}}));
        QElapsedTimer elapsed;
        elapsed.start();
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        const qint64 ms = elapsed.elapsed();
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(result.requestId, QStringLiteral("req-2"));
        QCOMPARE(m_server->requestCount(), 2);
        QVERIFY2(ms >= 1000, qPrintable(QString::number(ms)));
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
        // Measured where it matters: the retry reached the server no sooner than asked.
        const qint64 gap =
            m_server->requests().at(1).receivedAtMs - m_server->requests().at(0).receivedAtMs;
        QVERIFY2(gap >= 1000, qPrintable(QString::number(gap)));
        // The retry is signed afresh and verifies too.
        for (const RecordedRequest& got : m_server->requests()) {
            const SignatureCheck check = SignatureVerifier::verify(got, kAk, kSk);
            QVERIFY2(check.ok, qPrintable(check.reason));
        }
    }

    void retryAfterBeyondTimeoutFailsAtOnce()
    {
        m_server->setDefaultResponse(ScriptedResponse::json(
            429, R"({"error_code":"APIG.0308","error_msg":"The request is throttled."})",
            {{"Retry-After", "60"}, {"X-Request-Id", "req-429"}}));
        StatisticsRequest request = requestFor(*m_server);
        request.timeout = std::chrono::milliseconds(3000);
        QElapsedTimer elapsed;
        elapsed.start();
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY(elapsed.elapsed() < 2000);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Throttled);
        QCOMPARE(result.error.code, QStringLiteral("APIG.0308"));
        QCOMPARE(result.error.attempts, 1);
        QCOMPARE(result.requestId, QStringLiteral("req-429"));
        QVERIFY(result.error.message.contains(u"60"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void transientStatusRetriedThreeTimes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addRow("429") << 429 << ApiError::Kind::Throttled;
        QTest::addRow("502") << 502 << ApiError::Kind::Http;
        QTest::addRow("503") << 503 << ApiError::Kind::Http;
        QTest::addRow("504") << 504 << ApiError::Kind::Http;
    }

    void transientStatusRetriedThreeTimes()
    {
        QFETCH(int, status);
        QFETCH(ApiError::Kind, kind);
        m_server->setDefaultResponse(ScriptedResponse::json(
            status, R"({"error_code":"WKS.0503","error_msg":"busy"})", {{"X-Request-Id", "req-busy"}}));
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, kind);
        QCOMPARE(result.error.httpStatus, status);
        QCOMPARE(result.error.attempts, 4);
        QCOMPARE(result.attempts, 4);
        QCOMPARE(result.error.code, QStringLiteral("WKS.0503"));
        QCOMPARE(result.requestId, QStringLiteral("req-busy"));
        QTest::qWait(60); // longer than any backoff: nothing more arrives
        QCOMPARE(m_server->requestCount(), 4);
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
        QTest::addRow("400 workspace") << 400
            << QByteArray(R"({"error_code":"WKS.0001","error_msg":"The desktop pool does not exist.","error_detail":"pool-x"})")
            << "WKS.0001" << "The desktop pool does not exist." << "pool-x" << "" << "hdr-id";
        QTest::addRow("401 gateway") << 401
            << QByteArray(R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail","request_id":"gw-1"})")
            << "APIG.0301" << "Incorrect IAM authentication information: verify aksk signature fail"
            << "" << "" << "hdr-id";
        QTest::addRow("403 encoded") << 403
            << QByteArray(R"({"error_code":"WKS.00010099","error_msg":"Forbidden","encoded_authorization_message":"c2VjcmV0LXJlYXNvbg=="})")
            << "WKS.00010099" << "Forbidden" << "" << "c2VjcmV0LXJlYXNvbg==" << "hdr-id";
        QTest::addRow("404 nested") << 404
            << QByteArray(R"({"error":{"code":"APIGW.0101","message":"The API does not exist."}})")
            << "APIGW.0101" << "The API does not exist." << "" << "" << "hdr-id";
        QTest::addRow("500") << 500
            << QByteArray(R"({"error_code":"WKS.0500","error_msg":"Internal error"})")
            << "WKS.0500" << "Internal error" << "" << "" << "hdr-id";
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
        m_server->setDefaultResponse(ScriptedResponse::json(status, body, {{"X-Request-Id", "hdr-id"}}));
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
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
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
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
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QCOMPARE(result.error.kind, ApiError::Kind::Http);
        QCOMPARE(result.error.code, QStringLiteral("HTTP 404"));
        QVERIFY2(result.error.message.contains(u"404"), qPrintable(result.error.message));
        QVERIFY(result.error.message.contains(u"not JSON"));
        QVERIFY(!result.error.message.contains(u"<html"));
        QCOMPARE(result.requestId, QStringLiteral("req-html"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void stalledServerTimesOut()
    {
        m_server->setDefaultResponse(ScriptedResponse::withBehaviour(Behaviour::Stall));
        StatisticsRequest request = requestFor(*m_server);
        request.timeout = std::chrono::milliseconds(300);
        QElapsedTimer elapsed;
        elapsed.start();
        const StatisticsResult result = fetchOnce(*m_client, request);
        const qint64 ms = elapsed.elapsed();
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QVERIFY2(ms >= 290 && ms < 1000, qPrintable(QString::number(ms)));
        QCOMPARE(result.error.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY(result.error.message.contains(u"0.3"));
    }

    void timeoutAfterRetryNamesLastFailure()
    {
        m_server->enqueue(ScriptedResponse::json(
            503, R"({"error_code":"WKS.0503","error_msg":"Service busy"})", {{"X-Request-Id", "req-503"}}));
        m_server->enqueue(ScriptedResponse::withBehaviour(Behaviour::Stall));
        StatisticsRequest request = requestFor(*m_server);
        request.timeout = std::chrono::milliseconds(300);
        const StatisticsResult result = fetchOnce(*m_client, request);
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
        QCOMPARE(result.error.attempts, 2);
        QVERIFY2(result.error.message.contains(u"WKS.0503"), qPrintable(result.error.message));
        QCOMPARE(result.requestId, QStringLiteral("req-503"));
        QCOMPARE(m_server->requestCount(), 2);
    }

    // The total timeout also covers a body that trickles in.
    void slowBodyTimesOut()
    {
        ScriptedResponse slow = ScriptedResponse::json(200, QByteArray(400, ' ') + R"({"total_num":1})");
        slow.behaviour = Behaviour::Slow;
        slow.chunkSize = 10;
        slow.chunkInterval = std::chrono::milliseconds(25); // ~1 s in all
        m_server->setDefaultResponse(slow);
        StatisticsRequest request = requestFor(*m_server);
        request.timeout = std::chrono::milliseconds(300);
        QElapsedTimer elapsed;
        elapsed.start();
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY2(result.error.kind == ApiError::Kind::Timeout, qPrintable(result.error.toOneLine()));
        QVERIFY2(elapsed.elapsed() < 1000, qPrintable(QString::number(elapsed.elapsed())));
        QTRY_VERIFY(m_server->responseLogs().constFirst().peerClosedEarly);
    }

    void slowBodyWithinTimeoutArrives()
    {
        ScriptedResponse slow = ScriptedResponse::json(200, R"({"total_num":31})");
        slow.behaviour = Behaviour::Slow;
        slow.chunkSize = 4;
        slow.chunkInterval = std::chrono::milliseconds(5);
        m_server->enqueue(slow);
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.statistics->totals.value(Metric::TotalNum), Count(31));
    }

    void chunkedBody()
    {
        ScriptedResponse chunked = ScriptedResponse::json(200, kFullBody);
        chunked.behaviour = Behaviour::Chunked;
        chunked.chunkSize = 7;
        m_server->enqueue(chunked);
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.statistics->totals.value(Metric::TotalNum), Count(120));
    }

    void truncatedBodyRetriedThenFails()
    {
        ScriptedResponse truncated = ScriptedResponse::json(200, kFullBody, {{"X-Request-Id", "req-cut"}});
        truncated.behaviour = Behaviour::Truncate;
        truncated.truncateAfter = 20;
        m_server->setDefaultResponse(truncated);
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.error.attempts, 4);
        QVERIFY2(result.error.message.contains(u"closed the connection"),
                 qPrintable(result.error.message));
        QCOMPARE(result.requestId, QStringLiteral("req-cut"));
        QCOMPARE(m_server->requestCount(), 4);
    }

    void truncatedOnceThenSuccess()
    {
        ScriptedResponse truncated = ScriptedResponse::json(200, kFullBody);
        truncated.behaviour = Behaviour::Truncate;
        truncated.truncateAfter = 30;
        m_server->enqueue(truncated);
        m_server->enqueue(ScriptedResponse::json(200, kFullBody));
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void connectionResetRetriedThenFails()
    {
        m_server->setDefaultResponse(ScriptedResponse::withBehaviour(Behaviour::Reset));
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.error.attempts, 4);
        QVERIFY(!result.error.message.isEmpty());
        // Qt itself may re-send a request (up to twice) when a connection dies before any answer
        // (5 arrive here for our 4 attempts); every attempt of ours reached the server.
        QVERIFY2(m_server->requestCount() >= 4 && m_server->requestCount() <= 12,
                 qPrintable(QString::number(m_server->requestCount())));
    }

    void html200IsBadResponse()
    {
        ScriptedResponse html = ScriptedResponse::json(
            200, "<!DOCTYPE html><html><body>Login required</body></html>",
            {{"X-Request-Id", "req-portal"}});
        html.headers[0].second = "text/html";
        m_server->enqueue(html);
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
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
        QTest::addRow("fraction") << QByteArray(R"({"total_num":3,"run_state_statistics":{"stop_num":1.5}})")
                                  << "run_state_statistics.stop_num";
        QTest::addRow("negative in pool")
            << QByteArray(R"({"total_num":3,"desktop_pool_statistics":[{"desktop_pool_id":"a","total_num":1},{"desktop_pool_id":"b","total_num":-1}]})")
            << "desktop_pool_statistics[1].total_num";
        QTest::addRow("family not object") << QByteArray(R"({"total_num":3,"attach_statistics":[1]})")
                                           << "attach_statistics";
        QTest::addRow("top-level array") << QByteArray("[1,2]") << "top level";
    }

    void wronglyTypedBodyNamesJsonPath()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        m_server->enqueue(ScriptedResponse::json(200, body, {{"X-Request-Id", "req-typed"}}));
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::BadResponse);
        QVERIFY2(result.error.message.contains(path), qPrintable(result.error.message));
        QCOMPARE(result.requestId, QStringLiteral("req-typed"));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void oversizeBodyRefused_data()
    {
        QTest::addColumn<ScriptedResponse>("response");
        QTest::addRow("200 MB announced") << ScriptedResponse::huge(200LL * 1024 * 1024, false);
        QTest::addRow("200 MB chunked") << ScriptedResponse::huge(200LL * 1024 * 1024, true);
        QTest::addRow("just over, announced") << ScriptedResponse::huge(64 * 1024 + 1, false);
        // Qt inflates a compressed body itself: the cap must hold for what it inflates to.
        ScriptedResponse deflated =
            ScriptedResponse::json(200, qCompress(QByteArray(1 << 20, 'p')).mid(4));
        deflated.header("Content-Encoding", "deflate");
        QTest::addRow("1 MiB deflated") << deflated;
    }

    void oversizeBodyRefused()
    {
        QFETCH(ScriptedResponse, response);
        m_server->enqueue(response.header("X-Request-Id", "req-big"));
        StatisticsRequest request = requestFor(*m_server);
        request.maxResponseBytes = 64 * 1024;
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.kind == ApiError::Kind::TooLarge, qPrintable(result.error.toOneLine()));
        QCOMPARE(result.error.attempts, 1);
        QCOMPARE(result.requestId, QStringLiteral("req-big"));
        QVERIFY2(result.error.message.contains(u"64 KiB"), qPrintable(result.error.message));
        QCOMPARE(m_server->requestCount(), 1);
        // The client stopped reading: the server saw the connection close before it was done.
        const ResponseLog& log = m_server->responseLogs().constFirst();
        if (log.bodyBytesPlanned > 1024 * 1024) {
            QTRY_VERIFY(m_server->responseLogs().constFirst().peerClosedEarly);
            QVERIFY2(log.bodyBytesWritten < log.bodyBytesPlanned / 4,
                     qPrintable(QString::number(log.bodyBytesWritten)));
        }
    }

    // Past ~10 MiB Qt refuses to inflate; that must not pass for an empty 200.
    void compressionBombRefused()
    {
        ScriptedResponse bomb =
            ScriptedResponse::json(200, qCompress(QByteArray(16 << 20, '0')).mid(4));
        bomb.header("Content-Encoding", "deflate");
        m_server->enqueue(bomb);
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.kind == ApiError::Kind::BadResponse
                     || result.error.kind == ApiError::Kind::TooLarge,
                 qPrintable(result.error.toOneLine()));
        QVERIFY2(!result.error.message.contains(u"empty"), qPrintable(result.error.message));
        QCOMPARE(result.error.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void bodyJustUnderCapAccepted()
    {
        const QByteArray body =
            "{\"total_num\":1,\"padding\":\"" + QByteArray(60 * 1024, 'p') + "\"}";
        ScriptedResponse chunked = ScriptedResponse::json(200, body);
        chunked.behaviour = Behaviour::Chunked;
        chunked.chunkSize = 4096;
        m_server->enqueue(chunked);
        StatisticsRequest request = requestFor(*m_server);
        request.maxResponseBytes = 64 * 1024;
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
    }

    void redirectNotFollowed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addRow("301") << 301;
        QTest::addRow("302") << 302;
        QTest::addRow("307") << 307;
        QTest::addRow("308") << 308;
    }

    void redirectNotFollowed()
    {
        QFETCH(int, status);
        TestHttpServer target;
        QVERIFY(target.listen());
        target.setDefaultResponse(ScriptedResponse::json(200, R"({"total_num":999})"));
        const QByteArray location =
            target.baseUrl().toLatin1() + "/v2/" + kProject.toLatin1() + "/statistics?moved=1";
        m_server->enqueue(ScriptedResponse::json(status, {}, {{"Location", location},
                                                              {"X-Request-Id", "req-moved"}}));
        const StatisticsResult result = fetchOnce(*m_client, requestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(result.error.httpStatus, status);
        QVERIFY2(result.error.message.contains(target.hostAndPort()), qPrintable(result.error.message));
        QCOMPARE(result.requestId, QStringLiteral("req-moved"));
        QTest::qWait(60);
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(target.requestCount(), 0);
        QCOMPARE(target.connectionCount(), 0);
    }

    void plainHttpToRemoteHostRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("remote") << "http://workspace.cn-north-4.myhuaweicloud.com" << false;
        QTest::addRow("remote ip") << "http://192.0.2.10:8080" << false;
        QTest::addRow("lookalike") << "http://127.0.0.1.nip.io" << false;
        QTest::addRow("localhost suffix") << "http://localhost.example.com" << false;
        QTest::addRow("upper-case scheme") << "HTTP://example.com" << false;
        QTest::addRow("ipv4 loopback") << "http://127.0.0.1:8080" << true;
        QTest::addRow("ipv6 loopback") << "http://[::1]:8080" << true;
        QTest::addRow("localhost") << "http://localhost:8080" << true;
        QTest::addRow("https remote") << "https://workspace.cn-north-4.myhuaweicloud.com" << true;
    }

    // Endpoint is the only way to an ApiRequest's URL, so this is where plain http is stopped
    // (ApiCall checks again, but no Endpoint can carry such a URL to it).
    void plainHttpToRemoteHostRefused()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const auto endpoint = Endpoint::fromUrl(url);
        QCOMPARE(bool(endpoint), accepted);
        if (!accepted)
            QVERIFY2(endpoint.error().message.contains(u"http://"), qPrintable(endpoint.error().message));

        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_CN_NORTH_4"), url);
        QCOMPARE(bool(Endpoint::fromRegion(QStringLiteral("cn-north-4"), env)), accepted);
    }

    void tlsFailureIsNotIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        StatisticsRequest request = requestFor(*m_server);
        request.endpoint =
            Endpoint::fromUrl(QStringLiteral("https://") + m_server->hostAndPort()).value();
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.kind == ApiError::Kind::Tls, qPrintable(result.error.toOneLine()));
        QVERIFY2(result.error.message.contains(u"TLS"), qPrintable(result.error.message));
        QVERIFY(result.error.message.contains(m_server->hostAndPort()));
        QCOMPARE(result.error.attempts, 1);
        // Only the handshake arrived, never a readable request.
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(m_server->malformedRequestCount() >= 1);
    }

    void newerFetchSupersedesOlder()
    {
        m_server->enqueue(ScriptedResponse::withBehaviour(Behaviour::Stall));
        m_server->enqueue(ScriptedResponse::json(200, R"({"total_num":2})", {{"X-Request-Id", "second"}}));
        QSignalSpy spy(m_client.get(), &StatisticsClient::finished);
        StatisticsRequest first = requestFor(*m_server);
        first.timeout = std::chrono::milliseconds(200);
        const quint64 firstSerial = m_client->fetch(first);
        QTRY_COMPARE(m_server->requestCount(), 1);
        const quint64 secondSerial = m_client->fetch(requestFor(*m_server));
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
        // The superseded request's connection was closed by the client.
        QTRY_VERIFY(m_server->openConnectionCount() <= 1);
    }

    void cancelNeverDelivers()
    {
        m_server->setDefaultResponse(ScriptedResponse::withBehaviour(Behaviour::Stall));
        QSignalSpy spy(m_client.get(), &StatisticsClient::finished);
        StatisticsRequest request = requestFor(*m_server);
        request.timeout = std::chrono::milliseconds(150);
        m_client->fetch(request);
        QTRY_COMPARE(m_server->requestCount(), 1);
        QVERIFY(m_client->isBusy());
        m_client->cancel();
        QVERIFY(!m_client->isBusy());
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
        QTRY_COMPARE(m_server->openConnectionCount(), 0);
    }

    void invalidProjectIdSendsNothing()
    {
        StatisticsRequest request = requestFor(*m_server);
        request.projectId = QStringLiteral("../other/statistics?x=");
        const StatisticsResult result = fetchOnce(*m_client, request);
        QCOMPARE(result.error.kind, ApiError::Kind::Configuration);
        QCOMPARE(m_server->connectionCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsClient)
#include "tst_statisticsclient.moc"
