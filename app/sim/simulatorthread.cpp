#include "sim/simulatorthread.h"

namespace wsdash::sim {

SimulatorThread::SimulatorThread(SimulatorConfig config)
    : m_config(std::move(config))
{
    setObjectName(QStringLiteral("wsdash simulator"));
}

SimulatorThread::~SimulatorThread()
{
    quit();
    wait();
}

std::optional<QString> SimulatorThread::startAndWait()
{
    start();
    m_started.acquire();
    return m_error;
}

void SimulatorThread::run()
{
    Simulator simulator(m_config);
    const auto started = simulator.start();
    if (started) {
        m_endpoint = simulator.endpoint();
        m_projectId = simulator.projectId();
        m_credentials = simulator.clientCredentials();
    } else {
        m_error = started.error();
    }
    const bool listening = !m_error;
    m_started.release();
    if (listening)
        exec();
}

} // namespace wsdash::sim
