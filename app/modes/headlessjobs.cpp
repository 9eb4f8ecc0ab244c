#include "modes/headlessjobs.h"

#include "cli/checkcommand.h"
#include "cli/drillcommand.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/profilecommand.h"
#include "demosimulator.h"
#include "sim/simulator.h"
#include "sim/simulatorthread.h"

namespace wsdash {

HeadlessJobs::HeadlessJobs(const QProcessEnvironment& env, QTextStream& out, QTextStream& err)
    : m_env(env)
    , m_out(out)
    , m_err(err)
{}

HeadlessJobs::~HeadlessJobs() = default;

std::unique_ptr<ModeJob> HeadlessJobs::create(CliOptions options)
{
    switch (options.mode) {
    case CliOptions::Mode::Export:
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
    case CliOptions::Mode::Window:
    case CliOptions::Mode::Screenshot: // the window module's (guimain.cpp)
    case CliOptions::Mode::Help:
    case CliOptions::Mode::Version: // answered by main() without an application object
        break;
    }
    return nullptr;
}

} // namespace wsdash
