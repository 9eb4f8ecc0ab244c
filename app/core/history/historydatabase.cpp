#include "core/history/historydatabase.h"

#include "core/history/historyconnection.h"
#include "core/history/historyschema.h"
#include "core/history/historywriter.h"

#include <QDir>

namespace wsdash {

HistoryDatabase::HistoryDatabase(HistoryOptions options)
    : m_options(std::move(options))
{}

HistoryDatabase::~HistoryDatabase()
{
    disconnect();
}

Expected<std::unique_ptr<HistoryDatabase>, HistoryError>
HistoryDatabase::open(const HistoryOptions& options)
{
    if (!options.retention.isValid()) {
        return HistoryError{HistoryError::Kind::Open,
                            tr("The history retention is not valid: raw points must be kept at "
                               "least briefly and no longer than 5-minute points, and those no "
                               "longer than hourly points.")};
    }
    std::unique_ptr<HistoryDatabase> database(new HistoryDatabase(options));
    if (auto error = database->connect(true))
        return *error;
    return database;
}

void HistoryDatabase::disconnect()
{
    // Statements before the connection they belong to.
    m_writer.reset();
    m_reader.reset();
    m_compactor.reset();
    m_connection.reset();
}

std::optional<HistoryError> HistoryDatabase::connect(bool allowSetAside)
{
    HistoryConnection::Options connectionOptions;
    connectionOptions.path = m_options.path;
    connectionOptions.busyTimeout = m_options.busyTimeout;
    connectionOptions.quickCheck = m_options.quickCheck;

    std::optional<HistoryError> failure;
    {
        auto connection = HistoryConnection::open(connectionOptions);
        if (!connection) {
            failure = connection.error();
        } else {
            auto version = HistorySchema::migrate(**connection, HistorySchema::migrations(),
                                                  QDateTime::currentMSecsSinceEpoch());
            if (!version) {
                failure = version.error();
            } else {
                m_schemaVersion = *version;
                m_connection = std::move(connection).value();
                m_writer = std::make_unique<HistoryWriter>(*m_connection);
                m_reader = std::make_unique<HistoryReader>(*m_connection, m_options.retention);
                m_compactor =
                    std::make_unique<HistoryCompactor>(*m_connection, m_options.retention);
                return std::nullopt;
            }
        }
    } // a failed connection is closed before its file is renamed
    if (failure->kind == HistoryError::Kind::Damaged && allowSetAside)
        return recover(*failure);
    return failure;
}

std::optional<HistoryError> HistoryDatabase::recover(const HistoryError& cause)
{
    disconnect();
    const auto aside = HistoryConnection::setAside(m_options.path, QDateTime::currentDateTimeUtc());
    if (!aside)
        return aside.error();
    if (auto error = connect(false))
        return error;
    // cause.message: "The history database is damaged (<SQLite's words>)."
    m_notices.append({tr("%1 The file was renamed to %2 and a new history was started.")
                          .arg(cause.message, QDir::toNativeSeparators(*aside)),
                      *aside});
    return std::nullopt;
}

template <typename T>
Expected<T, HistoryError>
HistoryDatabase::guarded(const std::function<Expected<T, HistoryError>()>& operation)
{
    if (!m_connection) {
        if (auto error = connect(true)) {
            return HistoryError{HistoryError::Kind::Closed,
                                tr("History is not available: %1").arg(error->message)};
        }
    }
    auto result = operation();
    if (result || result.error().kind != HistoryError::Kind::Damaged)
        return result;
    if (auto error = recover(result.error()))
        return *error;
    return operation();
}

Expected<int, HistoryError> HistoryDatabase::record(const QList<Snapshot>& snapshots)
{
    return guarded<int>([&] { return m_writer->record(snapshots); });
}

Expected<int, HistoryError> HistoryDatabase::appendAlertEvents(const SeriesKey& key,
                                                               const QList<AlertEvent>& events)
{
    return guarded<int>([&] { return m_writer->appendAlertEvents(key, events); });
}

Expected<CompactionStats, HistoryError> HistoryDatabase::compact(const QDateTime& now)
{
    return guarded<CompactionStats>([&] { return m_compactor->compact(now); });
}

Expected<QList<SeriesInfo>, HistoryError> HistoryDatabase::listSeries()
{
    return guarded<QList<SeriesInfo>>([&] { return m_reader->listSeries(); });
}

Expected<QList<PoolInfo>, HistoryError> HistoryDatabase::listPools(const SeriesKey& key)
{
    return guarded<QList<PoolInfo>>([&] { return m_reader->listPools(key); });
}

Expected<TrendSeries, HistoryError> HistoryDatabase::series(const SeriesRequest& request,
                                                            const QDateTime& now)
{
    return guarded<TrendSeries>([&] { return m_reader->series(request, now); });
}

Expected<std::optional<PastValues>, HistoryError>
HistoryDatabase::valuesNear(const SeriesKey& key, const QString& poolId, const QDateTime& at,
                            std::chrono::milliseconds tolerance)
{
    return guarded<std::optional<PastValues>>(
        [&] { return m_reader->valuesNear(key, poolId, at, tolerance); });
}

Expected<int, HistoryError>
HistoryDatabase::exportRows(const HistoryExportFilter& filter,
                            const std::function<void(const HistoryRow&)>& sink)
{
    return guarded<int>([&] { return m_reader->exportRows(filter, sink); });
}

Expected<QList<AlertLogEntry>, HistoryError> HistoryDatabase::alertLog(const QDateTime& from,
                                                                       const QDateTime& to)
{
    return guarded<QList<AlertLogEntry>>([&] { return m_reader->alertLog(from, to); });
}

QList<HistoryNotice> HistoryDatabase::takeNotices()
{
    return std::exchange(m_notices, {});
}

} // namespace wsdash
