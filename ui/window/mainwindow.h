#pragma once

#include "core/api/statistics.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QStackedWidget;
class QToolBar;

namespace wsdash {

class ChartPanel;
class Clock;
class DashboardController;
class ErrorBanner;
class WarningBanner;
class ExportMenu;
class FilterPanel;
class FreshnessBar;
class KpiPanel;
class PoolTablePanel;
class StatusFeedback;
class WelcomePage;
struct Diagnosis;
struct StatisticsResult;

// The dashboard window: toolbar (refresh, auto-refresh, connection), error banner, freshness
// line, filters on the left; KPI tiles, charts and the pool table on the right. It renders
// what the DashboardController holds and passes the user's choices back to it.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` keeps the window layout and choices; may be null (nothing is remembered).
    MainWindow(DashboardController& controller, const Clock& clock, QSettings* settings,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // Loads the pool list and the statistics (nothing while there is no connection).
    void start();

    // Shows `page` in place of the dashboard (the window opened with no connection) until
    // connectionChanged(). The window takes ownership.
    void showWelcome(WelcomePage* page);
    WelcomePage* welcomePage() const { return m_welcome; }
    bool isShowingWelcome() const;
    // The outcome of Test connection while the credentials are refused: shown in the banner.
    void showTestResult(const Diagnosis& diagnosis);

    // The auto-refresh choices, in seconds (0 = off).
    static QList<int> autoRefreshChoices() { return {0, 30, 60, 300}; }
    void setAutoRefreshSeconds(int seconds);

    // Extra toolbar items (the profile switcher, "All projects…"), after the auto-refresh.
    void addToolBarWidget(QWidget* widget);
    void addToolBarAction(QAction* action);
    // The controller now points at another project: updates the title and connection line,
    // clears what was shown and starts loading.
    void connectionChanged();

    const DashboardController& controller() const { return m_controller; }
    FilterPanel* filterPanel() const { return m_filters; }
    KpiPanel* kpiPanel() const { return m_kpis; }
    ChartPanel* chartPanel() const { return m_charts; }
    PoolTablePanel* poolTable() const { return m_table; }
    ErrorBanner* errorBanner() const { return m_banner; }
    WarningBanner* warningBanner() const { return m_warning; }
    ExportMenu* exportMenu() const { return m_exports; }
    FreshnessBar* freshnessBar() const { return m_freshness; }
    StatusFeedback* statusFeedback() const { return m_feedback; }

Q_SIGNALS:
    // A result (data or error) has been put on the widgets.
    void resultShown(bool ok);
    // The pool list (or its error) has been put on the filter panel.
    void poolsShown();
    // The banner's Edit connection… and Test connection (handled by the connection controls).
    void editConnectionRequested();
    void testConnectionRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kChartsMinimumHeight = 240;
    void balanceContent();
    void buildToolBar();
    void buildMenus();
    void updateConnectionText();
    void render();
    void renderStatus();
    void onResult(const StatisticsResult& result);
    void restoreSettings();
    void saveSettings();

    DashboardController& m_controller;
    const Clock& m_clock;
    QSettings* m_settings;
    QAction* m_refresh = nullptr;
    QAction* m_help = nullptr;
    QAction* m_about = nullptr;
    QMenu* m_toolsMenu = nullptr;
    StatusFeedback* m_feedback = nullptr;
    QComboBox* m_autoRefresh = nullptr;
    QLabel* m_connection = nullptr;
    QToolBar* m_toolBar = nullptr;
    QAction* m_toolBarAnchor = nullptr; // extra items go before it
    ErrorBanner* m_banner = nullptr;
    WarningBanner* m_warning = nullptr;
    FreshnessBar* m_freshness = nullptr;
    FilterPanel* m_filters = nullptr;
    KpiPanel* m_kpis = nullptr;
    ChartPanel* m_charts = nullptr;
    PoolTablePanel* m_table = nullptr;
    ExportMenu* m_exports = nullptr;
    QStackedWidget* m_pages = nullptr;
    QWidget* m_dashboard = nullptr;
    WelcomePage* m_welcome = nullptr;
    QSplitter* m_mainSplitter = nullptr;
    QSplitter* m_contentSplitter = nullptr;
    bool m_splitterMoved = false;
    bool m_contentSplitterMoved = false;
    quint64 m_resultsReceived = 0; // onResult's steps of an older result stop at a newer one
    // The result whose table is being prepared off the UI thread (0: none), and whether it
    // was good: resultShown() follows the table's dataShown().
    quint64 m_tablePending = 0;
    bool m_tablePendingOk = false;
    bool m_poolsPending = false; // the controller's pool list is on its way to the picker
};

} // namespace wsdash
