// The history and alert parts of the window (offscreen, real widgets, a real HTTP server):
// KPI tiles with the change against 24 h ago and sparklines from a store filled with known
// snapshots; an alert rule breached by a served result highlights the right tile row and logs
// one event; the alerts dialog adds a rule and rejects an invalid one with the parser's message.

#include "core/dashboard/dashboardcontroller.h"
#include "core/history/alertmonitor.h"
#include "core/history/alertrulesettings.h"
#include "core/history/historyreader.h"
#include "core/history/snapshotstore.h"
#include "core/history/tiletrends.h"
#include "dashboardtestdata.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"
#include "ui/alerts/alertcontrols.h"
#include "ui/alerts/alertsdialog.h"
#include "ui/style/metricstyle.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/tiles/kpitile.h"
#include "ui/tiles/sparkline.h"
#include "ui/window/mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QString kProfile = QStringLiteral("Alerts test");

struct Window
{
    TestHttpServer server;
    QNetworkAccessManager network;
    FixedClock clock{QDateTime(QDate(2024, 5, 2), QTime(12, 0), QTimeZone::utc())};
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<SnapshotStore> store;
    std::unique_ptr<DashboardController> controller;
    std::unique_ptr<MainWindow> window;
    AlertControls* alerts = nullptr;

    bool open(bool withStore, const QList<AlertRule>& rules = {})
    {
        if (!server.listen() || !dir.isValid())
            return false;
        qputenv("WSDASH_DATA_DIR", dir.path().toUtf8());
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("wsdash.ini")),
                                               QSettings::IniFormat);
        AlertRuleSettings::save(*settings, kProfile, rules);
        if (withStore) {
            SnapshotStore::Options options;
            options.database.path = dir.filePath(QStringLiteral("history.db"));
            store = std::make_unique<SnapshotStore>(options, clock);
        }
        controller = std::make_unique<DashboardController>(&network, clock);
        StatisticsRequest request = statisticsRequestFor(server);
        request.query = fullQuery();
        controller->setRequest(request);
        controller->setProfileName(kProfile);
        window = std::make_unique<MainWindow>(*controller, clock, settings.get());
        alerts = new AlertControls(*window, *controller, store.get(), settings.get(), clock);
        window->resize(1280, 800);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    bool refresh()
    {
        QSignalSpy shown(alerts, &AlertControls::tilesUpdated);
        controller->refresh();
        return shown.wait(5000);
    }
    // Until the alerts are on the tiles and the window has shown the whole result (it shows the
    // table an event after the tiles).
    bool refreshTable()
    {
        QSignalSpy tiles(alerts, &AlertControls::tilesUpdated);
        QSignalSpy shown(window.get(), &MainWindow::resultShown);
        controller->refresh();
        return (!tiles.isEmpty() || tiles.wait(5000)) && (!shown.isEmpty() || shown.wait(5000));
    }
    KpiTile* tile(Family family) const { return window->kpiPanel()->familyTile(family); }
};

// Waits for everything queued on the store.
void waitIdle(SnapshotStore& store)
{
    bool idle = false;
    QObject context;
    store.whenIdle(&context, [&idle] { idle = true; });
    QTRY_VERIFY_WITH_TIMEOUT(idle, 5000);
}

DesktopStatistics withTotal(DesktopStatistics statistics, qint64 total)
{
    statistics.totals.setValue(Metric::TotalNum, total);
    return statistics;
}

} // namespace

class TestAlertControls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tilesShowChangeAgainst24hAndSparkline()
    {
        Window w;
        const DesktopStatistics served = makeStatistics(3);
        const qint64 total = *served.totals.value(Metric::TotalNum);
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.open(true));
        const SeriesKey key = w.alerts->currentKey();
        const QDateTime now = w.clock.now();
        w.store->record(QList<Snapshot>{
            {now.addSecs(-24 * 3600), key, withTotal(served, total - 12)},
            {now.addSecs(-3 * 3600), key, withTotal(served, total - 3)},
            {now.addSecs(-2 * 3600), key, withTotal(served, total - 5)},
            {now.addSecs(-3600), key, withTotal(served, total - 1)},
        });
        waitIdle(*w.store);

        QSignalSpy trends(w.alerts->trends(), &TileTrends::updated);
        QVERIFY(w.refresh());
        QVERIFY(trends.wait(5000));
        KpiTile* totalTile = w.window->kpiPanel()->totalTile();
        QCOMPARE(totalTile->trendText(Metric::TotalNum),
                 MetricStyle::delta(12) + QStringLiteral(" vs 24 h ago"));
        const Sparkline* spark = totalTile->sparkline(Metric::TotalNum);
        QVERIFY(spark->isVisibleTo(totalTile));
        QCOMPARE(spark->values(),
                 (QList<double>{double(total - 3), double(total - 5), double(total - 1)}));
        QCOMPARE(spark->points().size(), 3);
        // The highest value is drawn highest (smallest y).
        QVERIFY(spark->points().at(2).y() < spark->points().at(1).y());
        // A count that was the same 24 h ago.
        // In a family tile the column's title says "vs 24 h"; the cell holds the change.
        QCOMPARE(w.tile(Family::Run)->trendText(Metric::ErrorNum), MetricStyle::delta(0));
        QVERIFY(w.tile(Family::Run)
                    ->findChild<QLabel*>(QStringLiteral("head_ago"))
                    ->isVisibleTo(w.tile(Family::Run)));
    }

    void tilesWithoutPastSayNoData()
    {
        Window w;
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        QVERIFY(w.open(true));
        QSignalSpy trends(w.alerts->trends(), &TileTrends::updated);
        QVERIFY(w.refresh());
        QVERIFY(trends.wait(5000));
        // "vs 24 h" shows only once the history reaches that far back: no text, no column.
        QCOMPARE(w.window->kpiPanel()->totalTile()->trendText(Metric::TotalNum), QString());
        QCOMPARE(w.tile(Family::Run)->trendText(Metric::ErrorNum), QString());
        auto* head = w.tile(Family::Run)->findChild<QLabel*>(QStringLiteral("head_ago"));
        QVERIFY(head);
        QVERIFY(!head->isVisibleTo(w.tile(Family::Run)));
    }

    void withoutStoreTilesLookAsBefore()
    {
        Window w;
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        QVERIFY(w.open(false));
        QVERIFY(w.alerts->trends() == nullptr);
        QVERIFY(w.refresh());
        KpiTile* totalTile = w.window->kpiPanel()->totalTile();
        QCOMPARE(totalTile->trendText(Metric::TotalNum), QString());
        QVERIFY(!totalTile->sparkline(Metric::TotalNum)->isVisibleTo(totalTile));
        QVERIFY(
            !w.tile(Family::Run)->sparkline(Metric::ErrorNum)->isVisibleTo(w.tile(Family::Run)));
    }

    void breachedRuleHighlightsRowAndLogsOneEvent()
    {
        Window w;
        DesktopStatistics served = makeStatistics(2);
        served.totals.setValue(Metric::ErrorNum, 4);
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.open(true, {*AlertRule::parse(QStringLiteral("error_num > 0"))}));
        QCOMPARE(w.alerts->monitor()->rules().size(), 1);
        QVERIFY(w.refresh());

        KpiTile* run = w.tile(Family::Run);
        QVERIFY(run->alertText(Metric::ErrorNum).contains(QStringLiteral("critical")));
        auto* band = run->findChild<QWidget*>(QStringLiteral("band_error_num"));
        QVERIFY(band && band->isVisibleTo(run));
        QCOMPARE(run->alertText(Metric::ActiveNum), QString());
        QVERIFY(!run->findChild<QWidget*>(QStringLiteral("band_active_num"))->isVisibleTo(run));
        QCOMPARE(w.window->kpiPanel()->totalTile()->alertText(Metric::TotalNum), QString());

        // A second breaching result changes nothing: still one event in the log.
        QVERIFY(w.refresh());
        waitIdle(*w.store);
        std::optional<QList<AlertLogEntry>> log;
        QObject context;
        w.store->alertLog(w.clock.now().addDays(-1), w.clock.now().addDays(1), &context,
                          [&log](const auto& entries) {
                              if (entries)
                                  log = *entries;
                          });
        QTRY_VERIFY_WITH_TIMEOUT(log.has_value(), 5000);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->constFirst().event.rule, QStringLiteral("error_num > critical 0"));
        QCOMPARE(log->constFirst().event.to, AlertLevel::Critical);

        // The dialog lists it.
        AlertsDialog dialog(w.alerts->monitor()->rules(), w.store.get(), w.clock);
        QSignalSpy loaded(&dialog, &AlertsDialog::logLoaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(dialog.logRowCount(), 1);
    }

    void eachPoolRuleHighlightsThePoolsRowInTheTable()
    {
        Window w;
        DesktopStatistics served = makeStatistics(3);
        for (PoolStatistics& pool : *served.pools)
            pool.counts.setValue(Metric::ErrorNum, 0);
        (*served.pools)[1].counts.setValue(Metric::ErrorNum, 2);
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.open(false, {*AlertRule::parse(QStringLiteral("each-pool error_num > 0"))}));
        QVERIFY(w.refreshTable());

        // What the table view shows (through its filter proxy).
        const QAbstractItemModel* shown = w.window->poolTable()->view()->model();
        int breached = 0;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const QModelIndex name = shown->index(row, PoolTableModel::NameColumn);
            const int level = name.data(PoolTableModel::AlertLevelRole).toInt();
            const bool isBad =
                name.data(PoolTableModel::PoolIdRole).toString() == served.pools->at(1).id;
            QCOMPARE(level, static_cast<int>(isBad ? AlertLevel::Critical : AlertLevel::Ok));
            QCOMPARE(name.data(Qt::DecorationRole).isValid(), isBad);
            QCOMPARE(name.data(Qt::BackgroundRole).isValid(), isBad);
            breached += isBad ? 1 : 0;
        }
        QCOMPARE(breached, 1);

        // The next result is fine again: the row is plain again.
        for (PoolStatistics& pool : *served.pools)
            pool.counts.setValue(Metric::ErrorNum, 0);
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.refreshTable());
        QCOMPARE(w.window->poolTable()->model()->poolAlertLevel(served.pools->at(1).id),
                 AlertLevel::Ok);
    }

    void noSavedRulesMeansNoRules()
    {
        Window w;
        DesktopStatistics served = makeStatistics(2);
        served.totals.setValue(Metric::ErrorNum, 4);
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.open(false));
        QVERIFY(w.alerts->monitor()->rules().isEmpty());
        QVERIFY(w.refresh());
        QCOMPARE(w.tile(Family::Run)->alertText(Metric::ErrorNum), QString());
    }

    void dialogAddsRuleAndRejectsInvalidOne()
    {
        FixedClock clock;
        AlertsDialog dialog({}, nullptr, clock);
        dialog.show();
        auto* input = dialog.findChild<QLineEdit*>(QStringLiteral("ruleInput"));
        auto* add = dialog.findChild<QPushButton*>(QStringLiteral("addRule"));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("ruleList"));
        QVERIFY(input && add && list);

        QTest::keyClicks(input, QStringLiteral("attach_error_num >= warning 5 critical 10"));
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.rules().size(), 1);
        QVERIFY(list->item(0)->text().endsWith(dialog.rules().constFirst().toText()));
        QVERIFY(input->text().isEmpty());
        QCOMPARE(dialog.errorText(), QString());

        const QString invalid = QStringLiteral("error_num >> 5");
        const auto parsed = AlertRule::parse(invalid);
        QVERIFY(!parsed);
        QTest::keyClicks(input, invalid);
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(dialog.rules().size(), 1);
        QVERIFY(!dialog.errorText().isEmpty());
        QCOMPARE(dialog.errorText(), parsed.error().message);
        QCOMPARE(input->text(), invalid); // kept for correcting
    }

    void enterInTheRuleFieldAddsTheRule()
    {
        FixedClock clock;
        AlertsDialog dialog({}, nullptr, clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* input = dialog.findChild<QLineEdit*>(QStringLiteral("ruleInput"));
        input->setFocus();
        // The console's name, in any case, stands for the API field.
        QTest::keyClicks(input, QStringLiteral("faulty > 0"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), 0);
        QCOMPARE(dialog.rules().size(), 1);
        QCOMPARE(dialog.rules().constFirst().toText(), QStringLiteral("error_num > critical 0"));
        QVERIFY(input->text().isEmpty());
        // API names are still accepted; Enter on an invalid rule keeps it and says why.
        QTest::keyClicks(input, QStringLiteral("each-pool Assignment failed >= 2"));
        QTest::keyClick(input, Qt::Key_Enter);
        QCOMPARE(dialog.rules().size(), 2);
        QCOMPARE(dialog.rules().at(1).metric, Metric::AttachErrorNum);
        QTest::keyClicks(input, QStringLiteral("broken > 0"));
        QTest::keyClick(input, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.rules().size(), 2);
        // An unknown count lists the counts there are, by name and field.
        QVERIFY2(dialog.errorText().contains(QLatin1String("Faulty (error_num)")),
                 qPrintable(dialog.errorText()));
    }

    void closingWithUnsavedEditsAsks_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("staysOpen");
        QTest::addColumn<int>("result");
        QTest::addRow("cancel") << int(QMessageBox::Cancel) << true << 0;
        QTest::addRow("discard") << int(QMessageBox::Discard) << false << int(QDialog::Rejected);
        QTest::addRow("save") << int(QMessageBox::Save) << false << int(QDialog::Accepted);
    }

    void closingWithUnsavedEditsAsks()
    {
        QFETCH(int, answer);
        QFETCH(bool, staysOpen);
        QFETCH(int, result);
        FixedClock clock;
        AlertsDialog dialog({}, nullptr, clock);
        dialog.show();
        QVERIFY(!dialog.hasUnsavedEdits());
        QVERIFY(dialog.addRule(QStringLiteral("error_num > 0")));
        QVERIFY(dialog.hasUnsavedEdits());
        bool asked = false;
        QTimer::singleShot(0, &dialog, [&] {
            auto* box = dialog.findChild<QMessageBox*>(QStringLiteral("unsavedRulesBox"));
            asked = box != nullptr;
            if (box)
                box->button(QMessageBox::StandardButton(answer))->click();
        });
        dialog.reject();
        QVERIFY(asked);
        QCOMPARE(dialog.isVisible(), staysOpen);
        QCOMPARE(dialog.result(), result);
        QCOMPARE(dialog.rules().size(), 1);
    }

    void restartLogsNoTransition()
    {
        Window w;
        DesktopStatistics served = makeStatistics(2);
        served.totals.setValue(Metric::ErrorNum, 3);
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.open(true, {*AlertRule::parse(QStringLiteral("error_num > 0"))}));
        QSignalSpy firstEvents(w.alerts->monitor(), &AlertMonitor::alertsChanged);
        QVERIFY(w.refresh());
        QCOMPARE(firstEvents.size(), 1);
        waitIdle(*w.store);

        // A new window on the same history and settings: the alert is still on, nothing logged.
        w.window.reset();
        w.window = std::make_unique<MainWindow>(*w.controller, w.clock, w.settings.get());
        w.alerts =
            new AlertControls(*w.window, *w.controller, w.store.get(), w.settings.get(), w.clock);
        w.window->show();
        QSignalSpy laterEvents(w.alerts->monitor(), &AlertMonitor::alertsChanged);
        QVERIFY(w.refresh());
        QCOMPARE(laterEvents.size(), 0);
        QCOMPARE(w.tile(Family::Run)->alertText(Metric::ErrorNum), KpiTile::tr("\u26a0 critical"));
        waitIdle(*w.store);
        int logged = -1;
        w.store->alertLog(w.clock.now().addDays(-1), w.clock.now().addSecs(60), w.window.get(),
                          [&logged](const Expected<QList<AlertLogEntry>, HistoryError>& log) {
                              logged = log ? int(log->size()) : -2;
                          });
        QTRY_COMPARE_WITH_TIMEOUT(logged, 1, 5000);
    }

    void rulesFollowTheConnectionNotItsLabel()
    {
        // The demo's label is translated; its rules are kept under its series source.
        Window w;
        DesktopStatistics served = makeStatistics(2);
        served.totals.setValue(Metric::ErrorNum, 3);
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.open(false));
        AlertRuleSettings::save(*w.settings, QStringLiteral("demo"),
                                {*AlertRule::parse(QStringLiteral("error_num > 0"))});
        w.controller->setSeriesSource(QStringLiteral("demo"));
        w.controller->setProfileName(QStringLiteral("演示模拟器"));
        QVERIFY(w.refresh());
        QCOMPARE(w.alerts->monitor()->rules().size(), 1);
        QCOMPARE(w.tile(Family::Run)->alertText(Metric::ErrorNum), KpiTile::tr("\u26a0 critical"));
    }

    void dialogSaveStoresRulesPerProfile()
    {
        Window w;
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(1))));
        QVERIFY(w.open(false));
        w.alerts->openAlertsDialog();
        auto* dialog = w.window->findChild<AlertsDialog*>(QStringLiteral("alertsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->addRule(QStringLiteral("each-pool ready_num < 2")));
        dialog->accept();
        QCOMPARE(w.alerts->monitor()->rules().size(), 1);
        const QList<AlertRule> saved = AlertRuleSettings::load(*w.settings, kProfile);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.constFirst().toText(), QStringLiteral("each-pool ready_num < critical 2"));
        QVERIFY(AlertRuleSettings::load(*w.settings, QStringLiteral("other")).isEmpty());
    }
};

QTEST_MAIN(TestAlertControls)
#include "tst_alertcontrols.moc"
