#include "demosimulator.h"

#include "core/base/clock.h"
#include "sim/simulator.h"

#include <QCoreApplication>

namespace wsdash {

DemoSimulator::DemoSimulator(QString projectId)
    : m_projectId(std::move(projectId))
{
    setObjectName(QStringLiteral("wsdash demo simulator"));
}

DemoSimulator::~DemoSimulator()
{
    quit();
    wait();
}

std::unique_ptr<DemoSimulator> DemoSimulator::launch(CliOptions* options, QTextStream& err)
{
    std::unique_ptr<DemoSimulator> simulator(new DemoSimulator(options->projectId));
    simulator->start();
    simulator->m_started.acquire();
    if (!simulator->m_ok) {
        err << "wsdash: "
            << QCoreApplication::translate("wsdash::Demo", "the demo simulator did not start: %1")
                   .arg(simulator->m_error)
            << '\n';
        return nullptr; // its thread has ended
    }
    options->endpoint = simulator->m_endpoint;
    options->projectId = simulator->m_projectId;
    options->credentials = simulator->m_credentials;
    return simulator;
}

void DemoSimulator::run()
{
    sim::SimulatorConfig config;
    if (!m_projectId.isEmpty())
        config.projectId = m_projectId;
    // The fleet follows its users' local time: a demo should show a working morning.
    config.fleet.timeZone =
        sim::FleetOptions::zoneWhereItIs(QTime(10, 30), SystemClock::instance().now());
    sim::Simulator simulator(config); // lives, listens and answers on this thread
    const auto started = simulator.start();
    m_ok = static_cast<bool>(started);
    if (m_ok) {
        m_endpoint = simulator.endpoint();
        m_projectId = simulator.projectId();
        m_credentials = simulator.clientCredentials();
    } else {
        m_error = started.error();
    }
    m_started.release();
    if (m_ok)
        exec();
}

} // namespace wsdash
