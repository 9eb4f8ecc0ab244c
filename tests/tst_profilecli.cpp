// End to end on the command line, with a real Secret Service (run through
// tests/keychain/run-with-secret-service.sh): `wsdash --save-profile` from environment
// credentials, then `wsdash --profile NAME --export` against an independent local server that
// verifies the signature; no file under the config or data folder, and no output, ever holds a
// secret. Also --list-profiles, the environment override rule, and the no-keychain refusal.
#include "support/secretscan.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace wsdash::test;

namespace {

const QString kAk = QStringLiteral("CLITESTACCESSKEY0001");
const QString kSk = QStringLiteral("CliTestSecretKeyThatMustNeverLeak0000001");
const QString kToken = QStringLiteral("CliTestSecurityTokenThatMustNeverLeak+/=");
const QString kIamToken =
    QStringLiteral("MIICliTestIamTokenThatMustNeverLeak") + QString(500, QLatin1Char('t'));
const QString kProject = QStringLiteral("0123456789abcdef0123456789abcdef");

using Run = ProcessRun;

} // namespace

class TestProfileCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<TestHttpServer> m_server;
    QByteArray m_allOutput; // everything every run printed

    QString configDir() const { return m_home->filePath(QStringLiteral("config")); }

    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
              "HUAWEICLOUD_SDK_PROJECT_ID", "WSDASH_IAM_TOKEN", "WSDASH_NO_KEYCHAIN"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), configDir());
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"),
                   m_home->filePath(QStringLiteral("xdg-config")));
        return env;
    }

    Run wsdash(const QStringList& arguments, const QProcessEnvironment& env)
    {
        Run run = runBuilt(QStringLiteral("app/wsdash"), arguments, env);
        m_allOutput += run.out + run.err;
        return run;
    }

    Run saveProfile(const QString& name, const QProcessEnvironment& credentials)
    {
        QProcessEnvironment env = baseEnvironment();
        for (const QString& key : credentials.keys())
            env.insert(key, credentials.value(key));
        return wsdash({QStringLiteral("--save-profile"), name, QStringLiteral("--endpoint"),
                       m_server->baseUrl(), QStringLiteral("--project-id"), kProject},
                      env);
    }

    static QProcessEnvironment vars(std::initializer_list<std::pair<const char*, QString>> values)
    {
        QProcessEnvironment env;
        for (const auto& [name, value] : values)
            env.insert(QLatin1String(name), value);
        return env;
    }

    // Runs wsdash with its config folder on a full disk: in a new user and mount namespace
    // (`unshare`), a 64 KiB tmpfs over the folder with a copy of its files, filled but for one
    // page (room for Qt's small lock file, not for the settings file). Only the settings file is
    // on that disk: Qt's scratch files and the keychain are elsewhere. Prints the SHA-256 of the
    // settings file on the tmpfs after the run; exit 77 when the kernel refuses the namespace.
    Run wsdashOnFullConfigDisk(const QStringList& arguments, const QProcessEnvironment& env)
    {
        const QString script =
            QStringLiteral("cfg=$1; shift; stage=$cfg.stage; rm -rf \"$stage\"; cp -a \"$cfg\" "
                           "\"$stage\" || exit 1\n"
                           "mount -t tmpfs -o size=64k tmpfs \"$cfg\" || exit 77\n"
                           "cp -a \"$stage/.\" \"$cfg/\" && rm -rf \"$stage\" || exit 1\n"
                           "dd if=/dev/zero of=\"$cfg/filler\" bs=4096 2>/dev/null\n"
                           "truncate -s -4096 \"$cfg/filler\" || exit 1\n"
                           "\"$@\"; status=$?\n"
                           "sha256sum \"$cfg/wsdash.ini\" >&2\n"
                           "exit $status\n");
        Run run =
            runProcess(QStringLiteral("unshare"),
                       QStringList{QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                                   QStringLiteral("--mount"), QStringLiteral("sh"),
                                   QStringLiteral("-c"), script, QStringLiteral("sh"), configDir(),
                                   builtExecutable(QStringLiteral("app/wsdash"))} +
                           arguments,
                       env);
        m_allOutput += run.out + run.err;
        return run;
    }

    // The number of items in the default collection of the private Secret Service.
    static int keychainItems()
    {
        const Run run = runProcess(QStringLiteral("dbus-send"),
                                   {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                    QStringLiteral("--dest=org.freedesktop.secrets"),
                                    QStringLiteral("/org/freedesktop/secrets/aliases/default"),
                                    QStringLiteral("org.freedesktop.DBus.Properties.Get"),
                                    QStringLiteral("string:org.freedesktop.Secret.Collection"),
                                    QStringLiteral("string:Items")},
                                   QProcessEnvironment::systemEnvironment());
        return run.exitCode == 0 ? int(run.out.count("object path \"")) : -1;
    }

    void verifyNothingLeaked()
    {
        const QList<QByteArray> secrets{kSk.toUtf8(), kToken.toUtf8(), kIamToken.toUtf8()};
        QStringList hits = filesHoldingSecrets(m_home->path(), secrets);
        const QString data = qEnvironmentVariable("XDG_DATA_HOME");
        if (!data.isEmpty())
            hits += filesHoldingSecrets(data, secrets);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
        const QStringList printed = secretsIn(m_allOutput, secrets);
        QVERIFY2(printed.isEmpty(), qPrintable(printed.join(QLatin1Char(' '))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("WSDASH_TEST_PRIVATE_KEYRING") != QLatin1String("1"))
            QSKIP("needs a private Secret Service: run through "
                  "tests/keychain/run-with-secret-service.sh");
        QVERIFY(QFile::exists(builtExecutable(QStringLiteral("app/wsdash"))));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_allOutput.clear();
    }

    void cleanup() { verifyNothingLeaked(); }

    void saveThenExportWithTheProfile()
    {
        const Run saved =
            saveProfile(QStringLiteral("e2e"),
                        vars({{"HUAWEICLOUD_SDK_AK", kAk}, {"HUAWEICLOUD_SDK_SK", kSk}}));
        QCOMPARE(saved.exitCode, 0);
        QCOMPARE(saved.out.count('\n'), 1); // one line, naming the profile
        QVERIFY2(saved.out.contains("\"e2e\""), saved.out.constData());
        QVERIFY(saved.err.isEmpty());
        QVERIFY(QFile::exists(configDir() + QStringLiteral("/wsdash.ini")));
        verifyNothingLeaked();

        m_server->enqueue(ScriptedResponse::json(
            200, readTestData(QStringLiteral("statistics-total-only.json"))));
        const QString exportFile = m_home->filePath(QStringLiteral("out.json"));
        const Run exported = wsdash({QStringLiteral("--profile"), QStringLiteral("e2e"),
                                     QStringLiteral("--export"), exportFile},
                                    baseEnvironment());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(m_server->requestCount(), 1);
        const RecordedRequest& request = m_server->requests().constFirst();
        QCOMPARE(request.path, QStringLiteral("/v2/") + kProject + QStringLiteral("/statistics"));
        const SignatureCheck check =
            TestHttpServer::verifySignature(request, kAk.toUtf8(), kSk.toUtf8());
        QVERIFY2(check.ok, qPrintable(check.reason));
        QVERIFY(!request.hasHeader("X-Security-Token"));
        QFile file(exportFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(json.value(u"project_id").toString(), kProject);
        QCOMPARE(json.value(u"statistics").toObject().value(u"total_num").toInt(), 1);
        verifyNothingLeaked();
    }

    void updateReplacesTheKeys()
    {
        QCOMPARE(saveProfile(QStringLiteral("p"),
                             vars({{"HUAWEICLOUD_SDK_AK", QStringLiteral("OLDAK")},
                                   {"HUAWEICLOUD_SDK_SK", QStringLiteral("OLDSK")}}))
                     .exitCode,
                 0);
        const Run updated =
            saveProfile(QStringLiteral("p"), vars({{"HUAWEICLOUD_SDK_AK", kAk},
                                                   {"HUAWEICLOUD_SDK_SK", kSk},
                                                   {"HUAWEICLOUD_SDK_SECURITY_TOKEN", kToken}}));
        QCOMPARE(updated.exitCode, 0);
        QVERIFY(updated.out.startsWith("Updated profile \"p\""));
        m_server->enqueue(ScriptedResponse::json(
            200, readTestData(QStringLiteral("statistics-total-only.json"))));
        const Run exported =
            wsdash({QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--export"),
                    m_home->filePath(QStringLiteral("p.csv"))},
                   baseEnvironment());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const RecordedRequest& request = m_server->requests().constFirst();
        QCOMPARE(request.header("X-Security-Token"), kToken.toUtf8());
        QVERIFY(TestHttpServer::verifySignature(request, kAk.toUtf8(), kSk.toUtf8()).ok);
    }

    // All or nothing (issue 14): when wsdash.ini cannot be written (a real write failure: "No
    // space left on device"), a replaced key is put back in the keychain and a new one is
    // removed; the settings file stays byte for byte and the old keys still sign.
    void failedSettingsWriteRollsTheKeychainBack()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: the user namespace maps root, which the Secret Service's D-Bus "
                  "accepts only when it is the same user");
        if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            QSKIP("needs unshare (util-linux)");
        QCOMPARE(saveProfile(QStringLiteral("p"),
                             vars({{"HUAWEICLOUD_SDK_AK", QStringLiteral("OLDAK")},
                                   {"HUAWEICLOUD_SDK_SK", QStringLiteral("OLDSK")}}))
                     .exitCode,
                 0);
        const QString ini = configDir() + QStringLiteral("/wsdash.ini");
        {
            // More than the page left free on the full disk.
            QFile file(ini);
            QVERIFY(file.open(QIODevice::Append));
            file.write("\n[padding]\nnote=" + QByteArray(8192, 'x') + "\n");
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sha =
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        file.close();
        const int itemsBefore = keychainItems();
        QVERIFY(itemsBefore > 0);

        const auto saveOnFullDisk = [this](const QString& name) {
            QProcessEnvironment env = baseEnvironment();
            env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
            env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
            return wsdashOnFullConfigDisk({QStringLiteral("--save-profile"), name,
                                           QStringLiteral("--endpoint"), m_server->baseUrl(),
                                           QStringLiteral("--project-id"), kProject},
                                          env);
        };
        const Run replaced = saveOnFullDisk(QStringLiteral("p"));
        if (replaced.exitCode == 77)
            QSKIP("the kernel refuses a user namespace with a tmpfs here");
        const Run added = saveOnFullDisk(QStringLiteral("q"));
        for (const Run* run : {&replaced, &added}) {
            QVERIFY2(run->exitCode == 1, run->err.constData());
            const QList<QByteArray> lines = run->err.trimmed().split('\n');
            QCOMPARE(lines.size(), 2); // wsdash's one line, then the script's checksum
            QVERIFY2(lines.at(0).contains("could not be written: No space left on device"),
                     run->err.constData());
            QVERIFY2(lines.at(1).startsWith(sha), run->err.constData()); // unchanged
            QVERIFY(run->out.isEmpty());
        }
        QCOMPARE(keychainItems(), itemsBefore); // no key left behind for "q"

        // "p" still signs with its old keys.
        m_server->enqueue(ScriptedResponse::json(
            200, readTestData(QStringLiteral("statistics-total-only.json"))));
        const Run exported =
            wsdash({QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--export"),
                    m_home->filePath(QStringLiteral("p.json"))},
                   baseEnvironment());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(m_server->requestCount(), 1);
        const SignatureCheck check =
            TestHttpServer::verifySignature(m_server->requests().constFirst(), "OLDAK", "OLDSK");
        QVERIFY2(check.ok, qPrintable(check.reason));
    }

    void iamTokenProfile()
    {
        QCOMPARE(
            saveProfile(QStringLiteral("token"), vars({{"WSDASH_IAM_TOKEN", kIamToken}})).exitCode,
            0);
        m_server->enqueue(ScriptedResponse::json(
            200, readTestData(QStringLiteral("statistics-total-only.json"))));
        const Run exported =
            wsdash({QStringLiteral("--profile"), QStringLiteral("token"),
                    QStringLiteral("--export"), m_home->filePath(QStringLiteral("t.json"))},
                   baseEnvironment());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(m_server->requests().constFirst().header("X-Auth-Token"), kIamToken.toUtf8());
        QVERIFY(!m_server->requests().constFirst().hasHeader("Authorization"));
    }

    void environmentCredentialsDoNotOverrideAProfile()
    {
        QCOMPARE(saveProfile(QStringLiteral("p"),
                             vars({{"HUAWEICLOUD_SDK_AK", kAk}, {"HUAWEICLOUD_SDK_SK", kSk}}))
                     .exitCode,
                 0);
        m_server->enqueue(ScriptedResponse::json(
            200, readTestData(QStringLiteral("statistics-total-only.json"))));
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("ENVAK"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("EnvSecretKey"));
        const Run exported =
            wsdash({QStringLiteral("--profile"), QStringLiteral("p"), QStringLiteral("--export"),
                    m_home->filePath(QStringLiteral("p.json"))},
                   env);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY2(exported.err.contains("HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK ignored"),
                 exported.err.constData());
        QVERIFY(TestHttpServer::verifySignature(m_server->requests().constFirst(), kAk.toUtf8(),
                                                kSk.toUtf8())
                    .ok);
    }

    void projectOverride()
    {
        QCOMPARE(saveProfile(QStringLiteral("p"),
                             vars({{"HUAWEICLOUD_SDK_AK", kAk}, {"HUAWEICLOUD_SDK_SK", kSk}}))
                     .exitCode,
                 0);
        m_server->enqueue(ScriptedResponse::json(
            200, readTestData(QStringLiteral("statistics-total-only.json"))));
        const Run exported =
            wsdash({QStringLiteral("--profile"), QStringLiteral("p"),
                    QStringLiteral("--project-id"), QStringLiteral("other-project"),
                    QStringLiteral("--export"), m_home->filePath(QStringLiteral("p.json"))},
                   baseEnvironment());
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QCOMPARE(m_server->requests().constFirst().path,
                 QStringLiteral("/v2/other-project/statistics"));
    }

    void listProfiles()
    {
        QCOMPARE(saveProfile(QStringLiteral("b"),
                             vars({{"HUAWEICLOUD_SDK_AK", kAk}, {"HUAWEICLOUD_SDK_SK", kSk}}))
                     .exitCode,
                 0);
        QCOMPARE(saveProfile(QStringLiteral("a"), vars({{"WSDASH_IAM_TOKEN", kIamToken}})).exitCode,
                 0);
        const Run listed = wsdash({QStringLiteral("--list-profiles")}, baseEnvironment());
        QCOMPARE(listed.exitCode, 0);
        const QList<QByteArray> lines = listed.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith("a\t"));
        QVERIFY(lines.at(0).endsWith("\tiam-token"));
        const QByteArray expected =
            "b\t" + m_server->baseUrl().toUtf8() + '\t' + kProject.toUtf8() + "\taksk";
        QVERIFY2(lines.at(1).startsWith(expected), lines.at(1).constData());
        QVERIFY(!listed.out.contains(kAk.toUtf8()));
    }

    void unknownProfile()
    {
        QCOMPARE(saveProfile(QStringLiteral("known"),
                             vars({{"HUAWEICLOUD_SDK_AK", kAk}, {"HUAWEICLOUD_SDK_SK", kSk}}))
                     .exitCode,
                 0);
        const Run run =
            wsdash({QStringLiteral("--profile"), QStringLiteral("unknown"),
                    QStringLiteral("--export"), m_home->filePath(QStringLiteral("x.json"))},
                   baseEnvironment());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no profile named \"unknown\"") &&
                     run.err.contains("Saved profiles: known."),
                 run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void noKeychainNoProfile()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        const Run run = wsdash({QStringLiteral("--save-profile"), QStringLiteral("nokeychain"),
                                QStringLiteral("--endpoint"), m_server->baseUrl(),
                                QStringLiteral("--project-id"), kProject},
                               env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no system keychain is available"), run.err.constData());
        QVERIFY(run.err.contains("never writes keys to disk"));
        QVERIFY(run.out.isEmpty());
        // Nothing was written at all.
        const Run listed = wsdash({QStringLiteral("--list-profiles")}, baseEnvironment());
        QVERIFY(listed.out.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::addRow("save without endpoint")
            << QStringList{QStringLiteral("--save-profile"), QStringLiteral("x"),
                           QStringLiteral("--project-id"), kProject}
            << QByteArray("--endpoint URL or --region ID");
        QTest::addRow("save without credentials")
            << QStringList{QStringLiteral("--save-profile"), QStringLiteral("x"),
                           QStringLiteral("--region"),       QStringLiteral("cn-north-4"),
                           QStringLiteral("--project-id"),   kProject}
            << QByteArray("No credentials");
        QTest::addRow("save with a bad name")
            << QStringList{QStringLiteral("--save-profile"), QStringLiteral(" x"),
                           QStringLiteral("--region"), QStringLiteral("cn-north-4")}
            << QByteArray("space");
        QTest::addRow("save with export")
            << QStringList{QStringLiteral("--save-profile"), QStringLiteral("x"),
                           QStringLiteral("--export"), QStringLiteral("a.json")}
            << QByteArray("--save-profile cannot be combined with --export");
        QTest::addRow("profile with demo")
            << QStringList{QStringLiteral("--profile"), QStringLiteral("x"),
                           QStringLiteral("--demo")}
            << QByteArray("cannot be combined");
        QTest::addRow("empty profile name")
            << QStringList{QStringLiteral("--profile="), QStringLiteral("--export"),
                           QStringLiteral("a.json")}
            << QByteArray("needs the name");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = wsdash(arguments, baseEnvironment());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(!QFile::exists(configDir() + QStringLiteral("/wsdash.ini")));
    }
};

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
