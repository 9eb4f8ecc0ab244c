#include "core/history/historyconnection.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#if defined(Q_OS_UNIX)
#include <cerrno>
#include <unistd.h>
#endif

namespace wsdash {

namespace {

// SQLite primary result codes (sqlite3.h), as QSQLITE reports them in nativeErrorCode().
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("wsdash-history-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

// Renames without ever replacing an existing file: false when `to` exists or `from` cannot be
// moved. Never copies (a copy of a large file could be cut short).
bool renameNoReplace(const QString& from, const QString& to)
{
#if defined(Q_OS_UNIX)
    // link() fails with EEXIST rather than replace; then the old name goes.
    const QByteArray source = QFile::encodeName(from);
    if (::link(source.constData(), QFile::encodeName(to).constData()) == 0)
        return ::unlink(source.constData()) == 0 || errno == ENOENT;
    if (errno == EEXIST)
        return false;
    // File systems without hard links: a plain rename after checking (under the caller's lock).
    return !QFileInfo::exists(to) &&
           ::rename(source.constData(), QFile::encodeName(to).constData()) == 0;
#else
    return !QFileInfo::exists(to) && QFile::rename(from, to);
#endif
}

// The first statement that reads the file, for a read-only connection.
std::optional<HistoryError> probe(HistoryConnection& connection)
{
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
        return HistoryConnection::errorFrom(query, QStringLiteral("SELECT"));
    return std::nullopt;
}

} // namespace

HistoryConnection::HistoryConnection(QString connectionName, QString path, Dialect dialect)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
    , m_dialect(dialect)
{}

HistoryConnection::~HistoryConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase HistoryConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Expected<std::unique_ptr<HistoryConnection>, HistoryError>
HistoryConnection::open(const Options& options)
{
    if (options.location.isPostgres())
        return openPostgres(options);
    const QFileInfo file(options.path);
    if (!options.readOnly && !QDir().mkpath(file.absolutePath())) {
        return HistoryError{HistoryError::Kind::Open,
                            tr("Cannot create the folder %1 for the history database.")
                                .arg(QDir::toNativeSeparators(file.absolutePath()))};
    }

    if (options.readOnly)
        return openReadOnly(options);

    std::unique_ptr<HistoryConnection> connection(
        new HistoryConnection(nextConnectionName(), file.absoluteFilePath()));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_connectionName);
        if (!db.isValid()) {
            return HistoryError{HistoryError::Kind::Open,
                                tr("The Qt SQLite driver (QSQLITE) is not available; install "
                                   "the Qt 6 SQLite plug-in (libqt6sql6-sqlite).")};
        }
        db.setDatabaseName(connection->m_path);
        db.setConnectOptions(
            QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeout.count()));
        if (!db.open())
            return errorFrom(db.lastError(), tr("Cannot open the history database"));
    }

    // The first statements read the file header: a file that is not a database fails here.
    for (const QString& pragma :
         {QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeout.count()),
          QStringLiteral("PRAGMA journal_mode = WAL"),
          QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
          // Truncate the WAL file after a checkpoint beyond 16 MB (a 10,000-pool snapshot makes
          // a large transaction).
          QStringLiteral("PRAGMA journal_size_limit = 16777216")}) {
        // Switching a new file to WAL needs a moment of exclusive access, and SQLite reports
        // SQLITE_BUSY for it without waiting when another process is doing the same: retry.
        QElapsedTimer waited;
        waited.start();
        auto error = connection->exec(pragma);
        while (error && error->kind == HistoryError::Kind::Busy &&
               waited.elapsed() < options.busyTimeout.count()) {
            QThread::msleep(20);
            error = connection->exec(pragma);
        }
        if (error)
            return *error;
    }

    if (auto error = connection->checkIntegrity(options))
        return *error;
    return connection;
}

std::optional<HistoryError> HistoryConnection::checkIntegrity(const Options& options)
{
    if (options.quickCheck) {
        QSqlQuery check(database());
        if (!check.exec(QStringLiteral("PRAGMA quick_check(1)")))
            return errorFrom(check, tr("Cannot check the history database"));
        const QString verdict = check.next() ? check.value(0).toString() : QString();
        if (verdict != QLatin1String("ok")) {
            return HistoryError{HistoryError::Kind::Damaged,
                                tr("The history database is damaged (%1).").arg(verdict)};
        }
    }
    return std::nullopt;
}

Expected<std::unique_ptr<HistoryConnection>, HistoryError>
HistoryConnection::openReadOnly(const Options& options)
{
    const QFileInfo file(options.path);
    if (!file.exists()) {
        return HistoryError{HistoryError::Kind::Open,
                            tr("The history database %1 does not exist.")
                                .arg(QDir::toNativeSeparators(file.absoluteFilePath()))};
    }
    // First as a plain read-only connection (sees what other processes write); when SQLite
    // cannot set up the WAL index because the folder or the -shm file is not writable, as an
    // immutable file: a snapshot of what is on disk.
    std::optional<HistoryError> firstError;
    for (const bool immutable : {false, true}) {
        std::unique_ptr<HistoryConnection> connection(
            new HistoryConnection(nextConnectionName(), file.absoluteFilePath()));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection->m_connectionName);
            if (!db.isValid()) {
                return HistoryError{HistoryError::Kind::Open,
                                    tr("The Qt SQLite driver (QSQLITE) is not available; install "
                                       "the Qt 6 SQLite plug-in (libqt6sql6-sqlite).")};
            }
            if (immutable) {
                QUrl uri = QUrl::fromLocalFile(connection->m_path);
                uri.setQuery(QStringLiteral("immutable=1"));
                db.setDatabaseName(QString::fromUtf8(uri.toEncoded()));
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
            } else {
                db.setDatabaseName(connection->m_path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1")
                                         .arg(options.busyTimeout.count()));
            }
            if (!db.open()) {
                if (!firstError)
                    firstError = errorFrom(db.lastError(), tr("Cannot open the history database"));
                continue;
            }
        }
        auto error = probe(*connection);
        if (!error)
            error = connection->checkIntegrity(options);
        if (!error)
            return connection;
        if (error->kind == HistoryError::Kind::Damaged || error->kind == HistoryError::Kind::Busy)
            return *error;
        if (!firstError)
            firstError = error;
    }
    return *firstError;
}

Expected<std::unique_ptr<HistoryConnection>, HistoryError>
HistoryConnection::openPostgres(const Options& options)
{
    const HistoryLocation& location = options.location;
    std::unique_ptr<HistoryConnection> connection(new HistoryConnection(
        nextConnectionName(), location.toDisplayString(), Dialect::PostgreSQL));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection->m_connectionName);
        if (!db.isValid()) {
            return HistoryError{HistoryError::Kind::Open,
                                tr("The Qt PostgreSQL driver (QPSQL) is not available; install "
                                   "the Qt 6 PostgreSQL plug-in (libqt6sql6-psql).")};
        }
        if (!location.host().isEmpty())
            db.setHostName(location.host());
        if (location.port() != -1)
            db.setPort(location.port());
        db.setDatabaseName(location.database());
        if (!location.user().isEmpty())
            db.setUserName(location.user());
        // No password here: libpq reads PGPASSWORD or ~/.pgpass itself.
        db.setConnectOptions(location.connectOptions());
        if (!db.open()) {
            const QString detail = db.lastError().databaseText().trimmed().isEmpty()
                                       ? db.lastError().text()
                                       : db.lastError().databaseText().trimmed();
            return HistoryError{HistoryError::Kind::Open,
                                tr("Cannot connect to the history database %1: %2")
                                    .arg(connection->m_path, detail)};
        }
    }
    // Quiet notices ("relation already exists, skipping"); readers get a read-only session, so
    // --history can never change the database.
    QStringList settings{QStringLiteral("SET client_min_messages = error")};
    if (options.readOnly)
        settings << QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
    for (const QString& statement : settings) {
        if (auto error = connection->exec(statement))
            return *error;
    }
    return connection;
}

std::optional<HistoryError> HistoryConnection::beginWrite()
{
    return exec(m_dialect == Dialect::PostgreSQL ? QStringLiteral("BEGIN")
                                                 : QStringLiteral("BEGIN IMMEDIATE"));
}

std::optional<HistoryError> HistoryConnection::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void HistoryConnection::rollback()
{
    QSqlQuery query(database());
    query.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when no transaction is open
}

std::optional<HistoryError> HistoryConnection::exec(const QString& sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return errorFrom(query, sql.section(QLatin1Char(' '), 0, 1));
    return std::nullopt;
}

HistoryError HistoryConnection::errorFrom(const QSqlError& error, const QString& what,
                                          Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL) {
        const QString state = error.nativeErrorCode();
        const QString detail = error.databaseText().trimmed().isEmpty()
                                   ? error.text()
                                   : error.databaseText().trimmed();
        HistoryError result;
        if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
            state == QLatin1String("55P03")) {
            result.kind = HistoryError::Kind::Busy;
            result.message =
                tr("The history database is busy: another writer conflicted (%1).").arg(detail);
        } else if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
                   state == QLatin1String("57P02") || state == QLatin1String("57P03") ||
                   (state.isEmpty() && error.type() == QSqlError::ConnectionError)) {
            result.kind = HistoryError::Kind::Lost;
            result.message =
                tr("The connection to the history database was lost (%1).").arg(detail);
        } else {
            result.kind = HistoryError::Kind::Query;
            result.message = what.isEmpty() ? detail : tr("%1: %2").arg(what, detail);
        }
        return result;
    }
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    HistoryError result;
    if (numeric && (code == kSqliteCorrupt || code == kSqliteNotADatabase)) {
        result.kind = HistoryError::Kind::Damaged;
        result.message = tr("The history database is damaged (%1).").arg(detail);
    } else if (numeric && (code == kSqliteBusy || code == kSqliteLocked)) {
        result.kind = HistoryError::Kind::Busy;
        result.message =
            tr("The history database is busy: another wsdash holds it (%1).").arg(detail);
    } else {
        result.kind = HistoryError::Kind::Query;
        result.message = tr("%1: %2").arg(what, detail);
    }
    return result;
}

HistoryError HistoryConnection::errorFrom(const QSqlQuery& query, const QString& what)
{
    const bool postgres = query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
    return errorFrom(query.lastError(), what, postgres ? Dialect::PostgreSQL : Dialect::SQLite);
}

QVariant HistoryConnection::text(const QString& value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Expected<QString, HistoryError> HistoryConnection::setAside(const QString& path,
                                                            const QDateTime& now)
{
    const QString base = path + QStringLiteral(".damaged-") +
                         now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")) +
                         QLatin1Char('-') + QString::number(QCoreApplication::applicationPid());
    QString target = base;
    bool moved = false;
    for (int n = 2; n < 1000 && !moved; ++n) {
        if (!QFileInfo::exists(target + QStringLiteral("-wal")))
            moved = renameNoReplace(path, target);
        if (!moved) {
            if (!QFileInfo::exists(path))
                break; // nothing to move
            target = base + QLatin1Char('-') + QString::number(n);
        }
    }
    if (!moved && QFileInfo::exists(path)) {
        return HistoryError{HistoryError::Kind::Open,
                            tr("The history database %1 is damaged and cannot be renamed aside; "
                               "history is not recorded until it is moved away.")
                                .arg(QDir::toNativeSeparators(path))};
    }
    // The WAL file may hold the newest transactions: keep it next to the damaged copy, under
    // the name SQLite looks for.
    const QString wal = path + QStringLiteral("-wal");
    if (QFileInfo::exists(wal))
        renameNoReplace(wal, target + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    return target;
}

} // namespace wsdash
