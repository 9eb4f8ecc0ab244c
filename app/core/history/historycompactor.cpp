#include "core/history/historycompactor.h"

#include "core/api/statistics.h"
#include "core/history/historyconnection.h"
#include "core/history/historyschema.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace wsdash {

namespace {

// SELECT list that aggregates points of the next finer resolution into buckets of `step` ms.
// Raw rows have samples = 1 and NULL minimum/maximum, so one expression serves both levels.
QString aggregateSelect(qint64 step, bool postgres)
{
    QString columns;
    QString update; // PostgreSQL: ON CONFLICT ... DO UPDATE SET, column by column
    QString select =
        QStringLiteral("SELECT scope_id, CAST(? AS INTEGER), (t / %1) * %1 AS bucket, SUM(samples)")
            .arg(step);
    for (const MetricInfo& info : allMetrics()) {
        const QString f = QLatin1String(info.field);
        columns += QStringLiteral(", %1, %1_min, %1_max").arg(f);
        update += QStringLiteral(", %1 = excluded.%1, %1_min = excluded.%1_min, "
                                 "%1_max = excluded.%1_max")
                      .arg(f);
        select += QStringLiteral(", SUM(%1 * samples) / SUM(CASE WHEN %1 IS NULL THEN NULL "
                                 "ELSE samples END), MIN(COALESCE(%1_min, %1)), "
                                 "MAX(COALESCE(%1_max, %1))")
                      .arg(f);
    }
    const QString from = QStringLiteral(" FROM samples WHERE scope_id IN (SELECT id FROM scopes) "
                                        "AND resolution = ? AND t >= ? AND t < ? "
                                        "GROUP BY scope_id, bucket");
    if (postgres) {
        // A bucket recomputed (a late point) replaces the old one: bucket rows have fetch_id 0.
        return QStringLiteral("INSERT INTO samples (scope_id, resolution, t, samples") + columns +
               QStringLiteral(") ") + select + from +
               QStringLiteral(" ON CONFLICT (scope_id, resolution, t, fetch_id) DO UPDATE SET "
                              "samples = excluded.samples") +
               update;
    }
    return QStringLiteral("INSERT OR REPLACE INTO samples (scope_id, resolution, t, samples") +
           columns + QStringLiteral(") ") + select + from;
}

} // namespace

HistoryCompactor::HistoryCompactor(HistoryConnection& connection, const RetentionPolicy& retention)
    : m_connection(connection)
    , m_retention(retention)
{}

Expected<CompactionStats, HistoryError> HistoryCompactor::compact(const QDateTime& now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    CompactionStats stats;
    if (auto error = m_connection.beginWrite())
        return *error;
    auto fail = [this](HistoryError error) {
        m_connection.rollback();
        return error;
    };
    // PostgreSQL: writers do not wait for each other, so the compactor holds the watermarks
    // until it commits. A writer's markDirty() then waits and lowers dirty_from after the
    // compactor advanced it, so a point the compactor could not yet see is aggregated next time.
    // Readers are not blocked; two compactors take turns.
    if (m_connection.isPostgres()) {
        if (auto error =
                m_connection.exec(QStringLiteral("LOCK TABLE compaction IN EXCLUSIVE MODE")))
            return fail(*error);
    }

    for (const Resolution target : {Resolution::FiveMinutes, Resolution::Hourly}) {
        if (auto error = aggregate(target, nowMs, stats))
            return fail(*error);
    }

    QSqlQuery remove(m_connection.database());
    // Through the primary key, scope by scope: no second index to maintain on every insert.
    remove.prepare(QStringLiteral("DELETE FROM samples WHERE scope_id IN (SELECT id FROM scopes) "
                                  "AND resolution = ? AND t < ?"));
    for (const Resolution resolution : kAllResolutions) {
        remove.addBindValue(static_cast<int>(resolution));
        remove.addBindValue(m_retention.horizon(resolution, now).toMSecsSinceEpoch());
        if (!remove.exec())
            return fail(HistoryConnection::errorFrom(remove, tr("Deleting old points")));
        stats.deleted[static_cast<std::size_t>(resolution)] = remove.numRowsAffected();
        QSqlQuery mark(m_connection.database());
        mark.prepare(QStringLiteral(
            "INSERT INTO compaction (resolution, deleted_before) VALUES (?, ?) ON CONFLICT "
            "(resolution) DO UPDATE SET deleted_before = excluded.deleted_before"));
        mark.addBindValue(static_cast<int>(resolution));
        mark.addBindValue(m_retention.horizon(resolution, now).toMSecsSinceEpoch());
        if (!mark.exec())
            return fail(HistoryConnection::errorFrom(mark, tr("Saving the compaction state")));
    }
    // The fetch keys of raw points that are gone (AUTOINCREMENT never reuses an ID).
    QSqlQuery removeFetches(m_connection.database());
    removeFetches.prepare(QStringLiteral("DELETE FROM fetches WHERE t < ?"));
    removeFetches.addBindValue(m_retention.horizon(Resolution::Raw, now).toMSecsSinceEpoch());
    if (!removeFetches.exec())
        return fail(HistoryConnection::errorFrom(removeFetches, tr("Deleting old points")));
    QSqlQuery removeEvents(m_connection.database());
    removeEvents.prepare(QStringLiteral("DELETE FROM alert_events WHERE at < ?"));
    removeEvents.addBindValue(m_retention.horizon(Resolution::Hourly, now).toMSecsSinceEpoch());
    if (!removeEvents.exec())
        return fail(HistoryConnection::errorFrom(removeEvents, tr("Deleting old alert events")));
    stats.alertEventsDeleted = removeEvents.numRowsAffected();

    if (auto error = m_connection.commit())
        return fail(*error);
    return stats;
}

std::optional<HistoryError> HistoryCompactor::aggregate(Resolution target, qint64 nowMs,
                                                        CompactionStats& stats)
{
    const auto source = static_cast<Resolution>(static_cast<int>(target) - 1);
    const qint64 step = bucketLength(target).count();

    QSqlQuery state(m_connection.database());
    state.prepare(QStringLiteral("SELECT (SELECT dirty_from FROM compaction WHERE resolution = ?), "
                                 "(SELECT deleted_before FROM compaction WHERE resolution = ?)"));
    state.addBindValue(static_cast<int>(target));
    state.addBindValue(static_cast<int>(source));
    if (!state.exec() || !state.next())
        return HistoryConnection::errorFrom(state, tr("Reading the compaction state"));
    if (state.value(0).isNull())
        return std::nullopt; // nothing new at the finer resolution
    const qint64 dirtyFrom = state.value(0).toLongLong();
    const QVariant deletedBefore = state.value(1);
    state.finish();

    // Only complete buckets, and only buckets none of whose finer points have been deleted.
    const qint64 end = bucketStart(nowMs, target);
    qint64 start = bucketStart(dirtyFrom, target);
    if (!deletedBefore.isNull()) {
        const qint64 deleted = deletedBefore.toLongLong();
        const qint64 firstWhole =
            bucketStart(deleted, target) == deleted ? deleted : bucketStart(deleted, target) + step;
        start = std::max(start, firstWhole);
    }
    if (start < end) {
        QSqlQuery insert(m_connection.database());
        insert.prepare(aggregateSelect(step, m_connection.isPostgres()));
        insert.addBindValue(static_cast<int>(target));
        insert.addBindValue(static_cast<int>(source));
        insert.addBindValue(start);
        insert.addBindValue(end);
        if (!insert.exec())
            return HistoryConnection::errorFrom(insert, tr("Aggregating points"));
        stats.aggregated[static_cast<std::size_t>(target)] = insert.numRowsAffected();

        if (target != Resolution::Hourly) {
            const auto next = static_cast<Resolution>(static_cast<int>(target) + 1);
            QSqlQuery mark(m_connection.database());
            mark.prepare(HistorySchema::lowerDirtyFrom(m_connection.dialect()));
            mark.addBindValue(static_cast<int>(next));
            mark.addBindValue(bucketStart(start, next));
            if (!mark.exec())
                return HistoryConnection::errorFrom(mark, tr("Marking points to compact"));
        }
    }
    if (end > dirtyFrom) {
        QSqlQuery advance(m_connection.database());
        advance.prepare(
            QStringLiteral("UPDATE compaction SET dirty_from = ? WHERE resolution = ?"));
        advance.addBindValue(end);
        advance.addBindValue(static_cast<int>(target));
        if (!advance.exec())
            return HistoryConnection::errorFrom(advance, tr("Saving the compaction state"));
    }
    return std::nullopt;
}

} // namespace wsdash
