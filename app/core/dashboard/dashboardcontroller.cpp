#include "core/dashboard/dashboardcontroller.h"

#include "core/base/backgroundrelease.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>

namespace wsdash {

namespace {
// Debug lines say when a result has been handled (QT_LOGGING_RULES=wsdash.dashboard.debug=true).
Q_LOGGING_CATEGORY(lcDashboard, "wsdash.dashboard", QtWarningMsg)
} // namespace

DashboardController::DashboardController(StatisticsClient* statistics, DesktopPoolClient* pools,
                                         const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_statistics(statistics)
    , m_poolClient(pools)
    , m_clock(clock)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(std::chrono::milliseconds(400));
    m_autoRefresh.setSingleShot(true);
    m_budgetWait.setSingleShot(true);
    // A filter change is not an answer to refused credentials: it waits for Retry.
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (!isBlocked())
            fetch(RequestBudget::Priority::Interactive);
    });
    connect(&m_autoRefresh, &QTimer::timeout, this, [this] {
        if (!isBlocked())
            fetch(RequestBudget::Priority::Background);
    });
    connect(&m_budgetWait, &QTimer::timeout, this, &DashboardController::onBudgetWait);
    connect(m_statistics, &StatisticsClient::finished, this, &DashboardController::onFinished);
    connect(m_poolClient, &DesktopPoolClient::finished, this,
            &DashboardController::onPoolsFinished);
}

DashboardController::DashboardController(QNetworkAccessManager* network, const Clock& clock,
                                         QObject* parent)
    : DashboardController(new StatisticsClient(network, clock, parent),
                          new DesktopPoolClient(network, clock, parent), clock, parent)
{
    // Owned through the Qt parent of the controller itself.
    m_statistics->setParent(this);
    m_poolClient->setParent(this);
}

DashboardController::~DashboardController()
{
    // Nothing may arrive at a half-destroyed controller.
    m_statistics->disconnect(this);
    m_poolClient->disconnect(this);
}

void DashboardController::setRequest(const StatisticsRequest& request)
{
    m_request = request;
    Q_EMIT queryChanged(m_request.query);
}

void DashboardController::setRequestBudget(RequestBudget* budget)
{
    m_budget = budget;
    m_poolClient->setRequestBudget(budget, RequestBudget::Priority::Interactive);
}

void DashboardController::switchConnection(const StatisticsRequest& request,
                                           const QString& profileName)
{
    const bool wasLoading = isLoading();
    const bool wasWaiting = isWaitingForBudget();
    m_budgetWait.stop();
    m_statistics->cancel();
    m_poolClient->cancel();
    m_debounce.stop();
    m_autoRefresh.stop();
    StatisticsQuery query = m_request.query;
    query.setPoolIds({});
    m_request = request;
    m_request.query = query;
    m_profileName = profileName;
    m_seriesSource.clear();
    m_current.reset();
    m_previous.reset();
    m_lastError.reset();
    m_pools.clear();
    m_poolsError.reset();
    unblock();
    setState(State::Idle);
    applyRememberedRefusal();
    if (m_nextRefreshAt.isValid()) {
        m_nextRefreshAt = {};
        Q_EMIT nextRefreshChanged(m_nextRefreshAt);
    }
    Q_EMIT queryChanged(m_request.query);
    if (wasWaiting)
        Q_EMIT waitingForBudgetChanged(false);
    if (wasLoading)
        Q_EMIT loadingChanged(false);
}

QString DashboardController::seriesSource() const
{
    if (!m_seriesSource.isEmpty())
        return m_seriesSource;
    return m_profileName.isEmpty() ? m_request.endpoint.toDisplayString() : m_profileName;
}

void DashboardController::setQuery(const StatisticsQuery& query)
{
    if (query == m_request.query && !m_debounce.isActive())
        return;
    m_request.query = query;
    Q_EMIT queryChanged(m_request.query);
    m_debounce.start();
}

void DashboardController::setDebounceInterval(std::chrono::milliseconds interval)
{
    m_debounce.setInterval(interval);
}

void DashboardController::refresh()
{
    // The user asks: one more attempt (the pool list follows when it succeeds).
    unblock();
    fetch(RequestBudget::Priority::Interactive);
}

void DashboardController::setRefusedBefore(const ApiError& error)
{
    m_lastError = error;
    block(error);
    setState(m_current ? State::Stale : State::Error);
}

void DashboardController::setRefusalMemory(std::optional<RefusedCredentials> memory)
{
    m_refusals = std::move(memory);
    applyRememberedRefusal();
}

void DashboardController::applyRememberedRefusal()
{
    if (!m_refusals || !m_request.endpoint.isValid() || isBlocked())
        return;
    const auto refusal = m_refusals->find(RefusedCredentials::fingerprint(
        m_request.endpoint, m_request.projectId, m_request.credentials));
    if (refusal)
        setRefusedBefore(refusal->error);
}

void DashboardController::rememberOutcome(const StatisticsResult& result)
{
    if (!m_refusals)
        return;
    const QString fingerprint = RefusedCredentials::fingerprint(
        m_request.endpoint, m_request.projectId, m_request.credentials);
    if (result.ok())
        m_refusals->remember(fingerprint, std::nullopt);
    else if (RefusedCredentials::needsNewCredentials(result.error, QDateTime::currentDateTimeUtc()))
        m_refusals->remember(fingerprint, result.error);
}

void DashboardController::block(const ApiError& error)
{
    const bool was = isBlocked();
    m_blockedBy = error;
    m_debounce.stop();
    m_autoRefresh.stop();
    m_budgetWait.stop();
    if (m_nextRefreshAt.isValid()) {
        m_nextRefreshAt = {};
        Q_EMIT nextRefreshChanged(m_nextRefreshAt);
    }
    if (!was)
        Q_EMIT blockedChanged(true);
}

void DashboardController::unblock()
{
    if (!m_blockedBy)
        return;
    m_blockedBy.reset();
    Q_EMIT blockedChanged(false);
}

void DashboardController::fetch(RequestBudget::Priority priority)
{
    m_debounce.stop();
    m_autoRefresh.stop();
    const bool wasLoading = isLoading();
    const bool wasWaiting = isWaitingForBudget();
    if (m_nextRefreshAt.isValid()) {
        m_nextRefreshAt = {};
        Q_EMIT nextRefreshChanged(m_nextRefreshAt);
    }
    // A refresh that is already waiting takes this one in; the user's asking raises it.
    if (wasWaiting && m_waitPriority == RequestBudget::Priority::Interactive)
        priority = RequestBudget::Priority::Interactive;
    m_budgetWait.stop();
    m_waitPriority = priority;
    const bool started = startFetch();
    if (m_state == State::Idle)
        setState(State::Loading);
    if (!wasLoading)
        Q_EMIT loadingChanged(true);
    if (started == wasWaiting)
        Q_EMIT waitingForBudgetChanged(!started);
}

bool DashboardController::startFetch()
{
    if (m_budget && !m_budget->tryAcquire(m_waitPriority)) {
        m_budgetWait.start(m_budget->retryInterval(m_waitPriority));
        return false;
    }
    // The filters of now: changes made while waiting are not lost. The dashboard shows what is
    // valid of a partly invalid answer (the problems come with the result).
    StatisticsRequest request = m_request;
    request.acceptPartial = true;
    if (m_current && m_current->statistics && m_current->statistics->pools)
        request.shownPools = *m_current->statistics->pools;
    request.digestPools = true; // for the per-pool chart (ChartPanel)
    m_statistics->fetch(request);
    return true;
}

void DashboardController::onBudgetWait()
{
    if (startFetch())
        Q_EMIT waitingForBudgetChanged(false);
}

void DashboardController::setAutoRefreshInterval(std::chrono::milliseconds interval)
{
    m_autoInterval = std::max(interval, std::chrono::milliseconds(0));
    if (!isLoading())
        scheduleAutoRefresh();
}

void DashboardController::scheduleAutoRefresh()
{
    m_autoRefresh.stop();
    QDateTime next;
    if (m_autoInterval.count() > 0 && m_state != State::Idle && !isBlocked()) {
        const auto interval = m_autoInterval / m_speedUp;
        m_autoRefresh.start(interval);
        next = m_clock.now().addMSecs(interval.count());
    }
    if (next != m_nextRefreshAt) {
        m_nextRefreshAt = next;
        Q_EMIT nextRefreshChanged(m_nextRefreshAt);
    }
}

void DashboardController::onFinished(const StatisticsResult& result)
{
    rememberOutcome(result);
    if (result.ok()) {
        // The result that drops out (the one before the previous, or a result of other
        // filters) is freed on a worker thread: 100,000 pools take longer than a frame to free
        // (issue 18). The window's models may still share its pool list; that is thread-safe.
        std::optional<StatisticsResult> dropped[2];
        dropped[0] = std::exchange(m_previous, std::nullopt);
        if (m_current && m_current->query == result.query) {
            m_previous = std::exchange(m_current, std::nullopt);
            // Of the previous result only its totals are read (totalsDelta()): its per-pool
            // list goes too (50 MB at 100,000 pools; the table may still share it until it
            // shows the new one).
            if (auto& pools = m_previous->statistics->pools) {
                releaseInBackground(std::move(*pools));
                pools.reset();
            }
        } else {
            dropped[1] = std::exchange(m_current, std::nullopt);
        }
        for (std::optional<StatisticsResult>& each : dropped) {
            if (each)
                releaseInBackground(std::move(*each));
        }
        m_current = result;
        if (m_shownTime.isValid())
            m_current->receivedAt = m_shownTime;
        m_lastError.reset();
        // Whatever failed before recovers with the service: the pool list is asked again.
        if (m_poolsError && !m_poolClient->isBusy())
            loadPools();
        const StateCounts& totals = result.statistics->totals;
        const bool empty =
            !totals.isInvalid(Metric::TotalNum) && totals.value(Metric::TotalNum).value_or(0) == 0;
        setState(empty ? State::Empty : State::Ok);
    } else {
        m_lastError = result.error;
        if (result.error.refusesCredentials())
            block(result.error);
        setState(m_current ? State::Stale : State::Error);
    }
    // A newer refresh waiting for the budget keeps the dashboard loading.
    if (!isWaitingForBudget()) {
        scheduleAutoRefresh();
        Q_EMIT loadingChanged(false);
    }
    Q_EMIT resultDelivered(result);
    // After every slot has seen it: tests wait for this line.
    qCDebug(lcDashboard, "result %llu %s (request ID %s)",
            static_cast<unsigned long long>(result.serial), result.ok() ? "shown" : "failed",
            qUtf8Printable(result.requestId));
}

void DashboardController::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

std::optional<qint64> DashboardController::totalsDelta(Metric metric) const
{
    if (!m_current || !m_previous)
        return std::nullopt;
    const Count now = m_current->statistics->totals.value(metric);
    const Count before = m_previous->statistics->totals.value(metric);
    if (!now || !before)
        return std::nullopt;
    return *now - *before;
}

QString DashboardController::emptyExplanation() const
{
    if (m_state != State::Empty || !m_current)
        return {};
    const StatisticsQuery& query = m_current->query;
    if (!query.poolIds().isEmpty()) {
        return tr("None of the %n selected desktop pool(s) has any desktops.", nullptr,
                  static_cast<int>(query.poolIds().size()));
    }
    const QList<DesktopType>& types = query.desktopTypes();
    if (types == QList<DesktopType>{DesktopType::Dedicated})
        return tr("This project has no common (dedicated) desktops.");
    if (types == QList<DesktopType>{DesktopType::Pooled})
        return tr("This project has no pooled desktops.");
    return tr("Project %1 has no desktops at %2. If you expected some, check the project ID "
              "and the region.")
        .arg(m_request.projectId, m_request.endpoint.toDisplayString());
}

void DashboardController::loadPools()
{
    if (isBlocked()) {
        m_poolsError = m_blockedBy;
        Q_EMIT poolsLoaded();
        return;
    }
    DesktopPoolListRequest request;
    request.endpoint = m_request.endpoint;
    request.projectId = m_request.projectId;
    request.credentials = m_request.credentials;
    request.timeout = m_request.timeout;
    m_poolClient->fetchAll(request);
}

void DashboardController::onPoolsFinished(const DesktopPoolListResult& result)
{
    if (result.ok()) {
        m_pools = result.pools;
        m_poolsError.reset();
    } else {
        m_poolsError = result.error;
        if (result.error && result.error->refusesCredentials()) {
            block(*result.error);
            // The statistics refresh waiting for a budget token is not sent either.
            if (isLoading() && !m_statistics->isBusy()) {
                Q_EMIT waitingForBudgetChanged(false);
                Q_EMIT loadingChanged(false);
            }
        }
    }
    Q_EMIT poolsLoaded();
}

} // namespace wsdash
