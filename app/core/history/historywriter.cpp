#include "core/history/historywriter.h"

#include "core/history/historyconnection.h"
#include "core/history/historyschema.h"
#include "core/history/retentionpolicy.h"

#include <QVariant>

#include <algorithm>
#include <limits>

namespace wsdash {

namespace {

QString seriesCacheKey(const SeriesKey& key)
{
    const QChar separator(0x1f);
    return key.source + separator + key.projectId + separator + key.query;
}

} // namespace

HistoryWriter::HistoryWriter(HistoryConnection& connection)
    : m_connection(connection)
    , m_insertScope(connection.database())
    , m_selectScope(connection.database())
{
    QString columns;
    for (const MetricInfo& info : allMetrics())
        columns += QStringLiteral(", ") + QLatin1String(info.field);
    m_insertPrefix =
        // Never OR REPLACE: each fetch has its own key (fetch_id), so nothing can overwrite.
        QStringLiteral("INSERT INTO samples (scope_id, resolution, t, fetch_id, samples") +
        columns + QStringLiteral(") VALUES ");
    m_insertScope.prepare(
        QStringLiteral("INSERT INTO scopes (series_id, pool_id, pool_name) VALUES (?, ?, ?) "
                       "ON CONFLICT (series_id, pool_id) DO NOTHING"));
    m_selectScope.prepare(
        QStringLiteral("SELECT id, pool_name FROM scopes WHERE series_id = ? AND pool_id = ?"));
}

void HistoryWriter::clearCaches()
{
    m_seriesIds.clear();
    m_scopes.clear();
    m_pending.clear();
    m_pendingRows = 0;
}

Expected<int, HistoryError> HistoryWriter::record(const QList<Snapshot>& snapshots)
{
    if (snapshots.isEmpty())
        return 0;
    if (auto error = m_connection.beginWrite())
        return *error;
    int rows = 0;
    qint64 oldest = std::numeric_limits<qint64>::max();
    for (const Snapshot& snapshot : snapshots) {
        if (auto error = recordOne(snapshot, &rows)) {
            m_connection.rollback();
            clearCaches();
            return *error;
        }
        oldest = std::min(oldest, snapshot.takenAt.toMSecsSinceEpoch());
    }
    if (auto error = flushSamples()) {
        m_connection.rollback();
        clearCaches();
        return *error;
    }
    if (auto error = markDirty(oldest)) {
        m_connection.rollback();
        clearCaches();
        return *error;
    }
    if (auto error = m_connection.commit()) {
        m_connection.rollback();
        clearCaches();
        return *error;
    }
    return rows;
}

std::optional<HistoryError> HistoryWriter::recordOne(const Snapshot& snapshot, int* rows)
{
    const auto series = seriesId(snapshot.key);
    if (!series)
        return series.error();
    ScopeCache& cache = m_scopes[*series];
    if (cache.isEmpty()) {
        // One query for all known scopes of the series instead of one per pool.
        QSqlQuery load(m_connection.database());
        load.prepare(
            QStringLiteral("SELECT pool_id, id, pool_name FROM scopes WHERE series_id = ?"));
        load.addBindValue(*series);
        if (!load.exec())
            return HistoryConnection::errorFrom(load, tr("Reading pools"));
        while (load.next())
            cache.insert(load.value(0).toString(),
                         {load.value(1).toLongLong(), load.value(2).toString()});
    }

    const qint64 t = snapshot.takenAt.toMSecsSinceEpoch();
    // The fetch's own key: unique across processes (AUTOINCREMENT, inside the write lock).
    // PostgreSQL: an identity column (a sequence, never rolled back), read with RETURNING; rows
    // have no OID there, so lastInsertId() has nothing to give.
    QSqlQuery fetch(m_connection.database());
    const bool postgres = m_connection.isPostgres();
    fetch.prepare(postgres ? QStringLiteral("INSERT INTO fetches (t) VALUES (?) RETURNING id")
                           : QStringLiteral("INSERT INTO fetches (t) VALUES (?)"));
    fetch.addBindValue(t);
    if (!fetch.exec() || (postgres && !fetch.next()))
        return HistoryConnection::errorFrom(fetch, tr("Recording a snapshot"));
    m_fetch = postgres ? fetch.value(0).toLongLong() : fetch.lastInsertId().toLongLong();
    const auto total = scopeId(*series, cache, QString(), QString());
    if (!total)
        return total.error();
    if (auto error = insertSample(*total, t, snapshot.statistics.totals))
        return error;
    ++*rows;
    if (!snapshot.statistics.pools)
        return std::nullopt;
    for (const PoolStatistics& pool : *snapshot.statistics.pools) {
        if (pool.id.isEmpty())
            continue; // the total's key; a pool always has an ID
        const auto scope = scopeId(*series, cache, pool.id, pool.name);
        if (!scope)
            return scope.error();
        if (auto error = insertSample(*scope, t, pool.counts))
            return error;
        ++*rows;
    }
    return std::nullopt;
}

Expected<qint64, HistoryError> HistoryWriter::seriesId(const SeriesKey& key)
{
    const QString cacheKey = seriesCacheKey(key);
    const auto cached = m_seriesIds.constFind(cacheKey);
    if (cached != m_seriesIds.constEnd())
        return *cached;

    QSqlQuery insert(m_connection.database());
    insert.prepare(QStringLiteral("INSERT INTO series (source, project_id, query) VALUES (?, ?, ?) "
                                  "ON CONFLICT (source, project_id, query) DO NOTHING"));
    insert.addBindValue(HistoryConnection::text(key.source));
    insert.addBindValue(HistoryConnection::text(key.projectId));
    insert.addBindValue(HistoryConnection::text(key.query));
    if (!insert.exec())
        return HistoryConnection::errorFrom(insert, tr("Adding a series"));
    QSqlQuery select(m_connection.database());
    select.prepare(
        QStringLiteral("SELECT id FROM series WHERE source = ? AND project_id = ? AND query = ?"));
    select.addBindValue(HistoryConnection::text(key.source));
    select.addBindValue(HistoryConnection::text(key.projectId));
    select.addBindValue(HistoryConnection::text(key.query));
    if (!select.exec() || !select.next())
        return HistoryConnection::errorFrom(select, tr("Finding a series"));
    const qint64 id = select.value(0).toLongLong();
    m_seriesIds.insert(cacheKey, id);
    return id;
}

Expected<qint64, HistoryError> HistoryWriter::scopeId(qint64 series, ScopeCache& cache,
                                                      const QString& poolId,
                                                      const QString& poolName)
{
    auto cached = cache.find(poolId);
    if (cached != cache.end()) {
        if (cached->name != poolName) {
            QSqlQuery rename(m_connection.database());
            rename.prepare(QStringLiteral("UPDATE scopes SET pool_name = ? WHERE id = ?"));
            rename.addBindValue(HistoryConnection::text(poolName));
            rename.addBindValue(cached->id);
            if (!rename.exec())
                return HistoryConnection::errorFrom(rename, tr("Renaming a pool"));
            cached->name = poolName;
        }
        return cached->id;
    }

    m_insertScope.addBindValue(series);
    m_insertScope.addBindValue(HistoryConnection::text(poolId));
    m_insertScope.addBindValue(HistoryConnection::text(poolName));
    if (!m_insertScope.exec())
        return HistoryConnection::errorFrom(m_insertScope, tr("Adding a pool"));
    m_selectScope.addBindValue(series);
    m_selectScope.addBindValue(HistoryConnection::text(poolId));
    if (!m_selectScope.exec() || !m_selectScope.next())
        return HistoryConnection::errorFrom(m_selectScope, tr("Finding a pool"));
    ScopeEntry entry{m_selectScope.value(0).toLongLong(), m_selectScope.value(1).toString()};
    m_selectScope.finish();
    cache.insert(poolId, entry);
    // Another process may have added the scope with an older name.
    return entry.name == poolName ? entry.id : scopeId(series, cache, poolId, poolName);
}

std::optional<HistoryError> HistoryWriter::insertSample(qint64 scope, qint64 t,
                                                        const StateCounts& counts)
{
    // Rows are written as literals of many rows per statement: every value is an integer or
    // NULL, and this is several times faster than binding 16 values per row through QtSql.
    if (m_pendingRows > 0)
        m_pending += QLatin1Char(',');
    m_pending += QLatin1Char('(') + QString::number(scope) + QStringLiteral(",0,") +
                 QString::number(t) + QLatin1Char(',') + QString::number(m_fetch) +
                 QStringLiteral(",1");
    for (const MetricInfo& info : allMetrics()) {
        const Count value = counts.value(info.metric);
        m_pending += value ? QLatin1Char(',') + QString::number(*value) : QStringLiteral(",NULL");
    }
    m_pending += QLatin1Char(')');
    if (++m_pendingRows >= kRowsPerStatement)
        return flushSamples();
    return std::nullopt;
}

std::optional<HistoryError> HistoryWriter::flushSamples()
{
    if (m_pendingRows == 0)
        return std::nullopt;
    const QString sql = m_insertPrefix + m_pending;
    m_pending.clear();
    m_pendingRows = 0;
    QSqlQuery insert(m_connection.database());
    if (!insert.exec(sql))
        return HistoryConnection::errorFrom(insert, tr("Recording a snapshot"));
    return std::nullopt;
}

std::optional<HistoryError> HistoryWriter::markDirty(qint64 fromMs)
{
    QSqlQuery query(m_connection.database());
    query.prepare(HistorySchema::lowerDirtyFrom(m_connection.dialect()));
    query.addBindValue(static_cast<int>(Resolution::FiveMinutes));
    query.addBindValue(bucketStart(fromMs, Resolution::FiveMinutes));
    if (!query.exec())
        return HistoryConnection::errorFrom(query, tr("Marking points to compact"));
    return std::nullopt;
}

Expected<int, HistoryError> HistoryWriter::appendAlertEvents(const SeriesKey& key,
                                                             const QList<AlertEvent>& events)
{
    if (events.isEmpty())
        return 0;
    if (auto error = m_connection.beginWrite())
        return *error;
    const auto series = seriesId(key);
    if (!series) {
        m_connection.rollback();
        clearCaches();
        return series.error();
    }
    QSqlQuery insert(m_connection.database());
    insert.prepare(QStringLiteral(
        "INSERT INTO alert_events (series_id, at, rule, pool_id, pool_name, from_level, "
        "to_level, value, threshold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AlertEvent& event : events) {
        insert.addBindValue(*series);
        insert.addBindValue(event.at.toMSecsSinceEpoch());
        insert.addBindValue(HistoryConnection::text(event.rule));
        insert.addBindValue(HistoryConnection::text(event.poolId));
        insert.addBindValue(HistoryConnection::text(event.poolName));
        insert.addBindValue(QString::fromLatin1(alertLevelName(event.from)));
        insert.addBindValue(QString::fromLatin1(alertLevelName(event.to)));
        insert.addBindValue(event.value ? QVariant(*event.value) : QVariant());
        insert.addBindValue(event.threshold ? QVariant(*event.threshold) : QVariant());
        if (!insert.exec()) {
            const HistoryError error = HistoryConnection::errorFrom(insert, tr("Logging an alert"));
            m_connection.rollback();
            clearCaches();
            return error;
        }
    }
    if (auto error = m_connection.commit()) {
        m_connection.rollback();
        return *error;
    }
    return static_cast<int>(events.size());
}

} // namespace wsdash
