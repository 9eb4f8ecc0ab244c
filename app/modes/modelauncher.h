#pragma once

#include "cli/commandline.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

namespace wsdash {

namespace sim {
class Simulator;
}
class ModeJob;

// Picks the job of the mode the command line asks for (window, screenshot, export, check,
// history, profiles), first resolving --profile NAME when one is given, and starts it. Runs in
// the event loop of the one application object; finished() carries the exit status.
class ModeLauncher final : public QObject
{
    Q_OBJECT

public:
    ModeLauncher(CliOptions options, const QProcessEnvironment& env, QTextStream& out,
                 QTextStream& err, QObject* parent = nullptr);
    ~ModeLauncher() override;

    void start();

Q_SIGNALS:
    void finished(int status);

private:
    void run(CliOptions options);
    std::unique_ptr<ModeJob> createJob(CliOptions options);

    const CliOptions m_options;
    const QProcessEnvironment m_env;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<sim::Simulator> m_simulator; // --export FILE.json --demo
    std::unique_ptr<ModeJob> m_job;
};

} // namespace wsdash
