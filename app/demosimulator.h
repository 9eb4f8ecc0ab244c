#pragma once

#include "cli/commandline.h"
#include "core/api/credentials.h"
#include "core/api/endpoint.h"

#include <QSemaphore>
#include <QString>
#include <QTextStream>
#include <QThread>

#include <memory>

namespace wsdash {

// --demo: the Workspace simulator in this process, on a free loopback port and a thread of its
// own, showing a working morning. The real client, signing included, talks to it over HTTP.
// On its own thread it answers while the window is still being built (issue 18: start to painted
// demo dashboard), and building its answers never holds up the window.
class DemoSimulator final : public QThread
{
public:
    // Starts it and points `options` at it with its demo credentials. Returns nothing (after one
    // line on `err`) when it cannot start.
    static std::unique_ptr<DemoSimulator> launch(CliOptions* options, QTextStream& err);
    ~DemoSimulator() override; // stops it

    const Endpoint& endpoint() const { return m_endpoint; }
    const QString& projectId() const { return m_projectId; }
    const Credentials& clientCredentials() const { return m_credentials; }

protected:
    void run() override;

private:
    explicit DemoSimulator(QString projectId);

    QSemaphore m_started; // released once the simulator listens or failed to
    bool m_ok = false;
    QString m_error;
    Endpoint m_endpoint;
    QString m_projectId; // asked for (may be empty), then the simulator's
    Credentials m_credentials;
};

// The same, as the modes call it.
inline std::unique_ptr<DemoSimulator> startDemoSimulator(CliOptions* options, QTextStream& err)
{
    return DemoSimulator::launch(options, err);
}

} // namespace wsdash
