#include "collector/connectionpoller.h"

#include "core/api/refusedcredentials.h"

namespace wsdash {

ConnectionPoller::ConnectionPoller(CollectorConnection connection, StatisticsQuery query,
                                   std::chrono::milliseconds timeout, RequestBudget& budget,
                                   QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_query(std::move(query))
    , m_timeout(timeout)
    , m_budget(budget)
    , m_client(new StatisticsClient(this))
{
    m_waiting.setSingleShot(true);
    connect(&m_waiting, &QTimer::timeout, this, &ConnectionPoller::tryToSend);
    connect(m_client, &StatisticsClient::finished, this, &ConnectionPoller::onFinished);
}

void ConnectionPoller::poll()
{
    if (m_stopped || isBusy())
        return;
    tryToSend();
}

void ConnectionPoller::cancel()
{
    m_waiting.stop();
    m_client->cancel();
}

void ConnectionPoller::tryToSend()
{
    if (m_stopped)
        return;
    // Background: the collector's calls leave a few tokens of the budget free, as the
    // window's recording does.
    if (!m_budget.tryAcquire(RequestBudget::Priority::Background)) {
        m_waiting.start(m_budget.retryInterval(RequestBudget::Priority::Background));
        return;
    }
    StatisticsRequest request;
    request.endpoint = m_connection.endpoint;
    request.projectId = m_connection.projectId;
    request.credentials = m_connection.credentials;
    request.query = m_query;
    request.timeout = m_timeout;
    m_sent.start();
    m_client->fetch(request);
}

void ConnectionPoller::onFinished(const StatisticsResult& result)
{
    PollOutcome outcome;
    outcome.result = result;
    outcome.durationMs = m_sent.elapsed();
    if (!result.ok() &&
        RefusedCredentials::needsNewCredentials(result.error, QDateTime::currentDateTimeUtc())) {
        outcome.authenticationFailed = true;
        m_stopped = true;
    }
    Q_EMIT polled(outcome);
}

} // namespace wsdash
