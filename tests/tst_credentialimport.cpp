// Importing credentials from the SDK environment, the SDK credentials file and KooCLI's
// configuration: good files, and malformed ones whose message names the file and the line.
#include "core/api/jsonlocator.h"
#include "core/profiles/credentialimport.h"
#include "core/profiles/inireader.h"
#include "support/secretscan.h"

#include <QTest>

using namespace wsdash;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(WSDASH_TESTDATA_DIR "/import/") + name;
}

} // namespace

class TestCredentialImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environment_data()
    {
        QTest::addColumn<QStringList>("variables"); // NAME=value
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("mode");     // Profile::AuthMode when ok
        QTest::addColumn<QString>("text"); // project ID when ok, else a word of the error

        QTest::addRow("permanent") << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AK=AK1"),
                                                  QStringLiteral("HUAWEICLOUD_SDK_SK=SK1"),
                                                  QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID=p1")}
                                   << true << int(Profile::AuthMode::AkSk) << QStringLiteral("p1");
        QTest::addRow("temporary")
            << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AK=AK1"),
                           QStringLiteral("HUAWEICLOUD_SDK_SK=SK1"),
                           QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN=T")}
            << true << int(Profile::AuthMode::TemporaryAkSk) << QString();
        QTest::addRow("iam token") << QStringList{QStringLiteral("WSDASH_IAM_TOKEN=MIItoken")}
                                   << true << int(Profile::AuthMode::IamToken) << QString();
        QTest::addRow("nothing") << QStringList{} << false << 0
                                 << QStringLiteral("HUAWEICLOUD_SDK_AK");
        QTest::addRow("ak only") << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AK=AK1")} << false
                                 << 0 << QStringLiteral("together");
        QTest::addRow("bad project")
            << QStringList{QStringLiteral("HUAWEICLOUD_SDK_AK=AK1"),
                           QStringLiteral("HUAWEICLOUD_SDK_SK=SK1"),
                           QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID=a/b")}
            << false << 0 << QStringLiteral("PROJECT_ID");
    }

    void environment()
    {
        QFETCH(QStringList, variables);
        QFETCH(bool, ok);
        QFETCH(int, mode);
        QFETCH(QString, text);
        QProcessEnvironment env;
        for (const QString& v : variables)
            env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        const auto result = credentialimport::fromEnvironment(env);
        QCOMPARE(bool(result), ok);
        if (!ok) {
            QVERIFY2(result.error().toString().contains(text),
                     qPrintable(result.error().toString()));
            QVERIFY(!result.error().toString().contains(QStringLiteral("SK1")));
            return;
        }
        QCOMPARE(result->profiles.size(), 1);
        const ImportedProfile& imported = result->profiles.constFirst();
        QCOMPARE(int(imported.profile.authMode), mode);
        QCOMPARE(imported.profile.projectId, text);
        QVERIFY(imported.secrets.isCompleteFor(imported.profile.authMode));
    }

    void sdkFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("ak");
        QTest::addColumn<QString>("sk");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("projectId");
        QTest::addRow("good") << QStringLiteral("sdk-good.ini")
                              << QStringLiteral("IMPORTTESTAK00000001")
                              << QStringLiteral("ImportTestSecretKeyFromTheSdkFile0000001")
                              << QString() << QStringLiteral("0123456789abcdef0123456789abcdef");
        QTest::addRow("temporary, quotes and colon")
            << QStringLiteral("sdk-temporary.ini") << QStringLiteral("IMPORTTESTAK00000002")
            << QStringLiteral("ImportTestSecretKeyFromTheSdkFile0000002")
            << QStringLiteral("gQpjbi1ub3J0aC00-TemporaryTokenOfTheFixture+/==") << QString();
        QTest::addRow("CRLF") << QStringLiteral("sdk-crlf.ini")
                              << QStringLiteral("IMPORTTESTAK00000003")
                              << QStringLiteral("ImportTestSecretKeyCrLf000000000000003")
                              << QString() << QString();
        QTest::addRow("BOM") << QStringLiteral("sdk-bom.ini")
                             << QStringLiteral("IMPORTTESTAK00000004")
                             << QStringLiteral("ImportTestSecretKeyBom0000000000000004")
                             << QString() << QString();
    }

    void sdkFile()
    {
        QFETCH(QString, file);
        QFETCH(QString, ak);
        QFETCH(QString, sk);
        QFETCH(QString, token);
        QFETCH(QString, projectId);
        const auto result = credentialimport::fromSdkCredentialsFile(fixture(file));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->profiles.size(), 1);
        const ImportedProfile& imported = result->profiles.constFirst();
        QCOMPARE(imported.secrets.accessKey, ak);
        QCOMPARE(imported.secrets.secretKey, sk);
        QCOMPARE(imported.secrets.securityToken, token);
        QCOMPARE(imported.profile.authMode,
                 token.isEmpty() ? Profile::AuthMode::AkSk : Profile::AuthMode::TemporaryAkSk);
        QCOMPARE(imported.profile.projectId, projectId);
        // No region in the file: the profile is not complete, and the notes say so.
        QVERIFY(!imported.profile.isValid());
        QVERIFY(result->notes.join(QLatin1Char('\n')).contains(QStringLiteral("region")));
        QVERIFY(test::secretsIn(result->notes.join(QLatin1Char('\n')).toUtf8(), {sk.toUtf8()})
                    .isEmpty());
    }

    void sdkFileNotes()
    {
        const auto result =
            credentialimport::fromSdkCredentialsFile(fixture(QStringLiteral("sdk-good.ini")));
        QVERIFY(result);
        const QString notes = result->notes.join(QLatin1Char('\n'));
        QVERIFY2(notes.contains(QStringLiteral("sdk-good.ini:11: section [global] ignored")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("sdk-good.ini:9: domain_id")), qPrintable(notes));
        QCOMPARE(result->profiles.constFirst().profile.iamEndpoint,
                 QStringLiteral("https://iam.cn-north-4.myhuaweicloud.com"));
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("reason");
        QTest::addRow("no separator")
            << QStringLiteral("sdk-no-separator.ini") << 3 << QStringLiteral("key = value");
        QTest::addRow("duplicate key")
            << QStringLiteral("sdk-duplicate-key.ini") << 5
            << QStringLiteral("ak is set twice in [basic] (first on line 2)");
        QTest::addRow("key before section") << QStringLiteral("sdk-key-before-section.ini") << 2
                                            << QStringLiteral("before any [section]");
        QTest::addRow("no [basic]")
            << QStringLiteral("sdk-no-basic.ini") << 0 << QStringLiteral("no [basic] section");
        QTest::addRow("ak without sk")
            << QStringLiteral("sdk-ak-without-sk.ini") << 3 << QStringLiteral("sk is missing");
        QTest::addRow("invalid UTF-8")
            << QStringLiteral("sdk-bad-utf8.ini") << 3 << QStringLiteral("UTF-8");
        QTest::addRow("bad header")
            << QStringLiteral("sdk-bad-header.ini") << 3 << QStringLiteral("must end with ']'");
        QTest::addRow("space in sk")
            << QStringLiteral("sdk-space-in-sk.ini") << 3 << QStringLiteral("white space");
        QTest::addRow("bad project")
            << QStringLiteral("sdk-bad-project.ini") << 4 << QStringLiteral("project_id");
        QTest::addRow("duplicate section") << QStringLiteral("sdk-duplicate-section.ini") << 4
                                           << QStringLiteral("appears twice (first on line 1)");
        QTest::addRow("http IAM endpoint")
            << QStringLiteral("sdk-bad-iam-endpoint.ini") << 4 << QStringLiteral("iam_endpoint");
        QTest::addRow("missing file")
            << QStringLiteral("no-such-file.ini") << 0 << QStringLiteral("does not exist");
        QTest::addRow("JSON syntax")
            << QStringLiteral("koocli-syntax.json") << 6 << QStringLiteral("not valid JSON");
        QTest::addRow("JSON wrong type")
            << QStringLiteral("koocli-bad-type.json") << 11
            << QStringLiteral("profiles[1].accessKeyId must be a string");
        QTest::addRow("KooCLI AK without SK") << QStringLiteral("koocli-missing-sk.json") << 6
                                              << QStringLiteral("no secretAccessKey");
        QTest::addRow("KooCLI no profiles")
            << QStringLiteral("koocli-no-profiles.json") << 1 << QStringLiteral("\"profiles\"");
        QTest::addRow("KooCLI top-level array")
            << QStringLiteral("koocli-array.json") << 1 << QStringLiteral("JSON object");
        QTest::addRow("KooCLI profile not an object")
            << QStringLiteral("koocli-string-profile.json") << 1
            << QStringLiteral("profiles[0] is not an object");
        QTest::addRow("KooCLI missing file")
            << QStringLiteral("no-such-file.json") << 0 << QStringLiteral("does not exist");
    }

    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, reason);
        const QString path = fixture(file);
        const auto result = file.endsWith(QLatin1String(".json"))
                                ? credentialimport::fromKooCliConfig(path)
                                : credentialimport::fromSdkCredentialsFile(path);
        QVERIFY(!result);
        const FileError& error = result.error();
        const QString text = error.toString();
        QVERIFY2(error.fileName.endsWith(file), qPrintable(text));
        QCOMPARE(error.line, line);
        QVERIFY2(error.reason.contains(reason), qPrintable(text));
        // "file:line: reason" (or "file: reason" when no line applies)
        const QString prefix = line > 0 ? QString(error.fileName + QLatin1Char(':') +
                                                  QString::number(line) + QLatin1String(": "))
                                        : QString(error.fileName + QLatin1String(": "));
        QVERIFY2(text.startsWith(prefix), qPrintable(text));
        // Never a secret in the message.
        QVERIFY2(test::secretsIn(text.toUtf8(),
                                 {"KooCliTestSecretKeyNumberTwo000000000002",
                                  "ImportTestSecretKeyFromTheSdkFile0000001", "S1", "two words"})
                     .isEmpty(),
                 qPrintable(text));
    }

    void kooCli()
    {
        const auto result =
            credentialimport::fromKooCliConfig(fixture(QStringLiteral("koocli-good.json")));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
        QCOMPARE(result->profiles.size(), 3);

        const ImportedProfile& first = result->profiles.at(0);
        QCOMPARE(first.profile.name, QStringLiteral("default"));
        QCOMPARE(first.profile.region, QStringLiteral("cn-north-4"));
        QCOMPARE(first.profile.projectId, QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(first.profile.authMode, Profile::AuthMode::AkSk);
        QCOMPARE(first.secrets.secretKey,
                 QStringLiteral("KooCliTestSecretKeyNumberOne000000000001"));
        QVERIFY(!first.current);
        QVERIFY(first.profile.isValid());

        const ImportedProfile& temp = result->profiles.at(1);
        QCOMPARE(temp.profile.authMode, Profile::AuthMode::TemporaryAkSk);
        QCOMPARE(temp.profile.region, QStringLiteral("ap-southeast-1"));
        QCOMPARE(temp.secrets.securityToken, QStringLiteral("KooCliTemporarySecurityToken+/="));
        QVERIFY(temp.current);

        const ImportedProfile& elsewhere = result->profiles.at(2);
        QCOMPARE(elsewhere.profile.name, QStringLiteral("elsewhere"));
        QVERIFY(elsewhere.profile.region.isEmpty()); // eu-west-0 has no known Workspace endpoint

        const QString notes = result->notes.join(QLatin1Char('\n'));
        QVERIFY2(
            notes.contains(QStringLiteral("koocli-good.json:22: profile \"encrypted\" skipped")),
            qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("authEncrypt")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("koocli-good.json:30: profile \"sso\" skipped")),
                 qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("eu-west-0")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("\"empty\" skipped")), qPrintable(notes));
        QVERIFY(!notes.contains(QStringLiteral("ZW5jcnlwdGVk"))); // not even encrypted keys
    }

    void iniReaderKeepsValuesAsWritten()
    {
        const auto doc = IniReader::parse(
            "[s]\nk1 = a=b:c\nk2 : \"quoted value\"\nk3 = 'x'\nk4 =\nk5 = \"unbalanced\n",
            QStringLiteral("f"));
        QVERIFY(doc);
        const IniSection* s = doc->section(QStringLiteral("s"));
        QVERIFY(s);
        QCOMPARE(s->entry(QStringLiteral("k1"))->value, QStringLiteral("a=b:c"));
        QCOMPARE(s->entry(QStringLiteral("k2"))->value, QStringLiteral("quoted value"));
        QCOMPARE(s->entry(QStringLiteral("k3"))->value, QStringLiteral("x"));
        QCOMPARE(s->entry(QStringLiteral("k4"))->value, QString());
        QCOMPARE(s->entry(QStringLiteral("k5"))->value, QStringLiteral("\"unbalanced"));
        QCOMPARE(s->entry(QStringLiteral("k5"))->line, 6);
        QVERIFY(!IniReader::parse(QByteArray("[s]\nk\0=v\n", 9), QStringLiteral("f")));
        QCOMPARE(IniReader::parse("[s]\n=v\n", QStringLiteral("f")).error().line, 2);
        QCOMPARE(IniReader::parse("[s]\nk y = v\n", QStringLiteral("f")).error().line, 2);
        QCOMPARE(IniReader::parse("[]\n", QStringLiteral("f")).error().line, 1);
    }

    void jsonLocatorFindsLines()
    {
        const QByteArray json =
            "{\n \"a\": [1,\n  {\"b\\\"q\": 2,\n   \"c\": \"x]\"}],\n \"d\": {}\n}";
        const JsonLocator locator(json);
        QCOMPARE(locator.lineOf({QStringLiteral("a")}), 2);
        QCOMPARE(locator.lineOf({QStringLiteral("a"), 1}), 3);
        QCOMPARE(locator.lineOf({QStringLiteral("a"), 1, QStringLiteral("b\"q")}), 3);
        QCOMPARE(locator.lineOf({QStringLiteral("a"), 1, QStringLiteral("c")}), 4);
        QCOMPARE(locator.lineOf({QStringLiteral("d")}), 5);
        QCOMPARE(locator.lineOf({QStringLiteral("a"), 7}), 2); // missing: the deepest found
        QCOMPARE(JsonLocator::toString({QStringLiteral("p"), 2, QStringLiteral("n")}),
                 QStringLiteral("p[2].n"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialImport)
#include "tst_credentialimport.moc"
