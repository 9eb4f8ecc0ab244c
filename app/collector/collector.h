#pragma once

#include "collector/collectoroptions.h"
#include "collector/connectionpoller.h"
#include "collector/metricsregistry.h"
#include "core/api/requestbudget.h"
#include "core/base/clock.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace wsdash {

class HistoryDatabase;
class MetricsServer;
class WebhookNotifier;

// The collector's schedule: every interval, one round in which each connection that is still
// polled fetches its statistics once (within the shared request budget), records the answer in
// the history, evaluates the alert rules (the alert log, the webhook) and updates the metrics.
// One logfmt line per connection and round on `out`; problems on `err`.
class Collector final : public QObject
{
    Q_OBJECT

public:
    Collector(CollectorOptions options, QList<CollectorConnection> connections, QTextStream& out,
              QTextStream& err,
              const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
              QObject* parent = nullptr);
    ~Collector() override;

    // Opens the history, starts the metrics server and the first round. False (and the
    // reason on `err`) when it cannot start.
    bool start();
    // Stops at once: cancels requests in flight (nothing half-recorded: each sample is one
    // transaction, written between two steps of the event loop), then finished(status).
    void shutdown(int status = 0);

    quint16 metricsPort() const;

Q_SIGNALS:
    void roundFinished(int round);
    void finished(int status);

private:
    void startRound();
    void onPolled(ConnectionPoller* poller, const PollOutcome& outcome);
    void finishRound();
    void logOutcome(const ConnectionPoller& poller, const PollOutcome& outcome,
                    const QString& recorded);
    void reportAuthenticationFailure(const ConnectionPoller& poller, const ApiError& error,
                                     bool earlier);
    std::optional<QString> record(ConnectionPoller& poller, const StatisticsResult& result);
    void evaluateAlerts(ConnectionPoller& poller, const StatisticsResult& result);
    void loadAlertRules(ConnectionPoller& poller);

    CollectorOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    const QProcessEnvironment m_env;
    RequestBudget m_budget;
    QList<ConnectionPoller*> m_pollers; // children
    std::unique_ptr<HistoryDatabase> m_history;
    MetricsRegistry m_metrics;
    MetricsServer* m_metricsServer = nullptr;
    WebhookNotifier* m_webhook = nullptr;
    QTimer m_nextRound;
    QElapsedTimer m_roundClock;
    int m_round = 0;
    int m_waitingFor = 0; // connections of the current round without an answer yet
    bool m_roundFailed = false;
    bool m_shuttingDown = false;
    QDateTime m_lastCompaction;
};

} // namespace wsdash
