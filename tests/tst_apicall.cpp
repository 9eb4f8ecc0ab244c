// ApiCall (through StatisticsClient where that is how it is used) against a misbehaving HTTP
// server on 127.0.0.1: retries and Retry-After, the total timeout, truncated and reset
// connections, the size cap, redirects, plain http and TLS failures; what the server saw.

#include "core/api/apicall.h"
#include "core/api/statisticsclient.h"
#include "support/clientfixture.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/signatureverifier.h"
#include "support/testhttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;
using Behaviour = ScriptedResponse::Behaviour;

Q_DECLARE_METATYPE(wsdash::ApiError::Kind)

class TestApiCall
    : public QObject
    , private ClientFixture
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(setUpClient()); }
    void cleanup() { tearDownClient(); }

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
        QTest::addRow("chinese") << QStringLiteral("桌面池")
                                 << QByteArray("%E6%A1%8C%E9%9D%A2%E6%B1%A0");
        QTest::addRow("empty") << QString() << QByteArray();
    }

    // StatisticsQuery refuses spaces in pool IDs; the ApiCall below it must still encode them.
    void queryValueEncoding()
    {
        QFETCH(QString, value);
        QFETCH(QByteArray, wire);
        m_server->enqueue(ScriptedResponse::json(200, R"({"total_num":1})"));
        ApiCall call(
            m_network.get(), m_clock,
            apiRequestFor(*m_server, {{QStringLiteral("desktop_type"), QStringLiteral("POOLED")},
                                      {QStringLiteral("desktop_pool_ids"), value}}));
        QSignalSpy succeeded(&call, &ApiCall::succeeded);
        call.start();
        QVERIFY(succeeded.wait(5000));
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest& got = m_server->requests().constFirst();
        QCOMPARE(got.rawQuery, "desktop_pool_ids=" + wire + "&desktop_type=POOLED");
        QCOMPARE(got.queryValues(QStringLiteral("desktop_pool_ids")), QStringList{value});
        const SignatureCheck check = SignatureVerifier::verify(got, kTestAk, kTestSk);
        QVERIFY2(check.ok, qPrintable(check.reason));
    }

    // The body is read into the room of a buffer handed over (a refresh: the last answer's),
    // when the announced length fits it and fills at least half of it; not into a buffer far
    // larger than the answer, which would keep that much memory for a small answer.
    void bodyIsReadIntoTheBufferHandedOver_data()
    {
        // Rooms in bytes over the body's 64 KiB.
        QTest::addColumn<qsizetype>("room");
        QTest::addColumn<bool>("used");
        QTest::addRow("the same size") << qsizetype(0) << true;
        QTest::addRow("almost twice the size") << qsizetype(64 * 1024 - 64) << true;
        QTest::addRow("too small") << qsizetype(-1024) << false;
        QTest::addRow("far too large") << qsizetype(1024 * 1024) << false;
    }

    void bodyIsReadIntoTheBufferHandedOver()
    {
        QFETCH(qsizetype, room);
        QFETCH(bool, used);
        const QByteArray body =
            "{\"total_num\":1,\"padding\":\"" + QByteArray(64 * 1024 - 28, 'p') + "\"}";
        QCOMPARE(body.size(), 64 * 1024);
        ScriptedResponse chunked = ScriptedResponse::json(200, body);
        chunked.chunkSize = 4096; // read in many pieces
        m_server->enqueue(chunked);
        ApiCall call(m_network.get(), m_clock, apiRequestFor(*m_server, {}));
        QByteArray buffer;
        buffer.reserve(body.size() + room);
        const char* const data = buffer.constData();
        call.setBodyBuffer(std::move(buffer));
        QSignalSpy succeeded(&call, &ApiCall::succeeded);
        call.start();
        QVERIFY(succeeded.wait(5000));
        const auto response = succeeded.constFirst().constFirst().value<ApiResponse>();
        QCOMPARE(response.body, body);
        QCOMPARE(response.body.constData() == data, used);
    }

    void throttledThenSuccessHonoursRetryAfter()
    {
        m_server->enqueue(ScriptedResponse::json(
            429, R"({"error_code":"APIG.0308","error_msg":"The request is throttled."})",
            {{"Retry-After", "1"}, {"X-Request-Id", "req-throttled"}}));
        m_server->enqueue(
            ScriptedResponse::json(200, R"({"total_num":7})", {{"X-Request-Id", "req-2"}}));
        QElapsedTimer elapsed;
        elapsed.start();
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
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
            const SignatureCheck check = SignatureVerifier::verify(got, kTestAk, kTestSk);
            QVERIFY2(check.ok, qPrintable(check.reason));
        }
    }

    void retryAfterBeyondTimeoutFailsAtOnce()
    {
        m_server->setDefaultResponse(ScriptedResponse::json(
            429, R"({"error_code":"APIG.0308","error_msg":"The request is throttled."})",
            {{"Retry-After", "60"}, {"X-Request-Id", "req-429"}}));
        StatisticsRequest request = statisticsRequestFor(*m_server);
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
        m_server->setDefaultResponse(
            ScriptedResponse::json(status, R"({"error_code":"WKS.0503","error_msg":"busy"})",
                                   {{"X-Request-Id", "req-busy"}}));
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
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

    void stalledServerTimesOut()
    {
        m_server->setDefaultResponse(ScriptedResponse::withBehaviour(Behaviour::Stall));
        StatisticsRequest request = statisticsRequestFor(*m_server);
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
        m_server->enqueue(
            ScriptedResponse::json(503, R"({"error_code":"WKS.0503","error_msg":"Service busy"})",
                                   {{"X-Request-Id", "req-503"}}));
        m_server->enqueue(ScriptedResponse::withBehaviour(Behaviour::Stall));
        StatisticsRequest request = statisticsRequestFor(*m_server);
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
        ScriptedResponse slow =
            ScriptedResponse::json(200, QByteArray(400, ' ') + R"({"total_num":1})");
        slow.behaviour = Behaviour::Slow;
        slow.chunkSize = 10;
        slow.chunkInterval = std::chrono::milliseconds(25); // ~1 s in all
        m_server->setDefaultResponse(slow);
        StatisticsRequest request = statisticsRequestFor(*m_server);
        request.timeout = std::chrono::milliseconds(300);
        QElapsedTimer elapsed;
        elapsed.start();
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY2(result.error.kind == ApiError::Kind::Timeout,
                 qPrintable(result.error.toOneLine()));
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
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.statistics->totals.value(Metric::TotalNum), Count(31));
    }

    void chunkedBody()
    {
        ScriptedResponse chunked = ScriptedResponse::json(200, fullStatisticsBody());
        chunked.behaviour = Behaviour::Chunked;
        chunked.chunkSize = 7;
        m_server->enqueue(chunked);
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.statistics->totals.value(Metric::TotalNum), Count(120));
    }

    void truncatedBodyRetriedThenFails()
    {
        ScriptedResponse truncated =
            ScriptedResponse::json(200, fullStatisticsBody(), {{"X-Request-Id", "req-cut"}});
        truncated.behaviour = Behaviour::Truncate;
        truncated.truncateAfter = 20;
        m_server->setDefaultResponse(truncated);
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.kind == ApiError::Kind::Network,
                 qPrintable(result.error.toOneLine()));
        QCOMPARE(result.error.attempts, 4);
        QVERIFY2(result.error.message.contains(u"closed the connection"),
                 qPrintable(result.error.message));
        QCOMPARE(result.requestId, QStringLiteral("req-cut"));
        QCOMPARE(m_server->requestCount(), 4);
    }

    void truncatedOnceThenSuccess()
    {
        ScriptedResponse truncated = ScriptedResponse::json(200, fullStatisticsBody());
        truncated.behaviour = Behaviour::Truncate;
        truncated.truncateAfter = 30;
        m_server->enqueue(truncated);
        m_server->enqueue(ScriptedResponse::json(200, fullStatisticsBody()));
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void connectionResetRetriedThenFails()
    {
        m_server->setDefaultResponse(ScriptedResponse::withBehaviour(Behaviour::Reset));
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Network);
        QCOMPARE(result.error.attempts, 4);
        QVERIFY(!result.error.message.isEmpty());
        // Qt itself may re-send a request (up to twice) when a connection dies before any answer
        // (5 arrive here for our 4 attempts); every attempt of ours reached the server.
        QVERIFY2(m_server->requestCount() >= 4 && m_server->requestCount() <= 12,
                 qPrintable(QString::number(m_server->requestCount())));
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
        StatisticsRequest request = statisticsRequestFor(*m_server);
        request.maxResponseBytes = 64 * 1024;
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.kind == ApiError::Kind::TooLarge,
                 qPrintable(result.error.toOneLine()));
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
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.kind == ApiError::Kind::BadResponse ||
                     result.error.kind == ApiError::Kind::TooLarge,
                 qPrintable(result.error.toOneLine()));
        QVERIFY2(!result.error.message.contains(u"empty"), qPrintable(result.error.message));
        QCOMPARE(result.error.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
    }

    // A compressed answer that stays under the cap arrives whole, however it is cut up: the
    // decoder counts it as it comes and inflates it once at the end (BodyDecoder::take).
    void compressedBodyDecoded_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<int>("chunkSize");
        QTest::addRow("deflate, one piece") << QByteArray("deflate") << 0;
        QTest::addRow("deflate, 1000-byte chunks") << QByteArray("deflate") << 1000;
        QTest::addRow("deflate, 7-byte chunks") << QByteArray("deflate") << 7;
    }

    void compressedBodyDecoded()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(int, chunkSize);
        // 60 KiB inflated (just under the 64 KiB cap), far less on the wire.
        const QByteArray body =
            "{\"total_num\":42,\"padding\":\"" + QByteArray(60 * 1024, 'p') + "\"}";
        ScriptedResponse compressed = ScriptedResponse::json(200, qCompress(body).mid(4));
        compressed.header("Content-Encoding", encoding);
        if (chunkSize > 0) {
            compressed.behaviour = Behaviour::Chunked;
            compressed.chunkSize = chunkSize;
        }
        m_server->enqueue(compressed);
        StatisticsRequest request = statisticsRequestFor(*m_server);
        request.maxResponseBytes = 64 * 1024;
        const StatisticsResult result = fetchOnce(*m_client, request);
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.statistics->totals.value(Metric::TotalNum), Count(42));
    }

    void bodyJustUnderCapAccepted()
    {
        const QByteArray body =
            "{\"total_num\":1,\"padding\":\"" + QByteArray(60 * 1024, 'p') + "\"}";
        ScriptedResponse chunked = ScriptedResponse::json(200, body);
        chunked.behaviour = Behaviour::Chunked;
        chunked.chunkSize = 4096;
        m_server->enqueue(chunked);
        StatisticsRequest request = statisticsRequestFor(*m_server);
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
            target.baseUrl().toLatin1() + "/v2/" + kTestProject.toLatin1() + "/statistics?moved=1";
        m_server->enqueue(ScriptedResponse::json(
            status, {}, {{"Location", location}, {"X-Request-Id", "req-moved"}}));
        const StatisticsResult result = fetchOnce(*m_client, statisticsRequestFor(*m_server));
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Redirect);
        QCOMPARE(result.error.httpStatus, status);
        QVERIFY2(result.error.message.contains(target.hostAndPort()),
                 qPrintable(result.error.message));
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
            QVERIFY2(endpoint.error().message.contains(u"http://"),
                     qPrintable(endpoint.error().message));

        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_REGION_WORKSPACE_CN_NORTH_4"), url);
        QCOMPARE(bool(Endpoint::fromRegion(QStringLiteral("cn-north-4"), env)), accepted);
    }

    void tlsFailureIsNotIgnored()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("No TLS backend");
        StatisticsRequest request = statisticsRequestFor(*m_server);
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
};

QTEST_GUILESS_MAIN(TestApiCall)
#include "tst_apicall.moc"
