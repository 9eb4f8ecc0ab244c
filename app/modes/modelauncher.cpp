#include "modes/modelauncher.h"

#include "cli/checkcommand.h"
#include "cli/drillcommand.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/profilecommand.h"
#include "cli/profileresolver.h"
#include "demosimulator.h"
#include "modes/application.h"
#include "modes/screenshotmode.h"
#include "modes/windowmode.h"
#include "sim/simulator.h"

namespace wsdash {

ModeLauncher::ModeLauncher(CliOptions options, const QProcessEnvironment& env, QTextStream& out,
                           QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_env(env)
    , m_out(out)
    , m_err(err)
{}

ModeLauncher::~ModeLauncher() = default;

void ModeLauncher::start()
{
    if (m_options.profile.isEmpty()) {
        run(m_options);
        return;
    }
    auto* resolver = new ProfileResolver(m_options, m_env, m_err, this);
    connect(resolver, &ProfileResolver::resolved, this, [this, resolver](const CliOptions& o) {
        resolver->deleteLater();
        run(o);
    });
    connect(resolver, &ProfileResolver::failed, this, &ModeLauncher::finished);
    resolver->start();
}

void ModeLauncher::run(CliOptions options)
{
    m_job = createJob(std::move(options));
    if (!m_job) {
        m_err.flush();
        Q_EMIT finished(ExitRequestFailed);
        return;
    }
    connect(m_job.get(), &ModeJob::finished, this, &ModeLauncher::finished);
    m_job->start();
}

std::unique_ptr<ModeJob> ModeLauncher::createJob(CliOptions options)
{
    switch (options.mode) {
    case CliOptions::Mode::Window:
        return std::make_unique<WindowMode>(std::move(options), m_env, m_err);
    case CliOptions::Mode::Screenshot:
        return std::make_unique<ScreenshotMode>(std::move(options), m_err);
    case CliOptions::Mode::Export:
        if (needsWidgets(options)) // the PDF report is drawn by the window
            return std::make_unique<ScreenshotMode>(std::move(options), m_err);
        if (options.demo && !(m_simulator = startDemoSimulator(&options, m_err)))
            return nullptr;
        return std::make_unique<ExportCommand>(std::move(options), m_err);
    case CliOptions::Mode::Drill:
        if (options.demo && !(m_simulator = startDemoSimulator(&options, m_err)))
            return nullptr;
        return std::make_unique<DrillCommand>(std::move(options), m_out, m_err);
    case CliOptions::Mode::Check:
        return std::make_unique<CheckCommand>(std::move(options), m_out, m_err);
    case CliOptions::Mode::History:
        return std::make_unique<HistoryCommand>(std::move(options), m_err, m_env);
    case CliOptions::Mode::SaveProfile:
    case CliOptions::Mode::ListProfiles:
        return std::make_unique<ProfileCommand>(std::move(options), m_env, m_out, m_err);
    case CliOptions::Mode::Help:
    case CliOptions::Mode::Version:
        break; // answered by main() without an application object
    }
    return nullptr;
}

} // namespace wsdash
