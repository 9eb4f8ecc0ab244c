#include "modes/screenshotmode.h"

#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "core/api/requestbudget.h"
#include "core/base/clock.h"
#include "core/dashboard/dashboardcontroller.h"
#include "core/history/snapshot.h"
#include "demosimulator.h"
#include "modes/guiapplication.h"
#include "sim/simulator.h"
#include "sim/simulatorthread.h"
#include "ui/reports/dashboardimage.h"
#include "ui/reports/reportwriter.h"
#include "ui/reports/screenshotjob.h"
#include "ui/window/mainwindow.h"

#include <QCoreApplication>
#include <QDir>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

ScreenshotMode::ScreenshotMode(CliOptions options, QTextStream& err, QObject* parent)
    : ModeJob(parent)
    , m_options(std::move(options))
    , m_connection(m_options)
    , m_err(err)
{}

ScreenshotMode::~ScreenshotMode()
{
    // The window goes before the controller it shows.
    m_job.reset();
    m_window.reset();
}

void ScreenshotMode::start()
{
    const bool report = m_options.mode == CliOptions::Mode::Export;
    QString profile = m_options.profile;
    if (m_options.demo) {
        m_simulator = startDemoSimulator(&m_connection, m_err);
        if (!m_simulator) {
            m_err.flush();
            Q_EMIT finished(ExitRequestFailed);
            return;
        }
        profile = wsdash::tr("Demo simulator");
    }
    StatisticsRequest request;
    request.query = windowQuery(m_options.query);
    request.timeout = m_options.timeout;
    request.endpoint = m_connection.endpoint;
    request.projectId = m_connection.projectId;
    request.credentials = m_connection.credentials;

    const Clock& clock = SystemClock::instance();
    m_budget = std::make_unique<RequestBudget>(clock);
    m_controller = std::make_unique<DashboardController>(&m_network, clock);
    m_controller->setRequestBudget(m_budget.get());
    m_controller->setRequest(request);
    m_controller->setProfileName(profile);
    if (m_options.demo) // the same series as `wsdash --export --demo` records
        m_controller->setSeriesSource(demoSeriesSource());
    m_controller->setShownTime(m_options.asOf);
    // The requests go out before the window is built, so that the answers come (from the demo
    // simulator's thread or the endpoint) and are parsed on other threads while this one builds
    // it (issue 18: start to painted demo dashboard). The window shows them as they arrive,
    // as it would after MainWindow::start().
    const bool send = m_controller->request().endpoint.isValid();
    if (send) {
        m_controller->loadPools();
        m_controller->refresh();
    }

    m_window = std::make_unique<MainWindow>(*m_controller, clock, nullptr);
    m_window->resize(m_options.size);
    // Laid out and "visible" to itself, but never painted on a screen: the picture is rendered
    // once, when the data is on it (DashboardImage::render), not also at every update on the
    // way (issue 18: a tenth of start to painted demo dashboard).
    m_window->setAttribute(Qt::WA_DontShowOnScreen);
    m_window->show();
    if (report) { // recorded like --export FILE.json (unless --no-history)
        connect(m_controller.get(), &DashboardController::resultDelivered, this,
                [this](const StatisticsResult& result) {
                    if (result.ok())
                        recordFetch(m_connection, result, m_err);
                });
    }
    MainWindow& window = *m_window;
    const QString pdfPath = m_options.exportPath;
    const QString pngPath = m_options.screenshotPath;
    const qreal scale = m_options.scale;
    if (!report) // sized now: show() has laid the window out
        m_canvas = DashboardImage::prepareCanvas(window, scale);
    auto* const canvas = &m_canvas;
    const auto save = [&window, report, pdfPath, pngPath, scale,
                       canvas]() -> std::optional<QString> {
        if (report)
            return ReportWriter(window).writePdf(pdfPath);
        return DashboardImage::savePng(DashboardImage::render(window, scale, std::move(*canvas)),
                                       pngPath);
    };
    // The request's own time limit, plus a little for the pool list and painting.
    m_job = std::make_unique<ScreenshotJob>(window, save,
                                            report ? ScreenshotJob::Without::DoNotSave
                                                   : ScreenshotJob::Without::SaveAnyway,
                                            m_options.timeout + std::chrono::milliseconds(5000));
    connect(m_job.get(), &ScreenshotJob::finished, this,
            [this](const ScreenshotJob::Outcome& outcome) {
                finish(outcome.dataShown, outcome.saved, outcome.message);
            });
    m_job->start();
    if (!send)
        m_window->start(); // says what is missing
}

void ScreenshotMode::finish(bool dataShown, bool saved, const QString& message)
{
    const bool report = m_options.mode == CliOptions::Mode::Export;
    const QString& outputPath = report ? m_options.exportPath : m_options.screenshotPath;
    int status = ExitRequestFailed;
    if (dataShown) {
        status = saved ? ExitSuccess : ExitUsage;
        if (!saved)
            m_err << "wsdash: " << message << '\n';
    } else {
        const auto& error = m_controller->lastError();
        m_err << "wsdash: " << wsdash::tr("request failed") << ": "
              << (error ? error->toOneLine() : message) << '\n';
        if (saved) {
            m_err << "wsdash: "
                  << wsdash::tr("the picture of the error is in %1")
                         .arg(QDir::toNativeSeparators(outputPath))
                  << '\n';
        } else if (!report) { // the picture of the error could not be saved
            m_err << "wsdash: " << message << '\n';
            status = ExitUsage;
        }
    }
    m_err.flush();
    Q_EMIT finished(status);
}

} // namespace wsdash
