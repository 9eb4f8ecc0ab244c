#pragma once

#include "core/api/statistics.h"
#include "core/api/statisticsquery.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <optional>

namespace wsdash {

struct StatisticsResult;

// What the collector serves on GET /metrics, in the Prometheus text exposition format 0.0.4
// (docs/COLLECTOR.md lists every family): the counts of each connection's last good answer per
// project, desktop-type filter and pool, and the collector's own health. Pure: fed by the
// collector, rendered on request.
class MetricsRegistry final
{
public:
    // Upper bounds of wsdash_request_duration_seconds, in seconds (+Inf is implied).
    static constexpr std::array<double, 10> kDurationBuckets = {0.05, 0.1, 0.25, 0.5, 1,
                                                                2.5,  5,   10,   30,  60};

    // Makes a connection known (wsdash_up 0 until its first answer).
    void addConnection(const QString& connection, const QString& projectId,
                       const StatisticsQuery& query);
    // One answer (or error) of a connection and how long it took.
    void recordAnswer(const QString& connection, const StatisticsResult& result,
                      double durationSeconds);
    // Polling stopped for good (credentials refused).
    void setStopped(const QString& connection, bool stopped);
    void countRound() { ++m_rounds; }

    QByteArray render() const;

    // A label value escaped for the exposition format: backslash, double quote and line feed.
    static QString escapeLabelValue(const QString& value);
    // "DEDICATED,POOLED", or "all" when the query leaves the type to the API.
    static QString desktopTypeLabel(const StatisticsQuery& query);
    // "attached_num" -> "attached"; the state label of a count.
    static QString stateLabel(Metric metric);
    // "attach", "run", "login".
    static QString familyLabel(Family family);

private:
    struct ConnectionMetrics
    {
        QString projectId;
        QString desktopType;
        std::optional<DesktopStatistics> last;
        bool up = false;
        bool stopped = false;
        QDateTime lastSuccess;
        std::array<quint64, kDurationBuckets.size()> buckets{};
        quint64 durationCount = 0;
        double durationSum = 0;
        QMap<QString, quint64> errors; // by code
    };

    QMap<QString, ConnectionMetrics> m_connections; // sorted by name: stable output
    quint64 m_rounds = 0;
};

} // namespace wsdash
