#pragma once

#include "core/base/expected.h"
#include "core/history/historyconnection.h"
#include "core/history/trendtypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace wsdash {

// One step of the schema. Migrations are applied in order, each once, in one transaction with
// the row that records it in schema_version; a new release appends a migration and never
// changes an old one.
struct HistoryMigration
{
    int version = 0;
    QString description;
    QStringList statements;           // SQLite
    QStringList postgresStatements{}; // the same step for PostgreSQL (its types and syntax)
};

// The tables of the history database and their migrations, for both dialects. The concepts
// and names are the same; the types differ where the dialects do: INTEGER PRIMARY KEY /
// AUTOINCREMENT in SQLite are BIGINT identity columns in PostgreSQL, times (ms) are BIGINT,
// averages DOUBLE PRECISION, and SQLite's WITHOUT ROWID has no PostgreSQL counterpart.
//
// series(id, source, project_id, query)       one per SeriesKey
// scopes(id, series_id, pool_id, pool_name)    the total (pool_id '') and every pool seen
// samples(scope_id, resolution, t, fetch_id,   one row per scope and point: raw fetches
//         samples, <field>, <field>_min,       (resolution 0) and 5-minute (1) / hourly (2)
//         <field>_max)                         buckets; <field> is the value (raw) or the
//                                              average, _min/_max are NULL on raw rows.
//                                              `fetch_id` (fetches.id, 0 on buckets) keeps two
//                                              fetches at the same millisecond apart (v2)
// fetches(id AUTOINCREMENT, t)                 one per recorded fetch (v2)
// compaction(resolution, dirty_from,          oldest bucket start still to aggregate into
//            deleted_before)                   `resolution`; where its last deletion ended
// alert_events(...)                            the alert log
// schema_version(version, applied_at, description)
class HistorySchema final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::HistorySchema)

public:
    static constexpr int kCurrentVersion = 2;

    static const QList<HistoryMigration>& migrations();

    // Brings the database up to the last of `migrations` under the write lock (PostgreSQL: a
    // transaction-scoped advisory lock), so that two processes opening a new database at the
    // same time migrate it once. Returns the version the
    // file is at. A file from a newer wsdash gives Kind::NewerSchema and is not changed.
    static Expected<int, HistoryError>
    migrate(HistoryConnection& connection, const QList<HistoryMigration>& migrations, qint64 nowMs);

    // The version a file is at, without changing it (a read-only connection): Kind::NewerSchema
    // for a file from a newer wsdash, 0 for an empty file.
    static Expected<int, HistoryError> version(HistoryConnection& connection,
                                               const QList<HistoryMigration>& migrations);

    // The value columns of samples, in Metric order: "total_num, total_num_min, total_num_max, ..."
    static const QStringList& valueColumns();

    // The statement that lowers compaction.dirty_from of a resolution (two parameters:
    // resolution, bucket start), in the dialect's words (SQLite's two-argument MIN is
    // PostgreSQL's LEAST).
    static QString lowerDirtyFrom(HistoryConnection::Dialect dialect);
};

} // namespace wsdash
