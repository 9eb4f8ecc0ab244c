// A day of simulated refreshes end to end: the Workspace simulator (its fleet follows the
// working day) serves statistics over HTTP at an injected time, StatisticsClient fetches them
// every minute, SnapshotStore records them; the trend series must match what was served,
// at every resolution, and the file must stay small.
#include "core/api/statisticsclient.h"
#include "core/history/historydatabase.h"
#include "core/history/snapshotstore.h"
#include "sim/simulator.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wsdash;

class TestHistoryIntegration final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aDayOfRefreshesMatchesWhatWasServed()
    {
        const QDateTime start(QDate(2024, 3, 4), QTime(0, 0), QTimeZone::utc());
        test::FixedClock clock(start);
        sim::SimulatorConfig config;
        config.fleet.pools = 6;
        config.fleet.timeZone = QTimeZone::utc();
        sim::Simulator simulator(config, clock);
        QVERIFY(simulator.start());

        QTemporaryDir dir;
        SnapshotStore::Options options;
        options.database.path = dir.filePath(QStringLiteral("history.db"));
        auto owned = std::make_unique<SnapshotStore>(options, clock);
        SnapshotStore& store = *owned;

        QNetworkAccessManager network;
        StatisticsClient client(&network, clock);
        StatisticsRequest request;
        request.endpoint = simulator.endpoint();
        request.projectId = simulator.projectId();
        request.credentials = simulator.clientCredentials();
        request.query = *StatisticsQuery::fromStrings(
            {QStringLiteral("POOLED")},
            {QStringLiteral("run-state"), QStringLiteral("login-state")}, {});
        const SeriesKey key{QStringLiteral("sim"), simulator.projectId(),
                            request.query.canonicalQueryString()};

        QList<DesktopStatistics> served;
        const int refreshes = 24 * 60; // every minute
        for (int i = 0; i < refreshes; ++i) {
            clock.setNow(start.addSecs(60LL * i));
            const StatisticsResult result = test::fetchOnce(client, request);
            QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
            QCOMPARE(result.receivedAt, clock.now());
            served.append(*result.statistics);
            store.record(Snapshot{result.receivedAt, key, *result.statistics});
        }
        clock.setNow(start.addSecs(60LL * refreshes));
        store.compactNow();

        // The raw series of the day equals what was served, count by count.
        std::optional<Expected<TrendSeries, HistoryError>> raw;
        store.series({key, QString(), start, clock.now(), std::nullopt, 2500}, this,
                     [&](const auto& result) { raw = result; });
        QVERIFY(QTest::qWaitFor([&] { return raw.has_value(); }, 30000));
        QVERIFY(*raw);
        QCOMPARE((*raw)->resolution, Resolution::Raw);
        QCOMPARE((*raw)->points.size(), refreshes);
        int changes = 0;
        for (int i = 0; i < refreshes; ++i) {
            const TrendPoint& point = (*raw)->points.at(i);
            QCOMPARE(point.time, start.addSecs(60LL * i));
            for (const MetricInfo& info : allMetrics()) {
                const Count sent = served.at(i).totals.value(info.metric);
                const auto& kept = point.value(info.metric);
                QCOMPARE(kept.has_value(), sent.has_value());
                if (sent)
                    QCOMPARE(kept->average, double(*sent));
            }
            if (i > 0 && served.at(i).totals != served.at(i - 1).totals)
                ++changes;
        }
        QVERIFY2(changes > 20, "the simulated day should move"); // the data is not constant

        // A pool's hourly series: the average, minimum and maximum of what was served.
        const PoolStatistics& pool = served.constFirst().pools->at(2);
        std::optional<Expected<TrendSeries, HistoryError>> hourly;
        store.series({key, pool.id, start, clock.now(), Resolution::Hourly, 2500}, this,
                     [&](const auto& result) { hourly = result; });
        QVERIFY(QTest::qWaitFor([&] { return hourly.has_value(); }, 30000));
        QVERIFY(*hourly);
        QCOMPARE((*hourly)->poolName, pool.name);
        int hours = 0;
        for (const TrendPoint& point : (*hourly)->points) {
            if (point.resolution != Resolution::Hourly)
                continue;
            const int first = int(start.secsTo(point.time) / 60);
            double sum = 0;
            double low = 1e18;
            double high = -1;
            for (int i = first; i < first + 60; ++i) {
                const double v = double(*served.at(i).pools->at(2).counts.value(Metric::ActiveNum));
                sum += v;
                low = std::min(low, v);
                high = std::max(high, v);
            }
            QCOMPARE(point.samples, 60);
            QVERIFY(qAbs(point.value(Metric::ActiveNum)->average - sum / 60) < 1e-9);
            QCOMPARE(point.value(Metric::ActiveNum)->minimum, low);
            QCOMPARE(point.value(Metric::ActiveNum)->maximum, high);
            ++hours;
        }
        QCOMPARE(hours, 24);

        owned.reset(); // closing checkpoints the WAL into the file
        QVERIFY(!QFileInfo::exists(options.database.path + QStringLiteral("-wal")));
        const qint64 size = QFileInfo(options.database.path).size();
        qInfo("a day of 1-minute refreshes, total + 6 pools: %lld KiB", size / 1024);
        QVERIFY2(size < 2 * 1024 * 1024, qPrintable(QString::number(size)));
    }
};

QTEST_GUILESS_MAIN(TestHistoryIntegration)
#include "tst_historyintegration.moc"
