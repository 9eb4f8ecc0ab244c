#pragma once

#include "core/base/expected.h"
#include "core/history/alertevent.h"
#include "core/history/historycompactor.h"
#include "core/history/historylocation.h"
#include "core/history/historyreader.h"
#include "core/history/retentionpolicy.h"
#include "core/history/snapshot.h"
#include "core/history/trendtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <chrono>
#include <functional>
#include <memory>

namespace wsdash {

class HistoryConnection;
class HistoryWriter;

struct HistoryOptions
{
    QString path; // the SQLite file (see historyDatabasePath()) unless `location` is PostgreSQL
    // A PostgreSQL database (--history-url, History/url); a SQLite location here is the same as
    // setting `path`. Use at() to fill both from a location.
    HistoryLocation location;
    RetentionPolicy retention;
    std::chrono::milliseconds busyTimeout{5000};
    // How long an operation keeps trying past a busy database (another process writing), with
    // backoff, before it fails with Kind::Busy; from the start of the operation.
    std::chrono::milliseconds retryFor{30000};
    bool quickCheck = true; // PRAGMA quick_check when opening
    // Only reads (--history, looking at trends): the file is opened read-only, never migrated,
    // compacted or set aside, so a file that cannot be written can still be read. A file that
    // cannot be written is opened this way even when not asked, and recording then fails with
    // a clear error.
    bool readOnly = false;

    static HistoryOptions at(const HistoryLocation& location);
    HistoryLocation effectiveLocation() const;
    bool isPostgres() const { return location.isPostgres(); }
};

// The history database, synchronous: opens (checks, migrates, sets a damaged file aside),
// records, compacts and reads. Blocks on disk I/O, so the window uses it through
// SnapshotStore on a worker thread; the command line uses it directly. One instance is one
// connection and is used from one thread. Several instances, in one process or in several,
// may share the file.
//
// A damaged file found when opening, or by any later statement (SQLITE_CORRUPT or
// SQLITE_NOTADB), is renamed to "<file>.damaged-<time>-<pid>" and a new database is started;
// the operation is then tried once more, and takeNotices() says what happened. Only one
// process does this at a time (a lock file "<file>.lock"), and it first checks again under
// the lock: a file another process has just replaced by a healthy one is left alone.
//
// An operation that finds the database busy (SQLITE_BUSY past the busy timeout, which SQLite
// also reports at once in some WAL situations; a PostgreSQL deadlock or serialization failure)
// is tried again, whole, with a growing, jittered pause until options().retryFor has passed.
// A lost PostgreSQL connection is opened again within the same time.
//
// On PostgreSQL nothing is set aside and there is no file to check: the SQLite-only handling
// (damaged file, read-only fallback, busy timeout, journal mode) does not apply; a connection
// that fails gives Kind::Open with the server's reason.
class HistoryDatabase final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::HistoryDatabase)

public:
    static Expected<std::unique_ptr<HistoryDatabase>, HistoryError>
    open(const HistoryOptions& options);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase&) = delete;
    HistoryDatabase& operator=(const HistoryDatabase&) = delete;

    const HistoryOptions& options() const { return m_options; }
    // True when the file is open for reading only (asked for, or not writable).
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const { return m_schemaVersion; }

    // One transaction for all snapshots; returns the number of points written.
    Expected<int, HistoryError> record(const QList<Snapshot>& snapshots);
    Expected<int, HistoryError> appendAlertEvents(const SeriesKey& key,
                                                  const QList<AlertEvent>& events);
    Expected<CompactionStats, HistoryError> compact(const QDateTime& now);

    Expected<QList<SeriesInfo>, HistoryError> listSeries();
    Expected<QList<PoolInfo>, HistoryError> listPools(const SeriesKey& key);
    Expected<TrendSeries, HistoryError> series(const SeriesRequest& request, const QDateTime& now);
    Expected<std::optional<PastValues>, HistoryError>
    valuesNear(const SeriesKey& key, const QString& poolId, const QDateTime& at,
               std::chrono::milliseconds tolerance);
    Expected<int, HistoryError> exportRows(const HistoryExportFilter& filter,
                                           const std::function<void(const HistoryRow&)>& sink);
    Expected<QList<AlertLogEntry>, HistoryError> alertLog(const QDateTime& from,
                                                          const QDateTime& to);

    // What happened since the last call that the user should be told (a file set aside).
    QList<HistoryNotice> takeNotices();

private:
    explicit HistoryDatabase(HistoryOptions options);
    std::optional<HistoryError> connect(bool allowSetAside);
    std::optional<HistoryError> connectOnce(bool readOnly, bool quickCheck);
    std::optional<HistoryError> recover(const HistoryError& cause);
    std::optional<HistoryError> readOnlyError() const;
    void disconnect();

    template <typename T>
    Expected<T, HistoryError> guarded(const std::function<Expected<T, HistoryError>()>& operation);

    HistoryOptions m_options;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    std::unique_ptr<HistoryConnection> m_connection;
    std::unique_ptr<HistoryWriter> m_writer;
    std::unique_ptr<HistoryReader> m_reader;
    std::unique_ptr<HistoryCompactor> m_compactor;
    QList<HistoryNotice> m_notices;
};

} // namespace wsdash
