#pragma once

#include "core/base/expected.h"
#include "core/history/alertevent.h"
#include "core/history/retentionpolicy.h"
#include "core/history/trendtypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <chrono>
#include <functional>
#include <optional>

class QSqlQuery;

namespace wsdash {

class HistoryConnection;

// One entry of the alert log.
struct AlertLogEntry
{
    SeriesKey key;
    AlertEvent event;
};

// What a history export covers.
struct HistoryExportFilter
{
    QDateTime since;
    QDateTime until;   // invalid = up to now
    QString projectId; // empty = every project
    QString source;    // empty = every source (profile or endpoint)
    // One query's series only (its canonical string; "" is the unfiltered query); unset = all.
    std::optional<QString> query;
};

// The read side: series, pools, trends, values of the past, exports, the alert log.
class HistoryReader final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::HistoryReader)

public:
    HistoryReader(HistoryConnection& connection, const RetentionPolicy& retention);
    // The schema version of the database read: points of the same millisecond come in the
    // order of their fetches from version 2 on (a version 1 file read as it is has no fetch key).
    void setSchemaVersion(int version) { m_fetchOrder = version >= 2; }

    Expected<QList<SeriesInfo>, HistoryError> listSeries();
    Expected<QList<PoolInfo>, HistoryError> listPools(const SeriesKey& key);

    // The points of one scope in [from, to] at the requested or automatically chosen
    // resolution (see chooseResolution()). Unknown series or pools give an empty series.
    Expected<TrendSeries, HistoryError> series(const SeriesRequest& request, const QDateTime& now);

    // The point closest to `at` within `tolerance`, looking at raw points first, then 5-minute,
    // then hourly buckets (whose time is taken as their middle). Empty when there is none.
    Expected<std::optional<PastValues>, HistoryError>
    valuesNear(const SeriesKey& key, const QString& poolId, const QDateTime& at,
               std::chrono::milliseconds tolerance);

    // Every recorded point in the filter's range, each time at the finest resolution still
    // held: per scope, raw points; before the oldest raw point, 5-minute buckets; before the
    // oldest of those, hourly buckets. Ordered by series, then the total before the pools (by
    // pool ID), then time. Returns the number of rows.
    Expected<int, HistoryError> exportRows(const HistoryExportFilter& filter,
                                           const std::function<void(const HistoryRow&)>& sink);

    Expected<QList<AlertLogEntry>, HistoryError> alertLog(const QDateTime& from,
                                                          const QDateTime& to);

    // Auto resolution: the finest whose retention still reaches `from` and that gives at most
    // maxPoints points (raw points are counted, buckets estimated from the range); hourly when
    // none does.
    static Resolution chooseResolution(const QDateTime& from, const QDateTime& to,
                                       const QDateTime& now, const RetentionPolicy& retention,
                                       int maxPoints, qint64 rawPointCount);

private:
    Expected<std::optional<qint64>, HistoryError> scopeId(const SeriesKey& key,
                                                          const QString& poolId, QString* name);
    Expected<QList<TrendPoint>, HistoryError> points(qint64 scope, Resolution resolution,
                                                     qint64 fromMs, qint64 toMs);

    HistoryConnection& m_connection;
    RetentionPolicy m_retention;
    bool m_fetchOrder = true;
};

} // namespace wsdash
