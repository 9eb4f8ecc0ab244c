#include "core/history/historyreader.h"

#include "core/history/historyconnection.h"
#include "core/history/historyschema.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <algorithm>
#include <array>
#include <limits>

namespace wsdash {

namespace {

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

QString pointColumns()
{
    return QStringLiteral("t, resolution, samples, ") +
           HistorySchema::valueColumns().join(QStringLiteral(", "));
}

// Reads the columns of pointColumns() starting at `first`.
TrendPoint pointFrom(const QSqlQuery& query, int first)
{
    TrendPoint point;
    point.time = fromMs(query.value(first).toLongLong());
    point.resolution = static_cast<Resolution>(query.value(first + 1).toInt());
    point.samples = query.value(first + 2).toInt();
    int column = first + 3;
    for (std::size_t m = 0; m < kMetricCount; ++m, column += 3) {
        const QVariant average = query.value(column);
        if (average.isNull())
            continue;
        MetricValue value;
        value.average = average.toDouble();
        const QVariant minimum = query.value(column + 1);
        const QVariant maximum = query.value(column + 2);
        value.minimum = minimum.isNull() ? value.average : minimum.toDouble();
        value.maximum = maximum.isNull() ? value.average : maximum.toDouble();
        point.values[m] = value;
    }
    return point;
}

} // namespace

HistoryReader::HistoryReader(HistoryConnection& connection, const RetentionPolicy& retention)
    : m_connection(connection)
    , m_retention(retention)
{}

Resolution HistoryReader::chooseResolution(const QDateTime& from, const QDateTime& to,
                                           const QDateTime& now, const RetentionPolicy& retention,
                                           int maxPoints, qint64 rawPointCount)
{
    const qint64 rangeMs = std::max<qint64>(0, from.msecsTo(to));
    for (const Resolution resolution : {Resolution::Raw, Resolution::FiveMinutes}) {
        if (from < retention.horizon(resolution, now))
            continue;
        const qint64 points = resolution == Resolution::Raw
                                  ? rawPointCount
                                  : rangeMs / bucketLength(resolution).count() + 1;
        if (points <= maxPoints)
            return resolution;
    }
    return Resolution::Hourly;
}

Expected<std::optional<qint64>, HistoryError>
HistoryReader::scopeId(const SeriesKey& key, const QString& poolId, QString* name)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT c.id, c.pool_name FROM scopes c JOIN series s ON "
                                 "s.id = c.series_id WHERE s.source = ? AND s.project_id = ? "
                                 "AND s.query = ? AND c.pool_id = ?"));
    query.addBindValue(HistoryConnection::text(key.source));
    query.addBindValue(HistoryConnection::text(key.projectId));
    query.addBindValue(HistoryConnection::text(key.query));
    query.addBindValue(HistoryConnection::text(poolId));
    if (!query.exec())
        return HistoryConnection::errorFrom(query, tr("Finding a series"));
    if (!query.next())
        return std::optional<qint64>();
    if (name)
        *name = query.value(1).toString();
    return std::optional<qint64>(query.value(0).toLongLong());
}

Expected<QList<TrendPoint>, HistoryError> HistoryReader::points(qint64 scope, Resolution resolution,
                                                                qint64 fromMs, qint64 toMs)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + pointColumns() +
                  QStringLiteral(" FROM samples WHERE scope_id = ? AND resolution = ? AND "
                                 "t >= ? AND t <= ? ORDER BY t") +
                  (m_fetchOrder ? QStringLiteral(", fetch_id") : QString()));
    query.addBindValue(scope);
    query.addBindValue(static_cast<int>(resolution));
    query.addBindValue(fromMs);
    query.addBindValue(toMs);
    if (!query.exec())
        return HistoryConnection::errorFrom(query, tr("Reading points"));
    QList<TrendPoint> result;
    while (query.next())
        result.append(pointFrom(query, 0));
    return result;
}

Expected<TrendSeries, HistoryError> HistoryReader::series(const SeriesRequest& request,
                                                          const QDateTime& now)
{
    TrendSeries result;
    result.key = request.key;
    result.poolId = request.poolId;
    const auto scope = scopeId(request.key, request.poolId, &result.poolName);
    if (!scope)
        return scope.error();
    const qint64 fromMs = request.from.toMSecsSinceEpoch();
    const qint64 toMs = request.to.toMSecsSinceEpoch();
    if (!*scope || fromMs > toMs) {
        result.resolution = request.resolution.value_or(Resolution::Raw);
        return result;
    }

    if (request.resolution) {
        result.resolution = *request.resolution;
    } else {
        QSqlQuery count(m_connection.database());
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM samples WHERE scope_id = ? AND "
                                     "resolution = 0 AND t >= ? AND t <= ?"));
        count.addBindValue(**scope);
        count.addBindValue(fromMs);
        count.addBindValue(toMs);
        if (!count.exec() || !count.next())
            return HistoryConnection::errorFrom(count, tr("Counting points"));
        result.resolution = chooseResolution(request.from, request.to, now, m_retention,
                                             request.maxPoints, count.value(0).toLongLong());
    }

    auto bulk = points(**scope, result.resolution, bucketStart(fromMs, result.resolution), toMs);
    if (!bulk)
        return bulk.error();
    result.points = std::move(bulk).value();
    if (result.resolution != Resolution::Raw) {
        // The newest minutes are not aggregated yet: add them as raw points.
        const qint64 covered = result.points.isEmpty()
                                   ? fromMs
                                   : result.points.constLast().time.toMSecsSinceEpoch() +
                                         bucketLength(result.resolution).count();
        if (covered <= toMs) {
            auto tail = points(**scope, Resolution::Raw, covered, toMs);
            if (!tail)
                return tail.error();
            result.points.append(tail.value());
        }
    }
    return result;
}

Expected<std::optional<PastValues>, HistoryError>
HistoryReader::valuesNear(const SeriesKey& key, const QString& poolId, const QDateTime& at,
                          std::chrono::milliseconds tolerance)
{
    const auto scope = scopeId(key, poolId, nullptr);
    if (!scope)
        return scope.error();
    if (!*scope)
        return std::optional<PastValues>();
    const qint64 atMs = at.toMSecsSinceEpoch();
    for (const Resolution resolution : kAllResolutions) {
        const qint64 half = bucketLength(resolution).count() / 2; // bucket middle
        QSqlQuery query(m_connection.database());
        query.prepare(QStringLiteral("SELECT ") + pointColumns() +
                      QStringLiteral(" FROM samples WHERE scope_id = ? AND resolution = ? AND "
                                     "t >= ? AND t <= ? ORDER BY ABS(t + ? - ?) LIMIT 1"));
        query.addBindValue(**scope);
        query.addBindValue(static_cast<int>(resolution));
        query.addBindValue(atMs - tolerance.count() - half);
        query.addBindValue(atMs + tolerance.count() - half);
        query.addBindValue(half);
        query.addBindValue(atMs);
        if (!query.exec())
            return HistoryConnection::errorFrom(query, tr("Reading points"));
        if (query.next()) {
            PastValues past;
            past.point = pointFrom(query, 0);
            past.offsetMs = past.point.time.toMSecsSinceEpoch() + half - atMs;
            return std::optional<PastValues>(past);
        }
    }
    return std::optional<PastValues>();
}

Expected<QList<SeriesInfo>, HistoryError> HistoryReader::listSeries()
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral(
            "SELECT s.source, s.project_id, s.query, "
            "(SELECT MIN(t) FROM samples x WHERE x.scope_id = c.id), "
            "(SELECT MAX(t) FROM samples x WHERE x.scope_id = c.id AND x.resolution = 0), "
            "(SELECT COUNT(*) FROM scopes p WHERE p.series_id = s.id AND p.pool_id <> '') "
            "FROM series s JOIN scopes c ON c.series_id = s.id AND c.pool_id = '' "
            "ORDER BY s.source, s.project_id, s.query"))) {
        return HistoryConnection::errorFrom(query, tr("Listing series"));
    }
    QList<SeriesInfo> result;
    while (query.next()) {
        SeriesInfo info;
        info.key = {query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toString()};
        if (!query.value(3).isNull())
            info.firstSeen = fromMs(query.value(3).toLongLong());
        if (!query.value(4).isNull())
            info.lastSeen = fromMs(query.value(4).toLongLong());
        info.poolCount = query.value(5).toInt();
        result.append(info);
    }
    return result;
}

Expected<QList<PoolInfo>, HistoryError> HistoryReader::listPools(const SeriesKey& key)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT c.pool_id, c.pool_name FROM scopes c JOIN series s ON "
                                 "s.id = c.series_id WHERE s.source = ? AND s.project_id = ? "
                                 "AND s.query = ? AND c.pool_id <> '' "
                                 "ORDER BY c.pool_name, c.pool_id"));
    query.addBindValue(HistoryConnection::text(key.source));
    query.addBindValue(HistoryConnection::text(key.projectId));
    query.addBindValue(HistoryConnection::text(key.query));
    if (!query.exec())
        return HistoryConnection::errorFrom(query, tr("Listing pools"));
    QList<PoolInfo> result;
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

Expected<int, HistoryError>
HistoryReader::exportRows(const HistoryExportFilter& filter,
                          const std::function<void(const HistoryRow&)>& sink)
{
    // Two statements for the whole export, whatever the number of pools (a query per pool
    // took 30 s for 100,000 pools): the oldest point of every scope and resolution, then all
    // points in the range, sorted by series, pool, resolution and time, read as a stream.
    const qint64 sinceMs = filter.since.isValid() ? filter.since.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::min() / 2;
    const qint64 untilMs = filter.until.isValid() ? filter.until.toMSecsSinceEpoch()
                                                  : std::numeric_limits<qint64>::max() / 2;
    const QString scopeFilter = QStringLiteral(
        "(CAST(? AS TEXT) = '' OR s.project_id = ?) AND (CAST(? AS TEXT) = '' OR s.source = ?) "
        "AND (CAST(? AS INTEGER) = 0 OR s.query = ?)");
    const auto bindFilter = [&filter](QSqlQuery& query) {
        query.addBindValue(HistoryConnection::text(filter.projectId));
        query.addBindValue(HistoryConnection::text(filter.projectId));
        query.addBindValue(HistoryConnection::text(filter.source));
        query.addBindValue(HistoryConnection::text(filter.source));
        query.addBindValue(filter.query.has_value() ? 1 : 0);
        query.addBindValue(HistoryConnection::text(filter.query.value_or(QString())));
    };

    // Each coarser resolution only before the oldest point a finer one still holds (whether
    // or not that point is in the range).
    using Oldest = std::array<qint64, kResolutionCount>;
    QHash<qint64, Oldest> oldestOf;
    {
        QSqlQuery oldest(m_connection.database());
        oldest.setForwardOnly(true);
        oldest.prepare(QStringLiteral("SELECT x.scope_id, x.resolution, MIN(x.t) FROM samples x "
                                      "JOIN scopes c ON c.id = x.scope_id JOIN series s ON "
                                      "s.id = c.series_id WHERE ") +
                       scopeFilter + QStringLiteral(" GROUP BY x.scope_id, x.resolution"));
        bindFilter(oldest);
        if (!oldest.exec())
            return HistoryConnection::errorFrom(oldest, tr("Reading points"));
        while (oldest.next()) {
            Oldest& entry = oldestOf[oldest.value(0).toLongLong()];
            if (entry.front() == 0 && entry.back() == 0)
                entry.fill(std::numeric_limits<qint64>::max());
            const int resolution = oldest.value(1).toInt();
            if (resolution >= 0 && resolution < kResolutionCount)
                entry[static_cast<std::size_t>(resolution)] = oldest.value(2).toLongLong();
        }
    }

    QSqlQuery points(m_connection.database());
    points.setForwardOnly(true);
    QString columns = pointColumns();
    columns.replace(QStringLiteral("t, resolution, samples"),
                    QStringLiteral("x.t, x.resolution, x.samples"));
    points.prepare(
        QStringLiteral("SELECT s.source, s.project_id, s.query, c.id, c.pool_id, c.pool_name, ") +
        columns +
        QStringLiteral(" FROM series s JOIN scopes c ON c.series_id = s.id JOIN samples x ON "
                       "x.scope_id = c.id WHERE ") +
        scopeFilter +
        // The casts give PostgreSQL the parameters' types (a CASE of bare parameters is text).
        QStringLiteral(" AND x.t <= CAST(? AS BIGINT) AND x.t >= CASE x.resolution WHEN 0 THEN "
                       "CAST(? AS BIGINT) WHEN 1 THEN CAST(? AS BIGINT) ELSE CAST(? AS BIGINT) "
                       "END ORDER BY s.source, s.project_id, s.query, c.pool_id, "
                       "x.resolution, x.t") +
        (m_fetchOrder ? QStringLiteral(", x.fetch_id") : QString()));
    bindFilter(points);
    points.addBindValue(untilMs);
    for (const Resolution resolution : kAllResolutions)
        points.addBindValue(bucketStart(sinceMs, resolution));
    if (!points.exec())
        return HistoryConnection::errorFrom(points, tr("Reading points"));

    int rows = 0;
    HistoryRow row;
    qint64 scope = -1;
    std::array<QList<TrendPoint>, kResolutionCount> levels;
    const auto flushScope = [&] {
        if (scope < 0)
            return;
        const auto oldest = oldestOf.constFind(scope);
        qint64 limit = untilMs + 1;
        for (const Resolution resolution : kAllResolutions) {
            const auto r = static_cast<std::size_t>(resolution);
            QList<TrendPoint>& level = levels[r];
            level.erase(std::remove_if(level.begin(), level.end(),
                                       [limit](const TrendPoint& point) {
                                           return point.time.toMSecsSinceEpoch() >= limit;
                                       }),
                        level.end());
            if (oldest != oldestOf.constEnd())
                limit = std::min(limit, (*oldest)[r]);
        }
        for (auto level = levels.rbegin(); level != levels.rend(); ++level) {
            for (const TrendPoint& point : *level) {
                row.point = point;
                sink(row);
                ++rows;
            }
            level->clear();
        }
    };
    while (points.next()) {
        const qint64 current = points.value(3).toLongLong();
        if (current != scope) {
            flushScope();
            scope = current;
            row.key = {points.value(0).toString(), points.value(1).toString(),
                       points.value(2).toString()};
            row.poolId = points.value(4).toString();
            row.poolName = points.value(5).toString();
        }
        const TrendPoint point = pointFrom(points, 6);
        const int resolution = static_cast<int>(point.resolution);
        if (resolution >= 0 && resolution < kResolutionCount)
            levels[static_cast<std::size_t>(resolution)].append(point);
    }
    if (points.lastError().isValid())
        return HistoryConnection::errorFrom(points, tr("Reading points"));
    flushScope();
    return rows;
}

Expected<QList<AlertLogEntry>, HistoryError> HistoryReader::alertLog(const QDateTime& from,
                                                                     const QDateTime& to)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "SELECT s.source, s.project_id, s.query, e.at, e.rule, e.pool_id, e.pool_name, "
        "e.from_level, e.to_level, e.value, e.threshold FROM alert_events e JOIN series s ON "
        "s.id = e.series_id WHERE e.at >= ? AND e.at <= ? ORDER BY e.at, e.id"));
    query.addBindValue(from.toMSecsSinceEpoch());
    query.addBindValue(to.toMSecsSinceEpoch());
    if (!query.exec())
        return HistoryConnection::errorFrom(query, tr("Reading the alert log"));
    QList<AlertLogEntry> result;
    while (query.next()) {
        AlertLogEntry entry;
        entry.key = {query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString()};
        entry.event.at = fromMs(query.value(3).toLongLong());
        entry.event.rule = query.value(4).toString();
        entry.event.poolId = query.value(5).toString();
        entry.event.poolName = query.value(6).toString();
        entry.event.from = alertLevelFromName(query.value(7).toString()).value_or(AlertLevel::Ok);
        entry.event.to = alertLevelFromName(query.value(8).toString()).value_or(AlertLevel::Ok);
        if (!query.value(9).isNull())
            entry.event.value = query.value(9).toDouble();
        if (!query.value(10).isNull())
            entry.event.threshold = query.value(10).toDouble();
        result.append(entry);
    }
    return result;
}

} // namespace wsdash
