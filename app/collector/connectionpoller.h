#pragma once

#include "collector/collectoroptions.h"
#include "core/api/requestbudget.h"
#include "core/api/statisticsclient.h"
#include "core/history/alertevaluator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace wsdash {

// One answer of one connection in a round.
struct PollOutcome
{
    StatisticsResult result;
    qint64 durationMs = 0;             // from sending (after the budget's wait) to the answer
    bool authenticationFailed = false; // the credentials were refused for good: polling stopped
};

// Polls one connection: waits for a token of the shared request budget, fetches the
// statistics once per poll() with the product's StatisticsClient, and keeps the connection's
// alert state. After a refusal only new credentials can cure (RefusedCredentials), it stops for
// good: a gateway locks an access key after a few badly signed requests.
class ConnectionPoller final : public QObject
{
    Q_OBJECT

public:
    ConnectionPoller(CollectorConnection connection, StatisticsQuery query,
                     std::chrono::milliseconds timeout, RequestBudget& budget,
                     QObject* parent = nullptr);

    const CollectorConnection& connection() const { return m_connection; }
    const StatisticsQuery& query() const { return m_query; }
    bool isStopped() const { return m_stopped; }
    bool isBusy() const { return m_waiting.isActive() || m_client->isBusy(); }
    // Stops polling (an earlier refusal of the same credentials, or this one).
    void stop() { m_stopped = true; }

    // Starts one fetch; polled() follows (not when stopped or cancelled).
    void poll();
    void cancel();

    AlertEvaluator& alerts() { return m_alerts; }

Q_SIGNALS:
    void polled(const wsdash::PollOutcome& outcome);

private:
    void tryToSend();
    void onFinished(const StatisticsResult& result);

    const CollectorConnection m_connection;
    const StatisticsQuery m_query;
    const std::chrono::milliseconds m_timeout;
    RequestBudget& m_budget;
    StatisticsClient* m_client;
    QTimer m_waiting; // for a budget token
    QElapsedTimer m_sent;
    bool m_stopped = false;
    AlertEvaluator m_alerts;
};

} // namespace wsdash
