#include "demosimulator.h"

#include "core/base/clock.h"
#include "sim/simulatorthread.h"

#include <QCoreApplication>

namespace wsdash {

std::unique_ptr<sim::SimulatorThread> startDemoSimulator(CliOptions* options, QTextStream& err)
{
    sim::SimulatorConfig config;
    if (!options->projectId.isEmpty())
        config.projectId = options->projectId;
    // The fleet follows its users' local time: a demo should show a working morning.
    config.fleet.timeZone =
        sim::FleetOptions::zoneWhereItIs(QTime(10, 30), SystemClock::instance().now());

    auto simulator = std::make_unique<sim::SimulatorThread>(config);
    if (const auto error = simulator->startAndWait()) {
        err << "wsdash: "
            << QCoreApplication::translate("wsdash::Demo", "the demo simulator did not start: %1")
                   .arg(*error)
            << '\n';
        return nullptr;
    }
    options->endpoint = simulator->endpoint();
    options->projectId = simulator->projectId();
    options->credentials = simulator->clientCredentials();
    return simulator;
}

} // namespace wsdash
