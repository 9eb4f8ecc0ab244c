#include "core/api/apierror.h"
#include "core/api/apirequest.h"

#include <QTest>
#include <QTimeZone>

#include <limits>

using namespace wsdash;

class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sdkOrder_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");

        QTest::addRow("error_code")
            << QByteArray(
                   R"({"error_code":"WKS.0001","error_msg":"Invalid request.","code":"x","message":"y"})")
            << 400 << QStringLiteral("WKS.0001") << QStringLiteral("Invalid request.");
        QTest::addRow("camelCase")
            << QByteArray(R"({"errorCode":"E1","errorMsg":"m1","code":"x","message":"y"})") << 400
            << QStringLiteral("E1") << QStringLiteral("m1");
        QTest::addRow("code/message") << QByteArray(R"({"code":"E2","message":"m2"})") << 403
                                      << QStringLiteral("E2") << QStringLiteral("m2");
        QTest::addRow("nested") << QByteArray(R"({"error":{"code":"E3","message":"m3"}})") << 500
                                << QStringLiteral("E3") << QStringLiteral("m3");
        QTest::addRow("numeric code") << QByteArray(R"({"code":401,"message":"m4"})") << 401
                                      << QStringLiteral("401") << QStringLiteral("m4");
        QTest::addRow("no keys") << QByteArray(R"({"foo":"bar"})") << 503
                                 << QStringLiteral("HTTP 503")
                                 << QStringLiteral(
                                        "The server answered HTTP 503 Service Unavailable.");
        QTest::addRow("html")
            << QByteArray("<html>oops</html>") << 502 << QStringLiteral("HTTP 502")
            << QStringLiteral(
                   "The server answered HTTP 502 Service Unavailable. (The body was not JSON.)");
        QTest::addRow("empty") << QByteArray() << 504 << QStringLiteral("HTTP 504")
                               << QStringLiteral(
                                      "The server answered HTTP 504 Service Unavailable.");
    }

    void sdkOrder()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, message);
        ApiError error;
        parseErrorBody(body, status, QStringLiteral("Service Unavailable"), &error);
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
        QCOMPARE(error.httpStatus, status);
    }

    void extrasAndGatewayRequestId()
    {
        ApiError error;
        parseErrorBody(
            R"({"error_code":"WKS.00010099","error_msg":"Service disabled.","error_detail":"enable it first","encoded_authorization_message":"enc123","request_id":"abc"})",
            403, QString(), &error);
        QCOMPARE(error.detail, QStringLiteral("enable it first"));
        QCOMPARE(error.encodedAuthorizationMessage, QStringLiteral("enc123"));
        QCOMPARE(error.requestId, QStringLiteral("abc"));
        QCOMPARE(
            error.toOneLine(),
            QStringLiteral("WKS.00010099: Service disabled. (enable it first) [request ID abc]"));
    }

    void oneLineHasNoLineBreaks()
    {
        ApiError error;
        error.code = QStringLiteral("APIG.0301");
        error.message = QStringLiteral("Incorrect IAM\nauthentication\r\ninformation");
        error.requestId = QStringLiteral("r1");
        QCOMPARE(
            error.toOneLine(),
            QStringLiteral("APIG.0301: Incorrect IAM authentication information [request ID r1]"));
        error.message = QStringLiteral("bad\x1b[31mred\x1b[0m\tend\u2028x");
        QCOMPARE(error.toOneLine(),
                 QStringLiteral("APIG.0301: bad [31mred [0m end x [request ID r1]"));
        error.message = QString(1000, QLatin1Char('x'));
        QVERIFY(error.toOneLine().size() < 400);
    }

    // Found by fuzz_errorbody: error_code went into the line as sent by the server.
    void oneLineCodeFromBodyHasNoLineBreaks()
    {
        ApiError error;
        parseErrorBody(R"({"error_code":"W\n\r\u2028X","error_msg":"m"})", 400, {}, &error);
        QCOMPARE(error.toOneLine(), QStringLiteral("W X: m"));
        error.code = QString(1000, QLatin1Char('c'));
        QCOMPARE(error.toOneLine().size(), 80 + 3);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::addRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("empty") << QByteArray() << qint64(-1);
        QTest::addRow("http date") << QByteArray("Mon, 01 Jan 2024 00:00:05 GMT") << qint64(5000);
        QTest::addRow("date in past") << QByteArray("Sun, 31 Dec 2023 23:59:00 GMT") << qint64(0);
        // Found by fuzz_retryafter: seconds * 1000 overflowed (undefined behaviour).
        QTest::addRow("huge seconds") << QByteArray("9223372036854775807")
                                      << qint64(std::numeric_limits<qint64>::max() / 1000 * 1000);
        QTest::addRow("overflowing seconds")
            << QByteArray("10000020000000007")
            << qint64(std::numeric_limits<qint64>::max() / 1000 * 1000);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
        const auto parsed = parseRetryAfter(value, now);
        if (expectedMs < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(qint64(parsed->count()), expectedMs);
        }
    }

    void backoffGrowsWithJitterAndCap()
    {
        RetryPolicy policy;
        policy.baseDelay = std::chrono::milliseconds(100);
        policy.maxDelay = std::chrono::milliseconds(1000);
        policy.random = [] { return 0.0; };
        QCOMPARE(policy.backoff(0).count(), 50);
        QCOMPARE(policy.backoff(1).count(), 100);
        QCOMPARE(policy.backoff(2).count(), 200);
        QCOMPARE(policy.backoff(10).count(), 500); // capped at maxDelay / 2 with no jitter
        policy.random = [] { return 0.999; };
        QVERIFY(policy.backoff(0).count() >= 99 && policy.backoff(0).count() <= 100);
        QVERIFY(policy.backoff(10).count() <= 1000);
    }

    void retryableStatuses()
    {
        for (int status : {429, 502, 503, 504})
            QVERIFY(RetryPolicy::isRetryableStatus(status));
        for (int status : {400, 401, 403, 404, 405, 409, 500, 501})
            QVERIFY(!RetryPolicy::isRetryableStatus(status));
    }

    void userAgentNamesVersion()
    {
        QVERIFY(userAgent().startsWith("wsdash/0."));
        QVERIFY(userAgent().contains(qVersion()));
    }

    void projectIdValidation()
    {
        QVERIFY(isValidProjectId(QStringLiteral("0123456789abcdef0123456789abcdef")));
        QVERIFY(isValidProjectId(QStringLiteral("demo-project_1")));
        QVERIFY(!isValidProjectId(QString()));
        QVERIFY(!isValidProjectId(QStringLiteral("a/b")));
        QVERIFY(!isValidProjectId(QStringLiteral("a b")));
        QVERIFY(!isValidProjectId(QString(65, QLatin1Char('a'))));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
