#pragma once

#include "core/api/percentencoding.h"
#include "core/api/statisticsclient.h"
#include "sim/simulator.h"
#include "support/fixedclock.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QString>

#include <memory>

namespace wsdash::test {

// A Wednesday, 10:30 UTC: a working morning for a fleet whose users live in UTC.
QDateTime wednesdayMorning();

// A small, quick simulator configuration: UTC users, demo credentials, no faults.
sim::SimulatorConfig smallConfig(int pools = 6, int desktops = -1, std::uint64_t seed = 7);

struct RawRequest
{
    QByteArray method = "GET";
    QString path;     // e.g. /v2/{pid}/statistics
    QByteArray query; // sent exactly as given (already encoded)
    QList<QPair<QByteArray, QByteArray>> headers;
};

struct RawReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QJsonObject json; // empty when the body is not a JSON object
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;
    bool finished = false;

    QByteArray header(const QByteArray& name) const;
    QString errorCode() const { return json.value(QStringLiteral("error_code")).toString(); }
};

// Sends one request to the simulator and waits for the answer (or the timeout).
RawReply send(QNetworkAccessManager& network, const sim::Simulator& simulator,
              const RawRequest& request, int timeoutMs = 5000);

// A request signed the way the SDKs sign it (host, x-project-id, x-sdk-date), with the query
// in canonical form.
RawRequest signedRequest(const sim::Simulator& simulator, const QString& apiPath,
                         const QList<QueryParameter>& query, const QDateTime& date,
                         const QString& accessKey, const QString& secretKey);
// The same with the simulator's own credentials.
RawRequest signedRequest(const sim::Simulator& simulator, const QString& apiPath,
                         const QList<QueryParameter>& query, const QDateTime& date);

// "/v2/{project}/statistics" and "/v2/{project}/desktop-pools" of the simulator's project.
QString statisticsPath(const sim::Simulator& simulator);
QString poolsPath(const sim::Simulator& simulator);

bool isRequestId(const QByteArray& value); // 32 lower-case hex digits

using Query = QList<QueryParameter>;
inline QueryParameter p(const char* name, const QString& value)
{
    return {QLatin1String(name), value};
}

// The counts the fleet holds for a scope (pools: indexes; empty means all), to compare
// answers with.
sim::MetricCounts expectedTotals(sim::Fleet& fleet, const QDateTime& when, bool dedicated,
                                 bool pooled, const QList<int>& pools = {});

// A started simulator on a fixed clock, a network access manager, and short-hands to call it.
class SimulatorFixture final
{
public:
    explicit SimulatorFixture(const sim::SimulatorConfig& config = smallConfig(8),
                              const QDateTime& now = wednesdayMorning());

    bool isRunning() const { return simulator->isRunning(); }
    sim::Simulator& sim() { return *simulator; }

    RawReply send(const RawRequest& request, int timeoutMs = 5000);
    // Signed with the simulator's AK/SK at the clock's time.
    RawReply get(const QString& path, const QList<QueryParameter>& query);
    RawReply statistics(const QList<QueryParameter>& query)
    {
        return get(statisticsPath(*simulator), query);
    }
    // Through the product's StatisticsClient, with quick retries.
    StatisticsResult fetch(const Credentials& credentials, const StatisticsQuery& query);

    FixedClock clock;
    QNetworkAccessManager network;
    std::unique_ptr<sim::Simulator> simulator;
    QString startError;
};

} // namespace wsdash::test
