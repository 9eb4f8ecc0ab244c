#pragma once

#include "core/history/retentionpolicy.h"
#include "core/history/snapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace wsdash {

// What went wrong with the history database. Errors are values; `message` is translated.
struct HistoryError
{
    enum class Kind
    {
        Open,        // the file cannot be opened or created (permissions, disk full, ...), or
                     // the PostgreSQL server refused the connection (its reason is the message)
        Damaged,     // the file is not a usable SQLite database; see setAsidePath
        NewerSchema, // written by a newer wsdash; left untouched and not written to
        Busy,        // another process held the lock longer than the busy timeout
        Query,       // any other SQL error
        Closed,      // the store has no open database
        Lost,        // the connection to the PostgreSQL server broke; reconnect and try again
    };
    Kind kind = Kind::Query;
    QString message;
};

// Something the user should hear about that did not stop the history from working, e.g. a
// damaged file that was renamed aside and replaced by a fresh one.
struct HistoryNotice
{
    QString message;      // translated, one line
    QString setAsidePath; // where the damaged file now is; empty when not applicable
};

// One count across a bucket (or one raw value, where min and max equal the value).
struct MetricValue
{
    double average = 0; // raw: the value itself
    double minimum = 0;
    double maximum = 0;
};

// One point of a trend: the start of its bucket (raw: the fetch time) and every metric.
struct TrendPoint
{
    QDateTime time;
    Resolution resolution = Resolution::Raw;
    int samples = 1; // raw fetches that went into the point
    std::array<std::optional<MetricValue>, kMetricCount> values{};

    const std::optional<MetricValue>& value(Metric metric) const
    {
        return values[static_cast<std::size_t>(metric)];
    }
};

// What a trend view asks for: one series, the total (empty poolId) or one pool, a time range.
struct SeriesRequest
{
    SeriesKey key;
    QString poolId; // empty = the total of the series
    QDateTime from;
    QDateTime to;
    // Auto picks the finest resolution that still holds `from` and gives at most maxPoints.
    std::optional<Resolution> resolution;
    int maxPoints = 2500;
};

struct TrendSeries
{
    SeriesKey key;
    QString poolId;
    QString poolName;
    Resolution resolution = Resolution::Raw; // of the bulk of the points
    // Oldest first. When an aggregated resolution is chosen, the newest minutes that are not
    // aggregated yet follow as raw points (their resolution says so).
    QList<TrendPoint> points;
};

// The values of one scope near a time in the past, for "change against 24 h ago".
struct PastValues
{
    TrendPoint point;    // the point closest to the time asked for
    qint64 offsetMs = 0; // point time (bucket middle for aggregates) minus the time asked for
};

struct SeriesInfo
{
    SeriesKey key;
    QDateTime firstSeen;
    QDateTime lastSeen;
    int poolCount = 0;
};

struct PoolInfo
{
    QString id;
    QString name;
};

// One row of a history export.
struct HistoryRow
{
    SeriesKey key;
    QString poolId; // empty = total
    QString poolName;
    TrendPoint point;
};

} // namespace wsdash
