#pragma once

#include "core/base/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace wsdash {

// Where the history lives, as given by --history-url or the History/url setting:
//   a file path           /var/lib/wsdash/history.db, ~/h.db, C:\h.db — SQLite (the default)
//   postgresql://[user@]host[:port]/database[?host=/socket/dir&sslmode=...&connect_timeout=N
//                 &application_name=...]   (also postgres://) — PostgreSQL through QPSQL
// A password is never part of the location (it would end up in settings files, shell history
// and process lists): libpq reads it from PGPASSWORD or ~/.pgpass (PGPASSFILE).
class HistoryLocation final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::HistoryLocation)

public:
    enum class Kind
    {
        SQLite,
        PostgreSQL,
    };

    HistoryLocation() = default;
    static HistoryLocation sqliteFile(const QString& path);
    // A file path or a postgresql:// URL; the reason when it is neither (translated, names the
    // part that is wrong). Surrounding spaces are ignored.
    static Expected<HistoryLocation, QString> parse(const QString& text);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::PostgreSQL; }
    bool isValid() const { return m_kind == Kind::PostgreSQL || !m_path.isEmpty(); }

    // SQLite: the absolute file path.
    const QString& path() const { return m_path; }

    // PostgreSQL. host: a name, an address, or a Unix socket folder (starts with '/'); empty
    // = libpq's default (PGHOST, else the local socket). port: -1 = libpq's default.
    const QString& host() const { return m_host; }
    int port() const { return m_port; }
    const QString& database() const { return m_database; }
    const QString& user() const { return m_user; } // empty = libpq's default (PGUSER, login)
    // Further libpq parameters from the query (sslmode, connect_timeout, application_name), in
    // the order given; connect_timeout defaults to 10 seconds.
    const QList<QPair<QString, QString>>& parameters() const { return m_parameters; }
    // "connect_timeout=10;sslmode=require" for QSqlDatabase::setConnectOptions().
    QString connectOptions() const;

    // For messages and the window: the path, or the URL (there is never a password in it).
    QString toDisplayString() const;

    friend bool operator==(const HistoryLocation& a, const HistoryLocation& b);
    friend bool operator!=(const HistoryLocation& a, const HistoryLocation& b) { return !(a == b); }

private:
    Kind m_kind = Kind::SQLite;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace wsdash
