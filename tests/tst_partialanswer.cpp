// A partly invalid answer in the real window, against the in-process simulator's partly-invalid
// fault: the valid counts are shown, the invalid ones read "invalid" in the tiles and the pool
// table (with their JSON path in the tool tip), the totals row does not sum over them, a warning
// banner (not the error banner) lists each problem by path with the request ID, and the next
// clean answer clears it all.

#include "core/dashboard/dashboardcontroller.h"
#include "sim/simulator.h"
#include "simtestsupport.h"
#include "support/clienttestsupport.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/tiles/kpitile.h"
#include "ui/window/errorbanner.h"
#include "ui/window/mainwindow.h"
#include "ui/window/warningbanner.h"
#include "windowrig.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

struct Rig : WindowRig
{
    void failNextStatistics()
    {
        sim::FaultSettings faults;
        faults.fault = sim::Fault::PartlyInvalid;
        faults.faultCount = 1;
        fixture.sim().setFaults(faults);
    }
    KpiTile* runTile() const { return window->kpiPanel()->familyTile(Family::Run); }
    PoolTableModel* table() const { return window->poolTable()->model(); }
    // The shown pool that stood at `index` in the answer's desktop_pool_statistics.
    const PoolStatistics* answerPool(int index) const
    {
        for (const PoolStatistics& pool : *controller->current()->statistics->pools) {
            if (pool.answerIndex == index)
                return &pool;
        }
        return nullptr;
    }
};

} // namespace

class TestPartialAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void invalidPartsAreMarkedAndTheRestShown()
    {
        Rig rig;
        QVERIFY(rig.fixture.isRunning());
        rig.failNextStatistics();
        QVERIFY(rig.load());
        QCOMPARE(rig.controller->state(), DashboardController::State::Ok);
        const QList<ParseError>& problems = rig.controller->problems();
        QCOMPARE(problems.size(), 3);
        QCOMPARE(problems.at(0).path, QStringLiteral("run_state_statistics.stop_num"));
        QCOMPARE(problems.at(1).path, QStringLiteral("desktop_pool_statistics[0].total_num"));
        QCOMPARE(problems.at(2).path, QStringLiteral("desktop_pool_statistics[1].desktop_pool_id"));
        const QString requestId = rig.controller->current()->requestId;
        QVERIFY(isRequestId(requestId.toLatin1()));

        // Tiles: the invalid count reads "invalid", in warning colours, its path in the tip; the
        // rest of the tile shows numbers.
        KpiTile* run = rig.runTile();
        QCOMPARE(run->valueText(Metric::StopNum), MetricStyle::invalid());
        QCOMPARE(run->valueText(Metric::StopNum), QStringLiteral("invalid"));
        QCOMPARE(run->valueText(Metric::ActiveNum),
                 MetricStyle::count(
                     rig.controller->current()->statistics->totals.value(Metric::ActiveNum)));
        auto* stop = run->findChild<QLabel*>(QStringLiteral("value_stop_num"));
        QVERIFY(stop);
        QVERIFY(stop->toolTip().contains(QLatin1String("run_state_statistics.stop_num")));
        const bool dark = Theme::isDark(stop->palette());
        QCOMPARE(stop->palette().color(QPalette::WindowText), MetricStyle::invalidText(dark));
        QCOMPARE(run->shareText(Metric::StopNum), QString());
        QVERIFY(rig.window->kpiPanel()->totalTile()->valueText(Metric::TotalNum) !=
                MetricStyle::invalid());

        // The pool table: the pool without an ID is left out, the bad cell says "invalid".
        const int fleetPools = static_cast<int>(rig.fixture.sim().fleet().pools().size());
        PoolTableModel* table = rig.table();
        QCOMPARE(table->poolCount(), fleetPools - 1);
        QVERIFY(!rig.answerPool(1));
        const PoolStatistics* bad = rig.answerPool(0);
        QVERIFY(bad);
        const int row = table->rowOfPool(bad->id);
        QVERIFY(row >= 1);
        const QModelIndex cell = table->index(row, PoolTableModel::TotalColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("invalid"));
        QVERIFY(cell.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("desktop_pool_statistics[0].total_num")));
        QCOMPARE(cell.data(Qt::BackgroundRole).value<QColor>(),
                 MetricStyle::invalidBackground(Theme::isDark(QGuiApplication::palette())));
        // The same pool's valid counts are numbers.
        const QModelIndex active = table->index(row, PoolTableModel::columnOf(Metric::ActiveNum));
        QCOMPARE(active.data().toString(),
                 MetricStyle::count(bad->counts.value(Metric::ActiveNum)));
        // The totals row does not sum over an invalid value.
        QCOMPARE(table->index(0, PoolTableModel::TotalColumn).data().toString(),
                 QStringLiteral("invalid"));
        QVERIFY(table->index(0, PoolTableModel::TotalColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("1 pool")));
        QVERIFY(table->index(0, PoolTableModel::columnOf(Metric::ActiveNum)).data().toString() !=
                QStringLiteral("invalid"));

        // The warning banner, not the error banner: each problem by path, and the request ID.
        WarningBanner* warning = rig.window->warningBanner();
        QVERIFY(warning->isVisible());
        QVERIFY(!rig.window->errorBanner()->isVisible());
        const QString text = warning->text();
        for (const ParseError& problem : problems)
            QVERIFY2(text.contains(problem.path), qPrintable(text));
        QVERIFY2(text.contains(requestId), qPrintable(text));
        // A problem inside a pool that is shown names the pool too.
        QVERIFY2(text.contains(QStringLiteral("(pool %1)").arg(bad->name.toHtmlEscaped())),
                 qPrintable(text));
        QVERIFY(warning->details().contains(requestId));
        QVERIFY(warning->details().contains(problems.at(1).message));

        // The next clean answer clears the marks and the banner.
        QVERIFY(rig.refresh());
        QVERIFY(rig.controller->problems().isEmpty());
        QVERIFY(!warning->isVisible());
        QVERIFY(run->valueText(Metric::StopNum) != QStringLiteral("invalid"));
        QCOMPARE(stop->palette().color(QPalette::WindowText),
                 run->palette().color(QPalette::WindowText));
        QCOMPARE(table->poolCount(), fleetPools);
        QVERIFY(table->index(0, PoolTableModel::TotalColumn).data().toString() !=
                QStringLiteral("invalid"));
    }

    void wholeAnswerUnusableIsStillAnError()
    {
        Rig rig;
        sim::FaultSettings faults;
        faults.fault = sim::Fault::MalformedJson;
        rig.fixture.sim().setFaults(faults);
        QVERIFY(rig.load());
        QCOMPARE(rig.controller->state(), DashboardController::State::Error);
        QVERIFY(rig.window->errorBanner()->isVisible());
        QVERIFY(!rig.window->warningBanner()->isVisible());
    }
};

QTEST_MAIN(TestPartialAnswer)
#include "tst_partialanswer.moc"
