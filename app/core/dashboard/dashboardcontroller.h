#pragma once

#include "core/api/apierror.h"
#include "core/api/desktoppoolclient.h"
#include "core/api/refusedcredentials.h"
#include "core/api/requestbudget.h"
#include "core/api/statisticsclient.h"
#include "core/base/clock.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace wsdash {

// Everything the dashboard window shows, without widgets: the connection and filters, the last
// good result and the one before it, the state, the debounce of filter changes and the
// auto-refresh schedule. The window only renders what this says.
class DashboardController final : public QObject
{
    Q_OBJECT

public:
    // The state of what is on screen. While a refresh is running, isLoading() is true and the
    // state stays what it was (the previous data stays visible); Loading is only the state of
    // a first fetch with nothing to show yet.
    enum class State
    {
        Idle,    // nothing fetched yet
        Loading, // the first fetch is running
        Ok,      // data
        Empty,   // data, but no desktops in scope
        Stale,   // the latest fetch failed; the last good data is still shown
        Error,   // the latest fetch failed and there is no good data
    };
    Q_ENUM(State)

    // The clients are used, not owned; they must outlive the controller.
    DashboardController(StatisticsClient* statistics, DesktopPoolClient* pools, const Clock& clock,
                        QObject* parent = nullptr);
    // Creates its own clients on `network`.
    DashboardController(QNetworkAccessManager* network, const Clock& clock,
                        QObject* parent = nullptr);
    ~DashboardController() override;

    // Connection and initial filters; fetches nothing.
    void setRequest(const StatisticsRequest& request);
    const StatisticsRequest& request() const { return m_request; }
    const StatisticsQuery& query() const { return m_request.query; }
    // For display: the profile name, or empty for a plain endpoint.
    void setProfileName(const QString& name) { m_profileName = name; }
    const QString& profileName() const { return m_profileName; }
    // The name the history records this connection's series under: the one set here (the
    // --demo simulator, whose port changes every run and whose label is translated), else the
    // profile name, else the endpoint. switchConnection() drops the one set here.
    void setSeriesSource(const QString& source) { m_seriesSource = source; }
    QString seriesSource() const;
    // Pins the data time of current() (--as-of: the same data gives the same picture); an
    // invalid time keeps the real one. The resultDelivered() signal still carries the real time.
    void setShownTime(const QDateTime& asOf) { m_shownTime = asOf; }
    // Points the dashboard at another project (a profile switch): what was fetched for the old
    // one is dropped, running fetches are cancelled, the pool filter is cleared; the desktop
    // and state filters stay. Fetches nothing.
    void switchConnection(const StatisticsRequest& request, const QString& profileName);

    // A filter change: kept at once, fetched after the debounce interval (coalescing bursts).
    void setQuery(const StatisticsQuery& query);
    void setDebounceInterval(std::chrono::milliseconds interval);
    bool isFetchPending() const { return m_debounce.isActive(); }

    // Every statistics request and pool-list page first takes a token of `budget` (used, not
    // owned; null: no limit), shared with everything else the window calls. Refreshes the user
    // asks for (refresh(), filter changes, the pool list) take Interactive tokens; automatic
    // refreshes take Background tokens, so they never use the ones kept for the user.
    void setRequestBudget(RequestBudget* budget);
    // A refresh is waiting for a token: it is fetched (with the filters of that moment) as
    // soon as the budget allows; isLoading() is true meanwhile.
    bool isWaitingForBudget() const { return m_budgetWait.isActive(); }

    // Fetches now (F5, the button, the first load), superseding a running fetch. When the
    // budget has no token, the fetch waits for one (further refreshes join the waiting one).
    void refresh();

    // 0 turns auto-refresh off. The next refresh is scheduled when a fetch completes.
    void setAutoRefreshInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds autoRefreshInterval() const { return m_autoInterval; }
    // Tests of the real window: every auto-refresh interval is divided by `divisor` (so that
    // two minutes of 30 s refreshes take two seconds). 1 in the product.
    void setAutoRefreshSpeedUp(int divisor) { m_speedUp = std::max(divisor, 1); }
    // When the next automatic refresh is due (invalid when off or while loading).
    QDateTime nextRefreshAt() const { return m_nextRefreshAt; }

    State state() const { return m_state; }
    bool isLoading() const { return m_statistics->isBusy() || isWaitingForBudget(); }
    // The last good result and the good result before it (only kept when both answered the
    // same filters, so that deltas compare like with like). Of the previous result only the
    // totals are kept (its per-pool list is freed, off the UI thread: issue 18); a result that
    // drops out is freed off the UI thread too.
    const std::optional<StatisticsResult>& current() const { return m_current; }
    const std::optional<StatisticsResult>& previous() const { return m_previous; }
    // What was invalid in the answer shown (current()): its counts are marked invalid, the rest
    // is shown. Empty after a clean answer. Every fetch of the dashboard reads leniently
    // (StatisticsRequest::acceptPartial).
    const QList<ParseError>& problems() const
    {
        static const QList<ParseError> none;
        return m_current ? m_current->problems : none;
    }
    // The error of the latest fetch; empty after a success.
    const std::optional<ApiError>& lastError() const { return m_lastError; }
    // Change of a project-wide count since the previous refresh, when both were reported.
    std::optional<qint64> totalsDelta(Metric metric) const;
    // Why the current data is empty, in the user's words (empty unless state() is Empty).
    QString emptyExplanation() const;

    // The connection's credentials were refused (401/403, a bad signature, an expired token, a
    // missing permission): nothing more is sent on this connection (no automatic refresh, no
    // pool list) until the user asks again (refresh(), Retry) or switches the connection.
    // Sending a badly signed request again would count towards locking the access key.
    bool isBlocked() const { return m_blockedBy.has_value(); }
    // Starts blocked: these credentials were refused before (by another run; see
    // RefusedCredentials). The window shows why; Retry sends again.
    void setRefusedBefore(const ApiError& error);
    const std::optional<ApiError>& blockedBy() const { return m_blockedBy; }
    // Where refusals are remembered across runs (the window's data folder). With a memory set,
    // every connection switched to starts blocked when its credentials were refused before,
    // a refusal only new credentials cure is remembered, and a success forgets it.
    void setRefusalMemory(std::optional<RefusedCredentials> memory);
    const std::optional<RefusedCredentials>& refusalMemory() const { return m_refusals; }

    // The pool list for the picker. Loaded again by itself after a successful refresh when
    // the last attempt failed.
    void loadPools();
    const QList<DesktopPool>& pools() const { return m_pools; }
    const std::optional<ApiError>& poolsError() const { return m_poolsError; }
    bool isLoadingPools() const { return m_poolClient->isBusy(); }

Q_SIGNALS:
    void stateChanged(wsdash::DashboardController::State state);
    void loadingChanged(bool loading);
    // A fetch finished (with data or an error); current(), previous() and lastError() are set.
    void resultDelivered(const wsdash::StatisticsResult& result);
    void queryChanged(const wsdash::StatisticsQuery& query);
    void nextRefreshChanged(const QDateTime& when);
    void waitingForBudgetChanged(bool waiting);
    void poolsLoaded();
    // isBlocked() changed.
    void blockedChanged(bool blocked);

private:
    void fetch(RequestBudget::Priority priority);
    bool startFetch();
    void onBudgetWait();
    void onFinished(const StatisticsResult& result);
    void onPoolsFinished(const DesktopPoolListResult& result);
    void setState(State state);
    void scheduleAutoRefresh();
    void block(const ApiError& error);
    void unblock();
    void applyRememberedRefusal();
    void rememberOutcome(const StatisticsResult& result);

    StatisticsClient* m_statistics;
    DesktopPoolClient* m_poolClient;
    const Clock& m_clock;
    StatisticsRequest m_request;
    QString m_profileName;
    QString m_seriesSource;
    QDateTime m_shownTime;
    QTimer m_debounce;
    QTimer m_autoRefresh;
    RequestBudget* m_budget = nullptr;
    QTimer m_budgetWait;
    RequestBudget::Priority m_waitPriority = RequestBudget::Priority::Interactive;
    std::chrono::milliseconds m_autoInterval{0};
    int m_speedUp = 1;
    QDateTime m_nextRefreshAt;
    State m_state = State::Idle;
    std::optional<StatisticsResult> m_current;
    std::optional<StatisticsResult> m_previous;
    std::optional<ApiError> m_lastError;
    QList<DesktopPool> m_pools;
    std::optional<ApiError> m_poolsError;
    std::optional<ApiError> m_blockedBy;
    std::optional<RefusedCredentials> m_refusals;
};

} // namespace wsdash
