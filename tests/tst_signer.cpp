#include "core/api/percentencoding.h"
#include "core/api/signer.h"
#include "core/api/statisticsquery.h"

#include <QTest>
#include <QTimeZone>

using namespace wsdash;

namespace {

const QString kAkA = QStringLiteral("QTWAOYTTINDUT2QVKYUC");
const QString kSkA = QStringLiteral("MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");

QByteArray sha256Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestSigner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectorA_signingGuide()
    {
        SignableRequest request;
        request.method = "GET";
        request.path = QStringLiteral("/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs");
        request.query = {
            {QStringLiteral("marker"), QStringLiteral("13551d6b-755d-4757-b956-536f674975c0")},
            {QStringLiteral("limit"), QStringLiteral("2")}};
        request.headers = {{"Content-Type", "application/json"},
                           {"Host", "service.region.example.com"},
                           {"X-Sdk-Date", "20191115T033655Z"}};

        const SignedParts parts = Signer::sign(request, kAkA, kSkA);
        QCOMPARE(parts.canonicalRequest,
                 QByteArray("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                            "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                            "content-type:application/json\nhost:service.region.example.com\n"
                            "x-sdk-date:20191115T033655Z\n\ncontent-type;host;x-sdk-date\n"
                            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(sha256Hex(parts.canonicalRequest),
                 QByteArray("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));
        QCOMPARE(parts.stringToSign,
                 QByteArray("SDK-HMAC-SHA256\n20191115T033655Z\n"
                            "b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));
        QCOMPARE(parts.authorization,
                 QByteArray(
                     "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                     "SignedHeaders=content-type;host;x-sdk-date, "
                     "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
    }

    void vectorB_pythonSdk_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::addRow("B1 GET")
            << QByteArray("GET") << QByteArray()
            << QByteArray("cfb4171acec81de07d50e53d57eb77edd537414d66ddb1d7d780f128e12cd842");
        QTest::addRow("B2 POST")
            << QByteArray("POST") << QByteArray(R"({"name":"test","id":1})")
            << QByteArray("436b1ac0a1ae03705934bb70ef2f2e09f7bfed2117d731a38235053199323a1f");
    }

    void vectorB_pythonSdk()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        SignableRequest request;
        request.method = method;
        request.path = QStringLiteral("/resources");
        request.query = {{QStringLiteral("size"), QStringLiteral("1")}};
        request.headers = {{"Host", "service.endpoint.myhuaweicloud.com"},
                           {"X-Sdk-Date", "20200608T023900Z"}};
        request.body = body;
        const SignedParts parts =
            Signer::sign(request, QStringLiteral("AccessKey"), QStringLiteral("SecretKey"));
        QCOMPARE(parts.signedHeaders, QByteArray("host;x-sdk-date"));
        QCOMPARE(parts.signature, signature);
        QCOMPARE(parts.authorization,
                 "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=" +
                     signature);
    }

    void vectorC_goSdk()
    {
        SignableRequest request;
        request.path = QStringLiteral("/path");
        request.query = {{QStringLiteral("limit"), QStringLiteral("1")}};
        request.headers = {{"X-Sdk-Date", "20060102T150405Z"}};
        const SignedParts parts =
            Signer::sign(request, QStringLiteral("AccessKey"), QStringLiteral("SecretKey"));
        QCOMPARE(parts.signedHeaders, QByteArray("x-sdk-date"));
        QCOMPARE(parts.signature,
                 QByteArray("5a2ce64c865e0e6046321c6f3d5a77ba8413eeaf355c3166c03d58d02ac79624"));
    }

    void vectorD_thisCall()
    {
        auto query = StatisticsQuery::fromStrings(
            {QStringLiteral("POOLED"), QStringLiteral("DEDICATED")},
            {QStringLiteral("run-state,login-state"), QStringLiteral("attach-state")}, {});
        QVERIFY(query);
        QCOMPARE(query->canonicalQueryString(),
                 QStringLiteral("desktop_type=DEDICATED&desktop_type=POOLED&statistics_type=attach-"
                                "state&statistics_type=login-state&statistics_type=run-state"));

        SignableRequest request;
        request.path = QStringLiteral("/v2/0123456789abcdef0123456789abcdef/statistics");
        request.query = query->parameters();
        request.headers = {{"Host", "workspace.cn-north-4.myhuaweicloud.com"},
                           {"X-Sdk-Date", "20240101T000000Z"},
                           {"X-Project-Id", "0123456789abcdef0123456789abcdef"}};
        const SignedParts parts = Signer::sign(request, kAkA, kSkA);
        QCOMPARE(sha256Hex(parts.canonicalRequest),
                 QByteArray("16c16c7d967038a66d997b9de232f56f1aa822f1d2c199cd439420321e07e985"));
        QCOMPARE(parts.authorization,
                 QByteArray(
                     "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, "
                     "SignedHeaders=host;x-project-id;x-sdk-date, "
                     "Signature=1f17c63f17dc72b90396a840849a49cf97e86c925646caf6912a7036603bef16"));
    }

    void encodingCheck()
    {
        const QList<QueryParameter> params = {
            {QStringLiteral("limit"), QStringLiteral("1")},
            {QStringLiteral("enable"), QStringLiteral("true")},
            {QStringLiteral("test"), QStringLiteral("一 (&=?!#%.*)")},
            {QStringLiteral("path"), QStringLiteral("/tmp/123")},
            {QStringLiteral("multi"), QStringLiteral("3")},
            {QStringLiteral("multi"), QStringLiteral("1")},
            {QStringLiteral("multi"), QStringLiteral("2")},
        };
        QCOMPARE(
            canonicalQueryString(params),
            QStringLiteral("enable=true&limit=1&multi=1&multi=2&multi=3&path=%2Ftmp%2F123&test="
                           "%E4%B8%80%20%28%26%3D%3F%21%23%25.%2A%29"));
    }

    void percentEncode_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("unreserved") << QStringLiteral("AZaz09-_.~") << QStringLiteral("AZaz09-_.~");
        QTest::addRow("space") << QStringLiteral("a b") << QStringLiteral("a%20b");
        QTest::addRow("plus") << QStringLiteral("a+b") << QStringLiteral("a%2Bb");
        QTest::addRow("slash") << QStringLiteral("a/b") << QStringLiteral("a%2Fb");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("emoji") << QStringLiteral("\U0001F600") << QStringLiteral("%F0%9F%98%80");
    }

    void percentEncode()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(wsdash::percentEncode(input), expected);
    }

    void emptyValueAndNoQuery()
    {
        QCOMPARE(canonicalQueryString({{QStringLiteral("b"), QString()},
                                       {QStringLiteral("a"), QStringLiteral("1")}}),
                 QStringLiteral("a=1&b="));
        SignableRequest request;
        request.path = QStringLiteral("/v2/p/statistics");
        request.headers = {{"X-Sdk-Date", "20240101T000000Z"}};
        const QByteArray canonical = Signer::canonicalRequest(request, nullptr);
        QVERIFY2(canonical.startsWith("GET\n/v2/p/statistics/\n\nx-sdk-date:"),
                 canonical.constData());
    }

    void canonicalUri_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::addRow("adds slash")
            << QStringLiteral("/v2/p/statistics") << QStringLiteral("/v2/p/statistics/");
        QTest::addRow("keeps slash") << QStringLiteral("/v2/p/") << QStringLiteral("/v2/p/");
        QTest::addRow("root") << QString() << QStringLiteral("/");
        QTest::addRow("encodes segments")
            << QStringLiteral("/a b/中") << QStringLiteral("/a%20b/%E4%B8%AD/");
    }

    void canonicalUri()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(Signer::canonicalUri(path), expected);
    }

    void headerValuesTrimmedAndNamesLowered()
    {
        QByteArray names;
        const QByteArray block = Signer::canonicalHeaders(
            {{"X-Sdk-Date", "  20240101T000000Z "}, {"HOST", "h"}}, &names);
        QCOMPARE(block, QByteArray("host:h\nx-sdk-date:20240101T000000Z\n"));
        QCOMPARE(names, QByteArray("host;x-sdk-date"));
    }

    void sdkDateFormat()
    {
        const QDateTime t(QDate(2019, 11, 15), QTime(3, 36, 55), QTimeZone::utc());
        QCOMPARE(Signer::formatSdkDate(t), QByteArray("20191115T033655Z"));
        // A local time is converted to UTC first.
        const QDateTime offset(QDate(2019, 11, 15), QTime(11, 36, 55), QTimeZone(8 * 3600));
        QCOMPARE(Signer::formatSdkDate(offset), QByteArray("20191115T033655Z"));
    }

    void hostHeader_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("https default") << QStringLiteral("https") << QStringLiteral("a.example.com")
                                       << -1 << QByteArray("a.example.com");
        QTest::addRow("https 443") << QStringLiteral("https") << QStringLiteral("a.example.com")
                                   << 443 << QByteArray("a.example.com");
        QTest::addRow("https 8443") << QStringLiteral("https") << QStringLiteral("a.example.com")
                                    << 8443 << QByteArray("a.example.com:8443");
        QTest::addRow("http 80") << QStringLiteral("http") << QStringLiteral("127.0.0.1") << 80
                                 << QByteArray("127.0.0.1");
        QTest::addRow("http port") << QStringLiteral("http") << QStringLiteral("127.0.0.1") << 8080
                                   << QByteArray("127.0.0.1:8080");
        QTest::addRow("ipv6") << QStringLiteral("http") << QStringLiteral("::1") << 8080
                              << QByteArray("[::1]:8080");
        // Found by fuzz_endpoint: the zone ID went into the Host header, non-ASCII bytes included.
        QTest::addRow("ipv6 zone id") << QStringLiteral("https") << QStringLiteral("fe80::1%eth0")
                                      << 8443 << QByteArray("[fe80::1]:8443");
        QTest::addRow("ipv6 non-ascii zone id")
            << QStringLiteral("https") << (QStringLiteral("fe80::1%eth") + QChar(0xE9)) << -1
            << QByteArray("[fe80::1]");
    }

    void hostHeader()
    {
        QFETCH(QString, scheme);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, expected);
        QCOMPARE(hostHeaderValue(scheme, host, port), expected);
    }

    void securityTokenIsSigned()
    {
        SignableRequest request;
        request.path = QStringLiteral("/v2/p/statistics");
        request.headers = {
            {"Host", "h"}, {"X-Sdk-Date", "20240101T000000Z"}, {"X-Security-Token", "tok"}};
        const SignedParts withToken =
            Signer::sign(request, QStringLiteral("ak"), QStringLiteral("sk"));
        QCOMPARE(withToken.signedHeaders, QByteArray("host;x-sdk-date;x-security-token"));
        request.headers.last().second = "other";
        const SignedParts otherToken =
            Signer::sign(request, QStringLiteral("ak"), QStringLiteral("sk"));
        QVERIFY(withToken.signature != otherToken.signature);
    }
};

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
