#include "sim/desktoplistapi.h"

#include "sim/deterministicrandom.h"
#include "sim/responses.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace wsdash::sim {

namespace {

HttpResponse invalid(const QString& name, const QString& value, const QString& allowed)
{
    return serviceError(
        400, QStringLiteral("WKS.0001"),
        QStringLiteral("The request is invalid: parameter %1 is invalid.").arg(name),
        QStringLiteral("%1=\"%2\" is not allowed; expected %3.").arg(name, value, allowed));
}

std::optional<qint64> nonNegative(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || text.startsWith(QLatin1Char('+')))
        return std::nullopt;
    return value;
}

QStringList splitValues(const QString& value)
{
    QStringList out;
    for (const QString& item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(item.trimmed());
    return out;
}

QString computerNameOf(const Fleet& fleet, int index)
{
    const DesktopProfile& profile = fleet.desktops()[static_cast<std::size_t>(index)];
    if (profile.pool < 0)
        return QStringLiteral("wks-%1").arg(
            index - (fleet.desktopCount() - fleet.dedicatedCount()) + 1, 5, 10, QLatin1Char('0'));
    const FleetPool& pool = fleet.pools()[static_cast<std::size_t>(profile.pool)];
    return QStringLiteral("pool%1-%2")
        .arg(profile.pool + 1, 2, 10, QLatin1Char('0'))
        .arg(index - pool.firstDesktop + 1, 3, 10, QLatin1Char('0'));
}

QString userOf(int index)
{
    return QStringLiteral("user%1").arg(index + 1, 5, 10, QLatin1Char('0'));
}

} // namespace

const char* DesktopListApi::statusName(RunState state)
{
    switch (state) {
    case RunState::Stopped:
        return "SHUTOFF";
    case RunState::Active:
        return "ACTIVE";
    case RunState::Error:
        return "ERROR";
    case RunState::Hibernated:
        return "HIBERNATED";
    }
    return "";
}

const char* DesktopListApi::loginStatusName(LoginState state)
{
    switch (state) {
    case LoginState::InUse:
        return "CONNECTED";
    case LoginState::Unregistered:
        return "UNREGISTER";
    case LoginState::UnableToConnect:
        return "OFFLINE"; // no documented value; the user guide's candidate
    case LoginState::Ready:
        return "REGISTERED";
    case LoginState::Disconnected:
        return "DISCONNECTED";
    }
    return "";
}

const char* DesktopListApi::attachStateName(AttachState state)
{
    switch (state) {
    case AttachState::Attached:
        return "ATTACHED";
    case AttachState::Unattached:
        return "UNATTACH";
    case AttachState::Attaching:
        return "ATTACHING";
    case AttachState::AttachError:
        return "ATTACHFAIL";
    }
    return "";
}

std::optional<int> DesktopListApi::pageOf(const QList<QueryParameter>& query)
{
    qint64 offset = 0;
    qint64 limit = kMaxLimit;
    for (const auto& [name, value] : query) {
        if (name == QLatin1String("offset"))
            offset = nonNegative(value).value_or(-1);
        else if (name == QLatin1String("limit"))
            limit = nonNegative(value).value_or(-1);
    }
    if (offset < 0 || limit <= 0)
        return std::nullopt;
    return static_cast<int>(std::min<qint64>(offset / limit + 1, 1 << 30));
}

void DesktopListApi::appendDesktop(QByteArray& json, int index, const DesktopState& state) const
{
    const DesktopProfile& profile = m_fleet.desktops()[static_cast<std::size_t>(index)];
    const std::uint64_t h =
        hashOf({m_fleet.options().seed, 0x4445534B /* DESK */, static_cast<std::uint64_t>(index)});
    const bool pooled = profile.pool >= 0;
    const bool hasUser =
        state.attach == AttachState::Attached || state.attach == AttachState::Attaching;
    const QString id =
        QStringLiteral("%1-%2-4%3-8%4-%5")
            .arg(static_cast<quint32>(h >> 32), 8, 16, QLatin1Char('0'))
            .arg(static_cast<quint32>(h >> 16) & 0xffffu, 4, 16, QLatin1Char('0'))
            .arg(static_cast<quint32>(h >> 4) & 0xfffu, 3, 16, QLatin1Char('0'))
            .arg(static_cast<quint32>(h >> 40) & 0xfffu, 3, 16, QLatin1Char('0'))
            .arg(static_cast<quint64>(index) + 0x100000000000ULL, 12, 16, QLatin1Char('0'));
    const QString ip = QStringLiteral("172.%1.%2.%3")
                           .arg(16 + ((index >> 16) & 15))
                           .arg((index >> 8) & 255)
                           .arg(index & 255);
    // Creation times rise with the index, so that sort_field=created keeps fleet order.
    const QDateTime created = QDateTime(QDate(2025, 1, 6), QTime(8, 0), QTimeZone::utc())
                                  .addSecs(static_cast<qint64>(index) * 60);

    json += "{\"desktop_id\":";
    appendJsonString(json, id);
    json += ",\"computer_name\":";
    appendJsonString(json, computerNameOf(m_fleet, index));
    json += ",\"desktop_type\":\"";
    json += pooled ? "POOLED" : "DEDICATED";
    json += "\",\"status\":\"";
    json += statusName(state.run);
    json += "\",\"login_status\":\"";
    json += loginStatusName(state.login);
    json += "\",\"attach_state\":\"";
    json += attachStateName(state.attach);
    json += "\",\"user_name\":";
    if (hasUser) {
        const QString user = userOf(index);
        appendJsonString(json, user);
        json += ",\"user_list\":[";
        appendJsonString(json, user);
        json += "],\"attach_user_infos\":[{\"user_name\":";
        appendJsonString(json, user);
        json += ",\"type\":\"USER\"}]";
    } else {
        json += "null,\"user_list\":[],\"attach_user_infos\":[]";
    }
    json += ",\"ipv4\":\"" + ip.toLatin1() + "\",\"ip_addresses\":[\"" + ip.toLatin1() + "\"]";
    json += ",\"created\":\"" +
            created.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'")).toLatin1() + '"';
    json += ",\"task_status\":\"";
    json += state.attach == AttachState::Attaching ? "updating" : "";
    json += "\",\"in_maintenance_mode\":";
    json += h % 97 == 0 ? "true" : "false";
    json += ",\"isolated\":";
    json += pooled && state.login == LoginState::UnableToConnect ? "true" : "false";
    json += ",\"availability_zone\":";
    appendJsonString(json, m_fleet.options().availabilityZonePrefix + QLatin1Char('a'));
    json += ",\"metadata\":{\"os_type\":\"Windows\",\"os_bit\":\"64\"},\"process\":null}";
}

HttpResponse DesktopListApi::list(const QList<QueryParameter>& query, const QDateTime& now)
{
    qint64 offset = 0;
    qint64 limit = kMaxLimit;
    QString status;
    std::optional<bool> dedicatedOnly; // true: DEDICATED, false: POOLED
    std::optional<bool> userAttached;
    bool poolsGiven = false;
    QSet<int> pools;
    QSet<QString> desktopIds;
    QString userName;
    QString computerName;
    bool descending = false;

    for (const auto& [name, value] : query) {
        if (name == QLatin1String("offset")) {
            const auto parsed = nonNegative(value);
            if (!parsed || *parsed > std::numeric_limits<int>::max())
                return invalid(name, value, QStringLiteral("an integer >= 0"));
            offset = *parsed;
        } else if (name == QLatin1String("limit")) {
            const auto parsed = nonNegative(value);
            if (!parsed || *parsed > kMaxLimit)
                return invalid(name, value, QStringLiteral("an integer from 0 to 500"));
            limit = *parsed;
        } else if (name == QLatin1String("status")) {
            status = value;
        } else if (name == QLatin1String("desktop_type")) {
            if (value == QLatin1String("DEDICATED"))
                dedicatedOnly = true;
            else if (value == QLatin1String("POOLED"))
                dedicatedOnly = false;
            else if (!value.isEmpty())
                return invalid(name, value, QStringLiteral("DEDICATED or POOLED"));
        } else if (name == QLatin1String("pool_id")) {
            poolsGiven = true;
            for (const QString& id : splitValues(value)) {
                if (const auto index = m_fleet.poolIndex(id))
                    pools.insert(*index);
            }
        } else if (name == QLatin1String("user_attached")) {
            if (value == QLatin1String("true"))
                userAttached = true;
            else if (value == QLatin1String("false"))
                userAttached = false;
            else
                return invalid(name, value, QStringLiteral("true or false"));
        } else if (name == QLatin1String("desktop_id")) {
            for (const QString& id : splitValues(value))
                desktopIds.insert(id);
        } else if (name == QLatin1String("user_name")) {
            userName = value;
        } else if (name == QLatin1String("computer_name")) {
            computerName = value;
        } else if (name == QLatin1String("sort_field")) {
            if (value != QLatin1String("created") && value != QLatin1String("computer_name"))
                return invalid(name, value, QStringLiteral("created or computer_name"));
        } else if (name == QLatin1String("sort_type")) {
            if (value == QLatin1String("DESC"))
                descending = true;
            else if (value != QLatin1String("ASC"))
                return invalid(name, value, QStringLiteral("ASC or DESC"));
        }
        // Other filters are accepted and ignored.
    }

    const std::vector<DesktopState>& states = m_fleet.statesAt(now);
    // The candidate desktops in fleet (= creation) order.
    std::vector<std::pair<int, int>> ranges; // [first, end)
    const int firstDedicated = m_fleet.desktopCount() - m_fleet.dedicatedCount();
    if (poolsGiven) {
        if (dedicatedOnly.value_or(false))
            ranges.clear(); // pools hold no dedicated desktops
        else {
            QList<int> sorted(pools.cbegin(), pools.cend());
            std::sort(sorted.begin(), sorted.end());
            for (const int p : sorted) {
                const FleetPool& pool = m_fleet.pools()[static_cast<std::size_t>(p)];
                ranges.emplace_back(pool.firstDesktop, pool.firstDesktop + pool.desktopCount);
            }
        }
    } else if (!dedicatedOnly) {
        ranges.emplace_back(0, m_fleet.desktopCount());
    } else if (*dedicatedOnly) {
        ranges.emplace_back(firstDedicated, m_fleet.desktopCount());
    } else {
        ranges.emplace_back(0, firstDedicated);
    }

    auto matches = [&](int d) {
        const DesktopState& state = states[static_cast<std::size_t>(d)];
        if (!status.isEmpty() && status != QLatin1String(statusName(state.run)))
            return false;
        if (userAttached) {
            const bool bound =
                state.attach == AttachState::Attached || state.attach == AttachState::Attaching;
            if (bound != *userAttached)
                return false;
        }
        if (!userName.isEmpty() &&
            !((state.attach == AttachState::Attached || state.attach == AttachState::Attaching) &&
              userOf(d) == userName))
            return false;
        if (!computerName.isEmpty() && computerNameOf(m_fleet, d) != computerName)
            return false;
        return true;
    };

    std::vector<int> matching;
    for (const auto& [first, end] : ranges) {
        for (int d = first; d < end; ++d) {
            if (matches(d))
                matching.push_back(d);
        }
    }
    if (!desktopIds.isEmpty()) {
        // Rare and small: compare the generated IDs.
        std::vector<int> kept;
        for (const int d : matching) {
            QByteArray one;
            appendDesktop(one, d, states[static_cast<std::size_t>(d)]);
            const QString id = QString::fromLatin1(one.mid(15, 36));
            if (desktopIds.contains(id))
                kept.push_back(d);
        }
        matching.swap(kept);
    }
    if (descending)
        std::reverse(matching.begin(), matching.end());

    QByteArray body =
        "{\"total_count\":" + QByteArray::number(qint64(matching.size())) + ",\"desktops\":[";
    const auto begin = static_cast<std::size_t>(std::min<qint64>(offset, qint64(matching.size())));
    const auto end =
        static_cast<std::size_t>(std::min<qint64>(offset + limit, qint64(matching.size())));
    body.reserve(static_cast<qsizetype>(end - begin) * 700 + 64);
    for (std::size_t i = begin; i < end; ++i) {
        if (i != begin)
            body += ',';
        appendDesktop(body, matching[i], states[static_cast<std::size_t>(matching[i])]);
    }
    body += "]}";
    return jsonResponse(200, body);
}

} // namespace wsdash::sim
