#include "core/dashboard/overviewfetcher.h"

#include "core/api/requestbudget.h"
#include "core/profiles/profilestore.h"

#include <algorithm>

namespace wsdash {

OverviewFetcher::OverviewFetcher(ProfileStore& store, QNetworkAccessManager* network,
                                 const Clock& clock, RequestBudget* budget, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_network(network)
    , m_clock(clock)
    , m_budget(budget)
{
    m_budgetWait.setSingleShot(true);
    connect(&m_budgetWait, &QTimer::timeout, this, &OverviewFetcher::pump);
}

OverviewFetcher::~OverviewFetcher() = default;

StatisticsQuery OverviewFetcher::overviewQuery()
{
    StatisticsQuery query;
    query.setDesktopTypes({DesktopType::Dedicated, DesktopType::Pooled});
    query.setStatisticsTypes(
        {StatisticsType::AttachState, StatisticsType::RunState, StatisticsType::LoginState});
    return query;
}

void OverviewFetcher::start()
{
    // Abandon the previous round: its callbacks are bound to m_round, its clients to it too.
    delete m_round;
    m_round = new QObject(this);
    m_clients.clear();
    m_budgetWait.stop();
    m_rows.clear();
    m_next = 0;
    m_inFlight = 0;
    m_peakInFlight = 0;

    const QList<Profile> profiles = m_store.profiles();
    for (const Profile& profile : profiles) {
        OverviewRow row;
        row.profileName = profile.name;
        row.location = profile.region;
        if (row.location.isEmpty()) {
            const QUrl url(profile.endpointUrl);
            row.location = url.host().isEmpty() ? profile.endpointUrl : url.host();
            if (url.port() > 0)
                row.location += QLatin1Char(':') + QString::number(url.port());
        }
        row.projectId = profile.projectId;
        m_rows.append(row);
        m_clients.append(nullptr);
    }
    Q_EMIT rowsReset();
    if (m_rows.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    pump();
}

void OverviewFetcher::pump()
{
    while (m_inFlight < m_maxInFlight && m_next < m_rows.size()) {
        if (m_budget && !m_budget->tryAcquire(RequestBudget::Priority::Interactive)) {
            // Look again when a token is due, and at least every second (clocks can jump).
            const auto wait = m_budget->timeUntilAvailable(RequestBudget::Priority::Interactive);
            m_budgetWait.start(
                std::clamp(wait, std::chrono::milliseconds(1), std::chrono::milliseconds(1000)));
            return;
        }
        startRow(m_next++);
    }
}

void OverviewFetcher::startRow(int row)
{
    ++m_inFlight;
    m_peakInFlight = std::max(m_peakInFlight, m_inFlight);
    m_rows[row].state = OverviewRow::State::Loading;
    Q_EMIT rowChanged(row);
    m_store.resolve(m_rows.at(row).profileName, m_env, m_round,
                    [this, row](const Expected<ProfileConnection, ProfileError>& resolved) {
                        if (resolved)
                            onResolved(row, *resolved);
                        else
                            fail(row, resolved.error().message);
                    });
}

void OverviewFetcher::onResolved(int row, const ProfileConnection& connection)
{
    const QString fingerprint = RefusedCredentials::fingerprint(
        connection.endpoint, connection.projectId, connection.credentials);
    if (m_refusals) {
        if (const auto refusal = m_refusals->find(fingerprint)) {
            // Sending them again would count towards locking the key (issue 12).
            OverviewRow& target = m_rows[row];
            target.state = OverviewRow::State::Failed;
            target.error = refusal->error;
            target.refusedBefore = refusal->at;
            target.requestId = refusal->error.requestId;
            rowDone(row);
            return;
        }
    }
    StatisticsRequest request;
    request.endpoint = connection.endpoint;
    request.projectId = connection.projectId;
    request.credentials = connection.credentials;
    request.query = overviewQuery();
    request.timeout = m_timeout;
    auto* client = new StatisticsClient(m_network, m_clock, m_round);
    m_clients[row] = client;
    connect(client, &StatisticsClient::finished, m_round,
            [this, row, fingerprint](const StatisticsResult& result) {
                onResult(row, fingerprint, result);
            });
    client->fetch(request);
}

void OverviewFetcher::onResult(int row, const QString& fingerprint, const StatisticsResult& result)
{
    if (m_refusals) {
        if (result.ok())
            m_refusals->remember(fingerprint, std::nullopt);
        else if (RefusedCredentials::needsNewCredentials(result.error,
                                                         QDateTime::currentDateTimeUtc()))
            m_refusals->remember(fingerprint, result.error);
    }
    OverviewRow& target = m_rows[row];
    target.requestId = result.requestId;
    target.receivedAt = result.receivedAt;
    if (result.ok()) {
        target.state = OverviewRow::State::Ok;
        target.totals = result.statistics->totals;
        target.error = ApiError();
    } else {
        target.state = OverviewRow::State::Failed;
        target.error = result.error;
    }
    if (StatisticsClient* client = m_clients.at(row)) {
        m_clients[row] = nullptr;
        client->deleteLater();
    }
    rowDone(row);
}

void OverviewFetcher::fail(int row, const QString& problem)
{
    m_rows[row].state = OverviewRow::State::Failed;
    m_rows[row].problem = problem;
    rowDone(row);
}

void OverviewFetcher::rowDone(int row)
{
    --m_inFlight;
    Q_EMIT rowChanged(row);
    pump();
    if (!isRunning())
        Q_EMIT finished();
}

} // namespace wsdash
