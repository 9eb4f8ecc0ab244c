// `wsdash --history FILE.csv --since WHEN`: what recorded history the built executable
// exports, and --since parsing. Runs are recorded by --export against a local HTTP server.
#include "cli/historyoptions.h"
#include "core/history/historycsv.h"
#include "core/history/historydatabase.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QString kProject = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");

QByteArray body(int errors)
{
    return QStringLiteral(
               "{\"total_num\": 120, \"run_state_statistics\": {\"stop_num\": 20, "
               "\"active_num\": 95, \"error_num\": %1, \"hibernated_num\": 1}, "
               "\"desktop_pool_statistics\": [{\"desktop_pool_id\": \"id-a\", "
               "\"desktop_pool_name\": \"Pool, \\\"A\\\"\", \"total_num\": 70, "
               "\"run_state_statistics\": {\"stop_num\": 10, \"active_num\": 57, \"error_num\": "
               "%2, \"hibernated_num\": 0}}]}")
        .arg(errors)
        .arg(errors - 1)
        .toUtf8();
}

QStringList args(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestHistoryCommand final : public QObject
{
    Q_OBJECT

private:
    using Run = ProcessRun;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    Run run(const QStringList& arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("HISTORYACCESSKEY0001"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("history-secret-key-01"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), kProject);
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), path(QStringLiteral("data")));
        return runBuilt(QStringLiteral("app/wsdash"), arguments, env);
    }

    QList<QByteArray> csvLines(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = f.readAll().split('\n');
        if (!lines.isEmpty() && lines.constLast().isEmpty())
            lines.removeLast();
        for (QByteArray& line : lines)
            line = line.chopped(line.endsWith('\r') ? 1 : 0);
        return lines;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void exportsWhatExportRunsRecorded()
    {
        const QStringList fetch{QStringLiteral("--endpoint"),        m_server->baseUrl(),
                                QStringLiteral("--desktop-type"),    QStringLiteral("POOLED"),
                                QStringLiteral("--statistics-type"), QStringLiteral("run-state"),
                                QStringLiteral("--export")};
        for (int errors : {4, 7}) {
            m_server->enqueue(ScriptedResponse::json(200, body(errors)));
            const Run r = run(fetch + QStringList{path(QStringLiteral("e%1.json").arg(errors))});
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(r.err, QByteArray());
        }
        const QString csv = path(QStringLiteral("history.csv"));
        const Run r = run(
            {QStringLiteral("--history"), csv, QStringLiteral("--since"), QStringLiteral("1h")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(m_server->requestCount(), 2); // --history makes no request

        const QList<QByteArray> lines = csvLines(csv);
        QCOMPARE(lines.size(), 5); // header, total x2, pool x2
        QCOMPARE(lines.at(0) + "\r\n", HistoryCsv::headerLine());
        const QByteArray series = "," + m_server->baseUrl().toUtf8() + "," + kProject.toUtf8() +
                                  ",desktop_type=POOLED&statistics_type=run-state,";
        // Columns: time, source, project, query, pool_id, pool_name, resolution, samples, then
        // value/min/max of total_num, attached ..., stop_num, active_num, error_num, ...
        QVERIFY2(lines.at(1).contains(QByteArray(
                     series + ",,raw,1,120,120,120,,,,,,,,,,,,,20,20,20,95,95,95,4,4,4,1,1,1,")),
                 lines.at(1).constData());
        QVERIFY2(lines.at(2).contains(QByteArray(
                     series + ",,raw,1,120,120,120,,,,,,,,,,,,,20,20,20,95,95,95,7,7,7,")),
                 lines.at(2).constData());
        QVERIFY2(
            lines.at(3).contains(QByteArray(series + "id-a,\"Pool, \"\"A\"\"\",raw,1,70,70,70,")),
            lines.at(3).constData());
        QVERIFY(lines.at(3).contains(",3,3,3,"));
        QVERIFY(lines.at(4).contains(",6,6,6,"));
        // Times are ISO 8601 UTC with milliseconds, and recent.
        const QDateTime first =
            QDateTime::fromString(QString::fromUtf8(lines.at(1).left(24)), Qt::ISODateWithMs);
        QVERIFY(first.isValid());
        QVERIFY(qAbs(first.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    }

    void choosesTheRangeAndTheResolution()
    {
        // Recorded directly: two days of 10-minute fetches ending now.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            HistoryOptions options;
            options.path = path(QStringLiteral("data/history.db"));
            auto db = HistoryDatabase::open(options);
            QVERIFY(db);
            QList<Snapshot> snapshots;
            for (int i = 0; i < 6 * 24 * 3; ++i) {
                Snapshot s;
                s.takenAt = now.addSecs(-600LL * i);
                s.key = {QStringLiteral("prod"), kProject, QString()};
                s.statistics.totals.setValue(Metric::TotalNum, 10);
                snapshots.append(s);
                s.key.source = QStringLiteral("test");
                snapshots.append(s);
            }
            QVERIFY((*db)->record(snapshots));
            QVERIFY((*db)->compact(now));
        }
        const QString csv = path(QStringLiteral("range.csv"));
        Run r = run({QStringLiteral("--history"), csv, QStringLiteral("--since"),
                     QStringLiteral("30m"), QStringLiteral("--profile"), QStringLiteral("prod")});
        QCOMPARE(r.exitCode, 0);
        QList<QByteArray> lines = csvLines(csv);
        QCOMPARE(lines.size(), 1 + 3); // now, -10 min, -20 min (-30 min is on the edge)
        for (int i = 1; i < lines.size(); ++i)
            QVERIFY(lines.at(i).contains(",prod,") && lines.at(i).contains(",raw,1,10,"));

        // 3 days back: beyond the 48 h of raw points the 5-minute buckets take over.
        r = run({QStringLiteral("--history"), csv, QStringLiteral("--since"), QStringLiteral("3d"),
                 QStringLiteral("--profile"), QStringLiteral("prod")});
        QCOMPARE(r.exitCode, 0);
        lines = csvLines(csv);
        int raw = 0;
        int buckets = 0;
        int hours = 0;
        for (const QByteArray& line : lines.mid(1)) {
            raw += line.contains(",raw,1,");
            buckets += line.contains(",5min,");
            hours += line.contains(",1h,");
        }
        QVERIFY2(raw >= 6 * 48 - 1 && raw <= 6 * 48 + 1, qPrintable(QString::number(raw)));
        QVERIFY2(buckets >= 6 * 23 && buckets <= 6 * 24 + 1, qPrintable(QString::number(buckets)));
        QVERIFY(hours <= 1); // the hour that --since starts in, before the oldest 5-minute bucket
        QCOMPARE(raw + buckets + hours, int(lines.size()) - 1);
    }

    void writesTheHeaderWhenNothingIsRecorded()
    {
        const QString csv = path(QStringLiteral("empty.csv"));
        const Run r = run({QStringLiteral("--history"), csv});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith("wsdash: history: nothing recorded yet"), r.err.constData());
        QCOMPARE(csvLines(csv).size(), 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("data/history.db")))); // not created by reading
    }

    // Finding 7, as an operator meets it: a history owned by someone else (root, mode 0644) in a
    // folder this user cannot write, read as an unprivileged user. As root, the child wsdash
    // drops to nobody (65534) through setpriv; as any other user it runs as is.
    void readsAHistoryItCannotWrite()
    {
        const bool root = ::geteuid() == 0;
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (root && setpriv.isEmpty())
            QSKIP("running as root and setpriv (util-linux) is missing: no way to read the "
                  "history as a user who cannot write it");
        const QStringList fetch{QStringLiteral("--endpoint"), m_server->baseUrl(),
                                QStringLiteral("--export")};
        for (int errors : {4, 7}) {
            m_server->enqueue(ScriptedResponse::json(200, body(errors)));
            QCOMPARE(
                run(fetch + QStringList{path(QStringLiteral("e%1.json").arg(errors))}).exitCode, 0);
        }
        const QString data = path(QStringLiteral("data"));
        const QString db = data + QStringLiteral("/history.db");
        QVERIFY(QFile::exists(db));
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto traversable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(db, readable | QFile::WriteOwner));               // 0644
        QVERIFY(QFile::setPermissions(data, traversable | QFile::WriteOwner));          // 0755
        QVERIFY(QFile::setPermissions(m_dir->path(), traversable | QFile::WriteOwner)); // 0755
        if (!root) { // the file and its folder are this user's: take the writing away
            QVERIFY(QFile::setPermissions(db, readable));
            QVERIFY(QFile::setPermissions(data, traversable));
        }
        const auto giveBack =
            qScopeGuard([&] { QFile::setPermissions(data, traversable | QFile::WriteOwner); });
        const auto hash = [&db] {
            QFile file(db);
            return file.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray before = hash();
        const QStringList filesBefore = QDir(data).entryList(QDir::Files | QDir::Hidden);

        // Where the reader may write: its CSV, its settings and runtime folders.
        const QString own = path(QStringLiteral("reader"));
        QVERIFY(QDir().mkpath(own + QStringLiteral("/runtime")));
        if (root) {
            for (const QString& folder : QStringList{own, own + QStringLiteral("/runtime")})
                QCOMPARE(::chown(QFile::encodeName(folder).constData(), 65534, 65534), 0);
        }
        QVERIFY(QFile::setPermissions(own + QStringLiteral("/runtime"),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), data);
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), own + QStringLiteral("/config"));
        env.insert(QStringLiteral("HOME"), own);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), own + QStringLiteral("/runtime"));
        const QString wsdash = builtExecutable(QStringLiteral("app/wsdash"));
        const auto asReader = [&](const QStringList& arguments) {
            if (!root)
                return runProcess(wsdash, arguments, env);
            return runProcess(
                setpriv,
                QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                            QStringLiteral("--clear-groups"), QStringLiteral("--"), wsdash} +
                    arguments,
                env);
        };
        const QString csv = own + QStringLiteral("/history.csv");
        const Run r = asReader(
            {QStringLiteral("--history"), csv, QStringLiteral("--since"), QStringLiteral("1h")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.err, QByteArray());
        const QList<QByteArray> lines = csvLines(csv);
        QCOMPARE(lines.size(), 5); // header, total x2, pool x2
        QVERIFY2(lines.at(1).contains(",raw,1,120,120,120,"), lines.at(1).constData());
        QVERIFY(lines.at(3).contains(",3,3,3,"));
        QVERIFY(lines.at(4).contains(",6,6,6,"));
        if (root) // the CSV was written by nobody, so the read really ran unprivileged
            QCOMPARE(QFileInfo(csv).ownerId(), 65534u);

        // A command that records (as the window does) finds out by itself that it cannot write:
        // its own work succeeds and stderr says the sample was not recorded, and why.
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("HISTORYACCESSKEY0001"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("history-secret-key-01"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), kProject);
        m_server->enqueue(ScriptedResponse::json(200, body(9)));
        const QString json = own + QStringLiteral("/e9.json");
        const Run recorded = asReader(fetch + QStringList{json});
        QCOMPARE(recorded.exitCode, 0);
        QVERIFY(QFile::exists(json));
        QVERIFY2(recorded.err.contains("the sample was not recorded") &&
                     recorded.err.contains("cannot be written (read-only)"),
                 recorded.err.constData());

        QCOMPARE(hash(), before);
        QCOMPARE(QDir(data).entryList(QDir::Files | QDir::Hidden), filesBefore);
    }

    void refusesWhatItCannotDo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        QTest::addRow("not csv") << args("--history out.json") << QByteArray("must end in .csv");
        QTest::addRow("bad since") << args("--history out.csv --since yesterday")
                                   << QByteArray("--since yesterday: use a duration");
        QTest::addRow("since alone")
            << args("--since 24h") << QByteArray("--since only goes with --history");
        QTest::addRow("with check") << args("--history out.csv --check error_num --warning 1")
                                    << QByteArray("cannot be combined");
    }

    void refusesWhatItCannotDo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        QDir::setCurrent(m_dir->path());
        const Run r = run(arguments);
        QVERIFY(r.exitCode == 1 || r.exitCode == 3);
        const QByteArray all = r.err + r.out;
        QVERIFY2(all.contains(says), all.constData());
    }

    void parsesSince_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("secondsBeforeNow"); // -1: an absolute time
        QTest::addColumn<QString>("absolute");
        QTest::addRow("30m") << "30m" << qint64(1800) << QString();
        QTest::addRow("24h") << "24h" << qint64(86400) << QString();
        QTest::addRow("7d") << "7d" << qint64(7 * 86400) << QString();
        QTest::addRow("2w") << "2w" << qint64(14 * 86400) << QString();
        QTest::addRow("date (local, TZ=UTC in tests)")
            << "2024-05-01" << qint64(-1) << "2024-05-01T00:00:00Z";
        QTest::addRow("zulu") << "2024-05-01T08:30:00Z" << qint64(-1) << "2024-05-01T08:30:00Z";
        QTest::addRow("offset") << "2024-05-01T08:30:00+02:00" << qint64(-1)
                                << "2024-05-01T06:30:00Z";
    }

    void parsesSince()
    {
        QFETCH(QString, text);
        QFETCH(qint64, secondsBeforeNow);
        QFETCH(QString, absolute);
        const auto since = SinceOption::parse(text);
        QVERIFY2(since, since ? "" : qPrintable(since.error()));
        const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc());
        if (secondsBeforeNow >= 0)
            QCOMPARE(since->resolve(now), now.addSecs(-secondsBeforeNow));
        else
            QCOMPARE(since->resolve(now), QDateTime::fromString(absolute, Qt::ISODate));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCommand)
#include "tst_historycommand.moc"
