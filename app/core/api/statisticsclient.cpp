#include "core/api/statisticsclient.h"

#include "core/api/apicall.h"
#include "core/api/statisticsparser.h"

#include <QNetworkAccessManager>

namespace wsdash {

StatisticsClient::StatisticsClient(QObject* parent)
    : StatisticsClient(new QNetworkAccessManager(parent), SystemClock::instance(), parent)
{
    m_network->setParent(this);
}

StatisticsClient::StatisticsClient(QNetworkAccessManager* network, const Clock& clock,
                                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

StatisticsClient::~StatisticsClient()
{
    cancel();
}

QString StatisticsClient::apiPath(const QString& projectId)
{
    return QLatin1String("/v2/") + projectId + QLatin1String("/statistics");
}

quint64 StatisticsClient::fetch(const StatisticsRequest& request)
{
    cancel();
    const quint64 serial = ++m_serial;

    ApiRequest api;
    api.endpoint = request.endpoint;
    api.projectId = request.projectId;
    api.credentials = request.credentials;
    api.apiPath = apiPath(request.projectId);
    api.query = request.query.parameters();
    api.timeout = request.timeout;
    api.maxResponseBytes = request.maxResponseBytes;
    api.retry = request.retry;

    auto* call = new ApiCall(m_network, m_clock, std::move(api), this);
    m_call = call;
    const StatisticsQuery query = request.query;
    const bool acceptPartial = request.acceptPartial;

    connect(call, &ApiCall::succeeded, this,
            [this, serial, query, acceptPartial](const ApiResponse& response) {
                StatisticsResult result;
                result.serial = serial;
                result.query = query;
                result.requestId = response.requestId;
                result.attempts = response.attempts;
                const auto fail = [&](const ParseError& error) {
                    result.error.kind = ApiError::Kind::BadResponse;
                    result.error.httpStatus = response.httpStatus;
                    result.error.message = error.message;
                    result.error.requestId = response.requestId;
                    result.error.attempts = response.attempts;
                };
                std::optional<DesktopStatistics> statistics;
                if (acceptPartial) {
                    auto parsed = StatisticsParser::parseLenient(response.body);
                    if (parsed) {
                        statistics = std::move(parsed.value().statistics);
                        result.problems = std::move(parsed.value().problems);
                    } else {
                        fail(parsed.error());
                    }
                } else {
                    auto parsed = StatisticsParser::parse(response.body);
                    if (parsed)
                        statistics = std::move(parsed).value();
                    else
                        fail(parsed.error());
                }
                if (statistics) {
                    StatisticsParser::applyPoolFilter(query, &*statistics);
                    result.statistics = std::move(statistics);
                }
                deliver(std::move(result));
            });
    connect(call, &ApiCall::failed, this, [this, serial, query](const ApiError& error) {
        StatisticsResult result;
        result.serial = serial;
        result.query = query;
        result.error = error;
        result.requestId = error.requestId;
        result.attempts = error.attempts;
        deliver(std::move(result));
    });

    call->start(); // an invalid project ID fails there, like every other outcome
    return serial;
}

void StatisticsClient::cancel()
{
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->cancel();
        call->disconnect(this);
        call->deleteLater();
    }
}

void StatisticsClient::deliver(StatisticsResult result)
{
    result.receivedAt = m_clock.now();
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->deleteLater();
    }
    Q_EMIT finished(result);
}

} // namespace wsdash
