#include "collector/collector.h"

#include "cli/refusalguard.h"
#include "collector/alertpayload.h"
#include "collector/collectorhistory.h"
#include "collector/collectorlog.h"
#include "collector/metricsserver.h"
#include "collector/webhooknotifier.h"
#include "core/api/refusedcredentials.h"
#include "core/base/settingslocation.h"
#include "core/history/alertrulesettings.h"
#include "core/history/historydatabase.h"

#include <QCoreApplication>

#include <memory>

namespace wsdash {

namespace {

RequestBudget::Options budgetOptions(int callsPerMinute)
{
    RequestBudget::Options options;
    options.callsPerMinute = callsPerMinute;
    // A steady poller needs no large burst: 15 + 180 (the default) = 195 calls in any minute.
    // A simulator run with a large budget gets a burst to match (a twelfth of a minute).
    options.burst = std::max(15, callsPerMinute / 12);
    return options;
}

constexpr auto kCompactionEvery = std::chrono::hours(1);
constexpr std::chrono::milliseconds kOnceWebhookWait{15000};

} // namespace

Collector::Collector(CollectorOptions options, QList<CollectorConnection> connections,
                     QTextStream& out, QTextStream& err, const QProcessEnvironment& env,
                     QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_env(env)
    , m_budget(SystemClock::instance(), budgetOptions(m_options.callsPerMinute))
{
    for (CollectorConnection& connection : connections) {
        auto* poller = new ConnectionPoller(std::move(connection), m_options.query,
                                            m_options.timeout, m_budget, this);
        connect(poller, &ConnectionPoller::polled, this,
                [this, poller](const PollOutcome& outcome) { onPolled(poller, outcome); });
        m_pollers << poller;
        m_metrics.addConnection(poller->connection().name, poller->connection().projectId,
                                m_options.query);
    }
    m_nextRound.setSingleShot(true);
    connect(&m_nextRound, &QTimer::timeout, this, &Collector::startRound);
}

Collector::~Collector() = default;

quint16 Collector::metricsPort() const
{
    return m_metricsServer ? m_metricsServer->port() : 0;
}

bool Collector::start()
{
    const auto location =
        collectorHistoryLocation(m_options.historyUrl, m_options.historyPath, m_env);
    if (!location) {
        m_err << "wsdash-collector: " << location.error() << '\n';
        m_err.flush();
        return false;
    }
    const QString historyName = location->toDisplayString();
    auto history = openCollectorHistory(*location, m_options.timeout);
    if (!history) {
        m_err << "wsdash-collector: "
              << tr("cannot open the history %1: %2").arg(historyName, history.error().message)
              << '\n';
        m_err.flush();
        return false;
    }
    m_history = std::move(history).value();
    for (const HistoryNotice& notice : m_history->takeNotices())
        m_err << "wsdash-collector: history: " << notice.message << '\n';

    if (m_options.metricsEnabled) {
        m_metricsServer = new MetricsServer([this] { return m_metrics.render(); }, this);
        if (const auto problem =
                m_metricsServer->listen(m_options.metricsAddress, m_options.metricsPort)) {
            m_err << "wsdash-collector: "
                  << tr("cannot listen on %1:%2 for metrics: %3")
                         .arg(m_options.metricsAddress.toString())
                         .arg(m_options.metricsPort)
                         .arg(*problem)
                  << '\n';
            m_err.flush();
            return false;
        }
    }
    if (!m_options.webhook.isEmpty()) {
        WebhookNotifier::Options webhookOptions;
        bool ok = false;
        // For tests: a quicker first retry than a second.
        const int backoffMs =
            m_env.value(QStringLiteral("WSDASH_COLLECTOR_WEBHOOK_BACKOFF_MS")).toInt(&ok);
        if (ok && backoffMs > 0)
            webhookOptions.initialBackoff = std::chrono::milliseconds(backoffMs);
        m_webhook = new WebhookNotifier(m_options.webhook, webhookOptions, this);
        connect(m_webhook, &WebhookNotifier::failed, this,
                [this](const QString& reason, qint64 retryInMs) {
                    m_err << "wsdash-collector: webhook: "
                          << (retryInMs >= 0
                                  ? tr("delivery failed (%1); trying again in %2 ms")
                                        .arg(reason)
                                        .arg(retryInMs)
                                  : tr("delivery failed (%1); alert given up").arg(reason))
                          << '\n';
                    m_err.flush();
                });
        connect(m_webhook, &WebhookNotifier::dropped, this, [this](int count) {
            m_err << "wsdash-collector: webhook: "
                  << tr("queue full: %1 oldest alert(s) dropped").arg(count) << '\n';
            m_err.flush();
        });
    }

    m_err << "wsdash-collector: "
          << tr("%1 connection(s), every %2 s, history %3")
                 .arg(m_pollers.size())
                 .arg(static_cast<double>(m_options.interval.count()) / 1000.0)
                 .arg(historyName);
    if (m_metricsServer) {
        m_err << tr(", metrics on http://%1:%2/metrics")
                     .arg(m_metricsServer->address().protocol() == QAbstractSocket::IPv6Protocol
                              ? QLatin1Char('[') + m_metricsServer->address().toString() +
                                    QLatin1Char(']')
                              : m_metricsServer->address().toString())
                     .arg(m_metricsServer->port());
    }
    m_err << '\n';

    // Credentials refused before (by this or another wsdash run) are not sent again.
    for (ConnectionPoller* poller : std::as_const(m_pollers)) {
        const CollectorConnection& c = poller->connection();
        const RefusedCredentials refused(RefusalGuard::path(m_env));
        if (const auto refusal = refused.find(
                RefusedCredentials::fingerprint(c.endpoint, c.projectId, c.credentials))) {
            poller->stop();
            m_metrics.setStopped(c.name, true);
            reportAuthenticationFailure(*poller, refusal->error, true);
        }
        loadAlertRules(*poller);
    }
    m_err.flush();
    QTimer::singleShot(0, this, &Collector::startRound);
    return true;
}

void Collector::loadAlertRules(ConnectionPoller& poller)
{
    const auto settings = openSettings(m_env);
    QStringList problems;
    poller.alerts().setRules(
        AlertRuleSettings::load(*settings, poller.connection().name, &problems));
    for (const QString& problem : std::as_const(problems))
        m_err << "wsdash-collector: " << poller.connection().name << ": " << problem << '\n';
    if (poller.alerts().rules().isEmpty() || !m_history)
        return;
    // Levels already logged (by the window or an earlier run) are not reported again.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto log = m_history->alertLog(now.addDays(-30), now.addSecs(60));
    if (!log)
        return;
    QList<AlertEvent> events;
    for (const AlertLogEntry& entry : *log) {
        if (entry.key.source == poller.connection().name &&
            entry.key.projectId == poller.connection().projectId)
            events.append(entry.event);
    }
    poller.alerts().restore(events);
}

void Collector::shutdown(int status)
{
    if (m_shuttingDown)
        return;
    m_shuttingDown = true;
    m_nextRound.stop();
    for (ConnectionPoller* poller : std::as_const(m_pollers))
        poller->cancel();
    m_out.flush();
    m_err.flush();
    QTimer::singleShot(0, this, [this, status] { Q_EMIT finished(status); });
}

void Collector::startRound()
{
    if (m_shuttingDown)
        return;
    ++m_round;
    m_roundClock.start();
    m_roundFailed = false;
    m_waitingFor = 0;
    for (ConnectionPoller* poller : std::as_const(m_pollers)) {
        if (poller->isStopped()) {
            m_roundFailed = true;
            continue;
        }
        ++m_waitingFor;
    }
    if (m_waitingFor == 0) {
        finishRound();
        return;
    }
    for (ConnectionPoller* poller : std::as_const(m_pollers))
        poller->poll();
}

void Collector::onPolled(ConnectionPoller* poller, const PollOutcome& outcome)
{
    if (m_shuttingDown)
        return;
    const StatisticsResult& result = outcome.result;
    m_metrics.recordAnswer(poller->connection().name, result,
                           static_cast<double>(outcome.durationMs) / 1000.0);
    QString recorded;
    if (result.ok()) {
        const auto problem = record(*poller, result);
        recorded = problem ? QStringLiteral("no") : QStringLiteral("yes");
        if (problem) {
            m_err << "wsdash-collector: " << poller->connection().name << ": history: " << *problem
                  << '\n';
            m_roundFailed = true;
        }
        evaluateAlerts(*poller, result);
    } else {
        m_roundFailed = true;
    }
    logOutcome(*poller, outcome, recorded);
    if (outcome.authenticationFailed) {
        RefusedCredentials(RefusalGuard::path(m_env))
            .remember(RefusedCredentials::fingerprint(poller->connection().endpoint,
                                                      poller->connection().projectId,
                                                      poller->connection().credentials),
                      result.error);
        m_metrics.setStopped(poller->connection().name, true);
        reportAuthenticationFailure(*poller, result.error, false);
    }
    if (--m_waitingFor == 0)
        finishRound();
}

void Collector::finishRound()
{
    m_metrics.countRound();
    if (m_history) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_lastCompaction.isValid() ||
            m_lastCompaction.msecsTo(now) >=
                std::chrono::duration_cast<std::chrono::milliseconds>(kCompactionEvery).count()) {
            m_lastCompaction = now;
            if (const auto compacted = m_history->compact(now); !compacted)
                m_err << "wsdash-collector: history: " << compacted.error().message << '\n';
        }
    }
    m_out.flush();
    m_err.flush();
    Q_EMIT roundFinished(m_round);
    if (m_options.once) {
        const int status = m_roundFailed ? 2 : 0;
        if (!m_webhook || m_webhook->queued() == 0) {
            shutdown(status);
            return;
        }
        // Alerts of the one round are delivered (or given up) before exiting, for at most
        // kOnceWebhookWait; SIGTERM still ends it at once.
        auto* waiting = new QTimer(this);
        auto since = std::make_shared<QElapsedTimer>();
        since->start();
        connect(waiting, &QTimer::timeout, this, [this, waiting, since, status] {
            if (m_webhook->queued() > 0 && since->elapsed() < kOnceWebhookWait.count())
                return;
            waiting->stop();
            shutdown(status);
        });
        waiting->start(50);
        return;
    }
    const qint64 elapsed = m_roundClock.elapsed();
    m_nextRound.start(std::max(std::chrono::milliseconds(0),
                               m_options.interval - std::chrono::milliseconds(elapsed)));
}

std::optional<QString> Collector::record(ConnectionPoller& poller, const StatisticsResult& result)
{
    Snapshot snapshot;
    snapshot.takenAt =
        result.receivedAt.isValid() ? result.receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    snapshot.key = {poller.connection().name, poller.connection().projectId,
                    result.query.canonicalQueryString()};
    snapshot.statistics = *result.statistics;
    // One transaction: a sample is written whole or not at all.
    const auto written = m_history->record({snapshot});
    for (const HistoryNotice& notice : m_history->takeNotices())
        m_err << "wsdash-collector: history: " << notice.message << '\n';
    if (!written)
        return written.error().message;
    return std::nullopt;
}

void Collector::evaluateAlerts(ConnectionPoller& poller, const StatisticsResult& result)
{
    if (poller.alerts().rules().isEmpty())
        return;
    const QDateTime at =
        result.receivedAt.isValid() ? result.receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    const QList<AlertEvent> events = poller.alerts().evaluate(at, *result.statistics);
    if (events.isEmpty())
        return;
    const SeriesKey key{poller.connection().name, poller.connection().projectId,
                        result.query.canonicalQueryString()};
    if (const auto logged = m_history->appendAlertEvents(key, events); !logged) {
        m_err << "wsdash-collector: " << poller.connection().name
              << ": alert log: " << logged.error().message << '\n';
    }
    for (const AlertEvent& event : events) {
        m_out << logfmtLine({{QStringLiteral("time"), logTime(at)},
                             {QStringLiteral("connection"), poller.connection().name},
                             {QStringLiteral("event"), QStringLiteral("alert")},
                             {QStringLiteral("rule"), event.rule},
                             {QStringLiteral("pool_id"), event.poolId},
                             {QStringLiteral("from"), QLatin1String(alertLevelName(event.from))},
                             {QStringLiteral("level"), QLatin1String(alertLevelName(event.to))}})
              << '\n';
        if (m_webhook) {
            m_webhook->post(alertPayload(event, poller.connection().name,
                                         poller.connection().projectId, *result.statistics));
        }
    }
}

void Collector::logOutcome(const ConnectionPoller& poller, const PollOutcome& outcome,
                           const QString& recorded)
{
    const StatisticsResult& result = outcome.result;
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("time"), logTime(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("connection"), poller.connection().name},
        {QStringLiteral("project_id"), poller.connection().projectId},
        {QStringLiteral("round"), QString::number(m_round)},
        {QStringLiteral("status"), result.ok()                    ? QStringLiteral("ok")
                                   : outcome.authenticationFailed ? QStringLiteral("auth_failed")
                                                                  : QStringLiteral("error")},
        {QStringLiteral("request_id"),
         result.requestId.isEmpty() ? result.error.requestId : result.requestId},
        {QStringLiteral("duration_ms"), QString::number(outcome.durationMs)},
        {QStringLiteral("attempts"), QString::number(result.attempts)}};
    if (result.ok()) {
        const auto& pools = result.statistics->pools;
        fields.append({QStringLiteral("pools"), QString::number(pools ? pools->size() : 0)});
        const Count total = result.statistics->totals.value(Metric::TotalNum);
        fields.append({QStringLiteral("desktops"), total ? QString::number(*total) : QString()});
        fields.append({QStringLiteral("recorded"), recorded});
    } else {
        fields.append({QStringLiteral("code"),
                       result.error.code.isEmpty() ? result.error.kindName() : result.error.code});
        fields.append({QStringLiteral("error"), result.error.message});
    }
    m_out << logfmtLine(fields) << '\n';
    m_out.flush();
}

void Collector::reportAuthenticationFailure(const ConnectionPoller& poller, const ApiError& error,
                                            bool earlier)
{
    const CollectorConnection& c = poller.connection();
    m_err << "wsdash-collector: ERROR: "
          << (earlier ? tr("the credentials of connection \"%1\" (project %2) were refused "
                           "before: %3. Polling of this connection is stopped; they are not "
                           "sent again, so that the access key is not locked. Correct the key "
                           "or token and restart the collector.")
                      : tr("AUTHENTICATION FAILED for connection \"%1\" (project %2): %3. "
                           "Polling of this connection has stopped for good, so that the "
                           "access key is not locked; the other connections go on. Correct the "
                           "key or token and restart the collector."))
                 .arg(c.name, c.projectId, error.toOneLine())
          << '\n';
    m_err.flush();
}

} // namespace wsdash
