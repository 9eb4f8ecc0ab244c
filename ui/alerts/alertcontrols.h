#pragma once

#include "core/api/statisticsclient.h"
#include "core/history/snapshot.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QSettings;
class QSystemTrayIcon;

namespace wsdash {

class AlertMonitor;
class Clock;
class DashboardController;
class KpiPanel;
class MainWindow;
class PoolTableModel;
class SnapshotStore;
class TileTrends;
struct AlertEvent;
struct StatisticsResult;

// The history and alert parts of the window: feeds every successful result to the profile's
// alert rules (highlighted tiles, a tray notification, the alert log), puts the 24 h change
// and sparklines on the KPI tiles, and adds "Alerts…" to the toolbar. A child of the window.
class AlertControls final : public QObject
{
    Q_OBJECT

public:
    // `store` may be null (screenshot, --no-history): no trends and no alert log, tiles as
    // without history. `settings` may be null (rules are then neither loaded nor saved).
    // Controller, store and settings must outlive the window.
    AlertControls(MainWindow& window, DashboardController& controller, SnapshotStore* store,
                  QSettings* settings, const Clock& clock);
    ~AlertControls() override;

    AlertMonitor* monitor() const { return m_monitor; }
    TileTrends* trends() const { return m_trends; }
    QAction* alertsAction() const { return m_alertsAction; }
    // The series the current connection and filters are recorded under.
    SeriesKey currentKey() const;
    void openAlertsDialog();

Q_SIGNALS:
    // The tiles show the latest alert levels and trends (after a result and its history).
    void tilesUpdated();

private:
    void onResult(const StatisticsResult& result);
    void loadRules();
    void restoreLevels();
    void notify(const QList<AlertEvent>& events);

    MainWindow& m_window;
    // Null once the panel is gone: as a child of the window this object is deleted after the
    // window's own destructor has run and after the panel.
    QPointer<KpiPanel> m_kpis;
    DashboardController& m_controller;
    SnapshotStore* m_store;
    QSettings* m_settings;
    const Clock& m_clock;
    AlertMonitor* m_monitor = nullptr;
    QPointer<PoolTableModel> m_poolModel; // breached pools' rows stand out in the table
    TileTrends* m_trends = nullptr;
    QAction* m_alertsAction = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_rulesProfile; // the connection's stable ID (seriesSource()), never a display name
    bool m_rulesLoaded = false;
    // Until the alert log's last levels are read, results wait (the latest one).
    bool m_restoring = false;
    std::optional<StatisticsResult> m_pending;
};

} // namespace wsdash
