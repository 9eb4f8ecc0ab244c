// diagnose(): the plain-language reading of a failure from what is known around it, for the
// cases a live server cannot easily produce (no Date header, proxies, IAM token wording).
#include "core/profiles/diagnosis.h"

#include <QTest>
#include <QTimeZone>

using namespace wsdash;
using Kind = Diagnosis::Kind;

namespace {

QDateTime now()
{
    return QDateTime(QDate(2024, 5, 8), QTime(10, 30), QTimeZone::utc());
}

DiagnosisContext context(Credentials::Mode mode = Credentials::Mode::AkSk)
{
    DiagnosisContext c;
    c.mode = mode;
    c.endpoint = Endpoint::fromRegion(QStringLiteral("cn-north-4")).value();
    c.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    c.localNow = now();
    return c;
}

ApiError httpError(int status, const QString& code, const QString& message)
{
    ApiError e;
    e.kind = status == 429 ? ApiError::Kind::Throttled : ApiError::Kind::Http;
    e.httpStatus = status;
    e.code = code;
    e.message = message;
    e.requestId = QStringLiteral("req-1");
    return e;
}

} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongKeyWithoutADateSaysTheClockWasNotCompared()
    {
        const Diagnosis d =
            diagnose(httpError(401, QStringLiteral("APIG.0301"),
                               QStringLiteral("Incorrect IAM authentication information")),
                     context());
        QCOMPARE(d.kind, Kind::WrongSecretKey);
        QVERIFY(!d.clockSkewSeconds.has_value());
        QVERIFY(d.explanation.contains(QStringLiteral("could not be compared")));
        QVERIFY(d.explanation.contains(QStringLiteral("req-1"))); // the request ID travels along
        QCOMPARE(d.requestId, QStringLiteral("req-1"));
    }

    void skewJustUnderTheLimitIsNotTheCause()
    {
        ApiError e = httpError(401, QStringLiteral("APIGW.0301"),
                               QStringLiteral("verify aksk signature fail"));
        e.serverDate = now().addSecs(10 * 60);
        const Diagnosis d = diagnose(e, context());
        QCOMPARE(d.kind, Kind::WrongSecretKey);
        QCOMPARE(d.clockSkewSeconds, std::optional<qint64>(600));
        QVERIFY(d.explanation.contains(QStringLiteral("10 min behind")));
        e.serverDate = now().addSecs(-16 * 60);
        QCOMPARE(diagnose(e, context()).kind, Kind::ClockSkew);
    }

    void tokenWording_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("kind");
        QTest::addRow("401 expired")
            << 401 << QStringLiteral("The token has expired") << int(Kind::TokenExpired);
        QTest::addRow("401 other")
            << 401 << QStringLiteral("decrypt token fail") << int(Kind::TokenInvalid);
        QTest::addRow("403 expired")
            << 403 << QStringLiteral("token expired") << int(Kind::TokenExpired);
        QTest::addRow("403 project")
            << 403 << QStringLiteral("The project id does not match the token")
            << int(Kind::WrongProject);
        QTest::addRow("403 policy")
            << 403 << QStringLiteral("Forbidden") << int(Kind::MissingPermission);
    }

    void tokenWording()
    {
        QFETCH(int, status);
        QFETCH(QString, message);
        QFETCH(int, kind);
        const Diagnosis d = diagnose(httpError(status, QStringLiteral("APIGW.0307"), message),
                                     context(Credentials::Mode::IamToken));
        QCOMPARE(int(d.kind), kind);
    }

    void aClockWarningIsNotGivenForTokens()
    {
        DiagnosisContext c = context(Credentials::Mode::IamToken);
        const Diagnosis d = diagnoseSuccess(7, now().addSecs(3600), QStringLiteral("r"), c);
        QVERIFY(d.ok());
        QCOMPARE(d.totalDesktops, std::optional<qint64>(7));
        QVERIFY(!d.explanation.contains(QStringLiteral("clock")));
        c.mode = Credentials::Mode::AkSk;
        QVERIFY(diagnoseSuccess(7, now().addSecs(3600), QStringLiteral("r"), c)
                    .explanation.contains(QStringLiteral("1 h 0 min behind")));
    }

    void throughAProxy()
    {
        DiagnosisContext c = context();
        c.proxy = QStringLiteral("proxy.corp:3128");
        ApiError e;
        e.kind = ApiError::Kind::Network;
        e.message = QStringLiteral("Proxy error: authentication required");
        const Diagnosis d = diagnose(e, c);
        QCOMPARE(d.kind, Kind::Proxy);
        QVERIFY(d.explanation.contains(QStringLiteral("proxy.corp:3128")));
        e.kind = ApiError::Kind::Redirect;
        QCOMPARE(diagnose(e, c).kind, Kind::Proxy); // a captive portal behind the proxy
        c.proxy.clear();
        QCOMPARE(diagnose(e, c).kind, Kind::WrongEndpoint);
    }

    void configurationProblems()
    {
        ApiError e;
        e.kind = ApiError::Kind::InsecureUrl;
        e.message = QStringLiteral("Refusing plain http://");
        QCOMPARE(diagnose(e, context()).kind, Kind::Configuration);
    }

    void describeSkew_data()
    {
        QTest::addColumn<qint64>("serverMinusLocal");
        QTest::addColumn<QString>("text");
        QTest::addRow("seconds behind") << qint64(42) << QStringLiteral("42 s behind");
        QTest::addRow("minutes ahead") << qint64(-17 * 60) << QStringLiteral("17 min ahead of");
        QTest::addRow("hours") << qint64(-(3 * 3600 + 5 * 60 + 9))
                               << QStringLiteral("3 h 5 min ahead of");
        QTest::addRow("zero") << qint64(0) << QStringLiteral("0 s ahead of");
    }

    void describeSkew()
    {
        QFETCH(qint64, serverMinusLocal);
        QFETCH(QString, text);
        QCOMPARE(Diagnosis::describeSkew(serverMinusLocal), text);
    }

    void everyKindHasAKey()
    {
        QStringList keys;
        for (int k = int(Kind::Ok); k <= int(Kind::Other); ++k)
            keys.append(Diagnosis::kindKey(Kind(k)));
        keys.removeDuplicates();
        QCOMPARE(keys.size(), int(Kind::Other) + 1);
        QVERIFY(!keys.contains(QString()));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "tst_diagnosis.moc"
