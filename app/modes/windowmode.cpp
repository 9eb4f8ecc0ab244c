#include "modes/windowmode.h"

#include "cli/exportcommand.h"
#include "core/api/refusedcredentials.h"
#include "core/api/requestbudget.h"
#include "core/base/clock.h"
#include "core/base/settingsformat.h"
#include "core/base/settingslocation.h"
#include "core/dashboard/dashboardcontroller.h"
#include "core/history/datalocation.h"
#include "core/history/historyrecorder.h"
#include "core/history/snapshot.h"
#include "core/history/snapshotstore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/secretstorefactory.h"
#include "demosimulator.h"
#include "modes/guiapplication.h"
#include "sim/simulator.h"
#include "sim/simulatorthread.h"
#include "ui/alerts/alertcontrols.h"
#include "ui/profiles/profilesdialog.h"
#include "ui/profiles/profileswitcher.h"
#include "ui/trends/trendview.h"
#include "ui/window/connectioncontrols.h"
#include "ui/window/drilldownlauncher.h"
#include "ui/window/historystatus.h"
#include "ui/window/mainwindow.h"
#include "ui/window/welcomepage.h"

#include <QDir>
#include <QFileInfo>
#include <QStatusBar>

namespace wsdash {

namespace {

// What the window opened on last: "demo", "profile" (the profile store's current one) or
// "environment". Command-line connections are not remembered.
const QString kStartupKey = QStringLiteral("startup/connection");
const QString kRegionKey = QStringLiteral("connection/region");

RefusedCredentials refusedCredentials()
{
    return RefusedCredentials(
        QDir(dataDirectory()).filePath(QStringLiteral("refused-credentials")));
}

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

WindowMode::WindowMode(CliOptions options, const QProcessEnvironment& env, QTextStream& err,
                       QObject* parent)
    : ModeJob(parent)
    , m_options(std::move(options))
    , m_env(env)
    , m_err(err)
{}

WindowMode::~WindowMode()
{
    m_window.reset(); // before the controller, stores and history it shows
}

std::optional<StatisticsRequest> WindowMode::environmentConnection(const QProcessEnvironment& env,
                                                                   const QSettings* settings)
{
    const EnvironmentCredentials fromEnv = credentialsFromEnvironment(env);
    if (!fromEnv.error.isEmpty() || !fromEnv.credentials.isValid() || fromEnv.projectId.isEmpty())
        return std::nullopt;
    QString region = env.value(QStringLiteral("HUAWEICLOUD_SDK_REGION")).trimmed();
    if (region.isEmpty() && settings)
        region = settings->value(kRegionKey).toString().trimmed();
    if (region.isEmpty())
        return std::nullopt;
    auto endpoint = Endpoint::fromRegion(region, env);
    if (!endpoint)
        return std::nullopt;
    StatisticsRequest request;
    request.endpoint = std::move(endpoint).value();
    request.projectId = fromEnv.projectId;
    request.credentials = fromEnv.credentials;
    return request;
}

void WindowMode::start()
{
    const Clock& clock = SystemClock::instance();
    QString profile = m_options.profile;
    if (m_options.demo) {
        m_simulator = startDemoSimulator(&m_options, m_err);
        if (!m_simulator) {
            m_err.flush();
            Q_EMIT finished(ExitRequestFailed);
            return;
        }
        profile = wsdash::tr("Demo simulator");
    }
    m_connected = m_options.endpoint.isValid();

    StatisticsRequest request;
    request.query = windowQuery(m_options.query);
    request.timeout = m_options.timeout;
    request.endpoint = m_options.endpoint;
    request.projectId = m_options.projectId;
    request.credentials = m_options.credentials;
    // One budget for every API call of the window (dashboard, pool list, recording, overview).
    m_budget = std::make_unique<RequestBudget>(clock);
    m_controller = std::make_unique<DashboardController>(&m_network, clock);
    m_controller->setRequestBudget(m_budget.get());
    m_controller->setRequest(request);
    m_controller->setProfileName(profile);
    if (m_options.demo) // the same series as `wsdash --export --demo` records
        m_controller->setSeriesSource(demoSeriesSource());
    // Only for the tests of the real window (tests/tst_journeys.cpp).
    m_controller->setAutoRefreshSpeedUp(
        m_env.value(QStringLiteral("WSDASH_TEST_AUTO_REFRESH_SPEEDUP")).toInt());

    m_settings = openSettings(m_env);
    if (const auto problem = settingsFileProblem(m_settings->fileName())) {
        m_err << "wsdash: "
              << QCoreApplication::translate(
                     "wsdash", "the settings file cannot be read and is left as it is: %1")
                     .arg(problem->toString())
              << '\n';
        m_err.flush();
    }
    createWindow();
    openHistory();

    openSecretStore(m_env, m_window.get(), [this](std::unique_ptr<SecretStore> store) {
        m_secretStore = std::move(store);
        onSavedConnectionsOpen();
    });

    if (!m_connected) {
        const QString remembered = m_settings->value(kStartupKey).toString();
        if (remembered == QLatin1String("demo"))
            useDemo();
        else if (remembered == QLatin1String("environment") &&
                 environmentConnection(m_env, m_settings.get()))
            useEnvironment();
        else if (remembered != QLatin1String("profile"))
            showWelcome(); // a remembered profile opens once the saved connections are read
    }
    if (m_settings->value(QStringLiteral("window/geometry")).isNull())
        m_window->resize(m_options.size);
    m_window->show();
    // Credentials refused for good are remembered, here and for the command line's runs: a
    // connection refused before starts blocked, whichever way it is opened.
    m_controller->setRefusalMemory(refusedCredentials());
    m_window->start();
}

void WindowMode::createWindow()
{
    m_window =
        std::make_unique<MainWindow>(*m_controller, SystemClock::instance(), m_settings.get());
    // Drill-down: a count clicked on a tile, donut, bar or pool-table cell opens its desktops.
    (new DrillDownLauncher(*m_controller, &m_network, SystemClock::instance(), m_budget.get(),
                           m_window.get()))
        ->connectTo(m_window->kpiPanel(), m_window->chartPanel(), m_window->poolTable());
    // Alert rules of the profile, tile trends and "Alerts…" (a child of the window), added
    // once the history is open.
}

void WindowMode::openHistory()
{
    const Clock& clock = SystemClock::instance();
    auto* status = new HistoryStatus(m_window.get());
    m_window->statusBar()->addPermanentWidget(status);
    // Where: --history-url, else the History/url setting, else the local file. A setting that
    // is not valid leaves the window without history (said in the status bar and on stderr).
    const auto location = historyLocation(m_options.history.location, m_settings.get(), m_env);
    if (!location) {
        m_err << "wsdash: history: " << location.error() << '\n';
        m_err.flush();
        status->showProblem(location.error());
    }
    // The history: every successful fetch is recorded while the window is open, unless
    // --no-history (then an existing history can still be looked at).
    const bool exists = location && (location->isPostgres() || QFileInfo::exists(location->path()));
    if (location && (m_options.history.record || exists)) {
        SnapshotStore::Options historyOptions;
        historyOptions.database = HistoryOptions::at(*location);
        m_history = std::make_unique<SnapshotStore>(historyOptions, clock);
        status->watch(*m_history, location->isPostgres());
        QTextStream& err = m_err;
        connect(m_history.get(), &SnapshotStore::notice, m_window.get(),
                [&err](const HistoryNotice& notice) {
                    err << "wsdash: history: " << notice.message << '\n';
                    err.flush();
                });
        connect(m_history.get(), &SnapshotStore::failed, m_window.get(),
                [&err](const HistoryError& error) {
                    err << "wsdash: history: " << error.message << '\n';
                    err.flush();
                });
        if (m_options.history.record)
            m_recorder = std::make_unique<HistoryRecorder>(*m_controller, *m_history);
        m_window->addToolBarAction(
            TrendView::createAction(m_window.get(), *m_controller, *m_history, clock));
    } else if (location) {
        status->setText(wsdash::tr("History: off (--no-history)"));
    }
    // Without a recording history (--no-history) the tiles show no trends and nothing is
    // logged.
    new AlertControls(*m_window, *m_controller,
                      m_options.history.record ? m_history.get() : nullptr, m_settings.get(),
                      clock);
}

void WindowMode::onSavedConnectionsOpen()
{
    const Clock& clock = SystemClock::instance();
    m_profileStore = std::make_unique<ProfileStore>(openSettings(m_env), *m_secretStore, clock);
    m_controls = new ConnectionControls(*m_window, *m_controller, *m_profileStore, &m_network,
                                        clock, m_budget.get(), m_env);
    connect(m_controls->switcher(), &ProfileSwitcher::switched, this,
            [this] { remember(QStringLiteral("profile")); });
    if (WelcomePage* welcome = m_window->welcomePage())
        welcome->setKeyStorage(m_secretStore->displayName());
    if (!m_connected && m_settings->value(kStartupKey).toString() == QLatin1String("profile"))
        openRemembered();
}

void WindowMode::openRemembered()
{
    const QString name = m_profileStore->currentProfileName();
    if (name.isEmpty() || !m_profileStore->find(name)) {
        showWelcome();
        return;
    }
    m_profileStore->resolve(
        name, m_env, this, [this, name](const Expected<ProfileConnection, ProfileError>& found) {
            if (!found) {
                showWelcome(wsdash::tr("The connection used last, “%1”, cannot be opened: %2")
                                .arg(name, found.error().message));
                return;
            }
            StatisticsRequest request = m_controller->request();
            request.endpoint = found->endpoint;
            request.projectId = found->projectId;
            request.credentials = found->credentials;
            m_controller->switchConnection(request, name);
            m_controls->switcher()->reload();
            m_window->connectionChanged();
        });
}

void WindowMode::showWelcome(const QString& notice)
{
    auto* welcome = new WelcomePage;
    welcome->setNotice(notice);
    if (m_secretStore)
        welcome->setKeyStorage(m_secretStore->displayName());
    if (const auto env = environmentConnection(m_env, m_settings.get())) {
        welcome->setEnvironmentConnection(
            wsdash::tr(
                "HUAWEICLOUD_SDK_AK is set: %1, project %2. Its keys stay in the environment.")
                .arg(env->endpoint.toDisplayString(), env->projectId));
    }
    connect(welcome, &WelcomePage::demoRequested, this, [this] { useDemo(); });
    connect(welcome, &WelcomePage::environmentConnectionRequested, this,
            &WindowMode::useEnvironment);
    connect(welcome, &WelcomePage::addConnectionRequested, this,
            &WindowMode::openProfilesDialogForWelcome);
    const auto importing = [this](void (ProfilesDialog::*import)()) {
        return [this, import] {
            openProfilesDialogForWelcome();
            if (m_controls)
                (m_controls->openProfilesDialog()->*import)();
        };
    };
    connect(welcome, &WelcomePage::importFromEnvironmentRequested, this,
            importing(&ProfilesDialog::importFromEnvironment));
    connect(welcome, &WelcomePage::importFromSdkFileRequested, this,
            importing(&ProfilesDialog::importFromSdkFile));
    connect(welcome, &WelcomePage::importFromKooCliRequested, this,
            importing(&ProfilesDialog::importFromKooCli));
    m_window->showWelcome(welcome);
}

bool WindowMode::useDemo()
{
    if (!m_simulator) {
        CliOptions demo = m_options;
        demo.projectId.clear();
        m_simulator = startDemoSimulator(&demo, m_err);
        m_err.flush();
        if (!m_simulator)
            return false;
    }
    StatisticsRequest request = m_controller->request();
    request.endpoint = m_simulator->endpoint();
    request.projectId = m_simulator->projectId();
    request.credentials = m_simulator->clientCredentials();
    m_controller->switchConnection(request, wsdash::tr("Demo simulator"));
    m_controller->setSeriesSource(demoSeriesSource());
    if (m_controls)
        m_controls->switcher()->reload();
    m_window->connectionChanged();
    remember(QStringLiteral("demo"));
    return true;
}

void WindowMode::useEnvironment()
{
    const auto env = environmentConnection(m_env, m_settings.get());
    if (!env)
        return;
    StatisticsRequest request = m_controller->request();
    request.endpoint = env->endpoint;
    request.projectId = env->projectId;
    request.credentials = env->credentials;
    m_controller->switchConnection(request, QString());
    if (m_controls)
        m_controls->switcher()->reload();
    m_window->connectionChanged();
    remember(QStringLiteral("environment"));
}

void WindowMode::openProfilesDialogForWelcome()
{
    if (!m_controls)
        return; // the saved connections are still being opened
    ProfilesDialog* dialog = m_controls->openProfilesDialog();
    if (dialog == m_welcomeDialog)
        return;
    m_welcomeDialog = dialog;
    // The first connection saved from the welcome page is opened at once.
    connect(dialog, &ProfilesDialog::operationFinished, this, [this, dialog](bool ok) {
        if (ok && m_window->isShowingWelcome() && !dialog->selectedProfileName().isEmpty())
            m_controls->switcher()->switchTo(dialog->selectedProfileName());
    });
}

void WindowMode::remember(const QString& connection)
{
    m_settings->setValue(kStartupKey, connection);
}

} // namespace wsdash
