// The history on a real PostgreSQL server that this test starts itself (PostgresServer: a
// throw-away cluster on a loopback port, removed afterwards): migrations, round trips equal to
// SQLite's, retention and downsampling, many writers (in one process, in 8 processes, 8 real
// `wsdash --check`), `wsdash --history` reading it, the store the trend view uses reading what
// another process wrote, connection failures with the server's reason, and rows per day.
#include "core/history/historycsv.h"
#include "core/history/historydatabase.h"
#include "core/history/historyschema.h"
#include "core/history/snapshotstore.h"
#include "support/fixedclock.h"
#include "support/postgresserver.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <memory>
#include <vector>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(0, 0), QTimeZone::utc());
const SeriesKey kKey{QStringLiteral("prod"), QStringLiteral("p1"),
                     QStringLiteral("desktop_type=POOLED&statistics_type=run-state")};

StateCounts counts(std::int64_t total, std::int64_t errors)
{
    StateCounts c;
    c.setValue(Metric::TotalNum, total);
    c.setHasFamily(Family::Run, true);
    c.setValue(Metric::ActiveNum, total - errors);
    c.setValue(Metric::ErrorNum, errors);
    c.setValue(Metric::StopNum, 0);
    c.setValue(Metric::HibernatedNum, 0);
    return c;
}

Snapshot snapshot(const QDateTime& at, std::int64_t errors, int pools = 2,
                  const SeriesKey& key = kKey)
{
    Snapshot s;
    s.takenAt = at;
    s.key = key;
    s.statistics.totals = counts(100 + errors % 7, errors);
    QList<PoolStatistics> list;
    for (int i = 0; i < pools; ++i) {
        list.append({QStringLiteral("pool-%1").arg(i), QStringLiteral("Pool %1").arg(i),
                     counts(10 + i, (errors + i) % 5)});
    }
    s.statistics.pools = list;
    return s;
}

// Every row of an export as CSV lines: what `--history` writes.
QStringList exported(HistoryDatabase& database)
{
    QStringList lines;
    const auto rows = database.exportRows(HistoryExportFilter{}, [&lines](const HistoryRow& row) {
        lines << QString::fromUtf8(HistoryCsv::row(row));
    });
    if (!rows)
        lines << QStringLiteral("ERROR: ") + rows.error().message;
    return lines;
}

const QByteArray kBody = R"({"total_num": 120,
  "run_state_statistics": {"stop_num": 20, "active_num": 95, "error_num": 4, "hibernated_num": 1},
  "desktop_pool_statistics": [
    {"desktop_pool_id": "id-a", "desktop_pool_name": "Pool A", "total_num": 70,
     "run_state_statistics": {"stop_num": 10, "active_num": 57, "error_num": 3, "hibernated_num": 0}},
    {"desktop_pool_id": "id-b", "desktop_pool_name": "Pool B", "total_num": 50,
     "run_state_statistics": {"stop_num": 10, "active_num": 38, "error_num": 1, "hibernated_num": 1}}]})";

} // namespace

class TestHistoryPostgres final : public QObject
{
    Q_OBJECT

    std::unique_ptr<PostgresServer> m_server;
    int m_databases = 0;

    // A fresh, empty database on the server: its URL.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("h%1").arg(++m_databases);
        if (!m_server->createDatabase(name))
            qWarning("%s", qPrintable(m_server->error()));
        return m_server->url(name);
    }

    static HistoryOptions optionsFor(const QString& url)
    {
        const auto location = HistoryLocation::parse(url);
        return location ? HistoryOptions::at(*location) : HistoryOptions{};
    }

    // One number from the database behind `url` (a side connection, as an admin would look).
    qint64 scalar(const QString& url, const QString& sql)
    {
        qint64 value = -1;
        const QString name = QStringLiteral("scalar");
        {
            const auto location = HistoryLocation::parse(url);
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(location->host());
            db.setPort(location->port());
            db.setDatabaseName(location->database());
            db.setUserName(location->user());
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(sql) && query.next())
                    value = query.value(0).toLongLong();
                else
                    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
            }
        }
        QSqlDatabase::removeDatabase(name);
        return value;
    }

    QProcessEnvironment wsdashEnvironment(const QTemporaryDir& dir) const
    {
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("CHECKACCESSKEY000001"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("check-secret-key-0000"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"),
                   QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), dir.filePath(QStringLiteral("config")));
        return env;
    }

    // Starts all `processes` at once and waits for every one while this event loop turns (a
    // server of this process may answer them); their runs in order.
    static QList<ProcessRun> runAll(std::vector<std::unique_ptr<QProcess>>& processes,
                                    int timeoutMs = 120000)
    {
        QList<ProcessRun> runs;
        QElapsedTimer clock;
        clock.start();
        for (auto& process : processes) {
            while (process->state() != QProcess::NotRunning && clock.elapsed() < timeoutMs)
                QTest::qWait(10);
            ProcessRun run;
            if (process->state() == QProcess::NotRunning &&
                process->exitStatus() == QProcess::NormalExit) {
                run.exitCode = process->exitCode();
            } else {
                process->kill();
                process->waitForFinished(1000);
            }
            run.out = process->readAllStandardOutput();
            run.err = process->readAllStandardError();
            runs.append(run);
        }
        return runs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!PostgresServer::unavailableReason().isEmpty())
            QSKIP(qPrintable(PostgresServer::unavailableReason()));
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "the Qt PostgreSQL driver is missing: install libqt6sql6-psql "
                 "(scripts/install-deps.sh)");
        m_server = std::make_unique<PostgresServer>();
        QVERIFY2(m_server->start(), qPrintable(m_server->error()));
    }

    void cleanupTestCase()
    {
        if (m_server) {
            const QString folder = m_server->socketDirectory();
            m_server->stop();
            QVERIFY(!QDir(folder).exists()); // nothing left behind
        }
    }

    void migratesAnEmptyDatabaseOnce()
    {
        const QString url = freshDatabase();
        {
            auto db = HistoryDatabase::open(optionsFor(url));
            VERIFY_OK(db);
            QCOMPARE((*db)->schemaVersion(), HistorySchema::kCurrentVersion);
        }
        const qint64 appliedAt =
            scalar(url, QStringLiteral("SELECT MAX(applied_at) FROM schema_version"));
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM schema_version")), 2);
        // The tables of both versions, with PostgreSQL's types and the v2 key.
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                            "WHERE table_schema = current_schema() AND "
                                            "table_name IN ('series', 'scopes', 'samples', "
                                            "'fetches', 'compaction', 'alert_events', "
                                            "'schema_version')")),
                 7);
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM information_schema.columns "
                                            "WHERE table_name = 'samples' AND column_name = 't' "
                                            "AND data_type = 'bigint'")),
                 1);
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM information_schema.columns "
                                            "WHERE table_name = 'samples' AND column_name = "
                                            "'error_num' AND data_type = 'double precision'")),
                 1);
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM pg_index i JOIN pg_attribute a "
                                            "ON a.attrelid = i.indrelid AND a.attnum = "
                                            "ANY(i.indkey) WHERE i.indrelid = 'samples'::regclass "
                                            "AND i.indisprimary")),
                 4); // scope_id, resolution, t, fetch_id

        // Opening again (and twice at once) changes nothing.
        {
            auto first = HistoryDatabase::open(optionsFor(url));
            auto second = HistoryDatabase::open(optionsFor(url));
            VERIFY_OK(first);
            VERIFY_OK(second);
            QCOMPARE((*second)->schemaVersion(), HistorySchema::kCurrentVersion);
        }
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM schema_version")), 2);
        QCOMPARE(scalar(url, QStringLiteral("SELECT MAX(applied_at) FROM schema_version")),
                 appliedAt);

        // A database of a newer wsdash is left alone.
        QVERIFY(scalar(url, QStringLiteral("INSERT INTO schema_version VALUES (99, 0, 'future') "
                                           "RETURNING version")) == 99);
        auto newer = HistoryDatabase::open(optionsFor(url));
        QVERIFY(!newer);
        QCOMPARE(newer.error().kind, HistoryError::Kind::NewerSchema);
        QVERIFY2(newer.error().message.contains(url), qPrintable(newer.error().message));
    }

    // The same snapshots into SQLite and PostgreSQL read back the same, through every reader.
    void roundTripEqualsSqlite()
    {
        QTemporaryDir dir;
        HistoryOptions sqliteOptions;
        sqliteOptions.path = dir.filePath(QStringLiteral("history.db"));
        auto lite = HistoryDatabase::open(sqliteOptions);
        auto pg = HistoryDatabase::open(optionsFor(freshDatabase()));
        VERIFY_OK(lite);
        VERIFY_OK(pg);

        QList<Snapshot> snapshots;
        for (int i = 0; i < 30; ++i)
            snapshots << snapshot(kStart.addSecs(60 * i), i, 3);
        // Two fetches in the same millisecond, a count not reported, a renamed pool, a pool
        // name with quotes and non-ASCII text, a second series.
        snapshots << snapshot(kStart.addSecs(60 * 29), 99, 3);
        Snapshot odd = snapshot(kStart.addSecs(60 * 30), 1, 3);
        odd.statistics.totals.setValue(Metric::ErrorNum, std::nullopt);
        (*odd.statistics.pools)[1].name = QStringLiteral("Pool 'B' \u6C60 \\ \"x\"");
        snapshots << odd;
        snapshots << snapshot(kStart.addSecs(60 * 31), 5, 1,
                              {QStringLiteral("dev"), QStringLiteral("p2"), QString()});
        for (const Snapshot& s : snapshots) {
            VERIFY_OK((*lite)->record({s}));
            VERIFY_OK((*pg)->record({s}));
        }
        const QList<AlertEvent> events{
            {kStart.addSecs(120), QStringLiteral("error_num > 3"), QString(), QString(),
             AlertLevel::Ok, AlertLevel::Critical, 4.0, 3.0},
            {kStart.addSecs(180), QStringLiteral("each-pool error_num > 1"),
             QStringLiteral("pool-1"), QStringLiteral("Pool 1"), AlertLevel::Critical,
             AlertLevel::Ok, std::nullopt, std::nullopt}};
        VERIFY_OK((*lite)->appendAlertEvents(kKey, events));
        VERIFY_OK((*pg)->appendAlertEvents(kKey, events));

        const QStringList expected = exported(**lite);
        QCOMPARE(expected.size(), 31 * 4 + 4 + 2); // 31 fetches of the total + 3 pools, ...
        QCOMPARE(exported(**pg), expected);

        const auto liteSeries = (*lite)->listSeries();
        const auto pgSeries = (*pg)->listSeries();
        VERIFY_OK(liteSeries);
        VERIFY_OK(pgSeries);
        QCOMPARE(pgSeries->size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(pgSeries->at(i).key, liteSeries->at(i).key);
            QCOMPARE(pgSeries->at(i).firstSeen, liteSeries->at(i).firstSeen);
            QCOMPARE(pgSeries->at(i).lastSeen, liteSeries->at(i).lastSeen);
            QCOMPARE(pgSeries->at(i).poolCount, liteSeries->at(i).poolCount);
        }
        const auto litePools = (*lite)->listPools(kKey);
        const auto pgPools = (*pg)->listPools(kKey);
        VERIFY_OK(pgPools);
        QCOMPARE(pgPools->size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(pgPools->at(i).id, litePools->at(i).id);
            QCOMPARE(pgPools->at(i).name, litePools->at(i).name);
        }
        const auto renamed =
            std::find_if(pgPools->cbegin(), pgPools->cend(),
                         [](const PoolInfo& p) { return p.id == QLatin1String("pool-1"); });
        QVERIFY(renamed != pgPools->cend());
        QCOMPARE(renamed->name, QStringLiteral("Pool 'B' \u6C60 \\ \"x\""));

        const SeriesRequest request{
            kKey, QStringLiteral("pool-2"), kStart, kStart.addSecs(3600), std::nullopt, 2500};
        const auto liteTrend = (*lite)->series(request, kStart.addSecs(3600));
        const auto pgTrend = (*pg)->series(request, kStart.addSecs(3600));
        VERIFY_OK(pgTrend);
        QCOMPARE(pgTrend->points.size(), 32);
        QCOMPARE(pgTrend->points.size(), liteTrend->points.size());
        for (int i = 0; i < pgTrend->points.size(); ++i) {
            QCOMPARE(pgTrend->points.at(i).time, liteTrend->points.at(i).time);
            QCOMPARE(pgTrend->points.at(i).value(Metric::ErrorNum)->average,
                     liteTrend->points.at(i).value(Metric::ErrorNum)->average);
        }
        const auto pgAgo =
            (*pg)->valuesNear(kKey, QString(), kStart.addSecs(600), std::chrono::minutes(2));
        VERIFY_OK(pgAgo);
        QVERIFY(pgAgo->has_value());
        QCOMPARE((*pgAgo)->point.time, kStart.addSecs(600));
        QCOMPARE((*pgAgo)->point.value(Metric::ErrorNum)->average, 10.0);

        const auto liteLog = (*lite)->alertLog(kStart, kStart.addDays(1));
        const auto pgLog = (*pg)->alertLog(kStart, kStart.addDays(1));
        VERIFY_OK(pgLog);
        QCOMPARE(pgLog->size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(pgLog->at(i).event.at, liteLog->at(i).event.at);
            QCOMPARE(pgLog->at(i).event.rule, liteLog->at(i).event.rule);
            QCOMPARE(pgLog->at(i).event.to, liteLog->at(i).event.to);
            QCOMPARE(pgLog->at(i).event.value, liteLog->at(i).event.value);
        }
    }

    // Downsampling and retention over four days give the same points as on SQLite, and the
    // numbers a reader expects (5-minute average, min, max; raw points past 48 h gone).
    void compactionEqualsSqlite()
    {
        QTemporaryDir dir;
        HistoryOptions sqliteOptions;
        sqliteOptions.path = dir.filePath(QStringLiteral("history.db"));
        auto lite = HistoryDatabase::open(sqliteOptions);
        auto pg = HistoryDatabase::open(optionsFor(freshDatabase()));
        VERIFY_OK(lite);
        VERIFY_OK(pg);
        // Four days of one fetch every 10 minutes, compacted every hour; and a late point.
        for (int i = 0; i < 4 * 24 * 6; ++i) {
            const Snapshot s = snapshot(kStart.addSecs(600 * i), i % 9, 2);
            VERIFY_OK((*lite)->record({s}));
            VERIFY_OK((*pg)->record({s}));
            if (i % 6 == 5) {
                const QDateTime now = s.takenAt.addSecs(60);
                const auto a = (*lite)->compact(now);
                const auto b = (*pg)->compact(now);
                VERIFY_OK(a);
                VERIFY_OK(b);
                QVERIFY(b->aggregated == a->aggregated);
                QVERIFY(b->deleted == a->deleted);
            }
        }
        const QDateTime end = kStart.addDays(4);
        const Snapshot late = snapshot(end.addSecs(-3 * 3600 + 30), 50, 2);
        VERIFY_OK((*lite)->record({late}));
        VERIFY_OK((*pg)->record({late}));
        VERIFY_OK((*lite)->compact(end));
        VERIFY_OK((*pg)->compact(end));

        const QStringList expected = exported(**lite);
        QVERIFY(expected.size() > 100);
        QCOMPARE(exported(**pg), expected);

        // Raw points before now - 48 h are gone; 5-minute and hourly ones remain.
        const SeriesRequest raw{kKey, QString(), kStart, end, Resolution::Raw, 100000};
        const auto rawPoints = (*pg)->series(raw, end);
        VERIFY_OK(rawPoints);
        QVERIFY(!rawPoints->points.isEmpty());
        QVERIFY(rawPoints->points.constFirst().time >= end.addSecs(-48 * 3600));
        const SeriesRequest hourly{kKey, QString(), kStart, end, Resolution::Hourly, 100000};
        const auto hours = (*pg)->series(hourly, end);
        VERIFY_OK(hours);
        QCOMPARE(hours->points.constFirst().time, kStart);
        QCOMPARE(hours->points.constFirst().samples, 6);
        // The hour with the late point: 7 fetches, its error_num among them.
        const QDateTime lateHour = end.addSecs(-3 * 3600);
        bool found = false;
        for (const TrendPoint& point : hours->points) {
            if (point.time != lateHour)
                continue;
            found = true;
            QCOMPARE(point.samples, 7);
            QCOMPARE(point.value(Metric::ErrorNum)->maximum, 50.0);
        }
        QVERIFY(found);
    }

    // Two writers in the same millisecond (two connections, as two processes) keep both points.
    void sameMillisecondKeepsBoth()
    {
        const QString url = freshDatabase();
        auto a = HistoryDatabase::open(optionsFor(url));
        auto b = HistoryDatabase::open(optionsFor(url));
        VERIFY_OK(a);
        VERIFY_OK(b);
        VERIFY_OK((*a)->record({snapshot(kStart, 1)}));
        VERIFY_OK((*b)->record({snapshot(kStart, 2)}));
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM samples WHERE resolution = 0")),
                 6);
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(DISTINCT fetch_id) FROM samples")), 2);
    }

    // The server drops the connection (an admin, a restart): the next write connects again
    // and nothing is lost.
    void reconnectsAfterTheServerDroppedTheConnection()
    {
        const QString url = freshDatabase();
        auto db = HistoryDatabase::open(optionsFor(url));
        VERIFY_OK(db);
        VERIFY_OK((*db)->record({snapshot(kStart, 1)}));
        const QString name = HistoryLocation::parse(url)->database();
        QVERIFY(scalar(url, QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM "
                                           "pg_stat_activity WHERE datname = '%1' AND pid <> "
                                           "pg_backend_pid()")
                                .arg(name)) >= 1);
        const auto written = (*db)->record({snapshot(kStart.addSecs(60), 2)});
        VERIFY_OK(written);
        QCOMPARE(*written, 3);
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM samples")), 6);
    }

    // 8 processes write into one database at once, each also compacting: nothing is lost,
    // including points of the same series at the same milliseconds.
    void eightWriterProcessesLoseNothing()
    {
        const QString url = freshDatabase();
        {
            auto db = HistoryDatabase::open(optionsFor(url)); // migrated before the race
            VERIFY_OK(db);
        }
        constexpr int kWriters = 8;
        constexpr int kSnapshots = 40;
        constexpr int kPools = 3;
        const QString writer = builtExecutable(QStringLiteral("tests/historywriter"));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kWriters; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(writer, {url, QStringLiteral("shared"), QString::number(kSnapshots),
                                    QString::number(kPools)});
            processes.push_back(std::move(process));
        }
        for (const ProcessRun& run : runAll(processes))
            QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM samples WHERE resolution = 0")),
                 kWriters * kSnapshots * (kPools + 1));
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM fetches")),
                 kWriters * kSnapshots);
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM scopes")), kPools + 1);
        // Every fetch time was written by all eight.
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM (SELECT t FROM fetches GROUP "
                                            "BY t HAVING COUNT(*) = 8) x")),
                 kSnapshots);
    }

    // The built wsdash: 8 `--check` at once record into PostgreSQL, `--history` reads it back.
    void eightChecksThenHistoryCsv()
    {
        const QString url = freshDatabase();
        TestHttpServer http;
        QVERIFY(http.listen());
        http.setDefaultResponse(ScriptedResponse::json(200, kBody));
        QTemporaryDir dir;
        const QProcessEnvironment env = wsdashEnvironment(dir);
        const QString wsdash = builtExecutable(QStringLiteral("app/wsdash"));
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < 8; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            process->start(wsdash, {QStringLiteral("--endpoint"), http.baseUrl(),
                                    QStringLiteral("--history-url"), url, QStringLiteral("--check"),
                                    QStringLiteral("error_num"), QStringLiteral("--warning"),
                                    QStringLiteral("5"), QStringLiteral("--critical"),
                                    QStringLiteral("10")});
            processes.push_back(std::move(process));
        }
        for (const ProcessRun& run : runAll(processes)) {
            QVERIFY2(run.exitCode == 0, run.out.constData());
            QVERIFY2(!run.out.contains("not recorded"), run.out.constData());
            QVERIFY2(!run.err.contains("history"), run.err.constData());
        }
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM samples WHERE resolution = 0")),
                 8 * 3);
        // Nothing went to the local file.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data/history.db"))));

        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QByteArray err;
        QCOMPARE(runWsdash({QStringLiteral("--history"), csv, QStringLiteral("--history-url"), url,
                            QStringLiteral("--since"), QStringLiteral("2w")},
                           env, &err),
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1 + 8 * 3); // header, 8 fetches × (total + 2 pools)
        QCOMPARE(lines.first() + '\n', HistoryCsv::headerLine());
        int totals = 0;
        int poolA = 0;
        for (const QByteArray& line : lines.mid(1)) {
            totals += line.contains(",,,raw,1,120,") ? 1 : 0; // the total: no pool ID or name
            poolA += line.contains(",id-a,Pool A,raw,1,70,") ? 1 : 0;
        }
        QCOMPARE(totals, 8);
        QCOMPARE(poolA, 8);
        // The same through the Unix socket.
        const QString viaSocket = dir.filePath(QStringLiteral("socket.csv"));
        QCOMPARE(runWsdash({QStringLiteral("--history"), viaSocket, QStringLiteral("--history-url"),
                            m_server->socketUrl(QStringLiteral("h%1").arg(m_databases)),
                            QStringLiteral("--since"), QStringLiteral("2w")},
                           env, &err),
                 0);
        QFile socketFile(viaSocket);
        QVERIFY(socketFile.open(QIODevice::ReadOnly));
        QCOMPARE(socketFile.readAll().trimmed().split('\n').size(), lines.size());
    }

    // The built window with `History/url` in its settings (no option): it records each fetch
    // into PostgreSQL, and `--history` without --history-url reads the same setting.
    void windowRecordsIntoPostgresFromTheSetting()
    {
        const QString url = freshDatabase();
        TestHttpServer http;
        QVERIFY(http.listen());
        http.setDefaultResponse(ScriptedResponse::json(200, kBody));
        QTemporaryDir dir;
        QProcessEnvironment env = wsdashEnvironment(dir);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("runtime")));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("runtime"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("config"))));
        {
            QFile ini(dir.filePath(QStringLiteral("config/wsdash.ini")));
            QVERIFY(ini.open(QIODevice::WriteOnly));
            ini.write("[History]\nurl=" + url.toUtf8() + "\n");
        }
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(builtExecutable(QStringLiteral("app/wsdash")),
                     {QStringLiteral("--endpoint"), http.baseUrl()});
        QVERIFY(window.waitForStarted(5000));
        const auto recorded = [&] {
            return scalar(url, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                              "WHERE table_name = 'samples'")) == 1 &&
                   scalar(url, QStringLiteral("SELECT COUNT(*) FROM samples")) >= 3;
        };
        QTRY_VERIFY_WITH_TIMEOUT(recorded(), 30000);
        QVERIFY2(window.state() == QProcess::Running, window.readAllStandardError().constData());
        window.kill();
        window.waitForFinished(5000);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data/history.db"))));

        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QByteArray err;
        QCOMPARE(runWsdash({QStringLiteral("--history"), csv}, env, &err), 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.count('\n') >= 4, content.constData()); // header, total, 2 pools
        QVERIFY2(content.contains(",id-b,Pool B,raw,1,50,"), content.constData());
    }

    // The store behind the window's trend view (a worker thread, callbacks) reads what another
    // process wrote, and sees that process's later writes.
    void storeReadsWhatAnotherProcessWrote()
    {
        const QString url = freshDatabase();
        const QString writer = builtExecutable(QStringLiteral("tests/historywriter"));
        const ProcessRun first = runProcess(
            writer, {url, QStringLiteral("collector"), QStringLiteral("20"), QStringLiteral("2")},
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(first.exitCode == 0, first.err.constData());

        FixedClock clock(QDateTime(QDate(2024, 3, 1), QTime(9, 0), QTimeZone::utc()));
        SnapshotStore::Options options;
        options.database = optionsFor(url);
        SnapshotStore store(options, clock);
        QSignalSpy opened(&store, &SnapshotStore::opened);
        QVERIFY(opened.wait(30000));
        QCOMPARE(store.path(), url);

        const SeriesKey key{QStringLiteral("collector"), QStringLiteral("p1"), QString()};
        std::optional<Expected<TrendSeries, HistoryError>> answer;
        const SeriesRequest request{
            key, QStringLiteral("pool-1"), clock.now().addSecs(-3600), clock.now(), std::nullopt,
            2500};
        store.series(request, this, [&](const auto& result) { answer = result; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
        VERIFY_OK(*answer);
        QCOMPARE((*answer)->points.size(), 20);
        QCOMPARE((*answer)->poolName, QStringLiteral("Pool 1"));
        QCOMPARE((*answer)->points.constLast().value(Metric::TotalNum)->average, 1.0);

        std::optional<Expected<QList<SeriesInfo>, HistoryError>> series;
        store.listSeries(this, [&](const auto& result) { series = result; });
        QVERIFY(QTest::qWaitFor([&] { return series.has_value(); }, 30000));
        VERIFY_OK(*series);
        QCOMPARE(series->value().size(), 1);
        QCOMPARE(series->value().constFirst().poolCount, 2);

        // The other process writes 20 more: the open store sees them (total series, raw).
        const ProcessRun second = runProcess(
            writer, {url, QStringLiteral("collector"), QStringLiteral("20"), QStringLiteral("2")},
            QProcessEnvironment::systemEnvironment());
        QVERIFY2(second.exitCode == 0, second.err.constData());
        answer.reset();
        store.series(
            {key, QString(), clock.now().addSecs(-3600), clock.now(), Resolution::Raw, 2500}, this,
            [&](const auto& result) { answer = result; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
        VERIFY_OK(*answer);
        QCOMPARE((*answer)->points.size(), 40);
    }

    // The window's store opened before the database existed (or while the server was down)
    // tries again before a later write, and then records.
    void storeOpensOnceTheDatabaseIsThere()
    {
        const QString name = QStringLiteral("late%1").arg(++m_databases);
        const QString url = m_server->url(name);
        FixedClock clock(kStart);
        SnapshotStore::Options options;
        options.database = optionsFor(url);
        options.reopenInterval = std::chrono::milliseconds(0);
        SnapshotStore store(options, clock);
        QSignalSpy failed(&store, &SnapshotStore::failed);
        QSignalSpy opened(&store, &SnapshotStore::opened);
        QSignalSpy recorded(&store, &SnapshotStore::recorded);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.at(0).at(0).value<HistoryError>().message.contains(
                     QLatin1String("does not exist")),
                 qPrintable(failed.at(0).at(0).value<HistoryError>().message));
        QVERIFY(opened.isEmpty());

        QVERIFY2(m_server->createDatabase(name), qPrintable(m_server->error()));
        store.record(snapshot(kStart, 3));
        QVERIFY(recorded.wait(30000));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(recorded.at(0).at(0).toInt(), 3);
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM samples")), 3);
    }

    // A server that is not there or a database that does not exist: the server's reason.
    void connectionFailuresSayWhy()
    {
        const int port = PostgresServer::unusedPort();
        const QString nobody = QStringLiteral("postgresql://wsdash@127.0.0.1:%1/x").arg(port);
        auto refused = HistoryDatabase::open(optionsFor(nobody));
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, HistoryError::Kind::Open);
        QVERIFY2(refused.error().message.contains(QLatin1String("Connection refused")),
                 qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(nobody), qPrintable(refused.error().message));

        auto missing = HistoryDatabase::open(optionsFor(m_server->url(QStringLiteral("nope"))));
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(QLatin1String("\"nope\" does not exist")),
                 qPrintable(missing.error().message));

        // The window's store: says it through failed(), and answers reads with the reason.
        FixedClock clock(kStart);
        SnapshotStore::Options options;
        options.database = optionsFor(nobody);
        SnapshotStore store(options, clock);
        QSignalSpy failed(&store, &SnapshotStore::failed);
        QVERIFY(failed.wait(30000));
        QVERIFY(failed.at(0).at(0).value<HistoryError>().message.contains(
            QLatin1String("Connection refused")));

        // The command line: --history exits 2 with the reason, --check keeps its status and
        // says the sample was not recorded, a bad URL is a usage error.
        QTemporaryDir dir;
        const QProcessEnvironment env = wsdashEnvironment(dir);
        QByteArray err;
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(
            runWsdash({QStringLiteral("--history"), csv, QStringLiteral("--history-url"), nobody},
                      env, &err),
            2);
        QVERIFY2(err.contains("Connection refused"), err.constData());
        QVERIFY(!QFile::exists(csv));
        // An empty database (no wsdash wrote to it yet): the header only, and it stays empty.
        const QString empty = freshDatabase();
        QCOMPARE(
            runWsdash({QStringLiteral("--history"), csv, QStringLiteral("--history-url"), empty},
                      env, &err),
            0);
        QVERIFY2(err.contains("nothing recorded yet"), err.constData());
        QFile header(csv);
        QVERIFY(header.open(QIODevice::ReadOnly));
        QCOMPARE(header.readAll(), HistoryCsv::headerLine());
        QCOMPARE(scalar(empty, QStringLiteral("SELECT COUNT(*) FROM information_schema.tables "
                                              "WHERE table_schema = current_schema()")),
                 0);
        QVERIFY(QFile::remove(csv));
        QCOMPARE(runWsdash({QStringLiteral("--history"), csv, QStringLiteral("--history-url"),
                            QStringLiteral("postgresql://u:hunter2@h/d")},
                           env, &err),
                 1);
        QVERIFY2(err.contains("--history-url") && err.contains("PGPASSWORD"), err.constData());
        QVERIFY2(!err.contains("hunter2"), err.constData());

        TestHttpServer http;
        QVERIFY(http.listen());
        http.setDefaultResponse(ScriptedResponse::json(200, kBody));
        const ProcessRun check = runBuilt(
            QStringLiteral("app/wsdash"),
            {QStringLiteral("--endpoint"), http.baseUrl(), QStringLiteral("--history-url"), nobody,
             QStringLiteral("--check"), QStringLiteral("error_num"), QStringLiteral("--warning"),
             QStringLiteral("3"), QStringLiteral("--critical"), QStringLiteral("10")},
            env, 60000);
        QCOMPARE(check.exitCode, 1); // WARNING: error_num 4 > 3, recorded or not
        QVERIFY2(check.out.contains("not recorded") && check.out.contains("Connection refused"),
                 check.out.constData());
    }

    // The figure in docs/HISTORY.md: one connection, one fetch every 60 s, N pools, a day.
    void rowsPerDay()
    {
        constexpr int kPools = 10;
        const QString url = freshDatabase();
        auto db = HistoryDatabase::open(optionsFor(url));
        VERIFY_OK(db);
        QElapsedTimer timer;
        timer.start();
        for (int minute = 0; minute < 24 * 60; ++minute) {
            const Snapshot s = snapshot(kStart.addSecs(60 * minute), minute % 13, kPools);
            VERIFY_OK((*db)->record({s}));
            if (minute % 10 == 9) // as the window: compaction every 10 minutes
                VERIFY_OK((*db)->compact(s.takenAt.addSecs(1)));
        }
        VERIFY_OK((*db)->compact(kStart.addDays(1)));
        const qint64 elapsed = timer.elapsed();
        const auto count = [&](int resolution) {
            return scalar(url, QStringLiteral("SELECT COUNT(*) FROM samples WHERE resolution = %1")
                                   .arg(resolution));
        };
        // Per scope (the total and each pool) and day: 1,440 raw, 288 five-minute and 24 hourly
        // points; plus one fetches row per fetch.
        QCOMPARE(count(0), 1440 * (kPools + 1));
        QCOMPARE(count(1), 288 * (kPools + 1));
        QCOMPARE(count(2), 24 * (kPools + 1));
        QCOMPARE(scalar(url, QStringLiteral("SELECT COUNT(*) FROM fetches")), 1440);
        const qint64 bytes = scalar(url, QStringLiteral("SELECT pg_total_relation_size('samples') "
                                                        "+ pg_total_relation_size('fetches')"));
        qInfo("a day, %d pools: %lld raw + %lld 5-min + %lld hourly rows, %lld fetches; "
              "samples+fetches %lld bytes (%.0f bytes/row); %lld ms to write",
              kPools, count(0), count(1), count(2),
              scalar(url, QStringLiteral("SELECT COUNT(*) FROM fetches")), bytes,
              double(bytes) / double(count(0) + count(1) + count(2)), elapsed);
    }
};

QTEST_GUILESS_MAIN(TestHistoryPostgres)
#include "tst_historypostgres.moc"
