#pragma once

#include "core/base/expected.h"
#include "core/history/historylocation.h"
#include "core/history/trendtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <chrono>
#include <memory>
#include <optional>

class QSqlError;
class QSqlQuery;

namespace wsdash {

// One connection to the history: a SQLite file, with the settings every connection uses (WAL
// journal, a busy timeout, NORMAL synchronous), or a PostgreSQL database through QPSQL (READ
// COMMITTED, a read-only session for readers). Used from the thread that opened it only.
class HistoryConnection final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::HistoryConnection)

public:
    enum class Dialect
    {
        SQLite,
        PostgreSQL,
    };

    struct Options
    {
        QString path; // SQLite
        // PostgreSQL when location.isPostgres(); then path, busyTimeout and quickCheck do not
        // apply.
        HistoryLocation location{};
        std::chrono::milliseconds busyTimeout{5000};
        bool quickCheck = true; // PRAGMA quick_check when opening
        // Reads only: no journal mode change, nothing created. A file in a folder that cannot
        // be written (no -shm file possible) is read as immutable.
        bool readOnly = false;
    };

    // Opens (creating the file and its folder when missing). A file that is not a usable
    // database gives Kind::Damaged; nothing is renamed here (see setAside()).
    static Expected<std::unique_ptr<HistoryConnection>, HistoryError> open(const Options& options);
    ~HistoryConnection();
    HistoryConnection(const HistoryConnection&) = delete;
    HistoryConnection& operator=(const HistoryConnection&) = delete;

    QSqlDatabase database() const;
    // The file, or the PostgreSQL URL (for messages).
    const QString& path() const { return m_path; }
    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::PostgreSQL; }

    // SQLite: BEGIN IMMEDIATE, takes the write lock at once (waiting up to the busy timeout), so
    // that a transaction never fails half-way because another process started writing.
    // PostgreSQL: BEGIN (READ COMMITTED); writers do not block each other, and a deadlock or a
    // serialization failure gives Kind::Busy, so the whole transaction is tried again.
    std::optional<HistoryError> beginWrite();
    std::optional<HistoryError> commit();
    void rollback();
    std::optional<HistoryError> exec(const QString& sql);

    // An error value for a failed statement; SQLITE_CORRUPT and SQLITE_NOTADB give Damaged,
    // SQLITE_BUSY and SQLITE_LOCKED give Busy. PostgreSQL (SQLSTATE): 40001 (serialization
    // failure), 40P01 (deadlock) and 55P03 (lock not available) give Busy; a lost connection
    // (class 08, 57P01-57P03) gives Lost.
    static HistoryError errorFrom(const QSqlError& error, const QString& what,
                                  Dialect dialect = Dialect::SQLite);
    static HistoryError errorFrom(const QSqlQuery& query, const QString& what);

    // A text parameter: QtSql binds a null QString as SQL NULL, which never equals ''.
    static QVariant text(const QString& value);

    // Renames a damaged file (and its -wal file) to a name no other file has,
    // "<path>.damaged-<yyyyMMdd-HHmmss>-<pid>[-n]", and removes its -shm file. The bytes are
    // kept as they are (a rename, never a copy; an existing file is never replaced). No
    // connection to it may be open, and the caller holds the set-aside lock (see
    // HistoryDatabase). Returns the new path.
    static Expected<QString, HistoryError> setAside(const QString& path, const QDateTime& now);

private:
    HistoryConnection(QString connectionName, QString path, Dialect dialect = Dialect::SQLite);
    static Expected<std::unique_ptr<HistoryConnection>, HistoryError>
    openReadOnly(const Options& options);
    static Expected<std::unique_ptr<HistoryConnection>, HistoryError>
    openPostgres(const Options& options);
    std::optional<HistoryError> checkIntegrity(const Options& options);

    QString m_connectionName;
    QString m_path;
    Dialect m_dialect = Dialect::SQLite;
};

} // namespace wsdash
