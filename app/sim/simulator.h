#pragma once

#include "core/api/credentials.h"
#include "core/api/endpoint.h"
#include "core/base/clock.h"
#include "core/base/expected.h"
#include "sim/desktoplistapi.h"
#include "sim/deterministicrandom.h"
#include "sim/faultsettings.h"
#include "sim/fleet.h"
#include "sim/gateway.h"
#include "sim/httpmessage.h"
#include "sim/workspaceapi.h"

#include <QHostAddress>
#include <QObject>
#include <QProcessEnvironment>
#include <QUrl>

#include <memory>

namespace wsdash::sim {

class HttpListener;

struct SimulatorConfig
{
    FleetOptions fleet;
    QString projectId;              // the demo project unless set
    GatewayCredentials credentials; // the demo pair and token unless set
    FaultSettings faults;
    int rateLimit = Gateway::kDefaultRateLimit; // calls per minute per AK; 0: unlimited
    QHostAddress address = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: a free port

    SimulatorConfig();
    // AK/SK (and security token) from HUAWEICLOUD_SDK_AK/_SK/_SECURITY_TOKEN, the token from
    // WSDASH_IAM_TOKEN, the project from HUAWEICLOUD_SDK_PROJECT_ID; demo values for the rest.
    static Expected<SimulatorConfig, QString> fromEnvironment(const QProcessEnvironment& env);
};

// The Workspace API simulator: a fleet, the service's two GET calls, the gateway in front of
// them and fault injection, served over HTTP on a loopback port.
//
// In-process use (demo mode, tests):
//     Simulator simulator;                       // demo fleet and demo credentials
//     const auto url = simulator.start();        // a free port on 127.0.0.1
//     request.endpoint = simulator.endpoint();
//     request.projectId = simulator.projectId();
//     request.credentials = simulator.clientCredentials();
class Simulator final : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(SimulatorConfig config = {}, QObject* parent = nullptr);
    // `clock` is the gateway's and the fleet's time; it must outlive the simulator.
    Simulator(SimulatorConfig config, const Clock& clock, QObject* parent = nullptr);
    ~Simulator() override;

    // Listens on the configured address and port; the base URL, e.g. http://127.0.0.1:40123.
    Expected<QUrl, QString> start();
    void stop();
    bool isRunning() const;
    QUrl url() const;
    quint16 port() const;
    Endpoint endpoint() const;

    const QString& projectId() const { return m_config.projectId; }
    // What a client uses to reach this simulator: the AK/SK (temporary when a security token is
    // configured), or the IAM token.
    Credentials clientCredentials() const;
    Credentials tokenCredentials() const;
    // True when the AK/SK are the published demo pair.
    bool usesDemoAccessKey() const;

    FaultSettings faults() const { return m_faults; }
    void setFaults(const FaultSettings& faults) { m_faults = faults; }
    void clearFaults() { m_faults = FaultSettings(); }

    Fleet& fleet() { return m_fleet; }
    Gateway& gateway() { return m_gateway; }

    // The most recent requests as they arrived (at most kRequestLog), oldest first.
    const QList<HttpRequest>& receivedRequests() const { return m_received; }
    void clearReceivedRequests() { m_received.clear(); }
    static constexpr int kRequestLog = 256;

Q_SIGNALS:
    // After every answer; carries no header values, so it is safe to log.
    void requestHandled(const QByteArray& method, const QByteArray& target, int status);

private:
    enum class Route
    {
        None,
        Statistics,
        DesktopPools,
        DesktopsDetail
    };

    HttpReply handle(const HttpRequest& request);
    HttpResponse answer(const HttpRequest& request, Route route, const QString& projectId,
                        const QByteArray& requestId, HttpReply& reply);
    std::optional<HttpResponse> injectedFailure(const QByteArray& requestId, Fault fault);
    Fault takeFault(Route route, const HttpRequest& request);
    QByteArray newRequestId();

    SimulatorConfig m_config;
    const Clock& m_clock;
    Fleet m_fleet;
    Gateway m_gateway;
    WorkspaceApi m_api;
    DesktopListApi m_desktopList;
    FaultSettings m_faults;
    DeterministicRandom m_random; // decides which calls fail at the failure rate
    QList<HttpRequest> m_received;
    std::unique_ptr<HttpListener> m_listener;
};

} // namespace wsdash::sim
