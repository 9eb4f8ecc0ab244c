#include "core/history/historyschema.h"

#include "core/api/statistics.h"
#include "core/history/historyconnection.h"

#include <QSqlQuery>
#include <QVariant>

namespace wsdash {

namespace {

QString valueColumnDefinitions()
{
    QString columns;
    for (const MetricInfo& info : allMetrics()) {
        const QString field = QLatin1String(info.field);
        columns += QStringLiteral("    %1 REAL, %1_min INTEGER, %1_max INTEGER,\n").arg(field);
    }
    return columns;
}

QString samplesTable()
{
    return QStringLiteral("CREATE TABLE samples (\n"
                          "    scope_id INTEGER NOT NULL,\n"
                          "    resolution INTEGER NOT NULL,\n"
                          "    t INTEGER NOT NULL,\n"
                          "    samples INTEGER NOT NULL,\n") +
           valueColumnDefinitions() +
           QStringLiteral("    PRIMARY KEY (scope_id, resolution, t)\n"
                          ") WITHOUT ROWID");
}

// Version 2: a sample's key includes the fetch it came from, so that two fetches in the same
// millisecond (a frozen or coarse clock, two processes) both keep their sample.
HistoryMigration fetchKeyMigration()
{
    const QString columns = QStringLiteral("scope_id, resolution, t, samples, ") +
                            HistorySchema::valueColumns().join(QStringLiteral(", "));
    HistoryMigration migration;
    migration.version = 2;
    migration.description = QStringLiteral("samples keyed by fetch as well as time");
    migration.statements = {
        QStringLiteral("CREATE TABLE fetches (\n"
                       "    id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                       "    t INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE samples_v2 (\n"
                       "    scope_id INTEGER NOT NULL,\n"
                       "    resolution INTEGER NOT NULL,\n"
                       "    t INTEGER NOT NULL,\n"
                       "    fetch_id INTEGER NOT NULL DEFAULT 0,\n"
                       "    samples INTEGER NOT NULL,\n") +
            valueColumnDefinitions() +
            QStringLiteral("    PRIMARY KEY (scope_id, resolution, t, fetch_id)\n"
                           ") WITHOUT ROWID"),
        QStringLiteral("INSERT INTO samples_v2 (%1) SELECT %1 FROM samples").arg(columns),
        QStringLiteral("DROP TABLE samples"),
        QStringLiteral("ALTER TABLE samples_v2 RENAME TO samples"),
    };
    return migration;
}

QList<HistoryMigration> makeMigrations()
{
    HistoryMigration first;
    first.version = 1;
    first.description = QStringLiteral("series, scopes, samples, compaction, alert log");
    first.statements = {
        QStringLiteral("CREATE TABLE series (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    source TEXT NOT NULL,\n"
                       "    project_id TEXT NOT NULL,\n"
                       "    query TEXT NOT NULL,\n"
                       "    UNIQUE (source, project_id, query))"),
        QStringLiteral("CREATE TABLE scopes (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    series_id INTEGER NOT NULL REFERENCES series(id),\n"
                       "    pool_id TEXT NOT NULL,\n"
                       "    pool_name TEXT NOT NULL,\n"
                       "    UNIQUE (series_id, pool_id))"),
        samplesTable(),
        QStringLiteral("CREATE TABLE compaction (\n"
                       "    resolution INTEGER PRIMARY KEY,\n"
                       "    dirty_from INTEGER,\n"
                       "    deleted_before INTEGER)"),
        QStringLiteral("CREATE TABLE alert_events (\n"
                       "    id INTEGER PRIMARY KEY,\n"
                       "    series_id INTEGER NOT NULL REFERENCES series(id),\n"
                       "    at INTEGER NOT NULL,\n"
                       "    rule TEXT NOT NULL,\n"
                       "    pool_id TEXT NOT NULL,\n"
                       "    pool_name TEXT NOT NULL,\n"
                       "    from_level TEXT NOT NULL,\n"
                       "    to_level TEXT NOT NULL,\n"
                       "    value REAL,\n"
                       "    threshold REAL)"),
        QStringLiteral("CREATE INDEX alert_events_by_time ON alert_events (at)"),
    };
    return {first, fetchKeyMigration()};
}

} // namespace

const QList<HistoryMigration>& HistorySchema::migrations()
{
    static const QList<HistoryMigration> all = makeMigrations();
    return all;
}

const QStringList& HistorySchema::valueColumns()
{
    static const QStringList columns = [] {
        QStringList list;
        for (const MetricInfo& info : allMetrics()) {
            const QString field = QLatin1String(info.field);
            list << field << field + QStringLiteral("_min") << field + QStringLiteral("_max");
        }
        return list;
    }();
    return columns;
}

Expected<int, HistoryError> HistorySchema::version(HistoryConnection& connection,
                                                   const QList<HistoryMigration>& migrations)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND "
                                   "name = 'schema_version'")) ||
        !query.next()) {
        return HistoryConnection::errorFrom(query, tr("Reading the schema version"));
    }
    if (query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !query.next()) {
        return HistoryConnection::errorFrom(query, tr("Reading the schema version"));
    }
    const int version = query.value(0).toInt();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (version > latest) {
        return HistoryError{HistoryError::Kind::NewerSchema,
                            tr("The history database %1 was written by a newer wsdash "
                               "(schema %2, this one knows %3); it is left untouched and "
                               "no history is recorded.")
                                .arg(connection.path())
                                .arg(version)
                                .arg(latest)};
    }
    return version;
}

Expected<int, HistoryError> HistorySchema::migrate(HistoryConnection& connection,
                                                   const QList<HistoryMigration>& migrations,
                                                   qint64 nowMs)
{
    if (auto error = connection.beginWrite())
        return *error;
    auto fail = [&connection](HistoryError error) {
        connection.rollback();
        return error;
    };

    if (auto error = connection.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (\n"
                                                    "    version INTEGER PRIMARY KEY,\n"
                                                    "    applied_at INTEGER NOT NULL,\n"
                                                    "    description TEXT NOT NULL)"))) {
        return fail(*error);
    }
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) ||
        !query.next()) {
        return fail(HistoryConnection::errorFrom(query, tr("Reading the schema version")));
    }
    int version = query.value(0).toInt();
    query.finish();

    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (version > latest) {
        return fail(HistoryError{HistoryError::Kind::NewerSchema,
                                 tr("The history database %1 was written by a newer wsdash "
                                    "(schema %2, this one knows %3); it is left untouched and "
                                    "no history is recorded.")
                                     .arg(connection.path())
                                     .arg(version)
                                     .arg(latest)});
    }

    for (const HistoryMigration& migration : migrations) {
        if (migration.version <= version)
            continue;
        for (const QString& statement : migration.statements) {
            if (auto error = connection.exec(statement))
                return fail(*error);
        }
        QSqlQuery record(connection.database());
        record.prepare(QStringLiteral(
            "INSERT INTO schema_version (version, applied_at, description) VALUES (?, ?, ?)"));
        record.addBindValue(migration.version);
        record.addBindValue(nowMs);
        record.addBindValue(migration.description);
        if (!record.exec())
            return fail(HistoryConnection::errorFrom(record, tr("Recording the schema version")));
        version = migration.version;
    }
    if (auto error = connection.commit())
        return fail(*error);
    return version;
}

} // namespace wsdash
