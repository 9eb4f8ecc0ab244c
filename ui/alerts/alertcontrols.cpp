#include "ui/alerts/alertcontrols.h"

#include "core/dashboard/dashboardcontroller.h"
#include "core/history/alertmonitor.h"
#include "core/history/alertrulesettings.h"
#include "core/history/historyreader.h"
#include "core/history/historyrecorder.h"
#include "core/history/snapshotstore.h"
#include "core/history/tiletrends.h"
#include "ui/alerts/alertsdialog.h"
#include "ui/style/metricstyle.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QSystemTrayIcon>
#include <QTimer>

namespace wsdash {

AlertControls::AlertControls(MainWindow& window, DashboardController& controller,
                             SnapshotStore* store, QSettings* settings, const Clock& clock)
    : QObject(&window)
    , m_window(window)
    , m_kpis(window.kpiPanel())
    , m_controller(controller)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("alertControls"));
    m_monitor = new AlertMonitor(store, this);
    window.kpiPanel()->setAlerts(&m_monitor->evaluator());
    m_poolModel = window.poolTable()->model();
    m_poolModel->setAlerts(&m_monitor->evaluator());
    if (store) {
        m_trends = new TileTrends(store, this);
        window.kpiPanel()->setTrends(m_trends);
        connect(m_trends, &TileTrends::updated, this, [this] {
            m_window.kpiPanel()->showHistory();
            Q_EMIT tilesUpdated();
        });
    }
    loadRules();
    restoreLevels();

    m_alertsAction = new QAction(tr("A&lerts…"), this);
    m_alertsAction->setObjectName(QStringLiteral("alertsAction"));
    m_alertsAction->setToolTip(tr("Alert rules of this profile and the alert log (Ctrl+L)"));
    m_alertsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_alertsAction, &QAction::triggered, this, &AlertControls::openAlertsDialog);
    window.addToolBarAction(m_alertsAction);

    connect(&controller, &DashboardController::resultDelivered, this, &AlertControls::onResult);
    connect(m_monitor, &AlertMonitor::alertsChanged, this, &AlertControls::notify);
}

AlertControls::~AlertControls()
{
    // Deleted with the window, this runs after ~MainWindow and after the panel is gone (UBSan
    // and ASan found m_window.kpiPanel() here); deleted on its own, the panel must forget us.
    if (m_kpis) {
        m_kpis->setAlerts(nullptr);
        m_kpis->setTrends(nullptr);
    }
    if (m_poolModel)
        m_poolModel->setAlerts(nullptr);
}

SeriesKey AlertControls::currentKey() const
{
    return HistoryRecorder::keyFor(m_controller);
}

void AlertControls::loadRules()
{
    // Keyed by the connection's stable ID: the demo's translated label or a renamed display
    // name must not lose the rules.
    m_rulesProfile = m_controller.seriesSource();
    m_rulesLoaded = true;
    // No saved rules: no rules (nothing is invented).
    m_monitor->setRules(m_settings ? AlertRuleSettings::load(*m_settings, m_rulesProfile)
                                   : QList<AlertRule>());
}

void AlertControls::restoreLevels()
{
    if (!m_store)
        return;
    m_restoring = true;
    const QDateTime now = m_clock.now();
    m_store->alertLog(now.addDays(-30), now.addSecs(60), this,
                      [this](const Expected<QList<AlertLogEntry>, HistoryError>& log) {
                          m_restoring = false;
                          if (log) {
                              const SeriesKey key = currentKey();
                              QList<AlertEvent> events;
                              for (const AlertLogEntry& entry : *log) {
                                  if (entry.key.source == key.source &&
                                      entry.key.projectId == key.projectId)
                                      events.append(entry.event);
                              }
                              m_monitor->restore(events);
                          }
                          if (m_pending) {
                              const StatisticsResult pending = *m_pending;
                              m_pending.reset();
                              onResult(pending);
                          }
                      });
}

void AlertControls::onResult(const StatisticsResult& result)
{
    if (m_restoring) {
        m_pending = result;
        return;
    }
    if (m_controller.seriesSource() != m_rulesProfile)
        loadRules();
    if (!result.ok())
        return;
    SeriesKey key = currentKey();
    key.query = result.query.canonicalQueryString(); // what the result answered
    m_monitor->feed(key, result.receivedAt.isValid() ? result.receivedAt : m_clock.now(),
                    *result.statistics);
    m_window.kpiPanel()->showHistory();
    if (m_poolModel)
        m_poolModel->refreshAlerts();
    Q_EMIT tilesUpdated();
    if (m_trends) {
        // After the recorder's write of this result (queued on the store before this runs).
        QTimer::singleShot(0, this, [this, key] { m_trends->refresh(key, m_clock.now()); });
    }
}

void AlertControls::notify(const QList<AlertEvent>& events)
{
    QStringList lines;
    AlertLevel worst = AlertLevel::Ok;
    for (const AlertEvent& event : events) {
        if (event.to <= event.from || event.to == AlertLevel::Ok)
            continue;
        worst = std::max(worst, event.to);
        const QString scope = event.poolId.isEmpty()
                                  ? tr("total")
                                  : (event.poolName.isEmpty() ? event.poolId : event.poolName);
        lines.append(QStringLiteral("%1 (%2): %3")
                         .arg(event.rule, scope, QLatin1String(alertLevelName(event.to))));
    }
    if (lines.isEmpty() || !QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("wsdash"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, &m_window, [this] {
            m_window.showNormal();
            m_window.raise();
            m_window.activateWindow();
        });
        m_tray->show();
    }
    m_tray->showMessage(
        worst == AlertLevel::Critical ? tr("wsdash: critical alert") : tr("wsdash: warning"),
        lines.join(QLatin1Char('\n')),
        worst == AlertLevel::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
}

void AlertControls::openAlertsDialog()
{
    auto* dialog = new AlertsDialog(m_monitor->rules(), m_store, m_clock, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfileName(m_controller.profileName());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QList<AlertRule> rules = dialog->rules();
        if (m_settings) {
            AlertRuleSettings::save(*m_settings, m_rulesProfile, rules);
            m_settings->sync();
        }
        m_monitor->setRules(rules);
        m_window.kpiPanel()->showHistory();
        if (m_poolModel)
            m_poolModel->refreshAlerts();
        Q_EMIT tilesUpdated();
    });
    dialog->open();
}

} // namespace wsdash
