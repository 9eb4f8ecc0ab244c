// HistoryDatabase: opening, migrations, recording, reading, a damaged file, 10,000 pools.
#include "core/history/historyconnection.h"
#include "core/history/historydatabase.h"
#include "core/history/historyschema.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <ctime>

using namespace wsdash;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc());
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

Snapshot snapshot(const QDateTime& at, std::int64_t errors, int pools = 2)
{
    Snapshot s;
    s.takenAt = at;
    s.key = kKey;
    s.statistics.totals = counts(100, errors);
    QList<PoolStatistics> list;
    for (int i = 0; i < pools; ++i)
        list.append(
            {QStringLiteral("pool-%1").arg(i), QStringLiteral("Pool %1").arg(i), counts(10, i)});
    s.statistics.pools = list;
    return s;
}

HistoryOptions optionsFor(const QTemporaryDir& dir)
{
    HistoryOptions options;
    options.path = dir.filePath(QStringLiteral("history.db"));
    return options;
}

} // namespace

class TestHistoryDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsTheCurrentSchema()
    {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), HistorySchema::kCurrentVersion);
        QVERIFY((*db)->takeNotices().isEmpty());

        auto connection = HistoryConnection::open({optionsFor(dir).path});
        QVERIFY(connection);
        QSqlQuery q((*connection)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
        for (int version = 1; version <= HistorySchema::kCurrentVersion; ++version) {
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), version);
        }
        QVERIFY(!q.next());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void appliesLaterMigrationsOnceAndKeepsData()
    {
        QTemporaryDir dir;
        {
            auto db = HistoryDatabase::open(optionsFor(dir));
            QVERIFY(db);
            VERIFY_OK((*db)->record({snapshot(kStart, 3)}));
        }
        QList<HistoryMigration> migrations = HistorySchema::migrations();
        migrations.append(
            {HistorySchema::kCurrentVersion + 1,
             QStringLiteral("test: notes"),
             {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"),
              QStringLiteral("INSERT INTO notes (text) VALUES ('migrated')")}});
        {
            auto connection = HistoryConnection::open({optionsFor(dir).path});
            QVERIFY(connection);
            auto version = HistorySchema::migrate(**connection, migrations, 1000);
            QVERIFY2(version, version ? "" : qPrintable(version.error().message));
            QCOMPARE(*version, HistorySchema::kCurrentVersion + 1);
            // Again: nothing to do (CREATE TABLE would fail if it ran twice).
            version = HistorySchema::migrate(**connection, migrations, 2000);
            QVERIFY(version);
            QCOMPARE(*version, HistorySchema::kCurrentVersion + 1);
            QSqlQuery q((*connection)->database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM notes")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM samples")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 3); // total + 2 pools survived
        }
        // This build does not know the test's version: it must not touch the file.
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY(!db);
        QCOMPARE(db.error().kind, HistoryError::Kind::NewerSchema);
        QVERIFY(db.error().message.contains(QLatin1String("newer")));
        QVERIFY(QFile::exists(optionsFor(dir).path));
        QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.damaged-*")}).isEmpty());
    }

    void recordsAndReadsBackEveryCount()
    {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY(db);
        auto written = (*db)->record({snapshot(kStart, 1), snapshot(kStart.addSecs(60), 2)});
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, 6);

        SeriesRequest request{kKey, QString(), kStart.addSecs(-60), kStart.addSecs(120), {}, 2500};
        auto series = (*db)->series(request, kStart.addSecs(120));
        QVERIFY(series);
        QCOMPARE(series->resolution, Resolution::Raw);
        QCOMPARE(series->points.size(), 2);
        const TrendPoint& first = series->points.at(0);
        QCOMPARE(first.time, kStart);
        QCOMPARE(first.value(Metric::TotalNum)->average, 100.0);
        QCOMPARE(first.value(Metric::ErrorNum)->average, 1.0);
        QCOMPARE(first.value(Metric::ActiveNum)->average, 99.0);
        QVERIFY(!first.value(Metric::AttachedNum)); // not reported stays not reported
        QCOMPARE(series->points.at(1).value(Metric::ErrorNum)->average, 2.0);

        request.poolId = QStringLiteral("pool-1");
        series = (*db)->series(request, kStart.addSecs(120));
        QVERIFY(series);
        QCOMPARE(series->poolName, QStringLiteral("Pool 1"));
        QCOMPARE(series->points.size(), 2);
        QCOMPARE(series->points.at(0).value(Metric::ErrorNum)->average, 1.0);
        QCOMPARE(series->points.at(0).value(Metric::TotalNum)->average, 10.0);

        request.poolId = QStringLiteral("no-such-pool");
        series = (*db)->series(request, kStart.addSecs(120));
        QVERIFY(series);
        QVERIFY(series->points.isEmpty());

        auto list = (*db)->listSeries();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).key, kKey);
        QCOMPARE(list->at(0).firstSeen, kStart);
        QCOMPARE(list->at(0).lastSeen, kStart.addSecs(60));
        QCOMPARE(list->at(0).poolCount, 2);
    }

    // An invalid count (a partly invalid answer shown by the window) is never stored as a
    // number: it is NULL, a gap in the trend, while the snapshot's other counts are kept.
    void recordsAnInvalidCountAsAGap()
    {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY(db);
        Snapshot bad = snapshot(kStart, 7);
        bad.statistics.totals.setInvalid(Metric::ErrorNum);
        VERIFY_OK((*db)->record({bad}));
        SeriesRequest request{kKey, QString(), kStart.addSecs(-60), kStart.addSecs(60), {}, 2500};
        const auto series = (*db)->series(request, kStart.addSecs(60));
        QVERIFY(series);
        QCOMPARE(series->points.size(), 1);
        QVERIFY(!series->points.at(0).value(Metric::ErrorNum));
        QCOMPARE(series->points.at(0).value(Metric::TotalNum)->average, 100.0);
    }

    void keepsTheNewestPoolName()
    {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY(db);
        Snapshot renamed = snapshot(kStart.addSecs(60), 0);
        (*renamed.statistics.pools)[0].name = QStringLiteral("Renamed");
        VERIFY_OK((*db)->record({snapshot(kStart, 0)}));
        VERIFY_OK((*db)->record({renamed}));
        auto pools = (*db)->listPools(kKey);
        QVERIFY(pools);
        QCOMPARE(pools->size(), 2);
        QCOMPARE(pools->at(0).name, QStringLiteral("Pool 1"));
        QCOMPARE(pools->at(1).name, QStringLiteral("Renamed"));
        QCOMPARE(pools->at(1).id, QStringLiteral("pool-0"));
    }

    void findsTheValueOfADayAgo()
    {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY(db);
        QList<Snapshot> day;
        for (int minute = 0; minute <= 24 * 60; minute += 10)
            day.append(snapshot(kStart.addSecs(minute * 60), minute / 10));
        VERIFY_OK((*db)->record(day));
        const QDateTime now = kStart.addDays(1);
        auto past = (*db)->valuesNear(kKey, QString(), now.addDays(-1).addSecs(180),
                                      std::chrono::minutes(15));
        QVERIFY(past);
        QVERIFY(past->has_value());
        QCOMPARE((*past)->point.time, kStart);
        QCOMPARE((*past)->offsetMs, -180000);
        QCOMPARE((*past)->point.value(Metric::ErrorNum)->average, 0.0);
        // Nothing within the tolerance.
        past = (*db)->valuesNear(kKey, QString(), kStart.addDays(-1), std::chrono::minutes(15));
        QVERIFY(past);
        QVERIFY(!past->has_value());
    }

    void keepsTheAlertLog()
    {
        QTemporaryDir dir;
        AlertEvent event;
        event.at = kStart;
        event.rule = QStringLiteral("each-pool error_num > critical 0");
        event.poolId = QStringLiteral("pool-1");
        event.poolName = QStringLiteral("Pool 1");
        event.from = AlertLevel::Ok;
        event.to = AlertLevel::Critical;
        event.value = 3;
        event.threshold = 0;
        AlertEvent cleared = event;
        cleared.at = kStart.addSecs(300);
        cleared.from = AlertLevel::Critical;
        cleared.to = AlertLevel::Ok;
        cleared.value.reset();
        {
            auto db = HistoryDatabase::open(optionsFor(dir));
            QVERIFY(db);
            VERIFY_OK((*db)->appendAlertEvents(kKey, {event, cleared}));
        }

        auto reopened = HistoryDatabase::open(optionsFor(dir));
        QVERIFY(reopened);
        auto log = (*reopened)->alertLog(kStart.addSecs(-1), kStart.addSecs(600));
        QVERIFY(log);
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).key, kKey);
        QCOMPARE(log->at(0).event, event);
        QCOMPARE(log->at(1).event, cleared);
    }

    void setsAGarbageFileAsideAndStartsAgain()
    {
        QTemporaryDir dir;
        const QString path = optionsFor(dir).path;
        QByteArray garbage;
        for (int i = 0; i < 8192; ++i)
            garbage.append(static_cast<char>((i * 131 + 7) % 256));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        }
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        const QList<HistoryNotice> notices = (*db)->takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.at(0).message.contains(QLatin1String("damaged")),
                 qPrintable(notices.at(0).message));
        QVERIFY(notices.at(0).message.contains(notices.at(0).setAsidePath));
        QVERIFY(notices.at(0).setAsidePath.startsWith(path + QStringLiteral(".damaged-")));
        // Not lost: the damaged bytes are where the notice says.
        QFile aside(notices.at(0).setAsidePath);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), garbage);
        // And the fresh database works.
        VERIFY_OK((*db)->record({snapshot(kStart, 1)}));
        QCOMPARE((*db)->schemaVersion(), HistorySchema::kCurrentVersion);
    }

    // Finding 3: fetches at the same millisecond (a frozen clock, two processes) each keep
    // their sample; nothing is replaced.
    void sameMillisecondKeepsEveryFetch()
    {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY(db);
        for (int errors = 1; errors <= 3; ++errors)
            VERIFY_OK((*db)->record({snapshot(kStart, errors)}));
        QList<std::int64_t> totals;
        VERIFY_OK((*db)->exportRows({}, [&](const HistoryRow& row) {
            if (row.poolId.isEmpty())
                totals.append(std::llround(
                    row.point.values[static_cast<std::size_t>(Metric::ErrorNum)]->average));
        }));
        std::sort(totals.begin(), totals.end());
        QCOMPARE(totals, (QList<std::int64_t>{1, 2, 3}));
    }

    // Version 1 files (samples keyed by time only) are migrated with their samples.
    void migratesVersionOneSamples()
    {
        QTemporaryDir dir;
        {
            auto connection = HistoryConnection::open({optionsFor(dir).path});
            QVERIFY(connection);
            auto version =
                HistorySchema::migrate(**connection, HistorySchema::migrations().mid(0, 1), 1000);
            QVERIFY(version);
            QCOMPARE(*version, 1);
            QSqlQuery q((*connection)->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO series (id, source, project_id, query) "
                                          "VALUES (1, 'prod', 'p1', '')")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO scopes (id, series_id, pool_id, pool_name) VALUES (1, 1, '', '')")));
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO samples (scope_id, resolution, t, samples, total_num) VALUES "
                    "(1, 0, %1, 1, 42)")
                    .arg(kStart.toMSecsSinceEpoch())));
        }
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->schemaVersion(), HistorySchema::kCurrentVersion);
        int rows = 0;
        VERIFY_OK((*db)->exportRows({}, [&](const HistoryRow& row) {
            ++rows;
            QCOMPARE(row.point.time, kStart);
        }));
        QCOMPARE(rows, 1);
        // A new sample at the same millisecond joins it.
        Snapshot same = snapshot(kStart, 0, 0);
        same.key = {QStringLiteral("prod"), QStringLiteral("p1"), QString()};
        VERIFY_OK((*db)->record({same}));
        rows = 0;
        VERIFY_OK((*db)->exportRows({}, [&](const HistoryRow&) { ++rows; }));
        QCOMPARE(rows, 2);
    }

    // Finding 7: reading opens the file read-only; it is never changed, and writing says why.
    void readOnlyOpenNeverWrites()
    {
        QTemporaryDir dir;
        const QString path = optionsFor(dir).path;
        {
            auto db = HistoryDatabase::open(optionsFor(dir));
            QVERIFY(db);
            VERIFY_OK((*db)->record({snapshot(kStart, 1), snapshot(kStart.addSecs(60), 2)}));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        const auto hash = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray before = hash();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const auto restore = qScopeGuard([&] {
            QFile::setPermissions(dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        HistoryOptions options = optionsFor(dir);
        options.readOnly = true;
        auto db = HistoryDatabase::open(options);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QVERIFY((*db)->isReadOnly());
        int rows = 0;
        VERIFY_OK((*db)->exportRows({}, [&](const HistoryRow&) { ++rows; }));
        QCOMPARE(rows, 6); // two fetches of the total and two pools
        const auto written = (*db)->record({snapshot(kStart.addSecs(120), 3)});
        QVERIFY(!written);
        QVERIFY2(written.error().message.contains(QStringLiteral("read-only")),
                 qPrintable(written.error().message));
        db = HistoryError{};
        QCOMPARE(hash(), before);
        // SQLite may set up its (empty) WAL index where it can (root ignores the permissions);
        // nothing else appears and no transaction is logged.
        const QStringList files = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QVERIFY(files.contains(QStringLiteral("history.db")));
        for (const QString& name : files) {
            QVERIFY2(name == QLatin1String("history.db") ||
                         name == QLatin1String("history.db-shm") ||
                         name == QLatin1String("history.db-wal"),
                     qPrintable(name));
        }
        QCOMPARE(QFileInfo(path + QStringLiteral("-wal")).size(), 0);
    }

    void detectsADamagedPageWithQuickCheck()
    {
        QTemporaryDir dir;
        const QString path = optionsFor(dir).path;
        {
            auto db = HistoryDatabase::open(optionsFor(dir));
            QVERIFY(db);
            QList<Snapshot> many;
            for (int i = 0; i < 200; ++i)
                many.append(snapshot(kStart.addSecs(60 * i), i, 20));
            VERIFY_OK((*db)->record(many));
        }
        {
            // Checkpoint the WAL into the file and leave WAL mode, then damage pages.
            auto connection = HistoryConnection::open({path});
            QVERIFY(connection);
            QVERIFY(!(*connection)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 16 * 4096);
        for (qint64 page = 3; page < 12; ++page) {
            file.seek(page * 4096 + 100);
            file.write(QByteArray(512, '\x5a'));
        }
        file.close();

        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        const QList<HistoryNotice> notices = (*db)->takeNotices();
        QCOMPARE(notices.size(), 1);
        QVERIFY(QFile::exists(notices.at(0).setAsidePath));
        auto list = (*db)->listSeries();
        QVERIFY(list);
        QVERIFY(list->isEmpty()); // a fresh file
    }

    void recordsTenThousandPoolsInOneTransaction()
    {
        QTemporaryDir dir;
        auto db = HistoryDatabase::open(optionsFor(dir));
        QVERIFY(db);
        const int pools = 10000;
        QElapsedTimer timer;
        timer.start();
        auto written = (*db)->record({snapshot(kStart, 5, pools)});
        const qint64 first = timer.restart();
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        QCOMPARE(*written, pools + 1);
        const Snapshot next = snapshot(kStart.addSecs(60), 6, pools);
        timer.restart();
        const std::clock_t cpuBefore = std::clock();
        written = (*db)->record({next});
        const qint64 second = timer.elapsed();
        const double secondCpuMs = 1000.0 * double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
        QVERIFY2(written, written ? "" : qPrintable(written.error().message));
        qInfo("10,000 pools: first snapshot %lld ms (creates the pools), next %lld ms "
              "(%.0f ms CPU), file %lld KiB",
              first, second, secondCpuMs,
              (QFileInfo(optionsFor(dir).path).size() +
               QFileInfo(optionsFor(dir).path + QStringLiteral("-wal")).size()) /
                  1024);
        // Generous bound: catches a statement per row outside the transaction, not a slow disk.
        QVERIFY2(second < 5000, qPrintable(QString::number(second)));

        SeriesRequest request{kKey, QStringLiteral("pool-9999"), kStart, kStart.addSecs(60), {},
                              2500};
        auto series = (*db)->series(request, kStart.addSecs(60));
        QVERIFY(series);
        QCOMPARE(series->points.size(), 2);
        QCOMPARE(series->points.at(1).value(Metric::ErrorNum)->average, 9999.0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "tst_historydatabase.moc"
