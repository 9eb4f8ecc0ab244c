#include "sim/simulator.h"

#include "core/api/apirequest.h"
#include "sim/democredentials.h"
#include "sim/httplistener.h"
#include "sim/responses.h"

#include <QLocale>
#include <QRandomGenerator>

namespace wsdash::sim {

namespace {

QByteArray httpDate(const QDateTime& when)
{
    return QLocale::c()
        .toString(when.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

SimulatorConfig::SimulatorConfig()
    : projectId(QLatin1String(kDemoProjectId))
{
    credentials.accessKey = QLatin1String(kDemoAccessKey);
    credentials.secretKey = QLatin1String(kDemoSecretKey);
    credentials.iamToken = QLatin1String(kDemoIamToken);
}

Expected<SimulatorConfig, QString> SimulatorConfig::fromEnvironment(const QProcessEnvironment& env)
{
    SimulatorConfig config;
    const EnvironmentCredentials found = credentialsFromEnvironment(env);
    if (!found.error.isEmpty())
        return found.error;
    if (found.credentials.signsRequests()) {
        config.credentials.accessKey = found.credentials.accessKey;
        config.credentials.secretKey = found.credentials.secretKey;
        config.credentials.securityToken = found.credentials.securityToken;
    }
    const QString token = env.value(QStringLiteral("WSDASH_IAM_TOKEN")).trimmed();
    if (!token.isEmpty())
        config.credentials.iamToken = token;
    if (!found.projectId.isEmpty()) {
        if (!isValidProjectId(found.projectId))
            return QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID is not a valid project ID.");
        config.projectId = found.projectId;
    }
    return config;
}

Simulator::Simulator(SimulatorConfig config, QObject* parent)
    : Simulator(std::move(config), SystemClock::instance(), parent)
{}

Simulator::Simulator(SimulatorConfig config, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
    , m_fleet(m_config.fleet)
    , m_gateway(m_config.credentials, m_config.projectId, clock)
    , m_api(m_fleet)
    , m_desktopList(m_fleet)
    , m_faults(m_config.faults)
    , m_random(hashOf({m_config.fleet.seed, 0x4641554C /* FAUL */}))
{
    m_gateway.setRateLimit(m_config.rateLimit);
}

Simulator::~Simulator() = default;

Expected<QUrl, QString> Simulator::start()
{
    if (isRunning())
        return url();
    auto listener = std::make_unique<HttpListener>(
        [this](const HttpRequest& request) { return handle(request); });
    if (!listener->listen(m_config.address, m_config.port)) {
        return QStringLiteral("Cannot listen on %1:%2: %3")
            .arg(m_config.address.toString())
            .arg(m_config.port)
            .arg(listener->errorString());
    }
    m_listener = std::move(listener);
    return url();
}

void Simulator::stop()
{
    m_listener.reset();
}

bool Simulator::isRunning() const
{
    return m_listener && m_listener->isListening();
}

quint16 Simulator::port() const
{
    return isRunning() ? m_listener->serverPort() : 0;
}

QUrl Simulator::url() const
{
    if (!isRunning())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_listener->serverAddress().toString());
    url.setPort(m_listener->serverPort());
    return url;
}

Endpoint Simulator::endpoint() const
{
    auto endpoint = Endpoint::fromUrl(url().toString());
    return endpoint ? endpoint.value() : Endpoint();
}

Credentials Simulator::clientCredentials() const
{
    const GatewayCredentials& c = m_config.credentials;
    return c.securityToken.isEmpty()
               ? Credentials::permanent(c.accessKey, c.secretKey)
               : Credentials::temporary(c.accessKey, c.secretKey, c.securityToken);
}

Credentials Simulator::tokenCredentials() const
{
    return Credentials::token(m_config.credentials.iamToken);
}

bool Simulator::usesDemoAccessKey() const
{
    return m_config.credentials.accessKey == QLatin1String(kDemoAccessKey) &&
           m_config.credentials.secretKey == QLatin1String(kDemoSecretKey);
}

QByteArray Simulator::newRequestId()
{
    QRandomGenerator* random = QRandomGenerator::global();
    const quint64 high = random->generate64();
    const quint64 low = random->generate64();
    return QByteArray::number(high, 16).rightJustified(16, '0') +
           QByteArray::number(low, 16).rightJustified(16, '0');
}

Fault Simulator::takeFault(Route route, const HttpRequest& request)
{
    const Fault fault = m_faults.fault;
    if (fault != Fault::None && m_faults.listPage > 0 &&
        (route != Route::DesktopsDetail ||
         DesktopListApi::pageOf(request.queryItems()) != m_faults.listPage))
        return Fault::None; // aimed at one page of a desktop listing
    if (fault == Fault::PartlyInvalid && route != Route::Statistics)
        return Fault::None; // only statistics answers have counts to spoil
    if (fault == Fault::None || m_faults.faultCount < 0)
        return fault;
    if (m_faults.faultCount == 0) {
        m_faults.fault = Fault::None;
        return Fault::None;
    }
    if (--m_faults.faultCount == 0)
        m_faults.fault = Fault::None;
    return fault;
}

std::optional<HttpResponse> Simulator::injectedFailure(const QByteArray& requestId, Fault fault)
{
    switch (fault) {
    case Fault::Throttle:
        return throttledResponse(m_faults.throttleRetryAfterSeconds, m_gateway.rateLimit(),
                                 requestId);
    case Fault::InternalError:
        return serviceError(500, QStringLiteral("WKS.0500"),
                            QStringLiteral("Internal server error."),
                            QStringLiteral("Injected by wsdash-sim."));
    case Fault::BadGateway:
        return gatewayError(502, QStringLiteral("APIG.0202"), QStringLiteral("Backend unavailable"),
                            requestId);
    case Fault::ServiceUnavailable:
        return serviceError(503, QStringLiteral("WKS.0503"),
                            QStringLiteral("The service is temporarily unavailable."),
                            QStringLiteral("Injected by wsdash-sim."));
    case Fault::GatewayTimeout:
        return gatewayError(504, QStringLiteral("APIG.0201"), QStringLiteral("Backend timeout"),
                            requestId);
    default:
        break;
    }
    if (m_faults.failureRate > 0.0 && m_random.chance(m_faults.failureRate)) {
        constexpr Fault kFailures[] = {Fault::InternalError, Fault::BadGateway,
                                       Fault::ServiceUnavailable, Fault::GatewayTimeout};
        return injectedFailure(requestId, kFailures[m_random.below(4)]);
    }
    return std::nullopt;
}

HttpResponse Simulator::answer(const HttpRequest& request, Route route, const QString& projectId,
                               const QByteArray& requestId, HttpReply& reply)
{
    if (route == Route::None) {
        return gatewayError(404, QStringLiteral("APIGW.0101"),
                            QStringLiteral("The API does not exist or has not been published in "
                                           "the environment."),
                            requestId);
    }
    const Fault fault = takeFault(route, request);
    if (fault == Fault::ConnectionReset) {
        reply.delivery = HttpReply::Delivery::Reset;
        return {};
    }
    if (auto failure = injectedFailure(requestId, fault))
        return *failure;
    if (auto rejection = m_gateway.admit(request, projectId, requestId))
        return *rejection;

    const QDateTime now = m_clock.now();
    HttpResponse response = route == Route::Statistics ? m_api.statistics(request.queryItems(), now)
                            : route == Route::DesktopPools
                                ? m_api.desktopPools(request.queryItems(), now)
                                : m_desktopList.list(request.queryItems(), now);
    switch (fault) {
    case Fault::MalformedJson:
        response.body = malformedJson(response.body);
        break;
    case Fault::PartlyInvalid:
        if (route == Route::Statistics)
            response.body = partlyInvalid(response.body);
        break;
    case Fault::TruncatedBody:
        reply.delivery = HttpReply::Delivery::Truncated;
        break;
    case Fault::SlowBody:
        reply.delivery = HttpReply::Delivery::Slow;
        reply.slowDuration = m_faults.slowBodyDuration;
        break;
    default:
        break;
    }
    return response;
}

HttpReply Simulator::handle(const HttpRequest& request)
{
    m_received.append(request);
    if (m_received.size() > kRequestLog)
        m_received.removeFirst();

    // /v2/{project_id}/statistics, /v2/{project_id}/desktop-pools and
    // /v2/{project_id}/desktops/detail, GET only.
    const QStringList segments = request.decodedPath().split(QLatin1Char('/'));
    Route route = Route::None;
    QString projectId;
    if (request.method == "GET" && segments.size() == 4 && segments[0].isEmpty() &&
        segments[1] == QLatin1String("v2") && !segments[2].isEmpty()) {
        projectId = segments[2];
        if (segments[3] == QLatin1String("statistics"))
            route = Route::Statistics;
        else if (segments[3] == QLatin1String("desktop-pools"))
            route = Route::DesktopPools;
    } else if (request.method == "GET" && segments.size() == 5 && segments[0].isEmpty() &&
               segments[1] == QLatin1String("v2") && !segments[2].isEmpty() &&
               segments[3] == QLatin1String("desktops") && segments[4] == QLatin1String("detail")) {
        projectId = segments[2];
        route = Route::DesktopsDetail;
    }

    const QByteArray requestId = newRequestId();
    HttpReply reply;
    reply.delay = m_faults.latency;
    reply.response = answer(request, route, projectId, requestId, reply);
    HttpResponse& response = reply.response;
    response.setHeader("X-Request-Id", requestId);
    response.setHeader("Date", httpDate(m_clock.now()));
    response.setHeader("Server", "api-gateway");
    Q_EMIT requestHandled(request.method, request.target,
                          reply.delivery == HttpReply::Delivery::Reset ? 0 : response.status);
    return reply;
}

} // namespace wsdash::sim
