#include "core/dashboard/drilldown.h"

#include <QRegularExpression>

namespace wsdash {

namespace {

QStringList values(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* value : list)
        out.append(QLatin1String(value));
    return out;
}

// THE mapping table (DESKTOPS.md §3). A server-side filter is used wherever one exists, so
// that a drill into 12 faulty desktops of a 50,000-desktop project costs one call; the
// client-side rule then keeps exactly the desktops of the count.
QList<DrillRule> makeRules()
{
    using C = DrillCertainty;
    const std::optional<bool> none;
    return {
        {Metric::TotalNum, nullptr, none, nullptr, {}, C::Documented, true},
        // Assignment: user_attached narrows the list; attach_state decides.
        {Metric::AttachedNum, nullptr, true, "attach_state", values({"ATTACHED"}), C::Inferred,
         true},
        {Metric::UnattachedNum, nullptr, false, "attach_state", values({"UNATTACH"}), C::Inferred,
         true},
        {Metric::AttachingNum, nullptr, none, "attach_state", values({"ATTACHING", "WAITING"}),
         C::Inferred, true},
        {Metric::AttachErrorNum, nullptr, none, "attach_state",
         values({"ATTACHFAIL", "ATTACH_FAIL_CAN_ATTACH_AGAIN"}), C::Inferred, true},
        // Running state: the server filters on status.
        {Metric::StopNum, "SHUTOFF", none, "status", values({"SHUTOFF"}), C::Inferred, true},
        {Metric::ActiveNum, "ACTIVE", none, "status", values({"ACTIVE"}), C::Inferred, true},
        {Metric::ErrorNum, "ERROR", none, "status", values({"ERROR"}), C::Inferred, true},
        {Metric::HibernatedNum, "HIBERNATED", none, "status", values({"HIBERNATED"}), C::Inferred,
         true},
        // Login state: no server-side filter on this API.
        {Metric::InUseNum, nullptr, none, "login_status", values({"CONNECTED"}), C::Documented,
         true},
        {Metric::UnregisteredNum, nullptr, none, "login_status", values({"UNREGISTER"}),
         C::Inferred, true},
        // No login_status is documented to mean "unable to connect" (OFFLINE and `isolated` are
        // only candidates): not offered rather than guessed.
        {Metric::UnableToConnectNum, nullptr, none, nullptr, {}, C::Inferred, false},
        {Metric::ReadyNum, nullptr, none, "login_status", values({"REGISTERED"}), C::Documented,
         true},
        {Metric::DisconnectedNum, nullptr, none, "login_status", values({"DISCONNECTED"}),
         C::Documented, true},
    };
}

QString fieldLabel(const char* field)
{
    const QLatin1String name(field);
    if (name == QLatin1String("status"))
        return DrillPlan::tr("status");
    if (name == QLatin1String("login_status"))
        return DrillPlan::tr("login status");
    return DrillPlan::tr("assignment state");
}

QString normalised(const QString& name)
{
    QString text = name.trimmed().toLower();
    text.remove(QRegularExpression(QStringLiteral("[\\s_\\-()（）]")));
    return text;
}

} // namespace

DrillScope DrillScope::of(const StatisticsQuery& query)
{
    DrillScope scope;
    scope.desktopTypes = query.desktopTypes();
    scope.poolIds = query.poolIds();
    return scope;
}

DrillScope DrillScope::pool(const QString& poolId)
{
    DrillScope scope;
    scope.desktopTypes = {DesktopType::Pooled};
    scope.poolIds = {poolId};
    return scope;
}

const QList<DrillRule>& DrillPlan::rules()
{
    static const QList<DrillRule> table = makeRules();
    return table;
}

const DrillRule& DrillPlan::ruleFor(CountKey count)
{
    return rules().at(static_cast<int>(count));
}

QString DrillPlan::whyNotOffered(CountKey count)
{
    if (ruleFor(count).offered)
        return {};
    return tr("No desktop list for this count: no login status of the desktop API is "
              "documented to mean \"unable to connect\", and wsdash does not guess.");
}

std::optional<CountKey> DrillPlan::countFromName(const QString& name)
{
    const QString key = normalised(name);
    if (key.isEmpty())
        return std::nullopt;
    if (const auto metric = metricFromField(name.trimmed().toLower()))
        return metric;
    struct Alias
    {
        Metric metric;
        const char* english;
        const char* chinese; // UTF-8
    };
    static const Alias kAliases[] = {
        {Metric::TotalNum, "Total desktops", "桌面总数"},
        {Metric::AttachedNum, "Assigned", "已分配"},
        {Metric::UnattachedNum, "Unassigned", "未分配"},
        {Metric::AttachingNum, "Being assigned", "分配中"},
        {Metric::AttachErrorNum, "Assignment failed", "分配失败"},
        {Metric::StopNum, "Stopped", "停止"},
        {Metric::ActiveNum, "Running", "运行中"},
        {Metric::ErrorNum, "Faulty", "故障"},
        {Metric::HibernatedNum, "Hibernated", "休眠"},
        {Metric::InUseNum, "In use", "使用中"},
        {Metric::UnregisteredNum, "Unregistered", "未注册"},
        {Metric::UnableToConnectNum, "Unable to connect", "无法连接"},
        {Metric::ReadyNum, "Idle (ready)", "空闲"},
        {Metric::DisconnectedNum, "Disconnected", "断开连接"},
    };
    for (const Alias& alias : kAliases) {
        if (key == normalised(QLatin1String(alias.english)) ||
            key == normalised(QString::fromUtf8(alias.chinese)) ||
            (alias.metric == Metric::ReadyNum && key == QLatin1String("ready")) ||
            (alias.metric == Metric::ReadyNum && key == QLatin1String("idle")))
            return alias.metric;
    }
    return std::nullopt;
}

Expected<DrillPlan, QString> DrillPlan::make(CountKey count, const DrillScope& scope)
{
    const DrillRule& rule = ruleFor(count);
    if (!rule.offered)
        return whyNotOffered(count);
    const bool dedicated = scope.desktopTypes.contains(DesktopType::Dedicated);
    const bool pooled = scope.desktopTypes.contains(DesktopType::Pooled);
    const bool bothOrAny = dedicated == pooled;
    if (!scope.poolIds.isEmpty() && dedicated) {
        // The statistics count dedicated desktops plus those pools; one listing cannot.
        return tr("No desktop list for \"dedicated desktops plus chosen pools\": the desktop "
                  "API filters by one desktop type. Drill into a pool, or clear the pool "
                  "filter.");
    }
    DrillPlan plan;
    plan.m_count = count;
    plan.m_scope = scope;
    plan.m_rule = &rule;
    if (!scope.poolIds.isEmpty())
        plan.m_filter.desktopType = DesktopType::Pooled;
    else if (!bothOrAny)
        plan.m_filter.desktopType = dedicated ? DesktopType::Dedicated : DesktopType::Pooled;
    plan.m_filter.poolIds = scope.poolIds;
    if (rule.serverStatus)
        plan.m_filter.status = QLatin1String(rule.serverStatus);
    plan.m_filter.userAttached = rule.serverUserAttached;
    return plan;
}

bool DrillPlan::accepts(const DesktopDetail& desktop) const
{
    if (!m_rule->clientField)
        return true;
    const QLatin1String field(m_rule->clientField);
    const QString& value = field == QLatin1String("status")         ? desktop.status
                           : field == QLatin1String("login_status") ? desktop.loginStatus
                                                                    : desktop.attachState;
    return m_rule->clientValues.contains(value);
}

QString DrillPlan::description(const QHash<QString, QString>& poolNames) const
{
    QStringList server;
    if (m_filter.desktopType)
        server.append(tr("desktop type = %1").arg(wireName(*m_filter.desktopType)));
    if (!m_filter.poolIds.isEmpty()) {
        QStringList pools;
        for (const QString& id : m_filter.poolIds)
            pools.append(poolNames.value(id, id));
        server.append(tr("pool = %1").arg(pools.join(QLatin1String(", "))));
    }
    if (!m_filter.status.isEmpty())
        server.append(tr("status = %1").arg(m_filter.status));
    if (m_filter.userAttached)
        server.append(
            tr("user assigned = %1")
                .arg(*m_filter.userAttached ? QStringLiteral("true") : QStringLiteral("false")));
    QString text = server.isEmpty() ? tr("every desktop of the project from the server")
                                    : tr("%1 on the server").arg(server.join(QLatin1String(", ")));
    // A client rule that only repeats the server's status filter is a check, not a choice.
    if (m_rule->clientField && m_filter.status.isEmpty()) {
        text += tr(", then %1 = %2 here")
                    .arg(fieldLabel(m_rule->clientField),
                         m_rule->clientValues.join(QLatin1String(" or ")));
    }
    return text;
}

} // namespace wsdash
