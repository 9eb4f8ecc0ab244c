#include "core/profiles/connectiontester.h"

#include "core/api/apicall.h"
#include "core/api/statisticsclient.h"
#include "core/api/statisticsparser.h"
#include "core/profiles/profilestore.h"

#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

namespace wsdash {

ConnectionTestRequest ConnectionTestRequest::from(const ProfileConnection& connection)
{
    ConnectionTestRequest request;
    request.endpoint = connection.endpoint;
    request.projectId = connection.projectId;
    request.credentials = connection.credentials;
    request.tokenExpiresAt = connection.profile.tokenExpiresAt;
    return request;
}

ConnectionTester::ConnectionTester(QNetworkAccessManager* network, const Clock& clock,
                                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

void ConnectionTester::cancel()
{
    ++m_generation; // pending look-ups of an abandoned test report nothing
    m_busy = false;
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->cancel();
        call->deleteLater();
    }
}

void ConnectionTester::test(const ConnectionTestRequest& request)
{
    cancel();
    m_busy = true;
    m_request = request;

    ApiRequest api;
    api.endpoint = request.endpoint;
    api.projectId = request.projectId;
    api.credentials = request.credentials;
    api.apiPath = StatisticsClient::apiPath(request.projectId);
    // No filters: the server answers with total_num only.
    api.timeout = request.timeout;
    api.maxResponseBytes = 1024 * 1024;
    api.retry.maxRetries = 0; // one call: a test must not add to a lock-out or a throttle

    if (!request.credentials.isValid() || !isValidProjectId(request.projectId)) {
        ApiError error;
        error.kind = ApiError::Kind::Configuration;
        error.message = !request.credentials.isValid()
                            ? tr("The profile has no complete credentials.")
                            : tr("The project ID is missing or not valid.");
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, error, generation] {
            if (generation == m_generation)
                onFailed(error);
        });
        return;
    }
    auto* call = new ApiCall(m_network, m_clock, std::move(api), this);
    m_call = call;
    connect(call, &ApiCall::succeeded, this, &ConnectionTester::onSucceeded);
    connect(call, &ApiCall::failed, this, &ConnectionTester::onFailed);
    call->start();
}

DiagnosisContext ConnectionTester::contextNow() const
{
    DiagnosisContext context;
    context.mode = m_request.credentials.mode;
    context.endpoint = m_request.endpoint;
    context.projectId = m_request.projectId;
    context.localNow = m_clock.now();
    context.tokenExpiresAt = m_request.tokenExpiresAt;
    context.proxy = proxyFor(m_request.endpoint.baseUrl());
    return context;
}

void ConnectionTester::onSucceeded(const ApiResponse& response)
{
    if (m_call)
        m_call->deleteLater();
    m_call = nullptr;
    const DiagnosisContext context = contextNow();
    auto parsed = StatisticsParser::parse(response.body);
    if (!parsed) {
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = response.httpStatus;
        error.message = parsed.error().message;
        error.requestId = response.requestId;
        error.serverDate = response.serverDate;
        deliver(diagnose(error, context));
        return;
    }
    const qint64 total = parsed->totals.value(Metric::TotalNum).value_or(0);
    deliver(diagnoseSuccess(total, response.serverDate, response.requestId, context));
}

void ConnectionTester::onFailed(const ApiError& error)
{
    if (m_call)
        m_call->deleteLater();
    m_call = nullptr;
    DiagnosisContext context = contextNow();
    const bool networkLevel =
        error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout;
    if (!networkLevel || !context.proxy.isEmpty()) {
        deliver(diagnose(error, context));
        return;
    }
    // Direct connection failed: is it this host, or the network as a whole?
    const QString host = m_request.endpoint.baseUrl().host();
    lookUp(host, [this, error, context](bool apiHostFound) mutable {
        context.apiHost =
            apiHostFound ? DiagnosisContext::Lookup::Resolved : DiagnosisContext::Lookup::Failed;
        if (apiHostFound) {
            deliver(diagnose(error, context));
            return;
        }
        lookUp(m_referenceHost, [this, error, context](bool referenceFound) mutable {
            context.referenceHost = referenceFound ? DiagnosisContext::Lookup::Resolved
                                                   : DiagnosisContext::Lookup::Failed;
            deliver(diagnose(error, context));
        });
    });
}

void ConnectionTester::lookUp(const QString& host, std::function<void(bool found)> then)
{
    const quint64 generation = m_generation;
    QHostInfo::lookupHost(
        host, this, [this, generation, then = std::move(then)](const QHostInfo& info) {
            if (generation != m_generation)
                return;
            then(info.error() == QHostInfo::NoError && !info.addresses().isEmpty());
        });
}

QString ConnectionTester::proxyFor(const QUrl& url) const
{
    QNetworkProxy proxy = m_network->proxy();
    if (proxy.type() == QNetworkProxy::DefaultProxy) {
        const QNetworkProxyQuery query(url);
        const QList<QNetworkProxy> proxies = m_network->proxyFactory()
                                                 ? m_network->proxyFactory()->queryProxy(query)
                                                 : QNetworkProxyFactory::proxyForQuery(query);
        proxy = proxies.value(0);
    }
    if (proxy.type() == QNetworkProxy::NoProxy || proxy.type() == QNetworkProxy::DefaultProxy ||
        proxy.hostName().isEmpty())
        return {};
    return proxy.hostName() + QLatin1Char(':') + QString::number(proxy.port());
}

void ConnectionTester::deliver(const Diagnosis& diagnosis)
{
    m_busy = false;
    Q_EMIT finished(diagnosis);
}

} // namespace wsdash
