// HistoryCompactor: 5-minute and hourly buckets, retention, late points, resolution choice,
// and the size of a simulated year of one-minute refreshes (injected clock).
#include "core/history/historycompactor.h"
#include "core/history/historyconnection.h"
#include "core/history/historydatabase.h"
#include "support/fixedclock.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wsdash;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc());
const SeriesKey kKey{QStringLiteral("prod"), QStringLiteral("p1"), QString()};

Snapshot snapshot(const QDateTime& at, std::int64_t errors, int pools = 1)
{
    Snapshot s;
    s.takenAt = at;
    s.key = kKey;
    s.statistics.totals.setValue(Metric::TotalNum, 100);
    s.statistics.totals.setValue(Metric::ErrorNum, errors);
    QList<PoolStatistics> list;
    for (int i = 0; i < pools; ++i) {
        PoolStatistics pool{QStringLiteral("pool-%1").arg(i), QStringLiteral("Pool %1").arg(i), {}};
        pool.counts.setValue(Metric::TotalNum, 50);
        pool.counts.setValue(Metric::ErrorNum, errors / 2);
        list.append(pool);
    }
    s.statistics.pools = list;
    return s;
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<HistoryDatabase> db;

    explicit Fixture(RetentionPolicy retention = {})
    {
        HistoryOptions options;
        options.path = dir.filePath(QStringLiteral("history.db"));
        options.retention = retention;
        auto opened = HistoryDatabase::open(options);
        if (opened)
            db = std::move(opened).value();
    }

    QList<TrendPoint> points(Resolution resolution, const QString& poolId = QString())
    {
        SeriesRequest request{kKey,
                              poolId,
                              QDateTime::fromSecsSinceEpoch(0, QTimeZone::utc()),
                              kStart.addYears(5),
                              resolution,
                              0};
        auto series = db->series(request, kStart);
        QList<TrendPoint> result;
        if (series) {
            for (const TrendPoint& point : series->points) {
                if (point.resolution == resolution)
                    result.append(point);
            }
        }
        return result;
    }
};

} // namespace

class TestHistoryCompactor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aggregatesCompleteFiveMinuteBuckets()
    {
        Fixture f;
        QVERIFY(f.db);
        QList<Snapshot> minutes;
        for (int m = 0; m < 12; ++m)
            minutes.append(snapshot(kStart.addSecs(60 * m), m)); // errors 0..11
        VERIFY_OK(f.db->record(minutes));

        auto stats = f.db->compact(kStart.addSecs(60 * 12)); // 08:12: two buckets complete
        VERIFY_OK(stats);
        QList<TrendPoint> buckets = f.points(Resolution::FiveMinutes);
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets.at(0).time, kStart);
        QCOMPARE(buckets.at(0).samples, 5);
        QCOMPARE(buckets.at(0).value(Metric::ErrorNum)->average, 2.0); // (0+1+2+3+4)/5
        QCOMPARE(buckets.at(0).value(Metric::ErrorNum)->minimum, 0.0);
        QCOMPARE(buckets.at(0).value(Metric::ErrorNum)->maximum, 4.0);
        QCOMPARE(buckets.at(1).time, kStart.addSecs(300));
        QCOMPARE(buckets.at(1).value(Metric::ErrorNum)->average, 7.0);
        QCOMPARE(buckets.at(1).value(Metric::TotalNum)->average, 100.0);
        QVERIFY(!buckets.at(1).value(Metric::ActiveNum)); // never reported

        // The pool is aggregated too; integer counts give real averages.
        buckets = f.points(Resolution::FiveMinutes, QStringLiteral("pool-0"));
        QCOMPARE(buckets.size(), 2);
        QCOMPARE(buckets.at(0).value(Metric::ErrorNum)->average, 0.8); // (0+0+1+1+2)/5

        // The raw points stay for 48 h.
        QCOMPARE(f.points(Resolution::Raw).size(), 12);
    }

    void computesHourlyAveragesOverAllFetches()
    {
        Fixture f;
        QVERIFY(f.db);
        QList<Snapshot> minutes;
        // 90 minutes; the first hour has errors = minute % 7: average 2.9.
        for (int m = 0; m < 90; ++m)
            minutes.append(snapshot(kStart.addSecs(60 * m), m < 60 ? m % 7 : 100));
        // One fetch missing in the first hour changes the weights of its 5-minute bucket.
        minutes.removeAt(3);
        VERIFY_OK(f.db->record(minutes));
        VERIFY_OK(f.db->compact(kStart.addSecs(90 * 60)));

        double sum = 0;
        int n = 0;
        for (const Snapshot& s : minutes) {
            if (s.takenAt < kStart.addSecs(3600)) {
                sum += static_cast<double>(*s.statistics.totals.value(Metric::ErrorNum));
                ++n;
            }
        }
        const QList<TrendPoint> hours = f.points(Resolution::Hourly);
        QCOMPARE(hours.size(), 1);
        QCOMPARE(hours.at(0).samples, 59);
        QCOMPARE(hours.at(0).value(Metric::ErrorNum)->average, sum / n);
        QCOMPARE(hours.at(0).value(Metric::ErrorNum)->maximum, 6.0);
        QCOMPARE(hours.at(0).value(Metric::ErrorNum)->minimum, 0.0);
    }

    void reaggregatesLatePoints()
    {
        Fixture f;
        QVERIFY(f.db);
        QList<Snapshot> minutes;
        for (int m = 0; m < 10; m += 2)
            minutes.append(snapshot(kStart.addSecs(60 * m), 10));
        VERIFY_OK(f.db->record(minutes));
        VERIFY_OK(f.db->compact(kStart.addSecs(600)));
        QCOMPARE(f.points(Resolution::FiveMinutes).at(0).samples, 3);

        // Another process delivers a fetch of 08:01 later on.
        VERIFY_OK(f.db->record({snapshot(kStart.addSecs(60), 40)}));
        VERIFY_OK(f.db->compact(kStart.addSecs(700)));
        const TrendPoint bucket = f.points(Resolution::FiveMinutes).at(0);
        QCOMPARE(bucket.samples, 4);
        QCOMPARE(bucket.value(Metric::ErrorNum)->average, 17.5);
        QCOMPARE(bucket.value(Metric::ErrorNum)->maximum, 40.0);
    }

    void deletesWhatIsPastItsRetention()
    {
        RetentionPolicy retention;
        retention.raw = std::chrono::hours(2);
        retention.fiveMinutes = std::chrono::hours(6);
        retention.hourly = std::chrono::hours(12);
        Fixture f(retention);
        QVERIFY(f.db);
        QList<Snapshot> minutes;
        for (int m = 0; m < 4 * 60; ++m)
            minutes.append(snapshot(kStart.addSecs(60 * m), 1));
        VERIFY_OK(f.db->record(minutes));

        auto stats = f.db->compact(kStart.addSecs(4 * 3600)); // 12:00
        VERIFY_OK(stats);
        QCOMPARE(stats->deleted[0], 2 * 60 * 2); // raw before 10:00, total + pool
        QCOMPARE(f.points(Resolution::Raw).size(), 2 * 60);
        QCOMPARE(f.points(Resolution::Raw).constFirst().time, kStart.addSecs(2 * 3600));
        QCOMPARE(f.points(Resolution::FiveMinutes).size(), 4 * 12);
        QCOMPARE(f.points(Resolution::Hourly).size(), 4);

        stats = f.db->compact(kStart.addSecs(9 * 3600)); // 17:00
        VERIFY_OK(stats);
        QVERIFY(f.points(Resolution::Raw).isEmpty());
        QCOMPARE(f.points(Resolution::FiveMinutes).size(), 12); // 11:00 - 12:00
        QCOMPARE(f.points(Resolution::Hourly).size(), 4);

        VERIFY_OK(f.db->compact(kStart.addSecs(15 * 3600))); // 23:00
        QVERIFY(f.points(Resolution::FiveMinutes).isEmpty());
        QCOMPARE(f.points(Resolution::Hourly).size(), 1); // 11:00
        VERIFY_OK(f.db->compact(kStart.addSecs(17 * 3600)));
        QVERIFY(f.points(Resolution::Hourly).isEmpty());
    }

    void choosesTheResolution_data()
    {
        QTest::addColumn<int>("rangeHours");
        QTest::addColumn<int>("ageHours"); // how long ago the range ends
        QTest::addColumn<int>("rawPoints");
        QTest::addColumn<int>("expected");
        QTest::addRow("1 h") << 1 << 0 << 60 << int(Resolution::Raw);
        QTest::addRow("24 h") << 24 << 0 << 1440 << int(Resolution::Raw);
        QTest::addRow("24 h, 10 s refresh") << 24 << 0 << 8640 << int(Resolution::FiveMinutes);
        QTest::addRow("7 d") << 7 * 24 << 0 << 0 << int(Resolution::FiveMinutes);
        QTest::addRow("30 d") << 30 * 24 << 0 << 0 << int(Resolution::Hourly);
        QTest::addRow("1 h, 3 days ago") << 1 << 72 << 0 << int(Resolution::FiveMinutes);
        QTest::addRow("1 h, 40 days ago") << 1 << 40 * 24 << 0 << int(Resolution::Hourly);
    }

    void choosesTheResolution()
    {
        QFETCH(int, rangeHours);
        QFETCH(int, ageHours);
        QFETCH(int, rawPoints);
        QFETCH(int, expected);
        const QDateTime now = kStart;
        const QDateTime to = now.addSecs(-3600LL * ageHours);
        const QDateTime from = to.addSecs(-3600LL * rangeHours);
        QCOMPARE(
            int(HistoryReader::chooseResolution(from, to, now, RetentionPolicy(), 2500, rawPoints)),
            expected);
    }

    void appendsTheNewestRawPointsToAnAggregatedSeries()
    {
        Fixture f;
        QVERIFY(f.db);
        QList<Snapshot> minutes;
        for (int m = 0; m < 3 * 24 * 60; ++m) // three days
            minutes.append(snapshot(kStart.addSecs(60 * m), m % 5, 0));
        const QDateTime now = kStart.addSecs(3 * 24 * 3600);
        VERIFY_OK(f.db->record(minutes));
        VERIFY_OK(f.db->compact(now.addSecs(-7 * 60))); // the last 7 minutes not aggregated

        SeriesRequest request{kKey, QString(), now.addDays(-7), now, std::nullopt, 2500};
        auto series = f.db->series(request, now);
        VERIFY_OK(series);
        QCOMPARE(series->resolution, Resolution::FiveMinutes);
        const int buckets = (3 * 24 * 60 - 10) / 5; // up to 07:50 of the third day
        QCOMPARE(series->points.size(), buckets + 10);
        QCOMPARE(series->points.at(buckets - 1).resolution, Resolution::FiveMinutes);
        QCOMPARE(series->points.at(buckets).resolution, Resolution::Raw);
        QCOMPARE(series->points.at(buckets).time, now.addSecs(-10 * 60));
        QCOMPARE(series->points.constLast().time, now.addSecs(-60));
        for (int i = 0; i < buckets; ++i)
            QCOMPARE(series->points.at(i).value(Metric::ErrorNum)->average, 2.0);
    }

    void keepsAYearOfMinuteRefreshesSmall()
    {
        // One fetch a minute for 365 days of a project with every count reported and changing,
        // written and compacted every 6 simulated hours (the window compacts every 10 minutes;
        // how often does not change what is kept, only what the simulation costs). One scope:
        // the size of a pool's history is the same, so N pools take N + 1 times this.
        Fixture f;
        QVERIFY(f.db);
        const int days = qEnvironmentVariableIntValue("WSDASH_HISTORY_YEAR_DAYS") > 0
                             ? qEnvironmentVariableIntValue("WSDASH_HISTORY_YEAR_DAYS")
                             : 365;
        const int hoursPerBatch = 6;
        QElapsedTimer timer;
        timer.start();
        qint64 recordMs = 0;
        qint64 compactMs = 0;
        QDateTime now = kStart;
        Snapshot next = snapshot(now, 0, 0);
        next.statistics.pools.reset();
        for (int batchStart = 0; batchStart < days * 24; batchStart += hoursPerBatch) {
            QList<Snapshot> batch;
            for (int m = 0; m < 60 * hoursPerBatch; ++m) {
                next.takenAt = now;
                const std::int64_t minute = std::int64_t(batchStart) * 60 + m;
                const std::int64_t busy = 400 + (minute % 1440) / 4; // follows the day
                for (const MetricInfo& info : allMetrics())
                    next.statistics.totals.setValue(info.metric,
                                                    (busy * (int(info.metric) + 1)) % 997);
                next.statistics.totals.setValue(Metric::TotalNum, 1200);
                next.statistics.totals.setValue(Metric::ErrorNum, minute % 13);
                batch.append(next);
                now = now.addSecs(60);
            }
            QElapsedTimer part;
            part.start();
            VERIFY_OK(f.db->record(batch));
            recordMs += part.restart();
            VERIFY_OK(f.db->compact(now));
            compactMs += part.elapsed();
        }
        const qint64 elapsed = timer.elapsed();
        f.db.reset(); // checkpoints the WAL into the file

        const qint64 size = QFileInfo(f.dir.filePath(QStringLiteral("history.db"))).size();
        qInfo("%d days of 1-minute refreshes, one scope with all 14 counts: %.2f MiB, "
              "simulated in %lld ms (writing %lld ms, compacting %lld ms)",
              days, static_cast<double>(size) / 1048576.0, elapsed, recordMs, compactMs);

        HistoryOptions options;
        options.path = f.dir.filePath(QStringLiteral("history.db"));
        auto db = HistoryDatabase::open(options);
        VERIFY_OK(db);
        SeriesRequest request{kKey, QString(), kStart, now, Resolution::Raw, 0};
        QCOMPARE((*db)->series(request, now)->points.size(), 48 * 60);
        request.resolution = Resolution::FiveMinutes;
        QCOMPARE((*db)->series(request, now)->points.size(), std::min(days, 30) * 24 * 12);
        request.resolution = Resolution::Hourly;
        QCOMPARE((*db)->series(request, now)->points.size(), days * 24);
        // Bounded: 48 h of raw + 30 days of 5-minute + 365 days of hourly points, about 20,000
        // points (without downsampling: 525,600).
        QVERIFY2(size < 6 * 1024 * 1024, qPrintable(QString::number(size)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryCompactor)
#include "tst_historycompactor.moc"
