// IAM sign-in (password identity, project scope) against a scripted local server: the request
// IAM gets, the token and expiry read from its answer, and each way it can fail.
#include "core/profiles/iamtokenclient.h"
#include "support/secretscan.h"
#include "support/testhttpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QString kPassword = QStringLiteral("Pa55word-of-the-IAM-test!\u00e9");
const QByteArray kToken = "MIIZtokenFromTheIamTest" + QByteArray(3000, 'A');

QByteArray tokenBody()
{
    return "{\"token\":{\"expires_at\":\"2024-05-09T10:30:00.123000Z\","
           "\"issued_at\":\"2024-05-08T10:30:00.000000Z\",\"methods\":[\"password\"],"
           "\"project\":{\"id\":\"0123456789abcdef0123456789abcdef\",\"name\":\"cn-north-4\"}}}";
}

} // namespace

class TestIamTokenClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestHttpServer> m_server;
    QNetworkAccessManager m_network;

    IamPasswordSignIn signIn() const
    {
        IamPasswordSignIn s;
        s.iamEndpoint = Endpoint::fromUrl(m_server->baseUrl()).value();
        s.userName = QStringLiteral("admin");
        s.password = kPassword;
        s.domainName = QStringLiteral("acme-account");
        s.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        s.timeout = std::chrono::milliseconds(5000);
        return s;
    }

    IamTokenResult run(const IamPasswordSignIn& s)
    {
        IamTokenClient client(&m_network);
        QSignalSpy spy(&client, &IamTokenClient::finished);
        client.requestToken(s);
        spy.wait(10000);
        QTest::qWait(0);
        [&] { QCOMPARE(spy.count(), 1); }();
        return spy.isEmpty() ? IamTokenResult{} : spy.first().first().value<IamTokenResult>();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_network.setProxy(QNetworkProxy::NoProxy);
    }

    void signsInWithPasswordAndProjectScope()
    {
        m_server->enqueue(ScriptedResponse::json(201, tokenBody())
                              .header("X-Subject-Token", kToken)
                              .header("X-Request-Id", "iam-request-1"));
        const IamTokenResult result = run(signIn());
        QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
        QCOMPARE(result.token->token.toLatin1(), kToken);
        QCOMPARE(
            result.token->expiresAt,
            QDateTime::fromString(QStringLiteral("2024-05-09T10:30:00.123Z"), Qt::ISODateWithMs));
        QCOMPARE(result.token->expiresAt.timeSpec(), Qt::UTC);
        QCOMPARE(result.token->requestId, QStringLiteral("iam-request-1"));

        // What IAM received: POST /v3/auth/tokens, JSON, the documented body.
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest& request = m_server->requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.rawPath, QByteArray("/v3/auth/tokens"));
        QCOMPARE(request.rawQuery, QByteArray("nocatalog=true"));
        QVERIFY(request.header("Content-Type").startsWith("application/json"));
        QVERIFY(!request.hasHeader("Authorization"));
        QVERIFY(!request.hasHeader("X-Auth-Token"));
        const QJsonObject auth =
            QJsonDocument::fromJson(request.body).object().value(u"auth").toObject();
        const QJsonObject identity = auth.value(u"identity").toObject();
        QCOMPARE(identity.value(u"methods").toArray(), QJsonArray{QStringLiteral("password")});
        const QJsonObject user = identity.value(u"password").toObject().value(u"user").toObject();
        QCOMPARE(user.value(u"name").toString(), QStringLiteral("admin"));
        QCOMPARE(user.value(u"password").toString(), kPassword);
        QCOMPARE(user.value(u"domain").toObject().value(u"name").toString(),
                 QStringLiteral("acme-account"));
        QCOMPARE(
            auth.value(u"scope").toObject().value(u"project").toObject().value(u"id").toString(),
            QStringLiteral("0123456789abcdef0123456789abcdef"));
    }

    void failures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("tokenHeader");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::addRow("wrong password")
            << 401
            << QByteArray("{\"error\":{\"code\":401,\"message\":\"The username or password is "
                          "wrong.\",\"title\":\"Unauthorized\"}}")
            << QByteArray() << int(ApiError::Kind::Http)
            << QStringLiteral("user name, password or account name");
        QTest::addRow("IAM code")
            << 400
            << QByteArray(
                   "{\"error_code\":\"IAM.0011\",\"error_msg\":\"Request parameter is invalid.\"}")
            << QByteArray() << int(ApiError::Kind::Http) << QStringLiteral("IAM.0011");
        QTest::addRow("no token header")
            << 201 << tokenBody() << QByteArray() << int(ApiError::Kind::BadResponse)
            << QStringLiteral("X-Subject-Token");
        QTest::addRow("bad expiry")
            << 201 << QByteArray("{\"token\":{\"expires_at\":\"tomorrow\"}}") << QByteArray("tok")
            << int(ApiError::Kind::BadResponse) << QStringLiteral("expires_at");
        QTest::addRow("redirect") << 302 << QByteArray() << QByteArray()
                                  << int(ApiError::Kind::Redirect)
                                  << QStringLiteral("not followed");
        QTest::addRow("throttled") << 429 << QByteArray() << QByteArray()
                                   << int(ApiError::Kind::Throttled) << QStringLiteral("429");
    }

    void failures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, tokenHeader);
        QFETCH(int, kind);
        QFETCH(QString, words);
        ScriptedResponse response = ScriptedResponse::json(status, body);
        if (!tokenHeader.isEmpty())
            response.header("X-Subject-Token", tokenHeader);
        if (status == 302)
            response.header("Location", "https://elsewhere.example.com/v3/auth/tokens");
        m_server->enqueue(response);
        const IamTokenResult result = run(signIn());
        QVERIFY(!result.ok());
        QCOMPARE(int(result.error.kind), kind);
        QVERIFY2(result.error.toOneLine().contains(words), qPrintable(result.error.toOneLine()));
        QVERIFY(secretsIn(result.error.toOneLine().toUtf8(), {kPassword.toUtf8()}).isEmpty());
        QCOMPARE(m_server->requestCount(), 1); // never sent twice, never to a redirect target
    }

    void noAnswerTimesOut()
    {
        m_server->enqueue(ScriptedResponse::withBehaviour(ScriptedResponse::Behaviour::Stall));
        IamPasswordSignIn s = signIn();
        s.timeout = std::chrono::milliseconds(200);
        const IamTokenResult result = run(s);
        QCOMPARE(result.error.kind, ApiError::Kind::Timeout);
    }

    void plainHttpElsewhereIsRefused()
    {
        IamPasswordSignIn s = signIn();
        s.iamEndpoint = Endpoint(); // not valid: never sent
        const IamTokenResult result = run(s);
        QCOMPARE(result.error.kind, ApiError::Kind::InsecureUrl);
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(!Endpoint::fromUrl(QStringLiteral("http://iam.example.com")));
    }

    void defaultEndpoint()
    {
        QCOMPARE(IamTokenClient::defaultEndpoint({})->baseUrl().toString(),
                 QStringLiteral("https://iam.myhuaweicloud.com"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT"),
                   QStringLiteral("https://iam.ap-southeast-1.myhuaweicloud.com"));
        QCOMPARE(IamTokenClient::defaultEndpoint(env)->baseUrl().host(),
                 QStringLiteral("iam.ap-southeast-1.myhuaweicloud.com"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT"),
                   QStringLiteral("http://iam.example.com"));
        const auto refused = IamTokenClient::defaultEndpoint(env);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT")));
    }

    void iamTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso");
        QTest::addRow("microseconds") << QStringLiteral("2024-05-09T10:30:00.123456Z")
                                      << QStringLiteral("2024-05-09T10:30:00.123Z");
        QTest::addRow("milliseconds") << QStringLiteral("2024-05-09T10:30:00.120Z")
                                      << QStringLiteral("2024-05-09T10:30:00.120Z");
        QTest::addRow("seconds") << QStringLiteral("2024-05-09T10:30:00Z")
                                 << QStringLiteral("2024-05-09T10:30:00.000Z");
        QTest::addRow("garbage") << QStringLiteral("soon") << QString();
    }

    void iamTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const QDateTime parsed = IamTokenClient::parseIamTime(text);
        if (iso.isEmpty())
            QVERIFY(!parsed.isValid());
        else
            QCOMPARE(parsed.toString(Qt::ISODateWithMs), iso);
    }
};

QTEST_GUILESS_MAIN(TestIamTokenClient)
#include "tst_iamtokenclient.moc"
