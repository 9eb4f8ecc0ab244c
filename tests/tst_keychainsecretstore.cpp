// KeychainSecretStore against a real Secret Service (gnome-keyring) in the test's own D-Bus
// session: run through tests/keychain/run-with-secret-service.sh, which sets up a private,
// unlocked keyring and WSDASH_TEST_PRIVATE_KEYRING=1. Without that variable the test skips
// rather than touch the user's own keyring.
#include "core/profiles/profilestore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/secrets/secretstorefactory.h"
#include "support/secretscan.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;

namespace {

const QString kService = QStringLiteral("io.github.wsdash.Wsdash.tests");
const QByteArray kSecret = "KeychainTestSecretKey0123456789abcdefghij";

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store{kService, std::chrono::milliseconds(10000)};

    Expected<QByteArray, SecretError> read(const QString& key)
    {
        std::optional<Expected<QByteArray, SecretError>> result;
        QObject context;
        m_store.read(key, &context, [&](const auto& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result ? *result : Expected<QByteArray, SecretError>(SecretError{});
    }
    std::optional<SecretError> write(const QString& key, const QByteArray& data)
    {
        std::optional<std::optional<SecretError>> result;
        QObject context;
        m_store.write(key, data, &context, [&](const auto& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result ? *result : SecretError{};
    }
    std::optional<SecretError> remove(const QString& key)
    {
        std::optional<std::optional<SecretError>> result;
        QObject context;
        m_store.remove(key, &context, [&](const auto& r) { result = r; });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        return result ? *result : SecretError{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("WSDASH_TEST_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("needs a private Secret Service: run through "
                  "tests/keychain/run-with-secret-service.sh");
        std::optional<std::optional<SecretError>> probe;
        QObject context;
        KeychainSecretStore::probe(kService, std::chrono::milliseconds(10000), &context,
                                   [&](const auto& r) { probe = r; });
        QTRY_VERIFY_WITH_TIMEOUT(probe.has_value(), 15000);
        QVERIFY2(!probe->has_value(),
                 qPrintable(probe->has_value() ? (*probe)->message : QString()));
    }

    void writeReadOverwriteRemove()
    {
        const QString key = QStringLiteral("profile/write-read");
        QVERIFY(!write(key, kSecret));
        QCOMPARE(read(key).value(), kSecret);
        QVERIFY(!write(key, "second value"));
        QCOMPARE(read(key).value(), QByteArray("second value"));
        QVERIFY(!remove(key));
        const auto gone = read(key);
        QVERIFY(!gone);
        QCOMPARE(gone.error().kind, SecretError::Kind::NotFound);
        QVERIFY(!remove(key)); // deleting what is not there is fine
    }

    void keepsAnyBytesAndLargeTokens()
    {
        QByteArray binary;
        for (int i = 0; i < 256; ++i)
            binary.append(char(i));
        QVERIFY(!write(QStringLiteral("profile/binary"), binary));
        QCOMPARE(read(QStringLiteral("profile/binary")).value(), binary);
        const QByteArray token = "MII" + QByteArray(12000, 'x'); // IAM tokens are large
        QVERIFY(!write(QStringLiteral("profile/token"), token));
        QCOMPARE(read(QStringLiteral("profile/token")).value(), token);
        QVERIFY(!remove(QStringLiteral("profile/binary")));
        QVERIFY(!remove(QStringLiteral("profile/token")));
    }

    void keysAreSeparate()
    {
        QVERIFY(!write(QStringLiteral("profile/a"), "A"));
        QVERIFY(!write(QStringLiteral("profile/b"), "B"));
        QCOMPARE(read(QStringLiteral("profile/a")).value(), QByteArray("A"));
        QVERIFY(!remove(QStringLiteral("profile/a")));
        QCOMPARE(read(QStringLiteral("profile/b")).value(), QByteArray("B"));
        QVERIFY(!remove(QStringLiteral("profile/b")));
        // Another service does not see this service's entries.
        KeychainSecretStore other(kService + QStringLiteral(".other"));
        QVERIFY(!write(QStringLiteral("profile/c"), "C"));
        std::optional<Expected<QByteArray, SecretError>> result;
        QObject context;
        other.read(QStringLiteral("profile/c"), &context, [&](const auto& r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY(!*result);
        QVERIFY(!remove(QStringLiteral("profile/c")));
    }

    void profileStoreOnTheRealKeychain()
    {
        QTemporaryDir config;
        auto settings = std::make_unique<QSettings>(config.filePath(QStringLiteral("wsdash.ini")),
                                                    QSettings::IniFormat);
        ProfileStore store(std::move(settings), m_store);
        Profile profile;
        profile.name = QStringLiteral("real keychain");
        profile.region = QStringLiteral("cn-north-4");
        profile.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
        const ProfileSecrets secrets{
            QStringLiteral("KEYCHAINTESTAK000001"), QString::fromLatin1(kSecret), {}, {}};

        std::optional<Expected<Profile, ProfileError>> saved;
        store.save(profile, secrets, this, [&](const auto& r) { saved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000);
        QVERIFY2(*saved, qPrintable(*saved ? QString() : saved->error().message));

        std::optional<Expected<ProfileConnection, ProfileError>> resolved;
        store.resolve(profile.name, {}, this, [&](const auto& r) { resolved = r; });
        QTRY_VERIFY_WITH_TIMEOUT(resolved.has_value(), 15000);
        QVERIFY2(*resolved, qPrintable(*resolved ? QString() : resolved->error().message));
        QCOMPARE((*resolved)->credentials.secretKey.toLatin1(), kSecret);

        // Neither the settings nor the keyring's own files hold the secret in clear.
        for (const QString& dir : {config.path(), qEnvironmentVariable("XDG_DATA_HOME")}) {
            const QStringList hits = test::filesHoldingSecrets(dir, {kSecret});
            QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        }

        std::optional<std::optional<ProfileError>> removed;
        store.remove(profile.name, this, [&](const auto& r) { removed = r; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 15000);
        QVERIFY(!removed->has_value());
        const auto after = read((*saved)->secretKey());
        QVERIFY2(!after, after ? after.value().constData() : "");
        QCOMPARE(after.error().kind, SecretError::Kind::NotFound);
    }

    void factoryChoosesTheKeychain()
    {
        std::shared_ptr<SecretStore> chosen;
        QObject context;
        openSecretStore(QProcessEnvironment::systemEnvironment(), &context,
                        [&](std::unique_ptr<SecretStore> s) { chosen = std::move(s); });
        QTRY_VERIFY_WITH_TIMEOUT(chosen != nullptr, 15000);
        QVERIFY(chosen->isPersistent());
        QVERIFY(chosen->notice().isEmpty());

        QProcessEnvironment noKeychain;
        noKeychain.insert(QStringLiteral("WSDASH_NO_KEYCHAIN"), QStringLiteral("1"));
        chosen.reset();
        openSecretStore(noKeychain, &context,
                        [&](std::unique_ptr<SecretStore> s) { chosen = std::move(s); });
        QTRY_VERIFY(chosen != nullptr);
        QVERIFY(!chosen->isPersistent());
        QVERIFY(chosen->notice().contains(QStringLiteral("session only")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
