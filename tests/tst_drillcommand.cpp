// wsdash --drill COUNT: option parsing (API, English and Chinese names; what it cannot be
// combined with) and the built executable against its --demo simulator: the CSV and JSON it
// writes, the reconciliation line, and the exit codes of --export (0, 1, 2).

#include "cli/commandline.h"
#include "support/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

Expected<CliOptions, UsageError> parse(const QStringList& args)
{
    return parseCommandLine(QStringList{QStringLiteral("wsdash")} + args, QProcessEnvironment());
}

QProcessEnvironment cleanEnvironment(const QTemporaryDir& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    return env;
}

// "The statistics said N; M desktops are listed." -> {N, M}
QPair<int, int> reconciliation(const QByteArray& err)
{
    static const QRegularExpression pattern(
        QStringLiteral("The statistics said (\\d+); (\\d+) desktops are listed"));
    const auto match = pattern.match(QString::fromUtf8(err));
    return match.hasMatch() ? qMakePair(match.captured(1).toInt(), match.captured(2).toInt())
                            : qMakePair(-1, -2);
}

} // namespace

class TestDrillCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCountNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("metric");
        QTest::addRow("api") << QStringLiteral("error_num") << int(Metric::ErrorNum);
        QTest::addRow("english") << QStringLiteral("In use") << int(Metric::InUseNum);
        QTest::addRow("chinese") << QStringLiteral("未分配") << int(Metric::UnattachedNum);
    }
    void parsesCountNames()
    {
        QFETCH(QString, name);
        QFETCH(int, metric);
        const auto options = parse({QStringLiteral("--demo"), QStringLiteral("--drill"), name});
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QCOMPARE(options->mode, CliOptions::Mode::Drill);
        QCOMPARE(int(*options->drillCount), metric);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown") << QStringList{QStringLiteral("--drill"), QStringLiteral("broken")}
                                 << QStringLiteral("not a count");
        QTest::addRow("not offered")
            << QStringList{QStringLiteral("--drill"), QStringLiteral("unable_to_connect_num")}
            << QStringLiteral("does not guess");
        QTest::addRow("pdf") << QStringList{QStringLiteral("--drill"), QStringLiteral("error_num"),
                                            QStringLiteral("--export"), QStringLiteral("a.pdf")}
                             << QStringLiteral(".pdf");
        QTest::addRow("screenshot")
            << QStringList{QStringLiteral("--drill"), QStringLiteral("error_num"),
                           QStringLiteral("--screenshot"), QStringLiteral("a.png")}
            << QStringLiteral("--screenshot");
        QTest::addRow("dedicated plus pools")
            << QStringList{QStringLiteral("--drill"),        QStringLiteral("error_num"),
                           QStringLiteral("--desktop-type"), QStringLiteral("DEDICATED,POOLED"),
                           QStringLiteral("--pool-id"),      QStringLiteral("p1")}
            << QStringLiteral("one desktop type");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto options = parse(QStringList{QStringLiteral("--demo")} + args);
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
    }

    void writesCsvThatReconciles()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("faulty.csv"));
        QByteArray err;
        const int status = runWsdash({QStringLiteral("--demo"), QStringLiteral("--drill"),
                                      QStringLiteral("故障"), QStringLiteral("--export"), csv},
                                     cleanEnvironment(dir), &err);
        QCOMPARE(status, 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.constLast().isEmpty());
        lines.removeLast();
        QVERIFY(lines.constFirst().startsWith(
            "desktop_id,computer_name,desktop_type,status,login_status,attach_state,user_name"));
        const auto [said, listed] = reconciliation(err);
        QCOMPARE(said, listed);
        QCOMPARE(lines.size() - 1, listed);
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(",ERROR,"));
        QVERIFY(err.contains("status = ERROR on the server"));
    }

    void writesJsonWithApiFieldNames()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("ready.json"));
        QByteArray err;
        const int status = runWsdash({QStringLiteral("--demo"), QStringLiteral("--drill"),
                                      QStringLiteral("ready_num"), QStringLiteral("--desktop-type"),
                                      QStringLiteral("POOLED"), QStringLiteral("--export"), json},
                                     cleanEnvironment(dir), &err);
        QCOMPARE(status, 0);
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("count")).toString(), QStringLiteral("ready_num"));
        const QJsonArray desktops = root.value(QStringLiteral("desktops")).toArray();
        QCOMPARE(desktops.size(), root.value(QStringLiteral("statistics_count")).toInt());
        QVERIFY(!desktops.isEmpty());
        const QJsonObject first = desktops.first().toObject();
        QCOMPARE(first.value(QStringLiteral("login_status")).toString(),
                 QStringLiteral("REGISTERED"));
        QCOMPARE(first.value(QStringLiteral("desktop_type")).toString(), QStringLiteral("POOLED"));
        QVERIFY(first.contains(QStringLiteral("desktop_id")));
    }

    void exitCodes()
    {
        QTemporaryDir dir;
        QProcessEnvironment env = cleanEnvironment(dir);
        QByteArray err;
        QCOMPARE(runWsdash({QStringLiteral("--demo"), QStringLiteral("--drill"),
                            QStringLiteral("nonsense")},
                           env, &err),
                 1);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("AKAKAKAKAKAKAKAKAKAK"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"),
                   QStringLiteral("skskskskskskskskskskskskskskskskskskskss"));
        // A closed loopback port: the request fails.
        QCOMPARE(runWsdash({QStringLiteral("--endpoint"), QStringLiteral("http://127.0.0.1:9"),
                            QStringLiteral("--project-id"), QStringLiteral("p1"),
                            QStringLiteral("--timeout"), QStringLiteral("2"),
                            QStringLiteral("--drill"), QStringLiteral("error_num")},
                           env, &err),
                 2);
        QVERIFY(err.contains("request failed"));
    }
};

QTEST_GUILESS_MAIN(TestDrillCommand)
#include "tst_drillcommand.moc"
