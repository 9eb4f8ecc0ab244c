#pragma once

#include "core/api/statistics.h"
#include "core/base/clock.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QNetworkAccessManager;
class QWidget;

namespace wsdash {

class ChartPanel;
class DashboardController;
class DesktopsView;
class KpiPanel;
class PoolTablePanel;
class RequestBudget;

// The one place where the window's counts meet the desktops views: connects the
// countActivated() signals of the tiles, charts and pool table, and opens a DesktopsView for
// exactly that count and scope (the dashboard's filters, or one pool). Several views can be
// open; each pages on its own and stops when closed.
class DrillDownLauncher final : public QObject
{
    Q_OBJECT

public:
    // All used, not owned; they must outlive the launcher. `budget` may be null.
    DrillDownLauncher(const DashboardController& controller, QNetworkAccessManager* network,
                      const Clock& clock, RequestBudget* budget, QWidget* window);
    ~DrillDownLauncher() override;

    void connectTo(KpiPanel* tiles, ChartPanel* charts, PoolTablePanel* table);

    // Opens (and starts) the view for `count`, of one pool or, with an empty ID, of the
    // dashboard's scope. Null, after refused(), when there is nothing to list.
    DesktopsView* open(Metric count, const QString& poolId = {});
    QList<DesktopsView*> openViews() const;

Q_SIGNALS:
    void viewOpened(wsdash::DesktopsView* view);
    void refused(const QString& reason);

private:
    const DashboardController& m_controller;
    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    RequestBudget* m_budget;
    QWidget* m_window;
    QList<QPointer<DesktopsView>> m_views;
};

} // namespace wsdash
