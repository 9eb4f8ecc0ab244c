// The simulator's API gateway: signatures, tokens, clock skew, project checks, AK lock-out and
// throttling.
#include "core/api/signer.h"
#include "simtestsupport.h"
#include "support/clienttestsupport.h"

#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace wsdash;
using namespace wsdash::sim;
using namespace wsdash::test;

namespace {

// Test vector D of WIRE.md: the signing guide's AK/SK (kTestAk, kTestSk) on this very call,
// signed by the official SDK signers.
constexpr char kVectorD[] =
    "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=host;x-project-id;x-sdk-date, "
    "Signature=1f17c63f17dc72b90396a840849a49cf97e86c925646caf6912a7036603bef16";

void replaceHeader(RawRequest& request, const QByteArray& name, const QByteArray& value)
{
    for (auto& header : request.headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    request.headers.append({name, value});
}

void removeHeader(RawRequest& request, const QByteArray& name)
{
    request.headers.removeIf([&name](const QPair<QByteArray, QByteArray>& header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QString message(const RawReply& reply)
{
    return reply.json.value(QStringLiteral("error_msg")).toString();
}

} // namespace

class TestSimulatorGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_f.reset(); }

    void signedRequestIsAccepted();
    void officialSignatureIsAccepted();
    void tamperedRequestsAreRefused_data();
    void tamperedRequestsAreRefused();
    void tokens();
    void clockSkew_data();
    void clockSkew();
    void projectMismatch();
    void repeatedBadSignaturesLockTheAccessKey();
    void throttlesAfter200CallsPerMinute();
    void temporaryCredentialsNeedTheSecurityToken();

private:
    RawRequest signedNow(const Query& query = {})
    {
        return signedRequest(m_f->sim(), statisticsPath(m_f->sim()), query, m_f->clock.now());
    }

    std::unique_ptr<SimulatorFixture> m_f;
};

void TestSimulatorGateway::init()
{
    m_f = std::make_unique<SimulatorFixture>(smallConfig(4));
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError));
}

void TestSimulatorGateway::signedRequestIsAccepted()
{
    const RawReply reply =
        m_f->send(signedNow({p("desktop_type", QStringLiteral("POOLED")),
                             p("statistics_type", QStringLiteral("run-state"))}));
    QCOMPARE(reply.status, 200);
    QVERIFY(isRequestId(reply.header("X-Request-Id")));
    QVERIFY(reply.json.contains(QStringLiteral("run_state_statistics")));
}

void TestSimulatorGateway::officialSignatureIsAccepted()
{
    // Vector D, signed by Huawei's SDK signers for workspace.cn-north-4.myhuaweicloud.com: the
    // gateway checks the Host header as received, so the request can come over loopback.
    SimulatorConfig config = smallConfig(4);
    config.projectId = kTestProject;
    config.credentials.accessKey = QString::fromLatin1(kTestAk);
    config.credentials.secretKey = QString::fromLatin1(kTestSk);
    m_f = std::make_unique<SimulatorFixture>(
        config, QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(m_f->isRunning());

    RawRequest request;
    request.path = QLatin1String("/v2/") + kTestProject + QLatin1String("/statistics");
    request.query = "desktop_type=DEDICATED&desktop_type=POOLED&statistics_type=attach-state&"
                    "statistics_type=login-state&statistics_type=run-state";
    request.headers = {{"Host", "workspace.cn-north-4.myhuaweicloud.com"},
                       {"X-Sdk-Date", "20240101T000000Z"},
                       {"X-Project-Id", kTestProject.toLatin1()},
                       {"Authorization", kVectorD}};
    const RawReply reply = m_f->send(request);
    QVERIFY2(reply.status == 200, reply.body.constData());
    QVERIFY(reply.json.contains(QStringLiteral("desktop_pool_statistics")));

    // One digit of the signature changed: refused.
    QByteArray forged = kVectorD;
    forged.chop(1);
    forged += '7';
    replaceHeader(request, "Authorization", forged);
    QCOMPARE(m_f->send(request).status, 401);
}

void TestSimulatorGateway::tamperedRequestsAreRefused_data()
{
    QTest::addColumn<QString>("tampering");
    for (const char* name :
         {"changed query", "added query parameter", "wrong secret key", "changed date",
          "changed host", "signed header missing", "date not signed", "unknown access key",
          "malformed authorization", "other algorithm", "no authentication"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestSimulatorGateway::tamperedRequestsAreRefused()
{
    QFETCH(QString, tampering);
    Simulator& sim = m_f->sim();
    const Query query = {p("desktop_type", QStringLiteral("POOLED"))};
    RawRequest request = signedNow(query);
    const QDateTime now = m_f->clock.now();

    if (tampering == QLatin1String("changed query")) {
        request.query = "desktop_type=DEDICATED";
    } else if (tampering == QLatin1String("added query parameter")) {
        request.query += "&statistics_type=run-state";
    } else if (tampering == QLatin1String("wrong secret key")) {
        request =
            signedRequest(sim, statisticsPath(sim), query, now, sim.clientCredentials().accessKey,
                          QStringLiteral("not-the-secret"));
    } else if (tampering == QLatin1String("changed date")) {
        replaceHeader(request, "X-Sdk-Date", Signer::formatSdkDate(now.addSecs(-60)));
    } else if (tampering == QLatin1String("changed host")) {
        replaceHeader(request, "Host", "workspace.cn-north-4.myhuaweicloud.com");
    } else if (tampering == QLatin1String("signed header missing")) {
        removeHeader(request, "X-Project-Id");
    } else if (tampering == QLatin1String("date not signed")) {
        // A valid signature over host only: the date must be covered, or it could be replayed.
        SignableRequest signable;
        signable.path = request.path;
        signable.query = query;
        signable.headers = {{"Host", request.headers.first().second}};
        const Credentials c = sim.clientCredentials();
        replaceHeader(request, "Authorization",
                      Signer::sign(signable, c.accessKey, c.secretKey).authorization);
    } else if (tampering == QLatin1String("unknown access key")) {
        request = signedRequest(sim, statisticsPath(sim), query, now,
                                QStringLiteral("SOMEONEELSESKEY00000"),
                                sim.clientCredentials().secretKey);
    } else if (tampering == QLatin1String("malformed authorization")) {
        replaceHeader(request, "Authorization", "SDK-HMAC-SHA256 Access=, Signature=abc");
    } else if (tampering == QLatin1String("other algorithm")) {
        QByteArray value = request.headers.last().second;
        value.replace("SDK-HMAC-SHA256", "AWS4-HMAC-SHA256");
        replaceHeader(request, "Authorization", value);
    } else if (tampering == QLatin1String("no authentication")) {
        removeHeader(request, "Authorization");
    }

    const RawReply reply = m_f->send(request);
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
    QVERIFY(message(reply).startsWith(QLatin1String("Incorrect IAM authentication information")));
    QCOMPARE(reply.json.value(QStringLiteral("request_id")).toString().toLatin1(),
             reply.header("X-Request-Id"));
    // The secret never appears in an answer.
    QVERIFY(!reply.body.contains(sim.clientCredentials().secretKey.toUtf8()));
}

void TestSimulatorGateway::tokens()
{
    RawRequest request;
    request.path = statisticsPath(m_f->sim());
    request.headers = {{"X-Auth-Token", m_f->sim().tokenCredentials().iamToken.toUtf8()}};
    QCOMPARE(m_f->send(request).status, 200);

    replaceHeader(request, "X-Auth-Token", "MIIwrongtoken");
    const RawReply wrong = m_f->send(request);
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("APIG.0301"));

    // A token and a project header that disagrees with the path.
    replaceHeader(request, "X-Auth-Token", m_f->sim().tokenCredentials().iamToken.toUtf8());
    replaceHeader(request, "X-Project-Id", "someotherproject");
    QCOMPARE(m_f->send(request).status, 401);
}

void TestSimulatorGateway::clockSkew_data()
{
    QTest::addColumn<int>("offsetSeconds");
    QTest::addColumn<int>("status");
    QTest::addRow("16 minutes behind") << -16 * 60 << 401;
    QTest::addRow("14 minutes behind") << -14 * 60 << 200;
    QTest::addRow("exact") << 0 << 200;
    QTest::addRow("14 minutes ahead") << 14 * 60 << 200;
    QTest::addRow("16 minutes ahead") << 16 * 60 << 401;
    QTest::addRow("a day behind") << -24 * 3600 << 401;
}

void TestSimulatorGateway::clockSkew()
{
    QFETCH(int, offsetSeconds);
    QFETCH(int, status);
    Simulator& sim = m_f->sim();
    const RawReply reply = m_f->send(
        signedRequest(sim, statisticsPath(sim), {}, m_f->clock.now().addSecs(offsetSeconds)));
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
        QVERIFY2(message(reply).contains(QLatin1String("15 minutes")), qPrintable(message(reply)));
    }
}

void TestSimulatorGateway::projectMismatch()
{
    Simulator& sim = m_f->sim();
    const Credentials c = sim.clientCredentials();
    const auto signedFor = [&](const QString& projectInPath, const QString& projectHeader) {
        SignableRequest signable;
        signable.path = QLatin1String("/v2/") + projectInPath + QLatin1String("/statistics");
        signable.headers = {
            {"Host", hostHeaderValue(QStringLiteral("http"), sim.url().host(), sim.port())},
            {"X-Sdk-Date", Signer::formatSdkDate(m_f->clock.now())},
            {"X-Project-Id", projectHeader.toLatin1()},
        };
        RawRequest request;
        request.path = signable.path;
        request.headers = signable.headers;
        request.headers.append(
            {"Authorization", Signer::sign(signable, c.accessKey, c.secretKey).authorization});
        return request;
    };
    const QString other = QStringLiteral("0000000000000000000000000000beef");
    QCOMPARE(m_f->send(signedFor(sim.projectId(), sim.projectId())).status, 200);

    // X-Project-Id (signed) differs from the project in the path.
    RawReply reply = m_f->send(signedFor(sim.projectId(), other));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
    QVERIFY(message(reply).contains(QLatin1String("X-Project-Id")));

    // Path and header agree, but it is not a project of these credentials.
    reply = m_f->send(signedFor(other, other));
    QCOMPARE(reply.status, 401);
    QCOMPARE(reply.errorCode(), QStringLiteral("APIG.0301"));
    QVERIFY(message(reply).contains(other));
}

void TestSimulatorGateway::repeatedBadSignaturesLockTheAccessKey()
{
    Simulator& sim = m_f->sim();
    const QString ak = sim.clientCredentials().accessKey;
    const auto bad = [&] {
        return m_f->send(signedRequest(sim, statisticsPath(sim), {}, m_f->clock.now(), ak,
                                       QStringLiteral("wrong")));
    };
    // Five failures in a row do not lock; a success resets the count.
    for (int i = 0; i < Gateway::kFailuresBeforeLock; ++i)
        QCOMPARE(bad().status, 401);
    QCOMPARE(m_f->send(signedNow()).status, 200);
    for (int i = 0; i <= Gateway::kFailuresBeforeLock; ++i)
        QCOMPARE(bad().status, 401);
    // The sixth locked the AK: even a correct signature is refused for five minutes.
    const RawReply locked = m_f->send(signedNow());
    QCOMPARE(locked.status, 401);
    QVERIFY2(message(locked).contains(QLatin1String("AK access failed to reach the limit")),
             qPrintable(message(locked)));
    m_f->clock.advance(Gateway::kLockSeconds - 10);
    QCOMPARE(m_f->send(signedNow()).status, 401);
    m_f->clock.advance(11);
    QCOMPARE(m_f->send(signedNow()).status, 200);
}

void TestSimulatorGateway::throttlesAfter200CallsPerMinute()
{
    for (int i = 0; i < Gateway::kDefaultRateLimit; ++i) {
        const int status = m_f->send(signedNow()).status;
        QVERIFY2(status == 200, qPrintable(QStringLiteral("call %1: %2").arg(i + 1).arg(status)));
        if (i % 50 == 49 && i < 199)
            m_f->clock.advance(5); // the calls are spread over the first 15 seconds
    }
    const RawReply throttled = m_f->send(signedNow());
    QCOMPARE(throttled.status, 429);
    QCOMPARE(throttled.errorCode(), QStringLiteral("APIG.0308"));
    QVERIFY(isRequestId(throttled.header("X-Request-Id")));
    // The oldest call leaves the one-minute window in 60 - 15 = 45 seconds.
    QCOMPARE(throttled.header("Retry-After").toInt(), 45);

    // Another caller (a token) has its own budget.
    RawRequest token;
    token.path = statisticsPath(m_f->sim());
    token.headers = {{"X-Auth-Token", m_f->sim().tokenCredentials().iamToken.toUtf8()}};
    QCOMPARE(m_f->send(token).status, 200);

    m_f->clock.advance(44);
    QCOMPARE(m_f->send(signedNow()).status, 429);
    m_f->clock.advance(1); // the first 50 calls are out of the window now
    QCOMPARE(m_f->send(signedNow()).status, 200);
}

void TestSimulatorGateway::temporaryCredentialsNeedTheSecurityToken()
{
    SimulatorConfig config = smallConfig(4);
    config.credentials.securityToken = QStringLiteral("security token/with+special=chars");
    m_f = std::make_unique<SimulatorFixture>(config);
    QVERIFY(m_f->isRunning());

    // Signed without X-Security-Token: refused.
    QCOMPARE(m_f->send(signedNow()).status, 401);

    // The product's client sends and signs it.
    const Credentials credentials = m_f->sim().clientCredentials();
    QCOMPARE(credentials.mode, Credentials::Mode::TemporaryAkSk);
    const StatisticsResult result = m_f->fetch(credentials, StatisticsQuery());
    QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));

    // A different token: refused.
    Credentials wrong = credentials;
    wrong.securityToken = QStringLiteral("another token");
    QCOMPARE(int(m_f->fetch(wrong, StatisticsQuery()).error.kind), int(ApiError::Kind::Http));
}

QTEST_GUILESS_MAIN(TestSimulatorGateway)
#include "tst_simulatorgateway.moc"
