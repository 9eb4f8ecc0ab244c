// The desktops view and its hooks, on a real window against the in-process simulator: a click
// on a KPI tile row, Enter on a donut slice and on a pool-table cell open a view for exactly
// that count and scope; the rows equal the count; the view says how they were chosen; a page
// failing mid-way keeps what arrived; closing a view stops its paging; copy and export.

#include "core/dashboard/dashboardcontroller.h"
#include "sim/simulator.h"
#include "simtestsupport.h"
#include "support/clienttestsupport.h"
#include "ui/charts/chartpanel.h"
#include "ui/charts/donutchart.h"
#include "ui/charts/poolbarchart.h"
#include "ui/desktops/desktoplistmodel.h"
#include "ui/desktops/desktopsview.h"
#include "ui/table/frozencolumnview.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/window/drilldownlauncher.h"
#include "ui/window/mainwindow.h"
#include "windowrig.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

struct Rig : WindowRig
{
    explicit Rig(int desktops = 1300)
        : WindowRig(smallConfig(8, desktops))
    {
        launcher = new DrillDownLauncher(*controller, &fixture.network, fixture.clock, nullptr,
                                         window.get());
        launcher->connectTo(window->kpiPanel(), window->chartPanel(), window->poolTable());
    }
    // Waits until the view has listed everything (or failed).
    static bool finish(DesktopsView* view)
    {
        if (!view)
            return false;
        QSignalSpy done(view, &DesktopsView::listingFinished);
        return !view->isLoading() || done.wait(10000);
    }
    qint64 total(Metric metric) const
    {
        return *controller->current()->statistics->totals.value(metric);
    }

    DrillDownLauncher* launcher = nullptr;
};

} // namespace

class TestDesktopsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clickOnATileRowListsThatCount()
    {
        Rig rig;
        QVERIFY(rig.load());
        QSignalSpy opened(rig.launcher, &DrillDownLauncher::viewOpened);
        auto* name = rig.window->findChild<QLabel*>(QStringLiteral("name_error_num"));
        QVERIFY(name);
        QTest::mouseClick(name, Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        auto* view = opened.constFirst().constFirst().value<DesktopsView*>();
        QVERIFY(Rig::finish(view));
        new QAbstractItemModelTester(view->model(), view);
        QCOMPARE(view->model()->rowCount(), rig.total(Metric::ErrorNum));
        for (const DesktopDetail& d : view->model()->desktops())
            QCOMPARE(d.status, QStringLiteral("ERROR"));
        QCOMPARE(view->selectionText(),
                 QStringLiteral("How these rows were chosen: status = ERROR on the server."));
        QVERIFY2(
            view->reconciliationText().startsWith(
                QStringLiteral("The statistics said %1; all").arg(rig.total(Metric::ErrorNum))),
            qPrintable(view->reconciliationText()));

        // Enter on the focused row name opens a second view (several can be open).
        auto* ready = rig.window->findChild<QLabel*>(QStringLiteral("name_ready_num"));
        ready->setFocus();
        QTest::keyClick(ready, Qt::Key_Return);
        QCOMPARE(opened.count(), 2);
        auto* second = opened.at(1).constFirst().value<DesktopsView*>();
        QVERIFY(Rig::finish(second));
        QCOMPARE(second->model()->rowCount(), rig.total(Metric::ReadyNum));
        QVERIFY(second->selectionText().contains(QStringLiteral("login status = REGISTERED here")));
        QCOMPARE(rig.launcher->openViews().size(), 2);
    }

    void unableToConnectIsNotDrillableAndSaysWhy()
    {
        Rig rig;
        QVERIFY(rig.load());
        QSignalSpy opened(rig.launcher, &DrillDownLauncher::viewOpened);
        auto* name = rig.window->findChild<QLabel*>(QStringLiteral("name_unable_to_connect_num"));
        QVERIFY(name);
        QVERIFY(name->toolTip().contains(QStringLiteral("unable to connect")));
        QTest::mouseClick(name, Qt::LeftButton);
        QCOMPARE(opened.count(), 0);
    }

    void donutSliceByKeyboard()
    {
        Rig rig;
        QVERIFY(rig.load());
        QSignalSpy opened(rig.launcher, &DrillDownLauncher::viewOpened);
        // Wide enough for the donuts (they are made when first shown).
        rig.window->resize(1920, 1080);
        QTRY_VERIFY(rig.window->chartPanel()->isDonutVisible(Family::Run));
        DonutChart* donut = nullptr;
        for (auto* chart : rig.window->findChildren<DonutChart*>()) {
            if (chart->family() == Family::Run)
                donut = chart;
        }
        QVERIFY(donut);
        donut->setFocus();
        QTest::keyClick(donut, Qt::Key_Right); // the first slice: Stopped
        QTest::keyClick(donut, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        auto* view = opened.constFirst().constFirst().value<DesktopsView*>();
        QCOMPARE(view->request().plan.count(), Metric::StopNum);
        QVERIFY(Rig::finish(view));
        QCOMPARE(view->model()->rowCount(), rig.total(Metric::StopNum));
    }

    void poolTableCellOpensThatPool()
    {
        Rig rig;
        QVERIFY(rig.load());
        QSignalSpy opened(rig.launcher, &DrillDownLauncher::viewOpened);
        PoolTablePanel* table = rig.window->poolTable();
        QTableView* view = table->view();
        const sim::FleetPool& pool = rig.fixture.sim().fleet().pools()[3];
        const int column = PoolTableModel::columnOf(Metric::AttachedNum);
        QModelIndex cell;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, column);
            if (index.data(PoolTableModel::PoolIdRole).toString() == pool.id)
                cell = index;
        }
        QVERIFY(cell.isValid());
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        auto* drill = opened.constFirst().constFirst().value<DesktopsView*>();
        QVERIFY(Rig::finish(drill));
        qint64 expected = -1;
        for (const PoolStatistics& p : *rig.controller->current()->statistics->pools) {
            if (p.id == pool.id)
                expected = *p.counts.value(Metric::AttachedNum);
        }
        QCOMPARE(drill->model()->rowCount(), expected);
        QCOMPARE(drill->request().plan.serverFilter().poolIds, QStringList{pool.id});
        QVERIFY(drill->selectionText().contains(QStringLiteral(
            "user assigned = true on the server, then assignment state = ATTACHED here")));

        // A mouse click on another cell (the pool's total) opens another view.
        const QModelIndex total = cell.siblingAtColumn(PoolTableModel::columnOf(Metric::TotalNum));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(total).center());
        QCOMPARE(opened.count(), 2);
        auto* all = opened.at(1).constFirst().value<DesktopsView*>();
        QVERIFY(Rig::finish(all));
        QCOMPARE(all->model()->rowCount(), pool.desktopCount);

        // The pool's name, in the frozen Pool column drawn over the table's left edge, lists
        // all its desktops too (a click there reaches the overlay, not the table).
        auto* frozenColumn = qobject_cast<FrozenColumnView*>(view);
        QVERIFY(frozenColumn);
        QTableView* overlay = frozenColumn->frozenView();
        const QModelIndex name = cell.siblingAtColumn(PoolTableModel::NameColumn);
        QVERIFY(overlay->isVisible());
        QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QLatin1String("all desktops")));
        QTest::mouseClick(overlay->viewport(), Qt::LeftButton, {},
                          overlay->visualRect(name).center());
        QCOMPARE(opened.count(), 3);
        auto* byName = opened.at(2).constFirst().value<DesktopsView*>();
        QCOMPARE(byName->request().plan.count(), Metric::TotalNum);
        QCOMPARE(byName->request().plan.serverFilter().poolIds, QStringList{pool.id});
        QVERIFY(Rig::finish(byName));
        QCOMPARE(byName->model()->rowCount(), pool.desktopCount);
    }

    void barSegmentOpensThatPoolAndState()
    {
        Rig rig;
        QVERIFY(rig.load());
        QSignalSpy opened(rig.launcher, &DrillDownLauncher::viewOpened);
        auto* bars = rig.window->findChild<PoolBarChart*>();
        QVERIFY(bars);
        const QString poolId = bars->poolIdAt(0);
        QVERIFY(!poolId.isEmpty());
        // A real click in the middle of the largest pool's bar hits one state's segment.
        ChartPanel* charts = rig.window->chartPanel();
        QTest::mouseClick(charts->barChartViewport(), Qt::LeftButton, {}, charts->barCenter(0));
        QCOMPARE(opened.count(), 1);
        auto* view = opened.constFirst().constFirst().value<DesktopsView*>();
        const Metric metric = view->request().plan.count();
        QVERIFY(familyMetrics(Family::Run).contains(metric)); // the bars show the run state
        QCOMPARE(view->request().plan.serverFilter().poolIds, QStringList{poolId});
        QVERIFY(Rig::finish(view));
        qint64 expected = -1;
        for (const PoolStatistics& p : *rig.controller->current()->statistics->pools) {
            if (p.id == poolId)
                expected = *p.counts.value(metric);
        }
        QCOMPARE(view->model()->rowCount(), expected);
        // The "unable to connect" segment opens nothing.
        Q_EMIT bars->segmentClicked(poolId, Metric::UnableToConnectNum);
        QCOMPARE(opened.count(), 1);
    }

    void aFailingPageKeepsWhatArrived()
    {
        Rig rig;
        QVERIFY(rig.load());
        sim::FaultSettings faults;
        faults.fault = sim::Fault::InternalError;
        faults.listPage = 2;
        rig.fixture.sim().setFaults(faults);
        DesktopsView* view = rig.launcher->open(Metric::TotalNum);
        QVERIFY(Rig::finish(view));
        QCOMPARE(view->model()->rowCount(), 500);
        QVERIFY2(view->statusText().startsWith(QStringLiteral("Page 2 failed")),
                 qPrintable(view->statusText()));
        QVERIFY(view->statusText().contains(QStringLiteral("500 desktops")));
        QVERIFY(view->reconciliationText().contains(QStringLiteral("incomplete")));
    }

    void closingAViewStopsItsPaging()
    {
        Rig rig;
        QVERIFY(rig.load());
        sim::FaultSettings slow;
        slow.latency = std::chrono::milliseconds(150);
        rig.fixture.sim().setFaults(slow);
        QPointer<DesktopsView> view = rig.launcher->open(Metric::TotalNum);
        QVERIFY(view);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() == 500, 5000); // page 1 in
        view->close();                                                    // WA_DeleteOnClose
        QTRY_VERIFY(view.isNull());
        // Page 2 was asked for the moment page 1 arrived and may still reach the simulator
        // (QNAM writes on its own thread); page 3 (offset 1000 of 1300) must never be asked.
        QTest::qWait(600); // four page latencies
        const auto pageThreeAsked = [&rig] {
            for (const auto& request : rig.fixture.sim().receivedRequests()) {
                if (request.path.endsWith("/desktops/detail") &&
                    request.query.contains("offset=1000"))
                    return true;
            }
            return false;
        };
        QVERIFY(!pageThreeAsked());
        QVERIFY(rig.launcher->openViews().isEmpty());
    }

    void filterCopyAndExport()
    {
        Rig rig;
        QVERIFY(rig.load());
        DesktopsView* view =
            rig.launcher->open(Metric::TotalNum, rig.fixture.sim().fleet().pools()[0].id);
        QVERIFY(Rig::finish(view));
        const int all = view->proxy()->rowCount();
        QVERIFY(all > 2);
        view->findChild<QLineEdit*>(QStringLiteral("drillFilter"))
            ->setText(QStringLiteral("pool01-001"));
        QCOMPARE(view->proxy()->rowCount(), 1);
        const QString copied = view->copyText();
        QVERIFY(copied.startsWith(QStringLiteral("Computer name\tDesktop ID\t")));
        QVERIFY(copied.contains(QStringLiteral("\npool01-001\t")));

        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("d.csv"));
        QVERIFY(!view->exportTo(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith(
            "desktop_id,computer_name,desktop_type,status,login_status,attach_state,user_name"));
        QCOMPARE(lines.size(), 3); // header, one row, the empty rest after the last CRLF
        const QString json = dir.filePath(QStringLiteral("d.json"));
        QVERIFY(!view->exportTo(json));
        QFile jfile(json);
        QVERIFY(jfile.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(jfile.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("count")).toString(), QStringLiteral("total_num"));
        QCOMPARE(root.value(QStringLiteral("desktops")).toArray().size(), 1);
        QCOMPARE(root.value(QStringLiteral("desktops"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("computer_name"))
                     .toString(),
                 QStringLiteral("pool01-001"));
    }
};

QTEST_MAIN(TestDesktopsView)
#include "tst_desktopsview.moc"
