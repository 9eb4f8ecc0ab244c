#include "core/history/historylocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace wsdash {

namespace {

constexpr int kDefaultConnectTimeoutSeconds = 10;

bool hasScheme(const QString& text, QString* scheme)
{
    const int colon = text.indexOf(QStringLiteral("://"));
    if (colon <= 0)
        return false;
    const QString candidate = text.left(colon);
    for (const QChar c : candidate) {
        if (!(c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('-') ||
              c == QLatin1Char('.')))
            return false;
    }
    *scheme = candidate.toLower();
    return true;
}

} // namespace

HistoryLocation HistoryLocation::sqliteFile(const QString& path)
{
    HistoryLocation location;
    location.m_kind = Kind::SQLite;
    location.m_path = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    return location;
}

Expected<HistoryLocation, QString> HistoryLocation::parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return tr("The history location is empty: give a file path or a postgresql:// URL.");
    QString scheme;
    if (!hasScheme(text, &scheme)) {
        if (text.startsWith(QLatin1String("~/")))
            return sqliteFile(QDir::home().filePath(text.mid(2)));
        return sqliteFile(text);
    }
    if (scheme == QLatin1String("file")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || !url.isLocalFile())
            return tr("%1: not a valid file URL.").arg(text);
        return sqliteFile(url.toLocalFile());
    }
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres")) {
        return tr("%1: unknown kind of history location \"%2://\"; use a file path (SQLite) or "
                  "postgresql://user@host:port/database.")
            .arg(text, scheme);
    }

    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return tr("%1: not a valid URL (%2).").arg(text, url.errorString());
    if (!url.password().isEmpty() ||
        text.section(QLatin1Char('?'), 0, 0)
            .contains(QRegularExpression(QStringLiteral("//[^/@]*:[^/@]*@")))) {
        return tr("The history URL must not contain a password: put it in PGPASSWORD or "
                  "~/.pgpass (see docs/HISTORY.md).");
    }
    if (!url.fragment().isEmpty())
        return tr("%1: a history URL has no #fragment.").arg(text);

    HistoryLocation location;
    location.m_kind = Kind::PostgreSQL;
    location.m_user = url.userName();
    location.m_host = url.host();
    location.m_port = url.port(-1);
    if (url.port(-1) == 0)
        return tr("%1: the port must be between 1 and 65535.").arg(text);
    QString database = url.path();
    if (database.startsWith(QLatin1Char('/')))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(QLatin1Char('/')))
        return tr("%1: name one database after the host, as in postgresql://user@host/wsdash.")
            .arg(text);
    location.m_database = database;

    bool timeoutGiven = false;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            if (!location.m_host.isEmpty())
                return tr("%1: give the host either before the path or as ?host=, not both.")
                    .arg(text);
            if (!value.startsWith(QLatin1Char('/')))
                return tr("%1: ?host= must be the absolute path of a Unix socket folder.")
                    .arg(text);
            location.m_host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (!ok || port < 1 || port > 65535 || location.m_port != -1)
                return tr("%1: ?port= must be one port between 1 and 65535.").arg(text);
            location.m_port = port;
        } else if (key == QLatin1String("user")) {
            if (!location.m_user.isEmpty() || value.isEmpty())
                return tr("%1: give the user either before the host or as ?user=, not both.")
                    .arg(text);
            location.m_user = value;
        } else if (key == QLatin1String("sslmode")) {
            static const QStringList modes{
                QStringLiteral("disable"),   QStringLiteral("allow"),
                QStringLiteral("prefer"),    QStringLiteral("require"),
                QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
            if (!modes.contains(value))
                return tr("%1: sslmode must be one of %2.")
                    .arg(text, modes.join(QStringLiteral(", ")));
            location.m_parameters.append({key, value});
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 3600)
                return tr("%1: connect_timeout must be a number of seconds from 1 to 3600.")
                    .arg(text);
            location.m_parameters.append({key, QString::number(seconds)});
            timeoutGiven = true;
        } else if (key == QLatin1String("application_name")) {
            location.m_parameters.append({key, value});
        } else if (key == QLatin1String("password")) {
            return tr("The history URL must not contain a password: put it in PGPASSWORD or "
                      "~/.pgpass (see docs/HISTORY.md).");
        } else {
            return tr("%1: unknown parameter \"%2\"; wsdash knows host, port, user, sslmode, "
                      "connect_timeout and application_name.")
                .arg(text, key);
        }
    }
    if (!timeoutGiven) {
        location.m_parameters.append(
            {QStringLiteral("connect_timeout"), QString::number(kDefaultConnectTimeoutSeconds)});
    }
    return location;
}

QString HistoryLocation::connectOptions() const
{
    QStringList options;
    for (const auto& [key, value] : m_parameters) {
        // QPSQL passes each option into the libpq connection string as it is.
        QString quoted = value;
        quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        quoted.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        options << key + QStringLiteral("='") + quoted + QLatin1Char('\'');
    }
    return options.join(QLatin1Char(';'));
}

QString HistoryLocation::toDisplayString() const
{
    if (m_kind == Kind::SQLite)
        return QDir::toNativeSeparators(m_path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    // An empty authority still needs "//": postgresql:///db?host=/run/postgresql
    url.setHost(socket ? QString() : m_host);
    url.setUserName(m_user);
    if (m_port != -1 && !socket)
        url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), m_host);
        if (m_port != -1)
            query.addQueryItem(QStringLiteral("port"), QString::number(m_port));
    }
    for (const auto& [key, value] : m_parameters) {
        if (key == QLatin1String("connect_timeout") &&
            value == QString::number(kDefaultConnectTimeoutSeconds))
            continue;
        query.addQueryItem(key, value);
    }
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.replace(0, 11, QStringLiteral("postgresql://")); // "postgresql:/db" lacks "//"
    return text;
}

bool operator==(const HistoryLocation& a, const HistoryLocation& b)
{
    return a.m_kind == b.m_kind && a.m_path == b.m_path && a.m_host == b.m_host &&
           a.m_port == b.m_port && a.m_database == b.m_database && a.m_user == b.m_user &&
           a.m_parameters == b.m_parameters;
}

} // namespace wsdash
