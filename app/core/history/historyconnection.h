#pragma once

#include "core/base/expected.h"
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

// One SQLite connection to the history file, with the settings every connection uses: WAL
// journal, a busy timeout, NORMAL synchronous. Used from the thread that opened it only.
class HistoryConnection final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::HistoryConnection)

public:
    struct Options
    {
        QString path;
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
    const QString& path() const { return m_path; }

    // BEGIN IMMEDIATE: takes the write lock at once (waiting up to the busy timeout), so that a
    // transaction never fails half-way because another process started writing.
    std::optional<HistoryError> beginWrite();
    std::optional<HistoryError> commit();
    void rollback();
    std::optional<HistoryError> exec(const QString& sql);

    // An error value for a failed statement; SQLITE_CORRUPT and SQLITE_NOTADB give Damaged,
    // SQLITE_BUSY and SQLITE_LOCKED give Busy.
    static HistoryError errorFrom(const QSqlError& error, const QString& what);
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
    HistoryConnection(QString connectionName, QString path);
    static Expected<std::unique_ptr<HistoryConnection>, HistoryError>
    openReadOnly(const Options& options);
    std::optional<HistoryError> checkIntegrity(const Options& options);

    QString m_connectionName;
    QString m_path;
};

} // namespace wsdash
