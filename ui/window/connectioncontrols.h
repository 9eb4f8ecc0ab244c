#pragma once

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>

class QAction;
class QNetworkAccessManager;

namespace wsdash {

class Clock;
class ConnectionTester;
class DashboardController;
class MainWindow;
class ProfileStore;
class ProfileSwitcher;
class ProfilesDialog;
class ProjectsOverview;
class RequestBudget;

// The main window's connection controls: the profile switcher in the toolbar (with "Manage
// profiles…"), the "All projects…" action, and the dialogs they open. Switching re-points the
// dashboard controller and tells the window to show the new project. Also answers the
// banner's Edit connection… (the profiles dialog on the current profile) and Test connection
// (one unretried call, its diagnosis in the banner; when it works, the dashboard refreshes).
class ConnectionControls final : public QObject
{
    Q_OBJECT

public:
    ConnectionControls(MainWindow& window, DashboardController& controller, ProfileStore& store,
                       QNetworkAccessManager* network, const Clock& clock, RequestBudget* budget,
                       const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
    ~ConnectionControls() override;

    ProfileSwitcher* switcher() const { return m_switcher; }
    QAction* allProjectsAction() const { return m_allProjects; }
    ProfilesDialog* openProfilesDialog();
    void testConnection();
    ProjectsOverview* openOverview();

private:
    MainWindow& m_window;
    DashboardController& m_controller;
    ProfileStore& m_store;
    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    RequestBudget* m_budget;
    const QProcessEnvironment m_env;
    ProfileSwitcher* m_switcher = nullptr;
    QAction* m_allProjects = nullptr;
    QPointer<ProfilesDialog> m_dialog;
    QPointer<ProjectsOverview> m_overview;
    ConnectionTester* m_tester = nullptr;
};

} // namespace wsdash
