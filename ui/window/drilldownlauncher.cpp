#include "ui/window/drilldownlauncher.h"

#include "core/dashboard/dashboardcontroller.h"
#include "core/dashboard/drilldown.h"
#include "ui/charts/chartpanel.h"
#include "ui/desktops/desktopsview.h"
#include "ui/style/metricstyle.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"

#include <QMessageBox>

namespace wsdash {

DrillDownLauncher::DrillDownLauncher(const DashboardController& controller,
                                     QNetworkAccessManager* network, const Clock& clock,
                                     RequestBudget* budget, QWidget* window)
    : QObject(window)
    , m_controller(controller)
    , m_network(network)
    , m_clock(clock)
    , m_budget(budget)
    , m_window(window)
{}

DrillDownLauncher::~DrillDownLauncher() = default;

void DrillDownLauncher::connectTo(KpiPanel* tiles, ChartPanel* charts, PoolTablePanel* table)
{
    const auto openAll = [this](Metric count) { open(count); };
    const auto openPool = [this](Metric count, const QString& poolId) { open(count, poolId); };
    if (tiles)
        connect(tiles, &KpiPanel::countActivated, this, openAll);
    if (charts) {
        connect(charts, &ChartPanel::countActivated, this, openAll);
        connect(charts, &ChartPanel::poolCountActivated, this, openPool);
    }
    if (table)
        connect(table, &PoolTablePanel::countActivated, this, openPool);
    connect(this, &DrillDownLauncher::refused, this, [this](const QString& reason) {
        if (!m_window || !m_window->isVisible())
            return;
        auto* box = new QMessageBox(QMessageBox::Information, tr("Desktops"), reason,
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

DesktopsView* DrillDownLauncher::open(Metric count, const QString& poolId)
{
    const StatisticsRequest& connection = m_controller.request();
    StatisticsQuery query = m_controller.query();
    const DrillScope scope = poolId.isEmpty() ? DrillScope::of(query) : DrillScope::pool(poolId);
    auto plan = DrillPlan::make(count, scope);
    if (!plan) {
        Q_EMIT refused(plan.error());
        return nullptr;
    }

    DrillRequest request{std::move(plan).value(), MetricStyle::label(count), {}, {}, {}, {}, {}};
    request.scopeLabel = MetricStyle::scope(query.desktopTypes());
    if (const auto& current = m_controller.current(); current && current->statistics) {
        request.statisticsTime = current->receivedAt;
        const DesktopStatistics& statistics = *current->statistics;
        if (poolId.isEmpty()) {
            request.statisticsCount = statistics.totals.value(count);
        } else if (statistics.pools) {
            for (const PoolStatistics& pool : *statistics.pools) {
                if (!pool.name.isEmpty())
                    request.poolNames.insert(pool.id, pool.name);
                if (pool.id == poolId) {
                    request.statisticsCount = pool.counts.value(count);
                    request.scopeLabel = pool.name.isEmpty() ? pool.id : pool.name;
                }
            }
        }
    }
    if (!poolId.isEmpty() && request.scopeLabel == MetricStyle::scope(query.desktopTypes()))
        request.scopeLabel = poolId;
    request.list.endpoint = connection.endpoint;
    request.list.projectId = connection.projectId;
    request.list.credentials = connection.credentials;
    request.list.timeout = connection.timeout;
    request.list.retry = connection.retry;

    auto* view = new DesktopsView(m_network, m_clock, m_budget, std::move(request), m_window);
    m_views.removeAll(nullptr);
    m_views.append(view);
    view->show();
    view->start();
    Q_EMIT viewOpened(view);
    return view;
}

QList<DesktopsView*> DrillDownLauncher::openViews() const
{
    QList<DesktopsView*> views;
    for (const QPointer<DesktopsView>& view : m_views) {
        if (view)
            views.append(view);
    }
    return views;
}

} // namespace wsdash
