#include "core/api/desktopdetail.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsdash {

namespace {

// Enumeration-like values repeat on every desktop: one shared copy each keeps 50,000 desktops
// small. Parsing runs on the GUI thread only, so the table needs no lock.
QString shared(const QString& value)
{
    static QHash<QString, QString> pool;
    if (value.size() > 32)
        return value;
    auto it = pool.constFind(value);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() > 4096)
        return value;
    pool.insert(value, value);
    return value;
}

class Reader
{
public:
    Reader(const QJsonObject& object, QString path, QStringList* problems)
        : m_object(object)
        , m_path(std::move(path))
        , m_problems(problems)
    {}

    void string(const char* key, QString* out, bool share = false) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isString()) {
            report(key, DesktopListParser::tr("expected a string"));
            return;
        }
        *out = share ? shared(value.toString()) : value.toString();
    }

    void boolean(const char* key, std::optional<bool>* out) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isBool()) {
            report(key, DesktopListParser::tr("expected true or false"));
            return;
        }
        *out = value.toBool();
    }

    // An array of strings, or of objects whose `member` is a string.
    void strings(const char* key, QStringList* out, const char* member = nullptr) const
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray()) {
            report(key, DesktopListParser::tr("expected an array"));
            return;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            const QString where = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
            if (member) {
                if (item.isNull())
                    continue;
                if (!item.isObject()) {
                    reportAt(where, DesktopListParser::tr("expected an object"));
                    continue;
                }
                item = item.toObject().value(QLatin1String(member));
                if (item.isUndefined() || item.isNull())
                    continue;
            }
            if (!item.isString()) {
                reportAt(member ? where + QLatin1Char('.') + QLatin1String(member) : where,
                         DesktopListParser::tr("expected a string"));
                continue;
            }
            out->append(item.toString());
        }
    }

private:
    void report(const char* key, const QString& what) const { reportAt(QLatin1String(key), what); }
    void reportAt(const QString& where, const QString& what) const
    {
        if (m_problems->size() < 100) // one bad server release must not flood the log
            m_problems->append(m_path + QLatin1Char('.') + where + QLatin1String(": ") + what);
    }

    const QJsonObject& m_object;
    QString m_path;
    QStringList* m_problems;
};

} // namespace

QString DesktopDetail::usersText() const
{
    if (!attachedUsers.isEmpty())
        return attachedUsers.join(QLatin1String(", "));
    return userName;
}

std::optional<DesktopListPage> DesktopListParser::parse(const QByteArray& body, QString* error)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The desktop list is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    DesktopListPage page;
    const QJsonValue total = root.value(QLatin1String("total_count"));
    if (!total.isUndefined() && !total.isNull()) {
        if (total.isDouble() && total.toInteger(-1) >= 0)
            page.totalCount = total.toInteger();
        else
            page.problems.append(tr("total_count: expected a count"));
    }
    const QJsonValue list = root.value(QLatin1String("desktops"));
    if (list.isUndefined() || list.isNull())
        return page;
    if (!list.isArray()) {
        *error = tr("desktops: expected an array");
        return std::nullopt;
    }
    const QJsonArray array = list.toArray();
    page.desktops.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("desktops[%1]").arg(i);
        if (!array.at(i).isObject()) {
            page.problems.append(tr("%1: expected an object").arg(path));
            continue;
        }
        const QJsonObject object = array.at(i).toObject();
        const Reader read(object, path, &page.problems);
        DesktopDetail desktop;
        read.string("desktop_id", &desktop.desktopId);
        read.string("computer_name", &desktop.computerName);
        read.string("desktop_type", &desktop.desktopType, true);
        read.string("status", &desktop.status, true);
        read.string("login_status", &desktop.loginStatus, true);
        read.string("attach_state", &desktop.attachState, true);
        read.string("user_name", &desktop.userName);
        read.strings("attach_user_infos", &desktop.attachedUsers, "user_name");
        if (desktop.attachedUsers.isEmpty())
            read.strings("user_list", &desktop.attachedUsers);
        read.string("ipv4", &desktop.ipv4);
        if (desktop.ipv4.isEmpty()) {
            QStringList addresses;
            read.strings("ip_addresses", &addresses);
            if (!addresses.isEmpty())
                desktop.ipv4 = addresses.constFirst();
        }
        read.string("created", &desktop.created);
        read.string("task_status", &desktop.taskStatus, true);
        read.boolean("in_maintenance_mode", &desktop.inMaintenanceMode);
        read.boolean("isolated", &desktop.isolated);
        page.desktops.append(std::move(desktop));
    }
    page.entries = array.size();
    return page;
}

} // namespace wsdash
