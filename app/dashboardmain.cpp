#include "dashboardmain.h"

#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "core/api/proxyfactory.h"
#include "core/api/requestbudget.h"
#include "core/base/settingsformat.h"
#include "core/base/settingslocation.h"
#include "core/dashboard/dashboardcontroller.h"
#include "core/history/datalocation.h"
#include "core/history/historyrecorder.h"
#include "core/history/snapshotstore.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/secretstorefactory.h"
#include "core/version.h"
#include "demosimulator.h"
#include "sim/simulator.h"
#include "ui/alerts/alertcontrols.h"
#include "ui/desktops/drilldownlauncher.h"
#include "ui/reports/dashboardimage.h"
#include "ui/reports/reportwriter.h"
#include "ui/reports/screenshotjob.h"
#include "ui/style/theme.h"
#include "ui/style/translations.h"
#include "ui/trends/trendview.h"
#include "ui/window/connectioncontrols.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The window's default filters: everything, so that a first look shows every family and pool.
StatisticsQuery defaultQuery(const StatisticsQuery& given)
{
    if (!given.desktopTypes().isEmpty() || !given.statisticsTypes().isEmpty() ||
        !given.poolIds().isEmpty()) {
        return given;
    }
    return StatisticsQuery::everything();
}

} // namespace

int runDashboard(int& argc, char** argv, const CliOptions& options)
{
    QTextStream err(stderr);
    // --screenshot FILE.png and --export FILE.pdf show the window headless, save it and exit.
    const bool report = options.mode == CliOptions::Mode::Export;
    const bool screenshot = options.mode == CliOptions::Mode::Screenshot || report;
    if (!hasDisplay()) {
        if (!screenshot) {
            err << "wsdash: "
                << tr("no display (DISPLAY and WAYLAND_DISPLAY are unset); use --screenshot "
                      "FILE.png or --export FILE, or set QT_QPA_PLATFORM.")
                << '\n';
            return ExitUsage;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }

    QApplication app(argc, argv);
    SystemProxyFactory::install();
    installTranslations(app, options.language);
    const ThemeChoice theme = options.theme == CliOptions::Theme::Light  ? ThemeChoice::Light
                              : options.theme == CliOptions::Theme::Dark ? ThemeChoice::Dark
                                                                         : ThemeChoice::System;
    Theme::apply(app, theme);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wsdash.svg")));
    // Matches the .desktop file, so that desktops group the window under the installed icon.
    QGuiApplication::setDesktopFileName(QLatin1String(kApplicationId));

    StatisticsRequest request;
    request.query = defaultQuery(options.query);
    request.timeout = options.timeout;
    QString profile = options.profile;

    std::unique_ptr<sim::Simulator> simulator;
    CliOptions connection = options;
    if (options.demo) {
        simulator = startDemoSimulator(&connection, err);
        if (!simulator)
            return ExitRequestFailed;
        profile = tr("Demo simulator");
    }
    request.endpoint = connection.endpoint;
    request.projectId = connection.projectId;
    request.credentials = connection.credentials;

    QNetworkAccessManager network;
    const Clock& clock = SystemClock::instance();
    // One budget for every API call of the window (dashboard, pool list, recording, overview).
    RequestBudget budget(clock);
    DashboardController controller(&network, clock);
    controller.setRequestBudget(&budget);
    controller.setRequest(request);
    controller.setProfileName(profile);
    if (options.demo) // the same series as `wsdash --export --demo` records
        controller.setSeriesSource(demoSeriesSource());

    // A screenshot is a fresh window at the requested size: it neither reads nor writes settings.
    std::unique_ptr<QSettings> settings = screenshot ? nullptr : openSettings();
    if (const auto problem = settings ? settingsFileProblem(settings->fileName()) : std::nullopt) {
        err << "wsdash: "
            << tr("the settings file cannot be read and is left as it is: %1")
                   .arg(problem->toString())
            << '\n';
    }
    // Saved profiles (switcher, profiles dialog, all-projects overview): declared before the
    // window so that they outlive it.
    std::unique_ptr<SecretStore> secretStore;
    std::unique_ptr<ProfileStore> profileStore;
    // The history outlives the window (an open trend view uses it).
    std::unique_ptr<SnapshotStore> history;
    std::unique_ptr<HistoryRecorder> recorder;
    MainWindow window(controller, clock, settings.get());
    // Drill-down: a count clicked on a tile, donut, bar or pool-table cell opens its desktops.
    (new DrillDownLauncher(controller, &network, clock, &budget, &window))
        ->connectTo(window.kpiPanel(), window.chartPanel(), window.poolTable());

    // The history: every successful fetch is recorded while the window is open, unless
    // --no-history (then an existing history can still be looked at). A screenshot neither
    // reads nor writes it.
    if (!screenshot) {
        const QString historyPath = historyDatabasePath();
        if (options.history.record || QFileInfo::exists(historyPath)) {
            SnapshotStore::Options historyOptions;
            historyOptions.database.path = historyPath;
            history = std::make_unique<SnapshotStore>(historyOptions, clock);
            QObject::connect(history.get(), &SnapshotStore::notice, &window,
                             [&err](const HistoryNotice& notice) {
                                 err << "wsdash: history: " << notice.message << '\n';
                                 err.flush();
                             });
            QObject::connect(history.get(), &SnapshotStore::failed, &window,
                             [&err](const HistoryError& error) {
                                 err << "wsdash: history: " << error.message << '\n';
                                 err.flush();
                             });
            if (options.history.record)
                recorder = std::make_unique<HistoryRecorder>(controller, *history);
            window.addToolBarAction(TrendView::createAction(&window, controller, *history, clock));
        }
    }
    // Alert rules of the profile, tile trends and "Alerts…" (a child of the window). Without a
    // recording history (--no-history) the tiles show no trends and nothing is logged; a
    // screenshot shows the tiles as they are.
    if (!screenshot) {
        new AlertControls(window, controller, options.history.record ? history.get() : nullptr,
                          settings.get(), clock);
    }

    if (!screenshot) {
        const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        openSecretStore(env, &window, [&](std::unique_ptr<SecretStore> store) {
            secretStore = std::move(store);
            profileStore = std::make_unique<ProfileStore>(openSettings(env), *secretStore, clock);
            new ConnectionControls(window, controller, *profileStore, &network, clock, &budget,
                                   env);
        });
        if (!settings || settings->value(QStringLiteral("window/geometry")).isNull())
            window.resize(options.size);
        window.show();
        window.start();
        return app.exec();
    }

    window.resize(options.size);
    window.show();
    controller.setShownTime(options.asOf);
    if (report) { // recorded like --export FILE.json (unless --no-history)
        QObject::connect(&controller, &DashboardController::resultDelivered, &window,
                         [&](const StatisticsResult& result) {
                             if (result.ok())
                                 recordFetch(connection, result, err);
                         });
    }
    const auto save = [&]() -> std::optional<QString> {
        if (report)
            return ReportWriter(window).writePdf(options.exportPath);
        return DashboardImage::savePng(DashboardImage::render(window, options.scale),
                                       options.screenshotPath);
    };
    const QString& outputPath = report ? options.exportPath : options.screenshotPath;
    // The request's own time limit, plus a little for the pool list and painting.
    ScreenshotJob job(window, save,
                      report ? ScreenshotJob::Without::DoNotSave
                             : ScreenshotJob::Without::SaveAnyway,
                      options.timeout + std::chrono::milliseconds(5000));
    int status = ExitRequestFailed;
    QObject::connect(&job, &ScreenshotJob::finished, &app,
                     [&](const ScreenshotJob::Outcome& outcome) {
                         if (outcome.dataShown) {
                             status = outcome.saved ? ExitSuccess : ExitUsage;
                             if (!outcome.saved)
                                 err << "wsdash: " << outcome.message << '\n';
                         } else {
                             const auto& error = controller.lastError();
                             err << "wsdash: " << tr("request failed") << ": "
                                 << (error ? error->toOneLine() : outcome.message) << '\n';
                             if (outcome.saved) {
                                 err << "wsdash: "
                                     << tr("the picture of the error is in %1")
                                            .arg(QDir::toNativeSeparators(outputPath))
                                     << '\n';
                             } else if (!report) { // the picture of the error could not be saved
                                 err << "wsdash: " << outcome.message << '\n';
                                 status = ExitUsage;
                             }
                         }
                         QCoreApplication::quit();
                     });
    job.start();
    window.start();
    app.exec();
    return status;
}

} // namespace wsdash
