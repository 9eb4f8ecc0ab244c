#include "ui/window/connectioncontrols.h"

#include "core/dashboard/dashboardcontroller.h"
#include "core/dashboard/overviewfetcher.h"
#include "core/profiles/connectiontester.h"
#include "core/profiles/profilestore.h"
#include "ui/overview/projectsoverview.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QLabel>
#include <QMessageBox>

namespace wsdash {

ConnectionControls::ConnectionControls(MainWindow& window, DashboardController& controller,
                                       ProfileStore& store, QNetworkAccessManager* network,
                                       const Clock& clock, RequestBudget* budget,
                                       const QProcessEnvironment& env)
    : QObject(&window)
    , m_window(window)
    , m_controller(controller)
    , m_store(store)
    , m_network(network)
    , m_clock(clock)
    , m_budget(budget)
    , m_env(env)
{
    auto* label = new QLabel(tr("Profile:"), &window);
    m_switcher = new ProfileSwitcher(store, controller, env, &window);
    label->setBuddy(m_switcher);
    label->setContentsMargins(8, 0, 4, 0);
    window.addToolBarWidget(label);
    window.addToolBarWidget(m_switcher);

    m_allProjects = new QAction(tr("All projects…"), &window);
    m_allProjects->setObjectName(QStringLiteral("allProjectsAction"));
    m_allProjects->setToolTip(tr("Totals of every saved profile's project side by side"));
    window.addToolBarAction(m_allProjects);

    connect(m_switcher, &ProfileSwitcher::manageRequested, this, [this] { openProfilesDialog(); });
    connect(m_switcher, &ProfileSwitcher::switched, this, [this] { m_window.connectionChanged(); });
    connect(m_switcher, &ProfileSwitcher::switchFailed, this,
            [this](const QString& name, const QString& message) {
                QMessageBox::warning(&m_window, tr("Cannot open profile"),
                                     tr("The profile “%1” cannot be used: %2").arg(name, message));
            });
    connect(m_allProjects, &QAction::triggered, this, [this] { openOverview(); });

    m_tester = new ConnectionTester(network, clock, this);
    connect(&window, &MainWindow::testConnectionRequested, this,
            &ConnectionControls::testConnection);
    connect(m_tester, &ConnectionTester::finished, this, [this](const Diagnosis& diagnosis) {
        if (diagnosis.ok())
            m_controller.refresh(); // the user's test worked: the dashboard tries again
        else
            m_window.showTestResult(diagnosis);
    });
    connect(&window, &MainWindow::editConnectionRequested, this, [this] {
        ProfilesDialog* dialog = openProfilesDialog();
        if (!m_controller.profileName().isEmpty())
            dialog->selectProfile(m_controller.profileName());
    });
}

void ConnectionControls::testConnection()
{
    const StatisticsRequest& request = m_controller.request();
    ConnectionTestRequest test;
    test.endpoint = request.endpoint;
    test.projectId = request.projectId;
    test.credentials = request.credentials;
    m_tester->test(test);
}

ConnectionControls::~ConnectionControls() = default;

ProfilesDialog* ConnectionControls::openProfilesDialog()
{
    if (!m_dialog) {
        m_dialog = new ProfilesDialog(m_store, m_network, m_clock, m_env, &m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        // A saved change to the profile in use (a new key, say) re-opens it: the dashboard
        // tries again with what the user changed.
        connect(m_dialog, &ProfilesDialog::operationFinished, this, [this](bool ok) {
            const QString current = m_controller.profileName();
            if (ok && m_dialog && m_store.find(current) &&
                m_dialog->selectedProfileName() == current) {
                m_switcher->switchTo(current);
            }
        });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

ProjectsOverview* ConnectionControls::openOverview()
{
    if (!m_overview) {
        m_overview = new ProjectsOverview(m_store, m_network, m_clock, m_budget, m_env, &m_window);
        m_overview->setAttribute(Qt::WA_DeleteOnClose);
        // The same memory of refused credentials as the dashboard's (issue 12).
        m_overview->fetcher().setRefusalMemory(m_controller.refusalMemory());
        connect(m_overview, &ProjectsOverview::profileActivated, m_switcher,
                &ProfileSwitcher::switchTo);
    }
    m_overview->show();
    m_overview->raise();
    m_overview->activateWindow();
    m_overview->refresh();
    return m_overview;
}

} // namespace wsdash
