#include "cli/commandline.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;

namespace {

QProcessEnvironment akSkEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AK123"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("SK-very-secret"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("envproject"));
    return env;
}

Expected<CliOptions, UsageError> parse(const QStringList& args,
                                       const QProcessEnvironment& env = akSkEnvironment())
{
    return parseCommandLine(QStringList{QStringLiteral("wsdash")} + args, env);
}

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportWithEverything()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("out.csv"));
        const auto options = parse(
            {QStringLiteral("--endpoint"), QStringLiteral("https://workspace.example.com"),
             QStringLiteral("--project-id"), QStringLiteral("p1"), QStringLiteral("--desktop-type"),
             QStringLiteral("POOLED"), QStringLiteral("--desktop-type"),
             QStringLiteral("dedicated"), QStringLiteral("--statistics-type"),
             QStringLiteral("run-state,login-state"), QStringLiteral("--pool-id"),
             QStringLiteral("a, b"), QStringLiteral("--pool-id"), QStringLiteral("c"),
             QStringLiteral("--timeout"), QStringLiteral("2.5"), QStringLiteral("--export"), file});
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QCOMPARE(options->mode, CliOptions::Mode::Export);
        QCOMPARE(options->exportPath, file);
        QCOMPARE(options->projectId, QStringLiteral("p1"));
        QCOMPARE(options->timeout.count(), 2500);
        QCOMPARE(options->credentials.mode, Credentials::Mode::AkSk);
        QCOMPARE(options->credentials.accessKey, QStringLiteral("AK123"));
        QCOMPARE(
            options->query.canonicalQueryString(),
            QStringLiteral(
                "desktop_pool_ids=a&desktop_pool_ids=b&desktop_pool_ids=c&desktop_type=DEDICATED"
                "&desktop_type=POOLED&statistics_type=login-state&statistics_type=run-state"));
    }

    void defaults()
    {
        const auto options = parse({QStringLiteral("--region"), QStringLiteral("cn-east-3")});
        QVERIFY(options);
        QCOMPARE(options->mode, CliOptions::Mode::Window);
        QCOMPARE(options->timeout.count(), 30000);
        QCOMPARE(options->projectId, QStringLiteral("envproject"));
        QCOMPARE(options->endpoint.baseUrl().host(),
                 QStringLiteral("workspace.cn-east-3.myhuaweicloud.com"));
        QCOMPARE(options->size, QSize(1280, 800));
    }

    void credentialModes()
    {
        QProcessEnvironment env = akSkEnvironment();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN"), QStringLiteral("tok"));
        auto options = parse({QStringLiteral("--region"), QStringLiteral("cn-north-4")}, env);
        QVERIFY(options);
        QCOMPARE(options->credentials.mode, Credentials::Mode::TemporaryAkSk);
        QCOMPARE(options->credentials.securityToken, QStringLiteral("tok"));

        QProcessEnvironment tokenEnv;
        tokenEnv.insert(QStringLiteral("WSDASH_IAM_TOKEN"), QStringLiteral("MIItoken"));
        options = parse({QStringLiteral("--region"), QStringLiteral("cn-north-4"),
                         QStringLiteral("--project-id"), QStringLiteral("p")},
                        tokenEnv);
        QVERIFY(options);
        QCOMPARE(options->credentials.mode, Credentials::Mode::IamToken);
    }

    void screenshotOptions()
    {
        const auto options =
            parse({QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                   QStringLiteral("/tmp/x.png"), QStringLiteral("--size"),
                   QStringLiteral("1024x640"), QStringLiteral("--theme"), QStringLiteral("dark")},
                  QProcessEnvironment());
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QCOMPARE(options->mode, CliOptions::Mode::Screenshot);
        QVERIFY(options->demo);
        QCOMPARE(options->size, QSize(1024, 640));
        QCOMPARE(options->theme, CliOptions::Theme::Dark);
        QCOMPARE(options->scale, 1.0);
        QVERIFY(!options->asOf.isValid());
    }

    void reproducibleOutputOptions()
    {
        const auto picture =
            parse({QStringLiteral("--demo"), QStringLiteral("--screenshot"),
                   QStringLiteral("/tmp/x.png"), QStringLiteral("--scale"), QStringLiteral("2"),
                   QStringLiteral("--as-of"), QStringLiteral("2026-11-26T09:30:00+08:00")},
                  QProcessEnvironment());
        QVERIFY2(picture, picture ? "" : qPrintable(picture.error().message));
        QCOMPARE(picture->scale, 2.0);
        QCOMPARE(picture->asOf.toUTC(), QDateTime(QDate(2026, 11, 26), QTime(1, 30), Qt::UTC));

        const auto report = parse({QStringLiteral("--demo"), QStringLiteral("--export"),
                                   QStringLiteral("/tmp/report.PDF")},
                                  QProcessEnvironment());
        QVERIFY2(report, report ? "" : qPrintable(report.error().message));
        QCOMPARE(report->mode, CliOptions::Mode::Export);
        QCOMPARE(report->exportPath, QStringLiteral("/tmp/report.PDF"));
    }

    void helpAndVersion()
    {
        auto options = parse({QStringLiteral("--help")}, QProcessEnvironment());
        QVERIFY(options);
        QCOMPARE(options->mode, CliOptions::Mode::Help);
        QVERIFY(options->helpText.contains(QStringLiteral("HUAWEICLOUD_SDK_AK")));
        QVERIFY(options->helpText.contains(QStringLiteral("--export")));
        // The first line names the program, not "<executable_name>".
        QVERIFY2(options->helpText.startsWith(QStringLiteral("Usage: wsdash ")),
                 qPrintable(options->helpText.section(QLatin1Char('\n'), 0, 0)));
        options = parse({QStringLiteral("--version")}, QProcessEnvironment());
        QVERIFY(options);
        QCOMPARE(options->mode, CliOptions::Mode::Version);
    }

    void noArgumentsOpenTheWindow()
    {
        // Plain `wsdash` (the desktop launcher): the window decides where to connect.
        const auto options = parse({}, QProcessEnvironment());
        QVERIFY(options);
        QCOMPARE(options->mode, CliOptions::Mode::Window);
        QVERIFY(!options->endpoint.isValid());
        QVERIFY(!options->demo);
        QVERIFY(options->profile.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("withCredentials");
        QTest::addColumn<QString>("messagePart");
        const QString ep = QStringLiteral("--endpoint");
        const QString url = QStringLiteral("https://workspace.example.com");

        QTest::addRow("unknown option")
            << QStringList{QStringLiteral("--nope")} << true << QStringLiteral("nope");
        QTest::addRow("positional secret") << QStringList{ep, url, QStringLiteral("SK-very-secret")}
                                           << true << QStringLiteral("never from the command line");
        QTest::addRow("no endpoint for an export")
            << QStringList{QStringLiteral("--export"),
                           QDir::temp().filePath(QStringLiteral("x.json"))}
            << true << QStringLiteral("--endpoint URL or --region");
        QTest::addRow("no endpoint for a screenshot")
            << QStringList{QStringLiteral("--screenshot"),
                           QDir::temp().filePath(QStringLiteral("x.png"))}
            << true << QStringLiteral("--endpoint URL or --region");
        QTest::addRow("both endpoint and region")
            << QStringList{ep, url, QStringLiteral("--region"), QStringLiteral("cn-north-4")}
            << true << QStringLiteral("not both");
        QTest::addRow("bad region")
            << QStringList{QStringLiteral("--region"), QStringLiteral("xx-1")} << true
            << QStringLiteral("\"xx-1\"");
        QTest::addRow("http remote") << QStringList{ep, QStringLiteral("http://example.com")}
                                     << true << QStringLiteral("plain http://");
        QTest::addRow("no credentials")
            << QStringList{ep, url} << false << QStringLiteral("No credentials");
        QTest::addRow("bad desktop type")
            << QStringList{ep, url, QStringLiteral("--desktop-type"), QStringLiteral("SHARED")}
            << true << QStringLiteral("allowed: DEDICATED, POOLED");
        QTest::addRow("bad statistics type")
            << QStringList{ep, url, QStringLiteral("--statistics-type"), QStringLiteral("power")}
            << true << QStringLiteral("allowed: attach-state, login-state, run-state");
        QTest::addRow("empty pool id")
            << QStringList{ep, url, QStringLiteral("--pool-id"), QStringLiteral("a,,b")} << true
            << QStringLiteral("empty");
        QTest::addRow("bad timeout")
            << QStringList{ep, url, QStringLiteral("--timeout"), QStringLiteral("soon")} << true
            << QStringLiteral("--timeout");
        QTest::addRow("zero timeout")
            << QStringList{ep, url, QStringLiteral("--timeout"), QStringLiteral("0")} << true
            << QStringLiteral("--timeout");
        QTest::addRow("bad export ext")
            << QStringList{ep, url, QStringLiteral("--export"), QStringLiteral("/tmp/x.txt")}
            << true << QStringLiteral(".json, .csv or .pdf");
        QTest::addRow("scale without screenshot")
            << QStringList{ep, url, QStringLiteral("--scale"), QStringLiteral("2")} << true
            << QStringLiteral("--scale applies to --screenshot");
        QTest::addRow("bad scale") << QStringList{ep,
                                                  url,
                                                  QStringLiteral("--screenshot"),
                                                  QStringLiteral("/tmp/a.png"),
                                                  QStringLiteral("--scale"),
                                                  QStringLiteral("3")}
                                   << true << QStringLiteral("--scale must be 1 or 2");
        QTest::addRow("as-of without output") << QStringList{ep, url, QStringLiteral("--as-of"),
                                                             QStringLiteral("2026-11-26T09:00:00Z")}
                                              << true << QStringLiteral("--as-of applies");
        QTest::addRow("bad as-of") << QStringList{ep,
                                                  url,
                                                  QStringLiteral("--export"),
                                                  QStringLiteral("/tmp/a.pdf"),
                                                  QStringLiteral("--as-of"),
                                                  QStringLiteral("yesterday")}
                                   << true << QStringLiteral("\"yesterday\"");
        QTest::addRow("export folder missing")
            << QStringList{ep, url, QStringLiteral("--export"),
                           QStringLiteral("/nonexistent-dir/x.json")}
            << true << QStringLiteral("does not exist");
        QTest::addRow("bad size") << QStringList{ep, url, QStringLiteral("--size"),
                                                 QStringLiteral("big")}
                                  << true << QStringLiteral("--size");
        QTest::addRow("bad theme")
            << QStringList{ep, url, QStringLiteral("--theme"), QStringLiteral("blue")} << true
            << QStringLiteral("--theme");
        QTest::addRow("bad project")
            << QStringList{ep, url, QStringLiteral("--project-id"), QStringLiteral("../x")} << true
            << QStringLiteral("not valid");
        QTest::addRow("twice") << QStringList{ep, url, ep, url} << true
                               << QStringLiteral("more than once");
        QTest::addRow("demo with endpoint")
            << QStringList{QStringLiteral("--demo"), ep, url} << true << QStringLiteral("--demo");
        QTest::addRow("export and screenshot") << QStringList{ep,
                                                              url,
                                                              QStringLiteral("--export"),
                                                              QStringLiteral("/tmp/a.json"),
                                                              QStringLiteral("--screenshot"),
                                                              QStringLiteral("/tmp/a.png")}
                                               << true << QStringLiteral("cannot be combined");
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, withCredentials);
        QFETCH(QString, messagePart);
        const auto options =
            parse(args, withCredentials ? akSkEnvironment() : QProcessEnvironment());
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(messagePart),
                 qPrintable(options.error().message));
        QVERIFY(!options.error().message.contains(QStringLiteral("SK-very-secret")));
    }

    void akWithoutSk()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AK"));
        const auto options = parse({QStringLiteral("--region"), QStringLiteral("cn-north-4"),
                                    QStringLiteral("--project-id"), QStringLiteral("p")},
                                   env);
        QVERIFY(!options);
        QVERIFY(options.error().message.contains(QStringLiteral("HUAWEICLOUD_SDK_SK")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
