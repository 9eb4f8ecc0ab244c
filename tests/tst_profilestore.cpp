// ProfileStore over a settings file in a temporary config folder, with a fake keychain: every
// operation, and after each one no secret anywhere under the config folder.
#include "core/base/settingslocation.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/sessionsecretstore.h"
#include "support/fakesecretstore.h"
#include "support/fixedclock.h"
#include "support/secretscan.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

Q_DECLARE_METATYPE(wsdash::Profile)
Q_DECLARE_METATYPE(wsdash::ProfileSecrets)

using namespace wsdash;
using wsdash::test::FakeSecretStore;

namespace {

const QString kSk = QStringLiteral("SkOfTheProfileStoreTest0123456789abcdefg");
const QString kAk = QStringLiteral("AKOFTHESTORETEST0001");
const QString kToken = QStringLiteral("SecurityTokenOfTheStoreTest+/=");
const QString kIamToken =
    QStringLiteral("MIIIamTokenOfTheStoreTest") + QString(200, QLatin1Char('x'));

Profile makeProfile(const QString& name, Profile::AuthMode mode = Profile::AuthMode::AkSk)
{
    Profile p;
    p.name = name;
    p.region = QStringLiteral("cn-north-4");
    p.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    p.authMode = mode;
    if (mode == Profile::AuthMode::IamPassword) {
        p.iamUserName = QStringLiteral("admin");
        p.iamDomainName = QStringLiteral("acme");
    }
    return p;
}

ProfileSecrets allSecrets()
{
    return ProfileSecrets{kAk, kSk, kToken, kIamToken};
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    FakeSecretStore m_secrets;
    test::FixedClock m_clock{
        QDateTime::fromString(QStringLiteral("2024-05-01T12:00:00Z"), Qt::ISODate)};

    QProcessEnvironment env() const
    {
        QProcessEnvironment e;
        e.insert(QStringLiteral("WSDASH_CONFIG_DIR"), m_dir->path());
        return e;
    }
    std::unique_ptr<ProfileStore> makeStore(SecretStore& secrets)
    {
        return std::make_unique<ProfileStore>(openSettings(env()), secrets, m_clock);
    }
    std::unique_ptr<ProfileStore> makeStore() { return makeStore(m_secrets); }

    static Expected<Profile, ProfileError> save(ProfileStore& store, const Profile& p,
                                                std::optional<ProfileSecrets> secrets)
    {
        std::optional<Expected<Profile, ProfileError>> result;
        QObject context;
        store.save(p, std::move(secrets), &context, [&](const auto& r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result ? *result : Expected<Profile, ProfileError>(ProfileError{});
    }
    static std::optional<ProfileError> remove(ProfileStore& store, const QString& name)
    {
        std::optional<std::optional<ProfileError>> result;
        QObject context;
        store.remove(name, &context, [&](const auto& r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result ? *result : std::optional<ProfileError>(ProfileError{});
    }
    static Expected<Profile, ProfileError> duplicate(ProfileStore& store, const QString& name,
                                                     const QString& newName)
    {
        std::optional<Expected<Profile, ProfileError>> result;
        QObject context;
        store.duplicate(name, newName, &context, [&](const auto& r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result ? *result : Expected<Profile, ProfileError>(ProfileError{});
    }
    static Expected<ProfileSecrets, ProfileError> secretsOf(ProfileStore& store,
                                                            const QString& name)
    {
        std::optional<Expected<ProfileSecrets, ProfileError>> result;
        QObject context;
        store.loadSecrets(name, &context, [&](const auto& r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result ? *result : Expected<ProfileSecrets, ProfileError>(ProfileError{});
    }
    static Expected<ProfileConnection, ProfileError> resolve(ProfileStore& store,
                                                             const QString& name)
    {
        std::optional<Expected<ProfileConnection, ProfileError>> result;
        QObject context;
        store.resolve(name, {}, &context, [&](const auto& r) { result = r; });
        [&] { QTRY_VERIFY(result.has_value()); }();
        return result ? *result : Expected<ProfileConnection, ProfileError>(ProfileError{});
    }

    void verifyNoSecretOnDisk()
    {
        const QStringList hits = test::filesHoldingSecrets(
            m_dir->path(), {kSk.toUtf8(), kAk.toUtf8(), kToken.toUtf8(), kIamToken.toUtf8()});
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
    }

    // The child's part of failedSettingsWriteRollsTheSecretBack: "ok", "skip: ..." or what went
    // wrong.
    QByteArray inFullConfigDisk()
    {
        const uid_t uid = ::geteuid();
        const gid_t gid = ::getegid();
        if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
            return "skip: no user namespaces here";
        const auto writeFile = [](const char* name, const QByteArray& text) {
            QFile file(QString::fromLatin1(name));
            return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
        };
        writeFile("/proc/self/setgroups", "deny");
        if (!writeFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1") ||
            !writeFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1"))
            return "skip: cannot map the user";
        if (::mount("tmpfs", QFile::encodeName(m_dir->path()).constData(), "tmpfs", 0,
                    "size=64k") != 0)
            return "skip: cannot mount a tmpfs";

        auto store = makeStore();
        const auto saved = save(*store, makeProfile(QStringLiteral("a")), allSecrets());
        if (!saved)
            return "first save: " + saved.error().message.toUtf8();
        for (int i = 0; i < 24; ++i) // the file grows past the page left free below
            save(*store, makeProfile(QStringLiteral("padding %1").arg(i)), std::nullopt);
        const QString path = store->settingsFileName();
        const auto contents = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray before = contents();
        if (before.size() <= 4096)
            return "settings file too small: " + QByteArray::number(before.size());
        const QHash<QString, QByteArray> secretsBefore = m_secrets.entries();
        QFile filler(m_dir->filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return "no filler";
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size()) {
        }
        filler.resize(filler.size() - 4096); // one page: Qt's lock file
        filler.close();

        Profile replaced = *saved;
        replaced.projectId = QStringLiteral("fedcba9876543210fedcba9876543210");
        const auto replacing = save(*store, replaced,
                                    ProfileSecrets{QStringLiteral("AKREPLACED0000000001"),
                                                   QStringLiteral("SkReplacedButNeverSaved"),
                                                   {},
                                                   {}});
        const auto adding = save(*store, makeProfile(QStringLiteral("b")), allSecrets());
        for (const auto* result : {&replacing, &adding}) {
            if (*result)
                return "a save went through";
            if (result->error().kind != ProfileError::Kind::Settings ||
                !result->error().message.contains(QStringLiteral("No space left on device")))
                return "unexpected failure: " + result->error().message.toUtf8();
        }
        if (m_secrets.entries() != secretsBefore)
            return "the keychain was not rolled back";
        if (contents() != before)
            return "the settings file changed";
        // What the store shows matches the file, and the old keys are still there.
        auto reopened = makeStore();
        if (reopened->find(QStringLiteral("a"))->projectId != saved->projectId ||
            store->find(QStringLiteral("a"))->projectId != saved->projectId ||
            reopened->find(QStringLiteral("b")))
            return "the profiles changed";
        const auto keys = secretsOf(*reopened, QStringLiteral("a"));
        if (!keys || keys->secretKey != kSk)
            return "the old keys are gone";
        return "ok";
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_secrets.entries().clear();
        m_secrets.setPersistent(true);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<ProfileSecrets>("secrets");
        QTest::addRow("permanent AK/SK") << makeProfile(QStringLiteral("prod")) << allSecrets();
        QTest::addRow("temporary AK/SK")
            << makeProfile(QStringLiteral("temp"), Profile::AuthMode::TemporaryAkSk)
            << allSecrets();
        Profile pasted = makeProfile(QStringLiteral("pasted"), Profile::AuthMode::IamToken);
        pasted.tokenExpiresAt =
            QDateTime::fromString(QStringLiteral("2024-05-02T10:00:00Z"), Qt::ISODate);
        QTest::addRow("pasted token") << pasted << allSecrets();
        Profile signIn = makeProfile(QStringLiteral("sign-in"), Profile::AuthMode::IamPassword);
        signIn.iamEndpoint = QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com");
        signIn.tokenExpiresAt = pasted.tokenExpiresAt;
        QTest::addRow("IAM sign-in") << signIn << allSecrets();
        Profile custom = makeProfile(QStringLiteral("Custom \u4e2d\u6587 [x]/y=z"));
        custom.region.clear();
        custom.endpointUrl = QStringLiteral("https://workspace.example.com/gw");
        QTest::addRow("custom endpoint, odd name") << custom << allSecrets();
    }

    void roundTrip()
    {
        QFETCH(Profile, profile);
        QFETCH(ProfileSecrets, secrets);
        {
            auto store = makeStore();
            QSignalSpy changed(store.get(), &ProfileStore::profilesChanged);
            const auto saved = save(*store, profile, secrets);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
            QVERIFY(!saved->id.isEmpty());
            QCOMPARE(changed.count(), 1);
            profile.id = saved->id;
        }
        verifyNoSecretOnDisk();
        // A new store on the same file and keychain reads back the same.
        auto store = makeStore();
        QCOMPARE(store->profiles().size(), 1);
        QCOMPARE(store->profiles().constFirst(), profile);
        const auto back = secretsOf(*store, profile.name);
        QVERIFY(back);
        QCOMPARE(*back, secrets.reducedTo(profile.authMode));
        QCOMPARE(m_secrets.entries().size(), 1);
        QVERIFY(m_secrets.entries().contains(QStringLiteral("profile/") + profile.id));
    }

    void everyOperationKeepsSecretsOffDisk()
    {
        auto store = makeStore();
        QVERIFY(save(*store, makeProfile(QStringLiteral("a")), allSecrets()));
        verifyNoSecretOnDisk();
        Profile edited = *store->find(QStringLiteral("a"));
        edited.region = QStringLiteral("ap-southeast-1");
        QVERIFY(save(*store, edited, ProfileSecrets{kAk, kSk + QLatin1Char('2'), {}, {}}));
        verifyNoSecretOnDisk();
        QVERIFY(duplicate(*store, QStringLiteral("a"), QStringLiteral("b")));
        verifyNoSecretOnDisk();
        QVERIFY(!store->rename(QStringLiteral("b"), QStringLiteral("c")));
        verifyNoSecretOnDisk();
        store->setCurrentProfileName(QStringLiteral("c"));
        QVERIFY(!remove(*store, QStringLiteral("a")));
        verifyNoSecretOnDisk();
        QCOMPARE(store->names(), QStringList{QStringLiteral("c")});
    }

    void editReplacesTheSecretAndKeepsOneEntry()
    {
        auto store = makeStore();
        const auto saved = save(*store, makeProfile(QStringLiteral("a")), allSecrets());
        QVERIFY(saved);
        Profile edited = *saved;
        edited.name = QStringLiteral("renamed by edit");
        edited.authMode = Profile::AuthMode::IamToken;
        QVERIFY(save(*store, edited, ProfileSecrets{{}, {}, {}, QStringLiteral("new-token")}));
        QCOMPARE(store->profiles().size(), 1);
        QCOMPARE(m_secrets.entries().size(), 1);
        const auto back = secretsOf(*store, QStringLiteral("renamed by edit"));
        QVERIFY(back);
        QCOMPARE(back->iamToken, QStringLiteral("new-token"));
        QVERIFY(back->secretKey.isEmpty()); // the old mode's secret is gone

        // nullopt keeps the stored secret.
        edited.projectId = QStringLiteral("other_project-1");
        QVERIFY(save(*store, edited, std::nullopt));
        QCOMPARE(secretsOf(*store, edited.name)->iamToken, QStringLiteral("new-token"));
        QCOMPARE(store->find(edited.name)->projectId, QStringLiteral("other_project-1"));
    }

    void duplicateCopiesSecrets()
    {
        auto store = makeStore();
        QVERIFY(save(*store, makeProfile(QStringLiteral("a"), Profile::AuthMode::TemporaryAkSk),
                     allSecrets()));
        const auto copy = duplicate(*store, QStringLiteral("a"), QStringLiteral("a (copy)"));
        QVERIFY(copy);
        QVERIFY(copy->id != store->find(QStringLiteral("a"))->id);
        QCOMPARE(m_secrets.entries().size(), 2);
        QCOMPARE(*secretsOf(*store, QStringLiteral("a (copy)")),
                 allSecrets().reducedTo(Profile::AuthMode::TemporaryAkSk));
        const auto taken = duplicate(*store, QStringLiteral("a"), QStringLiteral("A (COPY)"));
        QVERIFY(!taken);
        QCOMPARE(taken.error().kind, ProfileError::Kind::NameTaken);
        QCOMPARE(duplicate(*store, QStringLiteral("nope"), QStringLiteral("x")).error().kind,
                 ProfileError::Kind::NotFound);
    }

    void renameChecksNamesAndKeepsSecrets()
    {
        auto store = makeStore();
        QVERIFY(save(*store, makeProfile(QStringLiteral("a")), allSecrets()));
        QVERIFY(save(*store, makeProfile(QStringLiteral("b")), allSecrets()));
        store->setCurrentProfileName(QStringLiteral("a"));
        QCOMPARE(store->rename(QStringLiteral("a"), QStringLiteral("B"))->kind,
                 ProfileError::Kind::NameTaken);
        QCOMPARE(store->rename(QStringLiteral("a"), QString())->kind, ProfileError::Kind::Invalid);
        QCOMPARE(store->rename(QStringLiteral("zz"), QStringLiteral("y"))->kind,
                 ProfileError::Kind::NotFound);
        const int writes = m_secrets.writes();
        QVERIFY(!store->rename(QStringLiteral("a"), QStringLiteral("alpha")));
        QCOMPARE(m_secrets.writes(), writes); // the secret is keyed by id, not name
        QCOMPARE(store->currentProfileName(), QStringLiteral("alpha"));
        QCOMPARE(secretsOf(*store, QStringLiteral("alpha"))->secretKey, kSk);
        QCOMPARE(store->names(), (QStringList{QStringLiteral("alpha"), QStringLiteral("b")}));
    }

    void removeDeletesTheSecret()
    {
        auto store = makeStore();
        QVERIFY(save(*store, makeProfile(QStringLiteral("a")), allSecrets()));
        store->setCurrentProfileName(QStringLiteral("a"));
        QVERIFY(!remove(*store, QStringLiteral("a")));
        QVERIFY(m_secrets.entries().isEmpty());
        QVERIFY(store->profiles().isEmpty());
        QVERIFY(store->currentProfileName().isEmpty());
        QCOMPARE(remove(*store, QStringLiteral("a"))->kind, ProfileError::Kind::NotFound);
    }

    void keychainFailuresLeaveSettingsAlone()
    {
        auto store = makeStore();
        m_secrets.failNext(FakeSecretStore::Operation::Write,
                           SecretError{SecretError::Kind::AccessDenied, QStringLiteral("locked")});
        const auto failed = save(*store, makeProfile(QStringLiteral("a")), allSecrets());
        QVERIFY(!failed);
        QCOMPARE(failed.error().kind, ProfileError::Kind::SecretStore);
        QVERIFY(failed.error().message.contains(QStringLiteral("locked")));
        QVERIFY(test::secretsIn(failed.error().message.toUtf8(), {kSk.toUtf8()}).isEmpty());
        QVERIFY(store->profiles().isEmpty()); // never a profile without its secret

        QVERIFY(save(*store, makeProfile(QStringLiteral("a")), allSecrets()));
        m_secrets.failNext(FakeSecretStore::Operation::Remove,
                           SecretError{SecretError::Kind::Timeout, QStringLiteral("no answer")});
        QCOMPARE(remove(*store, QStringLiteral("a"))->kind, ProfileError::Kind::SecretStore);
        QCOMPARE(store->names(), QStringList{QStringLiteral("a")}); // kept: its secret still exists
        verifyNoSecretOnDisk();
    }

    void invalidProfilesAreRefusedBeforeTheKeychain()
    {
        auto store = makeStore();
        const int writesBefore = m_secrets.writes();
        Profile bad = makeProfile(QStringLiteral("a"));
        bad.projectId.clear();
        QCOMPARE(save(*store, bad, allSecrets()).error().kind, ProfileError::Kind::Invalid);
        QCOMPARE(save(*store, makeProfile(QStringLiteral("b")), ProfileSecrets{kAk, {}, {}, {}})
                     .error()
                     .kind,
                 ProfileError::Kind::Invalid); // AK without SK
        QVERIFY(save(*store, makeProfile(QStringLiteral("c")), allSecrets()));
        QCOMPARE(save(*store, makeProfile(QStringLiteral("C")), allSecrets()).error().kind,
                 ProfileError::Kind::NameTaken);
        QCOMPARE(m_secrets.writes(), writesBefore + 1);
    }

    void resolveGivesAReadyConnection()
    {
        auto store = makeStore();
        QVERIFY(save(*store, makeProfile(QStringLiteral("a"), Profile::AuthMode::TemporaryAkSk),
                     allSecrets()));
        const auto connection = resolve(*store, QStringLiteral("a"));
        QVERIFY(connection);
        QCOMPARE(connection->endpoint.baseUrl().toString(),
                 QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com"));
        QCOMPARE(connection->projectId, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(connection->credentials.mode, Credentials::Mode::TemporaryAkSk);
        QCOMPARE(connection->credentials.secretKey, kSk);
        QCOMPARE(connection->credentials.securityToken, kToken);
    }

    void resolveFailures()
    {
        auto store = makeStore();
        Profile token = makeProfile(QStringLiteral("token"), Profile::AuthMode::IamToken);
        token.tokenExpiresAt = m_clock.now().addSecs(-60);
        QVERIFY(save(*store, token, allSecrets()));
        const auto expired = resolve(*store, QStringLiteral("token"));
        QCOMPARE(expired.error().kind, ProfileError::Kind::TokenExpired);
        QVERIFY(expired.error().message.contains(QStringLiteral("2024-05-01 11:59")));

        Profile signIn = makeProfile(QStringLiteral("sign-in"), Profile::AuthMode::IamPassword);
        QVERIFY(save(*store, signIn, ProfileSecrets{})); // no token yet is fine to save
        const auto noToken = resolve(*store, QStringLiteral("sign-in"));
        QCOMPARE(noToken.error().kind, ProfileError::Kind::SecretMissing);
        QVERIFY(noToken.error().message.contains(QStringLiteral("sign in")));

        QVERIFY(save(*store, makeProfile(QStringLiteral("gone")), allSecrets()));
        m_secrets.entries().clear();
        QCOMPARE(resolve(*store, QStringLiteral("gone")).error().kind,
                 ProfileError::Kind::SecretMissing);
        m_secrets.entries().insert(store->find(QStringLiteral("gone"))->secretKey(), "not json");
        QCOMPARE(resolve(*store, QStringLiteral("gone")).error().kind,
                 ProfileError::Kind::SecretStore);
        QCOMPARE(resolve(*store, QStringLiteral("none")).error().kind,
                 ProfileError::Kind::NotFound);
    }

    void sessionStoreSaysSoAndForgets()
    {
        {
            SessionSecretStore session(QStringLiteral("no D-Bus"));
            QVERIFY(!session.isPersistent());
            QVERIFY(session.notice().contains(QStringLiteral("session only")));
            QVERIFY(session.notice().contains(QStringLiteral("no D-Bus")));
            auto store = makeStore(session);
            QVERIFY(save(*store, makeProfile(QStringLiteral("a")), allSecrets()));
            QVERIFY(resolve(*store, QStringLiteral("a")));
            verifyNoSecretOnDisk();
        }
        SessionSecretStore nextSession;
        auto store = makeStore(nextSession);
        QCOMPARE(store->names(), QStringList{QStringLiteral("a")});
        const auto missing = resolve(*store, QStringLiteral("a"));
        QCOMPARE(missing.error().kind, ProfileError::Kind::SecretMissing);
        QVERIFY(missing.error().message.contains(QStringLiteral("this session")));
    }

    void noCallbackAfterTheContextIsGone()
    {
        auto store = makeStore();
        bool called = false;
        auto context = std::make_unique<QObject>();
        store->save(makeProfile(QStringLiteral("a")), allSecrets(), context.get(),
                    [&](const auto&) { called = true; });
        context.reset();
        QTRY_COMPARE(store->names(), QStringList{QStringLiteral("a")}); // the save still completes
        QTest::qWait(10);
        QVERIFY(!called);
    }

    void unwritableSettingsAreReported()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        // The config "folder" is a file: nothing can be written below it.
        QProcessEnvironment e;
        e.insert(QStringLiteral("WSDASH_CONFIG_DIR"), blocker);
        ProfileStore store(openSettings(e), m_secrets, m_clock);
        const auto result = save(store, makeProfile(QStringLiteral("a")), allSecrets());
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProfileError::Kind::Settings);
        // The new profile's secret is rolled back before the failure is reported (a command
        // exits right after it).
        QVERIFY(m_secrets.entries().isEmpty());
    }

    // All or nothing under a real write failure: in a forked child, the config folder is a
    // 64 KiB tmpfs in a new user and mount namespace, filled but for one page (room for Qt's
    // lock file, not for the settings file; Qt's scratch files are elsewhere), so the write
    // fails with ENOSPC. A replaced secret is put back as it was, a new one is removed, and the
    // file is unchanged. (A folder named wsdash.ini.lock would make QSettings wait for ever.)
    void failedSettingsWriteRollsTheSecretBack()
    {
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(fds[0]);
            const QByteArray report = inFullConfigDisk();
            [[maybe_unused]] const auto n = ::write(fds[1], report.constData(), report.size());
            ::_exit(0);
        }
        ::close(fds[1]);
        QByteArray report;
        char buffer[512];
        ssize_t n = 0;
        while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0)
            report.append(buffer, n);
        ::close(fds[0]);
        ::waitpid(child, nullptr, 0);
        if (report.startsWith("skip"))
            QSKIP(report.constData());
        QCOMPARE(report, QByteArray("ok"));
    }

    // Finding 5: garbage in wsdash.ini is reported (file, line), nothing is saved, not even
    // for a moment in the keychain, and the file is left byte for byte.
    void garbageSettingsAreReportedAndKept()
    {
        const QString path = m_dir->filePath(QStringLiteral("wsdash.ini"));
        const QByteArray garbage("[profiles]\nthis line is garbage\n\x01\x02\x03");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        auto store = makeStore();
        const auto problem = store->settingsProblem();
        QVERIFY(problem);
        QCOMPARE(problem->kind, ProfileError::Kind::Settings);
        QVERIFY2(problem->message.contains(path + QStringLiteral(":2")),
                 qPrintable(problem->message));

        m_secrets.entries().clear();
        bool secretSeen = false;
        const auto result = [&] {
            std::optional<Expected<Profile, ProfileError>> outcome;
            QObject context;
            store->save(makeProfile(QStringLiteral("new2")), allSecrets(), &context,
                        [&](const auto& r) { outcome = r; });
            while (!outcome) {
                secretSeen = secretSeen || !m_secrets.entries().isEmpty();
                QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            }
            return *outcome;
        }();
        QVERIFY(!result);
        QCOMPARE(result.error().kind, ProfileError::Kind::Settings);
        QVERIFY(!secretSeen);
        QVERIFY(m_secrets.entries().isEmpty());
        QVERIFY(!resolve(*store, QStringLiteral("new2")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
