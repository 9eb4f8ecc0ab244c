// Profile validation and the secret blob of a profile.
#include "core/profiles/profile.h"
#include "core/profiles/profilesecrets.h"

#include <QTest>

Q_DECLARE_METATYPE(wsdash::Profile)
Q_DECLARE_METATYPE(wsdash::ProfileSecrets)

using namespace wsdash;

class TestProfile : public QObject
{
    Q_OBJECT

private:
    static Profile valid()
    {
        Profile p;
        p.name = QStringLiteral("prod");
        p.region = QStringLiteral("cn-north-4");
        p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        return p;
    }

private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("problem"); // a word of the expected problem; empty: valid

        QTest::addRow("valid region") << valid() << QString();
        Profile custom = valid();
        custom.region.clear();
        custom.endpointUrl = QStringLiteral("https://workspace.example.com/base");
        QTest::addRow("valid custom endpoint") << custom << QString();
        Profile loopback = custom;
        loopback.endpointUrl = QStringLiteral("http://127.0.0.1:8080");
        QTest::addRow("http to loopback") << loopback << QString();

        Profile p = valid();
        p.name.clear();
        QTest::addRow("no name") << p << QStringLiteral("name");
        p = valid();
        p.name = QStringLiteral(" prod");
        QTest::addRow("leading space") << p << QStringLiteral("space");
        p = valid();
        p.name = QStringLiteral("a\tb");
        QTest::addRow("control character") << p << QStringLiteral("control");
        p = valid();
        p.name = QString(65, QLatin1Char('x'));
        QTest::addRow("name too long") << p << QStringLiteral("64");
        p = valid();
        p.endpointUrl = QStringLiteral("https://workspace.example.com");
        QTest::addRow("region and endpoint") << p << QStringLiteral("not both");
        p = valid();
        p.region.clear();
        QTest::addRow("neither") << p << QStringLiteral("region");
        p = valid();
        p.region = QStringLiteral("xx-nowhere-1");
        QTest::addRow("unknown region") << p << QStringLiteral("Unknown region");
        p = valid();
        p.region.clear();
        p.endpointUrl = QStringLiteral("http://workspace.example.com");
        QTest::addRow("plain http") << p << QStringLiteral("http://");
        p = valid();
        p.projectId.clear();
        QTest::addRow("no project") << p << QStringLiteral("project ID");
        p = valid();
        p.projectId = QStringLiteral("../etc");
        QTest::addRow("project with slash") << p << QStringLiteral("project ID");
        p = valid();
        p.authMode = Profile::AuthMode::IamPassword;
        QTest::addRow("IAM sign-in without user") << p << QStringLiteral("user name");
        p.iamUserName = QStringLiteral("admin");
        p.iamDomainName = QStringLiteral("acme");
        QTest::addRow("IAM sign-in complete") << p << QString();
        p.iamEndpoint = QStringLiteral("http://iam.example.com");
        QTest::addRow("IAM endpoint plain http") << p << QStringLiteral("IAM endpoint");
    }

    void problems()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, problem);
        const QStringList problems = profile.problems();
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
        } else {
            QVERIFY(!problems.isEmpty());
            QVERIFY2(problems.join(QLatin1Char('|')).contains(problem, Qt::CaseInsensitive),
                     qPrintable(problems.join(QLatin1Char('|'))));
        }
    }

    void authModeKeysRoundTrip()
    {
        for (const auto mode : {Profile::AuthMode::AkSk, Profile::AuthMode::TemporaryAkSk,
                                Profile::AuthMode::IamToken, Profile::AuthMode::IamPassword}) {
            QCOMPARE(Profile::authModeFromKey(Profile::authModeKey(mode)), mode);
            QVERIFY(!Profile::authModeName(mode).isEmpty());
        }
        QVERIFY(!Profile::authModeFromKey(QStringLiteral("password")).has_value());
    }

    void tokenExpiry()
    {
        Profile p = valid();
        const QDateTime now =
            QDateTime::fromString(QStringLiteral("2024-05-01T12:00:00Z"), Qt::ISODate);
        p.tokenExpiresAt = now.addSecs(-1);
        QVERIFY(!p.tokenExpired(now)); // AK/SK profiles have no token
        p.authMode = Profile::AuthMode::IamToken;
        QVERIFY(p.tokenExpired(now));
        p.tokenExpiresAt = now.addSecs(60);
        QVERIFY(!p.tokenExpired(now));
        p.tokenExpiresAt = QDateTime();
        QVERIFY(!p.tokenExpired(now)); // unknown expiry: the server will tell
    }

    void secretKeyUsesTheId()
    {
        Profile p = valid();
        p.id = Profile::newId();
        QCOMPARE(p.secretKey(), QStringLiteral("profile/") + p.id);
        QVERIFY(Profile::newId() != p.id);
        QVERIFY(!p.secretKey().contains(p.name));
    }

    void blobRoundTrip_data()
    {
        QTest::addColumn<ProfileSecrets>("secrets");
        QTest::addRow("aksk") << ProfileSecrets{
            QStringLiteral("AK1"), QStringLiteral("SK1"), {}, {}};
        QTest::addRow("temporary") << ProfileSecrets{
            QStringLiteral("AK"), QStringLiteral("S/K+="), QStringLiteral("tok\"en\\"), {}};
        QTest::addRow("token") << ProfileSecrets{{}, {}, {}, QString(6000, QLatin1Char('M'))};
        QTest::addRow("unicode") << ProfileSecrets{
            QStringLiteral("\u4e00"), QStringLiteral("\u00e9"), {}, {}};
    }

    void blobRoundTrip()
    {
        QFETCH(ProfileSecrets, secrets);
        const auto back = ProfileSecrets::fromBlob(secrets.toBlob());
        QVERIFY(back.has_value());
        QCOMPARE(*back, secrets);
    }

    void blobRejectsOtherContent_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("plain password") << QByteArray("hunter2");
        QTest::addRow("no version") << QByteArray("{\"secret_key\":\"x\"}");
        QTest::addRow("future version") << QByteArray("{\"version\":2,\"secret_key\":\"x\"}");
        QTest::addRow("number") << QByteArray("{\"version\":1,\"secret_key\":5}");
    }

    void blobRejectsOtherContent()
    {
        QFETCH(QByteArray, blob);
        QVERIFY(!ProfileSecrets::fromBlob(blob).has_value());
    }

    void reducedToTheModeAndCredentials()
    {
        const ProfileSecrets all{QStringLiteral("AK"), QStringLiteral("SK"), QStringLiteral("ST"),
                                 QStringLiteral("IT")};
        QCOMPARE(all.reducedTo(Profile::AuthMode::AkSk),
                 (ProfileSecrets{QStringLiteral("AK"), QStringLiteral("SK"), {}, {}}));
        QCOMPARE(all.reducedTo(Profile::AuthMode::IamPassword),
                 (ProfileSecrets{{}, {}, {}, QStringLiteral("IT")}));
        QVERIFY(!ProfileSecrets{}.isCompleteFor(Profile::AuthMode::AkSk));
        QVERIFY(!all.reducedTo(Profile::AuthMode::AkSk)
                     .isCompleteFor(Profile::AuthMode::TemporaryAkSk));

        const Credentials temporary = all.credentials(Profile::AuthMode::TemporaryAkSk);
        QCOMPARE(temporary.mode, Credentials::Mode::TemporaryAkSk);
        QCOMPARE(temporary.securityToken, QStringLiteral("ST"));
        const Credentials token = all.credentials(Profile::AuthMode::IamToken);
        QCOMPARE(token.mode, Credentials::Mode::IamToken);
        QCOMPARE(token.iamToken, QStringLiteral("IT"));
        QVERIFY(token.secretKey.isEmpty());
    }

    void wipeClearsOwnedMemory()
    {
        QByteArray bytes("secret-bytes");
        bytes.detach();
        wipeBytes(bytes);
        QVERIFY(bytes.isEmpty());
        QByteArray shared("shared");
        const QByteArray other = shared; // a copy someone else holds must stay intact
        wipeBytes(shared);
        QVERIFY(shared.isEmpty());
        QCOMPARE(other, QByteArray("shared"));
        ProfileSecrets s{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                         QStringLiteral("D")};
        s.wipe();
        QVERIFY(s.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
