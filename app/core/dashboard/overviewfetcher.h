#pragma once

#include "core/api/refusedcredentials.h"
#include "core/api/statisticsclient.h"
#include "core/base/clock.h"
#include "core/dashboard/overviewrow.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QTimer>

class QNetworkAccessManager;

namespace wsdash {

class ProfileStore;
class RequestBudget;
struct ProfileConnection;
struct ProfileError;

// Fetches the totals of every saved profile's project for the all-projects overview: at most
// maxInFlight() profiles at a time (resolving the profile and its one total-state call), and
// every call first takes a token from the RequestBudget, so that the overview stays within the
// API's rate limit together with the dashboard. A failing project fails only its own row.
class OverviewFetcher final : public QObject
{
    Q_OBJECT

public:
    // `budget` may be null (no rate limiting beyond maxInFlight()).
    OverviewFetcher(ProfileStore& store, QNetworkAccessManager* network, const Clock& clock,
                    RequestBudget* budget, QObject* parent = nullptr);
    ~OverviewFetcher() override;

    void setEnvironment(const QProcessEnvironment& env) { m_env = env; }
    void setMaxInFlight(int count) { m_maxInFlight = std::max(1, count); }
    int maxInFlight() const { return m_maxInFlight; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Credentials refused before are not sent again: their row fails with the remembered
    // refusal. Refusals only new credentials cure are remembered; a success forgets one.
    void setRefusalMemory(std::optional<RefusedCredentials> memory)
    {
        m_refusals = std::move(memory);
    }

    // Starts over with the profiles saved now; a running round is abandoned.
    void start();
    bool isRunning() const { return m_inFlight > 0 || m_next < m_rows.size(); }
    const QList<OverviewRow>& rows() const { return m_rows; }
    // The most rows that were in flight at once in this round (for tests).
    int peakInFlight() const { return m_peakInFlight; }

    // The query used for each project: every desktop, all three state families.
    static StatisticsQuery overviewQuery();

Q_SIGNALS:
    void rowsReset();
    void rowChanged(int row);
    void finished();

private:
    void pump();
    void startRow(int row);
    void onResolved(int row, const ProfileConnection& connection);
    void onResult(int row, const QString& fingerprint, const StatisticsResult& result);
    void fail(int row, const QString& problem);
    void rowDone(int row);

    ProfileStore& m_store;
    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    RequestBudget* m_budget;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();
    std::chrono::milliseconds m_timeout{30000};
    std::optional<RefusedCredentials> m_refusals;
    int m_maxInFlight = 4;
    QList<OverviewRow> m_rows;
    QList<StatisticsClient*> m_clients;
    QObject* m_round = nullptr; // context of the current round's callbacks
    QTimer m_budgetWait;
    int m_next = 0;
    int m_inFlight = 0;
    int m_peakInFlight = 0;
};

} // namespace wsdash
