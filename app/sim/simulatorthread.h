#pragma once

#include "core/api/credentials.h"
#include "core/api/endpoint.h"
#include "sim/simulator.h"

#include <QSemaphore>
#include <QString>
#include <QThread>

#include <optional>

namespace wsdash::sim {

// A Simulator on a thread of its own: created, listening and answering there, so that building
// its answers never holds up the thread of its client (wsdash --demo: the window is built while
// the answer is served; the stall probe: the window's UI thread measures only itself).
class SimulatorThread final : public QThread
{
public:
    explicit SimulatorThread(SimulatorConfig config);
    ~SimulatorThread() override; // stops it

    // Starts the thread and blocks until the simulator listens; why it could not, otherwise
    // (its thread has ended then).
    std::optional<QString> startAndWait();

    // Valid after startAndWait() succeeded.
    const Endpoint& endpoint() const { return m_endpoint; }
    const QString& projectId() const { return m_projectId; }
    const Credentials& clientCredentials() const { return m_credentials; }

protected:
    void run() override;

private:
    SimulatorConfig m_config;
    QSemaphore m_started; // released once the simulator listens or failed to
    std::optional<QString> m_error;
    Endpoint m_endpoint;
    QString m_projectId;
    Credentials m_credentials;
};

} // namespace wsdash::sim
