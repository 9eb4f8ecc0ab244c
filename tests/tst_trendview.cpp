// The trend view (ui/trendview) on a store with known numbers, and the window's background
// recording (HistoryRecorder) of fetches from a local server.
#include "core/dashboard/dashboardcontroller.h"
#include "core/history/historyrecorder.h"
#include "core/history/snapshotstore.h"
#include "dashboardtestdata.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"
#include "ui/alerts/alertsdialog.h"
#include "ui/charts/trendchart.h"
#include "ui/style/metricstyle.h"
#include "ui/trends/trendview.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScopeGuard>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QDateTime kNow(QDate(2024, 3, 1), QTime(12, 0), QTimeZone::utc());
const SeriesKey kKey{QStringLiteral("prod"), QStringLiteral("p1"), QStringLiteral("a=b")};

// Totals error_num = 10 * i, total_num = 100 + i; pool "pool-a" error_num = i.
Snapshot snapshotAt(int minutesAgo, int i)
{
    Snapshot snapshot;
    snapshot.takenAt = kNow.addSecs(-60LL * minutesAgo);
    snapshot.key = kKey;
    StateCounts totals;
    totals.setValue(Metric::TotalNum, 100 + i);
    totals.setValue(Metric::ErrorNum, 10 * i);
    StateCounts pool;
    pool.setValue(Metric::TotalNum, 50);
    pool.setValue(Metric::ErrorNum, i);
    snapshot.statistics.totals = totals;
    snapshot.statistics.pools =
        QList<PoolStatistics>{{QStringLiteral("pool-a"), QStringLiteral("Pool A"), pool}};
    return snapshot;
}

bool waitIdle(SnapshotStore& store, QObject* context)
{
    bool idle = false;
    store.whenIdle(context, [&idle] { idle = true; });
    return QTest::qWaitFor([&idle] { return idle; }, 5000);
}

} // namespace

class TestTrendView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    SnapshotStore::Options optionsFor(const QString& name) const
    {
        SnapshotStore::Options options;
        options.database.path = m_dir.filePath(name);
        return options;
    }

    static QString lineName(Metric metric) { return MetricStyle::label(metric); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("WSDASH_DATA_DIR", m_dir.path().toLocal8Bit());
    }

    void chartShowsRecordedNumbers()
    {
        FixedClock clock(kNow);
        SnapshotStore store(optionsFor(QStringLiteral("chart.db")), clock);
        store.record({snapshotAt(30, 1), snapshotAt(20, 2), snapshotAt(10, 3)});
        QVERIFY(waitIdle(store, this));

        TrendView view(store, kKey,
                       TrendView::metricsFor({Family::Attach, Family::Run, Family::Login}), clock);
        QSignalSpy shown(&view, &TrendView::shown);
        QSignalSpy pools(&view, &TrendView::poolsListed);
        QVERIFY(shown.wait(5000));
        QVERIFY(pools.count() == 1 || pools.wait(5000));
        QVERIFY(!view.isEmptyStateShown());
        QCOMPARE(view.poolIds(), QStringList{QStringLiteral("pool-a")});

        // Default: error_num and attach_error_num checked, the total off (on one axis it
        // flattens the small counts); attach_error_num was never reported: no points.
        const TrendChart* chart = view.chart();
        QVERIFY(!chart->lineNames().contains(lineName(Metric::TotalNum)));
        QVERIFY(chart->lineNames().contains(lineName(Metric::ErrorNum)));
        // The points are 10-30 minutes old: the view opened on the last hour, not on a blank day.
        QCOMPARE(view.findChild<QComboBox*>(QStringLiteral("trendRange"))
                     ->currentData()
                     .value<TrendView::Range>(),
                 TrendView::Range::Hour);
        view.setMetricChecked(Metric::TotalNum, true);
        const QStringList names = chart->lineNames();
        QVERIFY(names.size() >= 2);
        // No two lines share a colour.
        QSet<QRgb> colors;
        for (int i = 0; i < names.size(); ++i)
            colors.insert(chart->lineColor(i).rgb());
        QCOMPARE(colors.size(), names.size());
        const auto pointsOf = [&](Metric metric) {
            for (int i = 0; i < chart->lineNames().size(); ++i) {
                if (chart->lineNames().at(i) == lineName(metric))
                    return chart->linePoints(i);
            }
            return QList<QPointF>();
        };
        const auto at = [](int minutesAgo) {
            return static_cast<qreal>(kNow.addSecs(-60LL * minutesAgo).toMSecsSinceEpoch());
        };
        QCOMPARE(pointsOf(Metric::TotalNum),
                 (QList<QPointF>{{at(30), 101}, {at(20), 102}, {at(10), 103}}));
        QCOMPARE(pointsOf(Metric::ErrorNum),
                 (QList<QPointF>{{at(30), 10}, {at(20), 20}, {at(10), 30}}));

        // Another pool re-queries and shows that pool's numbers.
        const int queries = view.queryCount();
        view.setPool(QStringLiteral("pool-a"));
        QVERIFY(shown.wait(5000));
        QCOMPARE(view.queryCount(), queries + 1);
        QCOMPARE(pointsOf(Metric::ErrorNum),
                 (QList<QPointF>{{at(30), 1}, {at(20), 2}, {at(10), 3}}));
        QCOMPARE(pointsOf(Metric::TotalNum),
                 (QList<QPointF>{{at(30), 50}, {at(20), 50}, {at(10), 50}}));

        // A custom range of the last 15 minutes holds the newest point only.
        view.setCustomRange(kNow.addSecs(-15 * 60), kNow);
        QVERIFY(shown.wait(5000));
        QCOMPARE(view.queryCount(), queries + 2);
        QCOMPARE(pointsOf(Metric::ErrorNum), (QList<QPointF>{{at(10), 3}}));

        // Unchecking a count removes its line without a new query.
        view.setMetricChecked(Metric::TotalNum, false);
        QVERIFY(!view.chart()->lineNames().contains(lineName(Metric::TotalNum)));
        QCOMPARE(view.queryCount(), queries + 2);

        // The hour range from an hour later: nothing.
        clock.setNow(kNow.addSecs(2 * 3600));
        view.setRange(TrendView::Range::Hour);
        QVERIFY(shown.wait(5000));
        QVERIFY(view.isEmptyStateShown());
        QCOMPARE(view.emptyText(),
                 QStringLiteral("No history recorded yet for this connection and filter"));
    }

    void emptyStateForUnknownSeries()
    {
        FixedClock clock(kNow);
        SnapshotStore store(optionsFor(QStringLiteral("empty.db")), clock);
        TrendView view(store, kKey, TrendView::metricsFor({}), clock);
        QSignalSpy shown(&view, &TrendView::shown);
        QVERIFY(shown.wait(5000));
        QVERIFY(view.isEmptyStateShown());
        QVERIFY(view.emptyText().startsWith(QStringLiteral("No history recorded yet")));
    }

    void exportHoldsTheShownQueryOnly()
    {
        FixedClock clock(kNow);
        SnapshotStore store(optionsFor(QStringLiteral("export-query.db")), clock);
        // The same connection with two other filters: the unfiltered query ("") and another.
        QList<Snapshot> snapshots{snapshotAt(30, 1), snapshotAt(20, 2)};
        for (const QString& query : {QString(), QStringLiteral("desktop_type=POOLED")}) {
            Snapshot other = snapshotAt(25, 7);
            other.key.query = query;
            snapshots.append(other);
        }
        Snapshot elsewhere = snapshotAt(15, 8); // another project
        elsewhere.key.projectId = QStringLiteral("p2");
        snapshots.append(elsewhere);
        store.record(snapshots);
        QVERIFY(waitIdle(store, this));

        for (const SeriesKey& key : {kKey, SeriesKey{kKey.source, kKey.projectId, QString()}}) {
            TrendView view(store, key, TrendView::metricsFor({}), clock);
            QSignalSpy shown(&view, &TrendView::shown);
            QVERIFY(shown.wait(5000));
            QSignalSpy exported(&view, &TrendView::exported);
            const QString path = m_dir.filePath(QStringLiteral("query.csv"));
            view.exportTo(path);
            QVERIFY(exported.wait(5000));
            const int expected = key.query.isEmpty() ? 2 : 4; // (total + pool) per snapshot
            QCOMPARE(exported.at(0).at(0).toInt(), expected);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
            QCOMPARE(lines.size(), expected + 1);
            const int queryColumn = int(lines.at(0).trimmed().split(',').indexOf("query"));
            QVERIFY(queryColumn > 0);
            for (const QByteArray& line : lines.mid(1)) {
                const QList<QByteArray> cells = line.trimmed().split(',');
                QCOMPARE(QString::fromUtf8(cells.at(queryColumn)), key.query);
                QCOMPARE(QString::fromUtf8(cells.at(queryColumn - 1)), kKey.projectId);
            }
        }
    }

    void exportWritesRecordedRows()
    {
        FixedClock clock(kNow);
        SnapshotStore store(optionsFor(QStringLiteral("export.db")), clock);
        store.record({snapshotAt(30, 1), snapshotAt(20, 2), snapshotAt(10, 3)});
        QVERIFY(waitIdle(store, this));
        TrendView view(store, kKey, TrendView::metricsFor({}), clock);
        QSignalSpy shown(&view, &TrendView::shown);
        QVERIFY(shown.wait(5000));
        QSignalSpy exported(&view, &TrendView::exported);
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        view.exportTo(path);
        QVERIFY(exported.wait(5000));
        QCOMPARE(exported.at(0).at(0).toInt(), 6); // 3 totals + 3 pool rows
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 7); // header + rows
        QVERIFY(lines.at(0).contains("error_num"));
        int poolRows = 0;
        for (const QByteArray& line : lines.mid(1)) {
            QVERIFY(line.contains("prod"));
            if (line.contains("pool-a"))
                ++poolRows;
        }
        QCOMPARE(poolRows, 3);
    }

    void windowRecordsFetches()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        QNetworkAccessManager network;
        FixedClock clock(kNow);
        DashboardController controller(&network, clock);
        StatisticsRequest request = statisticsRequestFor(server);
        request.query = fullQuery();
        controller.setRequest(request);
        controller.setProfileName(QStringLiteral("prod"));

        SnapshotStore store(optionsFor(QStringLiteral("window.db")), clock);
        HistoryRecorder recorder(controller, store);
        const SeriesKey key = recorder.currentKey();
        QCOMPARE(key.source, QStringLiteral("prod"));
        QCOMPARE(key.query, fullQuery().canonicalQueryString());

        QSignalSpy delivered(&controller, &DashboardController::resultDelivered);
        controller.refresh();
        QVERIFY(delivered.wait(5000));
        QCOMPARE(recorder.recordedCount(), 1);
        QVERIFY(waitIdle(store, this));

        std::optional<TrendSeries> series;
        SeriesRequest seriesRequest{
            key, QString(), kNow.addDays(-1000), kNow.addDays(1000), std::nullopt, 2500};
        store.series(seriesRequest, this, [&series](const auto& result) {
            QVERIFY(result);
            series = *result;
        });
        QVERIFY(QTest::qWaitFor([&series] { return series.has_value(); }, 5000));
        QCOMPARE(series->points.size(), 1);
        const DesktopStatistics served = makeStatistics(2);
        QCOMPARE(series->points.at(0).value(Metric::TotalNum)->average,
                 static_cast<double>(*served.totals.value(Metric::TotalNum)));

        // A failed fetch records nothing.
        server.setDefaultResponse(ScriptedResponse::json(500, "{}"));
        controller.refresh();
        QVERIFY(delivered.wait(5000));
        QCOMPARE(recorder.recordedCount(), 1);
    }

    void trendAndAlertDialogsSpeakChinese()
    {
        // The embedded translation, as the window loads it for --language zh_CN.
        QTranslator chinese;
        QVERIFY(chinese.load(QStringLiteral("wsdash_zh_CN"), QStringLiteral(":/i18n")));
        QVERIFY(QCoreApplication::installTranslator(&chinese));
        const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&chinese); });

        FixedClock clock(kNow);
        SnapshotStore store(optionsFor(QStringLiteral("zh.db")), clock);
        TrendView view(store, kKey, TrendView::metricsFor({}), clock);
        QCOMPARE(view.windowTitle(), QStringLiteral("趋势"));
        auto* exportButton = view.findChild<QPushButton*>(QStringLiteral("trendExport"));
        QVERIFY(exportButton);
        QCOMPARE(exportButton->text(), QStringLiteral("导出 CSV…"));

        AlertsDialog alerts({}, nullptr, clock);
        QCOMPARE(alerts.windowTitle(), QStringLiteral("告警"));
        auto* add = alerts.findChild<QPushButton*>(QStringLiteral("addRule"));
        QVERIFY(add);
        QCOMPARE(add->text(), QStringLiteral("添加(&A)"));
    }
};

QTEST_MAIN(TestTrendView)
#include "tst_trendview.moc"
