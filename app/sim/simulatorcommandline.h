#pragma once

#include "core/base/expected.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>

namespace wsdash::sim {

struct SimulatorCommandLine
{
    enum class Mode
    {
        Run,
        Help,
        Version
    };

    Mode mode = Mode::Run;
    SimulatorConfig config;
    bool quiet = false; // no request log on stderr
    QString helpText;
};

// wsdash-sim [--port N] [--pools N] [--desktops N] [--seed S] [--project-id ID]
//            [--time-zone TZ] [--rate-limit N] [--latency MS] [--failure-rate P]
//            [--fault NAME] [--fault-count N] [--slow-body MS] [--quiet]
// Credentials and the default project come from the environment (SimulatorConfig::fromEnvironment).
class SimulatorCommandLineParser final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::sim::SimulatorCommandLineParser)

public:
    // `arguments` includes the program name first, as QCoreApplication::arguments() does.
    static Expected<SimulatorCommandLine, QString> parse(const QStringList& arguments,
                                                         const QProcessEnvironment& env);
};

} // namespace wsdash::sim
