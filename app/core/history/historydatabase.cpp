#include "core/history/historydatabase.h"

#include "core/history/historyconnection.h"
#include "core/history/historyschema.h"
#include "core/history/historywriter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>

namespace wsdash {

HistoryOptions HistoryOptions::at(const HistoryLocation& location)
{
    HistoryOptions options;
    options.location = location;
    if (!location.isPostgres())
        options.path = location.path();
    return options;
}

HistoryLocation HistoryOptions::effectiveLocation() const
{
    return location.isPostgres() ? location : HistoryLocation::sqliteFile(path);
}

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

namespace {

// A pause that grows with each attempt, with jitter so that waiting processes do not all
// come back at the same moment: 5–10 ms, then up to 200–400 ms.
void backoff(int attempt)
{
    const int base = std::min(5 << std::min(attempt, 6), 200);
    const int pause = base + QRandomGenerator::global()->bounded(base + 1);
    QThread::msleep(static_cast<unsigned long>(pause));
}

// A file that exists but cannot be written (or whose folder cannot hold a journal).
bool cannotWrite(const QString& path)
{
    const QFileInfo file(path);
    return file.exists() && (!file.isWritable() || !QFileInfo(file.absolutePath()).isWritable());
}

} // namespace

std::optional<HistoryError> HistoryDatabase::connect(bool allowSetAside)
{
    const bool readOnly =
        m_options.readOnly || (!m_options.isPostgres() && cannotWrite(m_options.path));
    QElapsedTimer elapsed;
    elapsed.start();
    for (int attempt = 0;; ++attempt) {
        auto failure = connectOnce(readOnly, m_options.quickCheck);
        if (!failure)
            return std::nullopt;
        if (failure->kind == HistoryError::Kind::Busy &&
            elapsed.elapsed() < m_options.retryFor.count()) {
            backoff(attempt);
            continue;
        }
        if (failure->kind == HistoryError::Kind::Damaged && allowSetAside && !readOnly)
            return recover(*failure);
        return failure;
    }
}

std::optional<HistoryError> HistoryDatabase::connectOnce(bool readOnly, bool quickCheck)
{
    HistoryConnection::Options connectionOptions;
    connectionOptions.path = m_options.path;
    if (m_options.isPostgres())
        connectionOptions.location = m_options.location;
    connectionOptions.busyTimeout = m_options.busyTimeout;
    connectionOptions.quickCheck = quickCheck;
    connectionOptions.readOnly = readOnly;

    auto connection = HistoryConnection::open(connectionOptions);
    if (!connection)
        return connection.error();
    auto version = readOnly ? HistorySchema::version(**connection, HistorySchema::migrations())
                            : HistorySchema::migrate(**connection, HistorySchema::migrations(),
                                                     QDateTime::currentMSecsSinceEpoch());
    if (!version)
        return version.error(); // the failed connection closes here, before any rename
    m_schemaVersion = *version;
    m_readOnly = readOnly;
    m_connection = std::move(connection).value();
    if (!readOnly) {
        m_writer = std::make_unique<HistoryWriter>(*m_connection);
        m_compactor = std::make_unique<HistoryCompactor>(*m_connection, m_options.retention);
    }
    m_reader = std::make_unique<HistoryReader>(*m_connection, m_options.retention);
    m_reader->setSchemaVersion(m_schemaVersion);
    return std::nullopt;
}

std::optional<HistoryError> HistoryDatabase::recover(const HistoryError& cause)
{
    disconnect();
    // One process at a time sets the file aside; the others wait here and then find the new,
    // healthy database.
    QLockFile lock(m_options.path + QStringLiteral(".lock"));
    lock.setStaleLockTime(std::chrono::minutes(2));
    if (!lock.tryLock(std::max(m_options.retryFor, m_options.busyTimeout))) {
        return HistoryError{HistoryError::Kind::Busy,
                            tr("%1 Another wsdash is setting it aside; history is not recorded "
                               "this time.")
                                .arg(cause.message)};
    }
    // Checked again, whole, under the lock: another process may have replaced it already.
    auto again = connectOnce(false, true);
    if (!again)
        return std::nullopt;
    if (again->kind != HistoryError::Kind::Damaged)
        return again;
    disconnect();
    const auto aside = HistoryConnection::setAside(m_options.path, QDateTime::currentDateTimeUtc());
    if (!aside)
        return aside.error();
    if (auto error = connectOnce(false, m_options.quickCheck))
        return error;
    // cause.message: "The history database is damaged (<SQLite's words>)."
    m_notices.append({tr("%1 The file was renamed to %2 and a new history was started.")
                          .arg(cause.message, QDir::toNativeSeparators(*aside)),
                      *aside});
    return std::nullopt;
}

std::optional<HistoryError> HistoryDatabase::readOnlyError() const
{
    if (!m_readOnly)
        return std::nullopt;
    return HistoryError{HistoryError::Kind::Open,
                        tr("The history database %1 cannot be written (read-only); nothing was "
                           "recorded.")
                            .arg(m_options.effectiveLocation().toDisplayString())};
}

template <typename T>
Expected<T, HistoryError>
HistoryDatabase::guarded(const std::function<Expected<T, HistoryError>()>& operation)
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (int attempt = 0;; ++attempt) {
        if (!m_connection) {
            if (auto error = connect(true)) {
                return HistoryError{error->kind == HistoryError::Kind::Busy
                                        ? HistoryError::Kind::Busy
                                        : HistoryError::Kind::Closed,
                                    tr("History is not available: %1").arg(error->message)};
            }
        }
        auto result = operation();
        if (result)
            return result;
        if (result.error().kind == HistoryError::Kind::Lost) {
            // The server went away (a restart, a dropped connection): a new connection, once
            // it can be had, runs the whole operation again.
            disconnect();
            if (elapsed.elapsed() < m_options.retryFor.count()) {
                backoff(attempt);
                continue;
            }
            return result;
        }
        if (result.error().kind == HistoryError::Kind::Busy &&
            elapsed.elapsed() < m_options.retryFor.count()) {
            backoff(attempt);
            continue;
        }
        if (result.error().kind != HistoryError::Kind::Damaged || m_readOnly)
            return result;
        if (auto error = recover(result.error()))
            return *error;
        return operation();
    }
}

Expected<int, HistoryError> HistoryDatabase::record(const QList<Snapshot>& snapshots)
{
    if (auto error = readOnlyError())
        return *error;
    return guarded<int>([&] { return m_writer->record(snapshots); });
}

Expected<int, HistoryError> HistoryDatabase::appendAlertEvents(const SeriesKey& key,
                                                               const QList<AlertEvent>& events)
{
    if (auto error = readOnlyError())
        return *error;
    return guarded<int>([&] { return m_writer->appendAlertEvents(key, events); });
}

Expected<CompactionStats, HistoryError> HistoryDatabase::compact(const QDateTime& now)
{
    if (m_readOnly)
        return CompactionStats{}; // nothing to do on a file that is only read
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
