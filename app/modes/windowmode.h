#pragma once

#include "cli/commandline.h"
#include "cli/modejob.h"
#include "core/api/statisticsclient.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QProcessEnvironment>
#include <QSettings>
#include <QTextStream>

#include <memory>
#include <optional>

namespace wsdash {

namespace sim {
class SimulatorThread;
}
class ConnectionControls;
class DashboardController;
class HistoryRecorder;
class MainWindow;
class ProfileStore;
class ProfilesDialog;
class RequestBudget;
class SecretStore;
class SnapshotStore;

// The dashboard window: what plain `wsdash` (the desktop launcher) runs. It always opens:
// on the connection the command line names (which wins), else on the one used last (a saved
// profile, the demo, or the environment's keys), else on the welcome page inside the window.
// Finishes when the window is closed (QApplication quits on the last window).
class WindowMode final : public ModeJob
{
    Q_OBJECT

public:
    WindowMode(CliOptions options, const QProcessEnvironment& env, QTextStream& err,
               QObject* parent = nullptr);
    ~WindowMode() override;

    void start() override;

    // The ready connection the environment describes: HUAWEICLOUD_SDK_AK/SK (or
    // WSDASH_IAM_TOKEN), HUAWEICLOUD_SDK_PROJECT_ID and a region (HUAWEICLOUD_SDK_REGION, else
    // the `connection/region` setting). Nothing when any of them is missing.
    static std::optional<StatisticsRequest> environmentConnection(const QProcessEnvironment& env,
                                                                  const QSettings* settings);

private:
    void createWindow();
    void openHistory();
    void onSavedConnectionsOpen();
    void openRemembered();
    void showWelcome(const QString& notice = {});
    bool useDemo();
    void useEnvironment();
    void openProfilesDialogForWelcome();
    void remember(const QString& connection);

    CliOptions m_options;
    const QProcessEnvironment m_env;
    QTextStream& m_err;
    // Declared in the order they are needed; destroyed the other way round (the window first).
    std::unique_ptr<sim::SimulatorThread> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<RequestBudget> m_budget;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SecretStore> m_secretStore;
    std::unique_ptr<ProfileStore> m_profileStore;
    std::unique_ptr<SnapshotStore> m_history;
    std::unique_ptr<HistoryRecorder> m_recorder;
    std::unique_ptr<MainWindow> m_window;
    ConnectionControls* m_controls = nullptr; // a child of the window
    QPointer<ProfilesDialog> m_welcomeDialog; // opened from the welcome page
    bool m_connected = false;                 // the command line named a connection
};

} // namespace wsdash
