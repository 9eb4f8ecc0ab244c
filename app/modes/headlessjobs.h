#pragma once

#include "cli/commandline.h"

#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

namespace wsdash {

namespace sim {
class SimulatorThread;
}
class ModeJob;

// The jobs of the modes that draw nothing (--export FILE.json/.csv, --drill, --check,
// --history, the profile commands), for ModeLauncher in a QCoreApplication. Holds the demo
// simulator of `--export --demo` and `--drill --demo` while the job runs.
class HeadlessJobs final
{
public:
    HeadlessJobs(const QProcessEnvironment& env, QTextStream& out, QTextStream& err);
    ~HeadlessJobs();
    HeadlessJobs(const HeadlessJobs&) = delete;
    HeadlessJobs& operator=(const HeadlessJobs&) = delete;

    // Nothing for a mode that draws (see needsWidgets()) or when the demo does not start.
    std::unique_ptr<ModeJob> create(CliOptions options);

private:
    const QProcessEnvironment m_env;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<sim::SimulatorThread> m_simulator;
};

} // namespace wsdash
