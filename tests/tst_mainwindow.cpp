// The dashboard window, driven like a user drives it (offscreen): real widgets found by object
// name, mouse clicks and key presses, against a real HTTP server on 127.0.0.1 that records what
// it receives. Served numbers must appear in the tiles, the charts and the table; filter
// clicks must change the request; errors must show in the banner.

#include "core/api/poolranking.h"
#include "core/api/requestbudget.h"
#include "core/dashboard/dashboardcontroller.h"
#include "dashboardtestdata.h"
#include "sim/simulator.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/donutchart.h"
#include "ui/charts/poolbarchart.h"
#include "ui/filters/filterpanel.h"
#include "ui/filters/poolpickermodel.h"
#include "ui/style/metricstyle.h"
#include "ui/style/translations.h"
#include "ui/table/poolfilterproxymodel.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/tiles/kpitile.h"
#include "ui/window/errorbanner.h"
#include "ui/window/freshnessbar.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolTip>

using namespace wsdash;
using namespace wsdash::test;

namespace {

// A window on a TestHttpServer, with a fixed clock and its own settings file.
struct Window
{
    TestHttpServer server;
    QNetworkAccessManager network;
    FixedClock clock;
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<DashboardController> controller;
    std::unique_ptr<MainWindow> window;

    // Runs after the controller exists and before the window does.
    std::function<void()> beforeWindow;

    bool open(const StatisticsQuery& query = fullQuery(), QSize size = QSize(1280, 800))
    {
        if (!server.listen() || !dir.isValid())
            return false;
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("wsdash.ini")),
                                               QSettings::IniFormat);
        controller = std::make_unique<DashboardController>(&network, clock);
        controller->setDebounceInterval(std::chrono::milliseconds(50));
        StatisticsRequest request = statisticsRequestFor(server);
        request.query = query;
        controller->setRequest(request);
        if (beforeWindow)
            beforeWindow();
        window = std::make_unique<MainWindow>(*controller, clock, settings.get());
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    // Refreshes and waits until the result is on the widgets.
    bool refresh()
    {
        QSignalSpy shown(window.get(), &MainWindow::resultShown);
        controller->refresh();
        return shown.wait(5000);
    }
    template <typename T> T* find(const QString& name) const { return window->findChild<T*>(name); }
    QStringList lastQueryValues(const QString& key) const
    {
        return server.requests().constLast().queryValues(key);
    }
};

// Clicks a check box on its indicator (a click right of its text does not toggle it).
void clickCheckBox(QCheckBox* box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}

QString label(const QWidget* parent, const QString& name)
{
    const auto* widget = parent->findChild<QLabel*>(name);
    return widget ? widget->text() : QStringLiteral("<no %1>").arg(name);
}

// The environment of a `wsdash --screenshot` child: no display at all, so that it has to pick
// the offscreen platform by itself.
QProcessEnvironment headlessEnvironment(const QString& configDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), configDir);
    return env;
}

// With WSDASH_TEST_SHOTS=DIR set, saves what the window looks like at a step of a test (for
// looking at states a single --screenshot cannot reach, such as stale data under an error).
void saveShot(QWidget* window, const char* name)
{
    const QString dir = qEnvironmentVariable("WSDASH_TEST_SHOTS");
    if (dir.isEmpty())
        return;
    // What a user would see: pending layouts done.
    QCoreApplication::sendPostedEvents();
    QTest::qWait(50);
    if (!dir.isEmpty())
        window->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QLatin1String(".png"));
}

QString fieldOf(Metric metric)
{
    return QLatin1String(metricInfo(metric).field);
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2024, 1, 3), QTime(10, 30), QTimeZone::utc())};

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms; numbers without group separators.
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    void servedNumbersAppearInTilesChartsAndTable()
    {
        Window w;
        QVERIFY(w.open());
        const DesktopStatistics served =
            makeStatistics(12, 10, {QStringLiteral("华东研发中心-图形工作站池-第二批次")});
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.refresh());

        // Tiles: every count, and its share of the total.
        const qint64 total = *served.totals.value(Metric::TotalNum);
        QCOMPARE(label(w.find<KpiTile>(QStringLiteral("kpiTile_total")),
                       QStringLiteral("value_total_num")),
                 QString::number(total));
        for (Family family : kAllFamilies) {
            const auto* tile =
                w.find<KpiTile>(QLatin1String("kpiTile_") + QLatin1String(familyObjectKey(family)));
            QVERIFY(tile);
            QVERIFY(tile->isVisible());
            for (Metric metric : familyMetrics(family)) {
                QCOMPARE(label(tile, QLatin1String("value_") + fieldOf(metric)),
                         QString::number(*served.totals.value(metric)));
                QCOMPARE(label(tile, QLatin1String("share_") + fieldOf(metric)),
                         MetricStyle::share(*served.totals.share(metric)));
            }
        }

        // Donuts: a slice per state with the served count.
        ChartPanel* charts = w.window->chartPanel();
        for (Family family : kAllFamilies) {
            const auto slices = charts->donutSlices(family);
            const QList<Metric> metrics = familyMetrics(family);
            QCOMPARE(slices.size(), metrics.size());
            for (qsizetype i = 0; i < metrics.size(); ++i) {
                QCOMPARE(slices[i].first, MetricStyle::label(metrics[i]));
                QCOMPARE(slices[i].second, qreal(*served.totals.value(metrics[i])));
            }
        }

        // Per-pool bars: the largest pools in order, then "Other" with the sum of the rest.
        const QStringList categories = charts->barCategories();
        QVERIFY(categories.size() >= 3);
        const QList<PoolStatistics>& pools = *served.pools;
        const QList<int> ranking = largestPools(pools, 12);
        const bool folded = categories.size() < 12;
        const int shown = folded ? int(categories.size()) - 1 : int(categories.size());
        QVERIFY(categories.constLast().startsWith(folded ? QStringLiteral("Other") : QString()));
        const Family barFamily = charts->barFamily().value();
        for (Metric metric : familyMetrics(barFamily)) {
            const QList<qreal> values = charts->barValues(metric);
            QCOMPARE(values.size(), categories.size());
            qint64 rest = 0;
            for (int k = 0; k < pools.size(); ++k) {
                const qint64 value = *pools[ranking[k]].counts.value(metric);
                if (k < shown)
                    QCOMPARE(values[k], qreal(value));
                else
                    rest += value;
            }
            if (folded)
                QCOMPARE(values.constLast(), qreal(rest));
        }
        QCOMPARE(charts->barPoolId(0), pools[ranking[0]].id);

        // Table: a row per pool with the served counts, and the totals row first.
        PoolTablePanel* table = w.window->poolTable();
        PoolFilterProxyModel* proxy = table->proxy();
        QCOMPARE(proxy->rowCount(), 13);
        QVERIFY(proxy->index(0, 0).data(PoolTableModel::TotalsRowRole).toBool());
        for (int row = 1; row < proxy->rowCount(); ++row) {
            const QString id = proxy->index(row, 0).data(PoolTableModel::PoolIdRole).toString();
            const auto pool = std::find_if(pools.cbegin(), pools.cend(),
                                           [&id](const PoolStatistics& p) { return p.id == id; });
            QVERIFY(pool != pools.cend());
            QCOMPARE(proxy->index(row, PoolTableModel::NameColumn).data().toString(), pool->name);
            for (int m = 0; m < kMetricCount; ++m) {
                const auto metric = static_cast<Metric>(m);
                QCOMPARE(proxy->index(row, PoolTableModel::columnOf(metric)).data().toString(),
                         QString::number(*pool->counts.value(metric)));
            }
        }
        QCOMPARE(label(table, QStringLiteral("poolTableCount")), QStringLiteral("12 pools"));

        // The freshness line names the data's time, the endpoint, the project and the filters.
        const QString freshness = w.window->freshnessBar()->text();
        QVERIFY2(freshness.contains(QStringLiteral("2024-01-01 00:00:00")), qPrintable(freshness));
        QVERIFY(freshness.contains(w.server.baseUrl()));
        QVERIFY(freshness.contains(kTestProject));
        QVERIFY(freshness.contains(QStringLiteral("Common + Pooled")));
        QVERIFY(!w.window->errorBanner()->isVisible());
        saveShot(w.window.get(), "served-12-pools");
    }

    // The donuts are made when first shown (a narrow window never shows them) and then sit in
    // the Tab order where they would had they been made with the window: before the per-pool
    // chart's controls.
    void donutsAreMadeWhenShownAndTabbedToInPlace()
    {
        Window w;
        QVERIFY(w.open(fullQuery(), QSize(1024, 640)));
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(8))));
        QVERIFY(w.refresh());
        ChartPanel* charts = w.window->chartPanel();
        for (Family family : kAllFamilies)
            QVERIFY(!charts->isDonutVisible(family));
        QVERIFY(w.window->findChildren<DonutChart*>().isEmpty());

        w.window->resize(1920, 1080);
        QTRY_VERIFY(charts->isDonutVisible(Family::Attach));
        QCOMPARE(w.window->findChildren<DonutChart*>().size(), qsizetype(kFamilyCount));

        QStringList tabbed;
        QWidget* widget = w.window.get();
        do {
            widget = widget->nextInFocusChain();
            // (A chart view's unnamed viewport follows it.)
            if ((widget->focusPolicy() & Qt::TabFocus) && !widget->objectName().isEmpty())
                tabbed.append(widget->objectName());
        } while (widget != w.window.get());
        const qsizetype first = tabbed.indexOf(QStringLiteral("donut_attach_statistics"));
        QVERIFY2(first > 0, qPrintable(tabbed.join(QLatin1Char(' '))));
        QCOMPARE(tabbed.mid(first, 4), QStringList({QStringLiteral("donut_attach_statistics"),
                                                    QStringLiteral("donut_run_state_statistics"),
                                                    QStringLiteral("donut_login_state_statistics"),
                                                    QStringLiteral("barFamilyBox")}));
    }

    void filterClicksChangeTheRequest()
    {
        Window w;
        QVERIFY(w.open());
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(4))));
        QVERIFY(w.refresh());
        QCOMPARE(w.lastQueryValues(QStringLiteral("desktop_type")),
                 QStringList({QStringLiteral("DEDICATED"), QStringLiteral("POOLED")}));

        QSignalSpy shown(w.window.get(), &MainWindow::resultShown);
        auto* dedicated = w.find<QCheckBox>(QStringLiteral("desktopTypeDedicated"));
        QVERIFY(dedicated && dedicated->isChecked());
        clickCheckBox(dedicated);
        QVERIFY(!dedicated->isChecked());
        QVERIFY(shown.wait(5000));
        QCOMPARE(w.server.requestCount(), 2);
        QCOMPARE(w.lastQueryValues(QStringLiteral("desktop_type")),
                 QStringList{QStringLiteral("POOLED")});

        // Two quick clicks make one request (debounced).
        clickCheckBox(w.find<QCheckBox>(QStringLiteral("statisticsLogin")));
        clickCheckBox(w.find<QCheckBox>(QStringLiteral("statisticsAttach")));
        QVERIFY(!w.find<QCheckBox>(QStringLiteral("statisticsLogin"))->isChecked());
        QVERIFY(!w.find<QCheckBox>(QStringLiteral("statisticsAttach"))->isChecked());
        QVERIFY(shown.wait(5000));
        QCOMPARE(w.server.requestCount(), 3);
        QCOMPARE(w.lastQueryValues(QStringLiteral("statistics_type")),
                 QStringList{QStringLiteral("run-state")});

        // Pool IDs typed by hand.
        auto* paste = w.find<QLineEdit>(QStringLiteral("pastePoolIds"));
        QTest::keyClicks(paste, QStringLiteral("pool-00002, pool-00001"));
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("addPoolIdsButton")), Qt::LeftButton);
        QVERIFY(shown.wait(5000));
        QCOMPARE(w.lastQueryValues(QStringLiteral("desktop_pool_ids")),
                 QStringList({QStringLiteral("pool-00001"), QStringLiteral("pool-00002")}));
        QCOMPARE(label(w.window.get(), QStringLiteral("poolSelectionLabel")),
                 QStringLiteral("2 pools selected"));

        // A bad ID is refused with a message and sends nothing.
        const int before = w.server.requestCount();
        QTest::keyClicks(paste, QStringLiteral("bad id"));
        QTest::keyClick(paste, Qt::Key_Return);
        auto* error = w.find<QLabel>(QStringLiteral("poolIdError"));
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("\"bad id\"")), qPrintable(error->text()));
        QTest::qWait(50);
        QCOMPARE(w.server.requestCount(), before);

        // Clearing the selection asks for all pools again.
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("clearPoolsButton")), Qt::LeftButton);
        QVERIFY(shown.wait(5000));
        QVERIFY(w.lastQueryValues(QStringLiteral("desktop_pool_ids")).isEmpty());
    }

    void f5RefreshesAndTilesShowTheChange()
    {
        Window w;
        QVERIFY(w.open());
        DesktopStatistics first = makeStatistics(3);
        DesktopStatistics second = first;
        second.totals.setValue(Metric::TotalNum, *first.totals.value(Metric::TotalNum) + 7);
        second.totals.setValue(Metric::InUseNum, *first.totals.value(Metric::InUseNum) - 2);
        w.server.enqueue(ScriptedResponse::json(200, statisticsBody(first)));
        w.server.enqueue(ScriptedResponse::json(200, statisticsBody(second)));
        QVERIFY(w.refresh());
        const auto* total = w.find<KpiTile>(QStringLiteral("kpiTile_total"));
        QVERIFY(total->deltaText(Metric::TotalNum).contains(QStringLiteral("No earlier refresh")));

        QSignalSpy shown(w.window.get(), &MainWindow::resultShown);
        w.window->activateWindow();
        QTest::keyClick(w.window.get(), Qt::Key_F5);
        QVERIFY(shown.wait(5000));
        QCOMPARE(w.server.requestCount(), 2);
        QCOMPARE(total->deltaText(Metric::TotalNum),
                 QStringLiteral("▲ 7 since the previous refresh"));
        const auto* login = w.find<KpiTile>(QStringLiteral("kpiTile_login_state_statistics"));
        QCOMPARE(label(login, QStringLiteral("delta_in_use_num")), QStringLiteral("▼ 2"));
        QCOMPARE(label(login, QStringLiteral("delta_ready_num")), QStringLiteral("= 0"));
    }

    void withoutPooledTheTableExplainsItself()
    {
        Window w;
        QVERIFY(
            w.open(StatisticsQuery::fromStrings({QStringLiteral("DEDICATED")}, {}, {}).value()));
        w.server.setDefaultResponse(ScriptedResponse::json(200, R"({"total_num": 42})"));
        QVERIFY(w.refresh());
        QCOMPARE(label(w.find<KpiTile>(QStringLiteral("kpiTile_total")),
                       QStringLiteral("value_total_num")),
                 QStringLiteral("42"));
        QVERIFY(!w.find<KpiTile>(QStringLiteral("kpiTile_attach_statistics"))->isVisible());
        const auto* placeholder = w.find<QLabel>(QStringLiteral("poolTablePlaceholder"));
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QStringLiteral("Pooled desktops")));
        QVERIFY(w.find<QLabel>(QStringLiteral("barPlaceholder"))->isVisible());
        QVERIFY(
            label(w.window.get(), QStringLiteral("pooledHint")).contains(QStringLiteral("needs")));
    }

    void anEmptyResultSaysWhy()
    {
        Window w;
        QVERIFY(w.open());
        w.server.setDefaultResponse(
            ScriptedResponse::json(200, R"({"total_num": 0, "desktop_pool_statistics": []})"));
        QVERIFY(w.refresh());
        const auto* note = w.find<QLabel>(QStringLiteral("emptyNote"));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(kTestProject), qPrintable(note->text()));
        QVERIFY(w.find<QLabel>(QStringLiteral("poolTablePlaceholder"))->isVisible());
    }

    void errorsShowInTheBannerAndKeepTheDataStale()
    {
        Window w;
        QVERIFY(w.open());
        const DesktopStatistics served = makeStatistics(3);
        w.server.enqueue(ScriptedResponse::json(200, statisticsBody(served)));
        w.server.enqueue(
            ScriptedResponse::json(
                500, R"({"error_code":"WKS.00010001","error_msg":"Internal server error"})")
                .header("X-Request-Id", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        QVERIFY(w.refresh());
        QVERIFY(!w.window->errorBanner()->isVisible());
        w.clock.advance(90);
        QVERIFY(w.refresh());

        ErrorBanner* banner = w.window->errorBanner();
        QVERIFY(banner->isVisible());
        saveShot(w.window.get(), "stale-after-error");
        const QString text = banner->text();
        QVERIFY2(text.contains(QStringLiteral("WKS.00010001")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Internal server error")));
        QVERIFY(text.contains(QStringLiteral("HTTP 500")));
        QVERIFY(text.contains(QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0")));
        QVERIFY(text.contains(QStringLiteral("stale")));

        auto* copy = w.find<QPushButton>(QStringLiteral("copyRequestIdButton"));
        QVERIFY(copy->isVisible());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(),
                 QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0"));

        // The last good numbers stay, marked stale.
        const auto* total = w.find<KpiTile>(QStringLiteral("kpiTile_total"));
        QCOMPARE(label(total, QStringLiteral("value_total_num")),
                 QString::number(*served.totals.value(Metric::TotalNum)));
        QVERIFY(total->isStale());
        QVERIFY(w.window->freshnessBar()->text().contains(QStringLiteral("Stale")));
        QCOMPARE(w.window->poolTable()->proxy()->visiblePoolCount(), 3);

        // Retry from the banner: success clears it.
        w.server.enqueue(ScriptedResponse::json(200, statisticsBody(served)));
        QSignalSpy shown(w.window.get(), &MainWindow::resultShown);
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("retryButton")), Qt::LeftButton);
        QVERIFY(shown.wait(5000));
        QVERIFY(!banner->isVisible());
        QVERIFY(!total->isStale());
    }

    void refusedCredentialsExplainAndStopRefreshing()
    {
        Window w;
        QVERIFY(w.open());
        w.server.setDefaultResponse(
            ScriptedResponse::json(
                401,
                R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information"})")
                .header("X-Request-Id", "0f1e2d3c4b5a69788796a5b4c3d2e1f0"));
        QVERIFY(w.refresh());
        const int sent = w.server.requestCount();

        ErrorBanner* banner = w.window->errorBanner();
        QVERIFY(banner->isVisible());
        const QString text = banner->text();
        // The diagnosis of Test connection, in plain words, and what wsdash does about it.
        QVERIFY2(text.contains(QStringLiteral("The secret key is wrong")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Nothing more is sent")));
        QVERIFY(text.contains(QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0")));
        QVERIFY(w.find<QPushButton>(QStringLiteral("editConnectionButton"))->isVisible());
        QVERIFY(w.find<QPushButton>(QStringLiteral("testConnectionButton"))->isVisible());
        QVERIFY(!w.find<QPushButton>(QStringLiteral("retryButton"))->isVisible());
        QVERIFY2(w.window->freshnessBar()->text().contains(QStringLiteral("auto-refresh paused")),
                 qPrintable(w.window->freshnessBar()->text()));

        // The shortest auto-refresh sends nothing more.
        w.window->setAutoRefreshSeconds(30);
        QVERIFY(!w.window->controller().nextRefreshAt().isValid());
        QCOMPARE(w.server.requestCount(), sent);

        QSignalSpy edit(w.window.get(), &MainWindow::editConnectionRequested);
        QTest::mouseClick(w.find<QPushButton>(QStringLiteral("editConnectionButton")),
                          Qt::LeftButton);
        QCOMPARE(edit.count(), 1);
    }

    void theTableSortsAndFilters()
    {
        Window w;
        QVERIFY(w.open());
        w.server.setDefaultResponse(
            ScriptedResponse::json(200, statisticsBody(makeStatistics(20))));
        QVERIFY(w.refresh());
        auto* view = w.find<QTableView>(QStringLiteral("poolTable"));
        QVERIFY(view && view->isVisible());
        const auto* proxy = w.window->poolTable()->proxy();
        const auto totalAt = [proxy](int row) {
            return proxy->index(row, PoolTableModel::TotalColumn)
                .data(PoolTableModel::SortRole)
                .toLongLong();
        };
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(),
                 int(PoolTableModel::TotalColumn));
        QVERIFY(totalAt(1) >= totalAt(2));

        // A click on the header sorts by that column.
        QHeaderView* header = view->horizontalHeader();
        const int nameX = header->sectionViewportPosition(PoolTableModel::NameColumn) + 10;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(nameX, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(PoolTableModel::NameColumn));
        QCOMPARE(proxy->index(1, PoolTableModel::NameColumn).data().toString(),
                 QStringLiteral("Pool 001"));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(nameX, header->height() / 2));
        QCOMPARE(proxy->index(1, PoolTableModel::NameColumn).data().toString(),
                 QStringLiteral("Pool 020"));
        QVERIFY(proxy->index(0, 0).data(PoolTableModel::TotalsRowRole).toBool());

        // Typing in the filter narrows the rows; the count says so.
        auto* filter = w.find<QLineEdit>(QStringLiteral("poolTableFilter"));
        QTest::keyClicks(filter, QStringLiteral("pool 01"));
        QCOMPARE(proxy->visiblePoolCount(), 10);
        QCOMPARE(label(w.window.get(), QStringLiteral("poolTableCount")),
                 QStringLiteral("10 of 20 pools"));
        filter->clear();
        QCOMPARE(proxy->visiblePoolCount(), 20);
    }

    void copySelectionAsTsv()
    {
        Window w;
        QVERIFY(w.open());
        const DesktopStatistics served = makeStatistics(5);
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QVERIFY(w.refresh());
        auto* view = w.find<QTableView>(QStringLiteral("poolTable"));
        view->setFocus();
        view->selectRow(1);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines =
            QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        const QStringList header = lines[0].split(QLatin1Char('\t'));
        const QStringList cells = lines[1].split(QLatin1Char('\t'));
        QCOMPARE(header.size(), cells.size());
        QCOMPARE(header.constFirst(), QStringLiteral("Pool"));
        QCOMPARE(header.constLast(), QStringLiteral("Pool ID"));
        const QString& id = cells.constLast();
        const auto pool = std::find_if(served.pools->cbegin(), served.pools->cend(),
                                       [&id](const PoolStatistics& p) { return p.id == id; });
        QVERIFY(pool != served.pools->cend());
        QCOMPARE(cells.constFirst(), pool->name);
        QCOMPARE(cells[header.indexOf(QStringLiteral("Desktops"))],
                 QString::number(*pool->counts.value(Metric::TotalNum)));
        QCOMPARE(cells[header.indexOf(QStringLiteral("Disconnected"))],
                 QString::number(*pool->counts.value(Metric::DisconnectedNum)));
    }

    void clickingABarSelectsThePoolInTheTable()
    {
        Window w;
        QVERIFY(w.open());
        w.server.setDefaultResponse(
            ScriptedResponse::json(200, statisticsBody(makeStatistics(40))));
        QVERIFY(w.refresh());
        ChartPanel* charts = w.window->chartPanel();
        QVERIFY(charts->barCategories().size() >= 3);
        const int bar = 1;
        const QString poolId = charts->barPoolId(bar);
        QVERIFY(!poolId.isEmpty());
        // Hide the pool with the table filter first: the click must bring it back.
        QTest::keyClicks(w.find<QLineEdit>(QStringLiteral("poolTableFilter")),
                         QStringLiteral("no such pool"));
        QTest::mouseClick(charts->barChartViewport(), Qt::LeftButton, {}, charts->barCenter(bar));
        auto* view = w.find<QTableView>(QStringLiteral("poolTable"));
        QCOMPARE(view->currentIndex().data(PoolTableModel::PoolIdRole).toString(), poolId);
        QVERIFY(view->selectionModel()->isRowSelected(view->currentIndex().row(), {}));
    }

    // The chart legend and a bar segment say what their count means, in the help page's words.
    void chartLegendsDefineTheirCounts()
    {
        Window w;
        QVERIFY(w.open());
        w.server.setDefaultResponse(
            ScriptedResponse::json(200, statisticsBody(makeStatistics(40))));
        QVERIFY(w.refresh());
        auto* bars = w.window->findChild<PoolBarChart*>();
        QVERIFY(bars);
        const QList<QLegendMarker*> markers = bars->chart()->legend()->markers();
        QVERIFY(markers.size() >= 2);
        QStringList definitions;
        for (QLegendMarker* marker : markers) {
            Q_EMIT marker->hovered(true);
            QTRY_VERIFY(QToolTip::isVisible());
            definitions << QToolTip::text();
            Q_EMIT marker->hovered(false);
        }
        QStringList expected;
        for (QLegendMarker* marker : markers) {
            for (const MetricInfo& info : allMetrics()) {
                if (marker->label().startsWith(MetricStyle::label(info.metric)))
                    expected << MetricStyle::definition(info.metric);
            }
        }
        QCOMPARE(definitions.size(), markers.size());
        for (const QString& definition : definitions)
            QVERIFY2(expected.contains(definition), qPrintable(definition));
        QVERIFY(!definitions.first().isEmpty());
    }

    void settingsRememberAutoRefreshAndLayout()
    {
        Window w;
        QVERIFY(w.open());
        auto* box = w.find<QComboBox>(QStringLiteral("autoRefreshBox"));
        QCOMPARE(box->currentData().toInt(), 0);
        box->setCurrentIndex(box->findData(60));
        QCOMPARE(w.settings->value(QStringLiteral("dashboard/autoRefreshSeconds")).toInt(), 60);
        QCOMPARE(w.controller->autoRefreshInterval(), std::chrono::milliseconds(60000));
        w.window->resize(1100, 700);
        w.window->close();

        MainWindow again(*w.controller, w.clock, w.settings.get());
        QCOMPARE(
            again.findChild<QComboBox*>(QStringLiteral("autoRefreshBox"))->currentData().toInt(),
            60);
        QCOMPARE(again.size(), QSize(1100, 700));
        w.controller->setAutoRefreshInterval(std::chrono::milliseconds(0));
    }

    void freshnessLineSaysWhenARefreshWaitsForTheRateLimit()
    {
        Window w;
        // One token and a frozen clock: the second refresh has to wait for the budget.
        RequestBudget budget(w.clock, {600, 1, 0});
        w.beforeWindow = [&] { w.controller->setRequestBudget(&budget); };
        QVERIFY(w.open());
        w.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        QVERIFY(w.refresh());
        QVERIFY(!w.window->freshnessBar()->text().contains(QStringLiteral("rate limit")));
        w.controller->refresh();
        QVERIFY(w.controller->isWaitingForBudget());
        const QString freshness = w.window->freshnessBar()->text();
        QVERIFY2(freshness.contains(QStringLiteral("waiting for the API rate limit")),
                 qPrintable(freshness));
        QCOMPARE(w.server.requestCount(), 1);
        w.controller->setRequestBudget(nullptr); // the budget goes first
    }

    void tenThousandPoolsRenderQuickly()
    {
        Window w;
        QElapsedTimer timer;
        qint64 renderMs = -1;
        // Connected before the window's own slot: from the delivered result to all of it shown.
        w.beforeWindow = [&] {
            connect(w.controller.get(), &DashboardController::resultDelivered, this,
                    [&timer] { timer.start(); });
        };
        QVERIFY(w.open());
        connect(w.window.get(), &MainWindow::resultShown, this,
                [&] { renderMs = timer.elapsed(); });
        w.server.setDefaultResponse(
            ScriptedResponse::json(200, statisticsBody(makeStatistics(10000))));
        QVERIFY(w.refresh());
        qInfo("10,000 pools: tiles, charts and table rendered in %lld ms", renderMs);
        QCOMPARE(w.window->poolTable()->proxy()->visiblePoolCount(), 10000);
        QVERIFY(w.window->chartPanel()->barCaption().contains(QLocale().toString(10000)));
        QVERIFY2(renderMs >= 0 && renderMs < 1000, qPrintable(QString::number(renderMs)));
    }

    void thePoolListComesFromTheApiAndFiltersByPool()
    {
        // End to end against the in-process simulator: its pool list fills the picker, and
        // checking a pool (keyboard only) asks for that pool.
        sim::SimulatorConfig config;
        config.fleet.pools = 12;
        config.fleet.seed = 3;
        sim::Simulator simulator(config, m_clock);
        QVERIFY(simulator.start());
        QNetworkAccessManager network;
        DashboardController controller(&network, m_clock);
        controller.setDebounceInterval(std::chrono::milliseconds(10));
        StatisticsRequest request;
        request.endpoint = simulator.endpoint();
        request.projectId = simulator.projectId();
        request.credentials = simulator.clientCredentials();
        request.query = fullQuery();
        controller.setRequest(request);
        MainWindow window(controller, m_clock, nullptr);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy pools(&window, &MainWindow::poolsShown);
        QSignalSpy shown(&window, &MainWindow::resultShown);
        window.start();
        QVERIFY(pools.count() == 1 || pools.wait(5000));
        QVERIFY(shown.count() == 1 || shown.wait(5000));
        QVERIFY(shown.takeFirst().constFirst().toBool());

        auto* list = window.findChild<QListView*>(QStringLiteral("poolList"));
        QCOMPARE(list->model()->rowCount(), 12);
        QCOMPARE(window.poolTable()->proxy()->visiblePoolCount(), 12);

        // Search, then check the only match with the space bar.
        const QModelIndex first = list->model()->index(0, 0);
        const QString poolId = first.data(PoolPickerModel::PoolIdRole).toString();
        const QString name = first.data().toString();
        QTest::keyClicks(window.findChild<QLineEdit*>(QStringLiteral("poolSearch")), name);
        QCOMPARE(list->model()->rowCount(), 1);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->model()->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(shown.wait(5000));

        const sim::HttpRequest& last = simulator.receivedRequests().constLast();
        QVERIFY(last.decodedPath().endsWith(QLatin1String("/statistics")));
        QStringList ids;
        for (const QueryParameter& item : last.queryItems()) {
            if (item.first == QLatin1String("desktop_pool_ids"))
                ids.append(item.second);
        }
        QCOMPARE(ids, QStringList{poolId});
        QCOMPARE(window.poolTable()->proxy()->visiblePoolCount(), 1);
        QCOMPARE(window.poolTable()->proxy()->index(1, PoolTableModel::IdColumn).data().toString(),
                 poolId);
    }

    void screenshotIsWrittenAtTheRequestedSize_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QSize>("size");
        QTest::addRow("light 1024x640") << QStringLiteral("light") << QSize(1024, 640);
        QTest::addRow("dark 1280x800") << QStringLiteral("dark") << QSize(1280, 800);
    }

    void screenshotIsWrittenAtTheRequestedSize()
    {
        QFETCH(QString, theme);
        QFETCH(QSize, size);
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("demo.png"));
        QByteArray err;
        const int status = runWsdash({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
                                      QStringLiteral("--size"),
                                      QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                                      QStringLiteral("--theme"), theme},
                                     headlessEnvironment(dir.path()), &err);
        QVERIFY2(status == 0, err.constData());
        const QImage image(png);
        QCOMPARE(image.size(), size);
        // Dark and light really differ: the window background's lightness.
        const int lightness = image.pixelColor(size.width() / 2, size.height() - 3).lightness();
        QVERIFY2(theme == QLatin1String("dark") ? lightness < 100 : lightness > 150,
                 qPrintable(QString::number(lightness)));
    }

    void screenshotOfAFailedRequestShowsTheErrorAndExits2()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(
            ScriptedResponse::json(
                401,
                R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information"})")
                .header("X-Request-Id", "feedc0de"));
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("error.png"));
        QProcessEnvironment env = headlessEnvironment(dir.path());
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(kTestAk));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(kTestSk));
        QByteArray err;
        const int status =
            runWsdash({QStringLiteral("--endpoint"), server.baseUrl(),
                       QStringLiteral("--project-id"), kTestProject, QStringLiteral("--screenshot"),
                       png, QStringLiteral("--size"), QStringLiteral("800x600")},
                      env, &err);
        QCOMPARE(status, 2);
        QVERIFY2(err.contains("APIG.0301") && err.contains("feedc0de"), err.constData());
        QCOMPARE(QImage(png).size(), QSize(800, 600));
        QVERIFY(!err.contains(kTestSk));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
