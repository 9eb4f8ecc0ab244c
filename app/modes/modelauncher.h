#pragma once

#include "cli/commandline.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTextStream>

#include <functional>
#include <memory>

namespace wsdash {

class ModeJob;

// Resolves --profile NAME when one is given, then creates the job of the mode the command line
// asks for with `createJob` and starts it. Runs in the event loop of the one application object;
// finished() carries the exit status. The executable gives it the headless jobs (headlessjobs.h),
// the window module the ones that draw (guimain.cpp).
class ModeLauncher final : public QObject
{
    Q_OBJECT

public:
    // Nothing (after a line on the error stream) when the job cannot be created.
    using JobFactory = std::function<std::unique_ptr<ModeJob>(CliOptions)>;

    ModeLauncher(CliOptions options, const QProcessEnvironment& env, QTextStream& err,
                 JobFactory createJob, QObject* parent = nullptr);
    ~ModeLauncher() override;

    void start();

Q_SIGNALS:
    void finished(int status);

private:
    void run(CliOptions options);

    const CliOptions m_options;
    const QProcessEnvironment m_env;
    QTextStream& m_err;
    const JobFactory m_createJob;
    std::unique_ptr<ModeJob> m_job;
};

} // namespace wsdash
