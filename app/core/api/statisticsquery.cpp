#include "core/api/statisticsquery.h"

#include <algorithm>

namespace wsdash {

namespace {

constexpr std::array<DesktopType, 2> kDesktopTypes = {DesktopType::Dedicated, DesktopType::Pooled};
constexpr std::array<StatisticsType, 3> kStatisticsTypes = {
    StatisticsType::AttachState, StatisticsType::LoginState, StatisticsType::RunState};

template <typename Enum, std::size_t N> QString allowedList(const std::array<Enum, N>& values)
{
    QStringList names;
    for (Enum v : values)
        names.append(wireName(v));
    return names.join(QLatin1String(", "));
}

template <typename Enum, std::size_t N>
std::optional<Enum> parseEnum(const std::array<Enum, N>& values, const QString& text)
{
    for (Enum v : values) {
        if (text.compare(wireName(v), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

template <typename T> void sortUnique(QList<T>& list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
}

} // namespace

QString wireName(DesktopType type)
{
    return type == DesktopType::Dedicated ? QStringLiteral("DEDICATED") : QStringLiteral("POOLED");
}

QString wireName(StatisticsType type)
{
    switch (type) {
    case StatisticsType::AttachState:
        return QStringLiteral("attach-state");
    case StatisticsType::LoginState:
        return QStringLiteral("login-state");
    case StatisticsType::RunState:
        return QStringLiteral("run-state");
    }
    return {};
}

Family familyOf(StatisticsType type)
{
    switch (type) {
    case StatisticsType::AttachState:
        return Family::Attach;
    case StatisticsType::LoginState:
        return Family::Login;
    case StatisticsType::RunState:
        return Family::Run;
    }
    return Family::Attach;
}

StatisticsType statisticsTypeOf(Family family)
{
    switch (family) {
    case Family::Attach:
        return StatisticsType::AttachState;
    case Family::Login:
        return StatisticsType::LoginState;
    case Family::Run:
        return StatisticsType::RunState;
    }
    return StatisticsType::AttachState;
}

QStringList splitListArguments(const QStringList& values)
{
    QStringList items;
    for (const QString& value : values) {
        const QStringList parts = value.split(QLatin1Char(','));
        for (const QString& part : parts)
            items.append(part.trimmed());
    }
    return items;
}

Expected<StatisticsQuery, QueryError>
StatisticsQuery::fromStrings(const QStringList& desktopTypes, const QStringList& statisticsTypes,
                             const QStringList& poolIds)
{
    StatisticsQuery query;

    QList<DesktopType> desktop;
    for (const QString& item : splitListArguments(desktopTypes)) {
        const auto type = parseEnum(kDesktopTypes, item);
        if (!type) {
            return QueryError{tr("Unknown desktop type \"%1\"; allowed: %2.")
                                  .arg(item, allowedList(kDesktopTypes))};
        }
        desktop.append(*type);
    }
    query.setDesktopTypes(desktop);

    QList<StatisticsType> statistics;
    for (const QString& item : splitListArguments(statisticsTypes)) {
        const auto type = parseEnum(kStatisticsTypes, item);
        if (!type) {
            return QueryError{tr("Unknown statistics type \"%1\"; allowed: %2.")
                                  .arg(item, allowedList(kStatisticsTypes))};
        }
        statistics.append(*type);
    }
    query.setStatisticsTypes(statistics);

    if (auto error = query.setPoolIds(splitListArguments(poolIds)))
        return *error;
    return query;
}

StatisticsQuery StatisticsQuery::everything()
{
    StatisticsQuery query;
    query.setDesktopTypes({DesktopType::Dedicated, DesktopType::Pooled});
    query.setStatisticsTypes(
        {StatisticsType::AttachState, StatisticsType::RunState, StatisticsType::LoginState});
    return query;
}

void StatisticsQuery::setDesktopTypes(QList<DesktopType> types)
{
    sortUnique(types);
    m_desktopTypes = std::move(types);
}

void StatisticsQuery::setStatisticsTypes(QList<StatisticsType> types)
{
    sortUnique(types);
    m_statisticsTypes = std::move(types);
}

std::optional<QueryError> StatisticsQuery::setPoolIds(const QStringList& poolIds)
{
    QStringList ids;
    for (const QString& raw : poolIds) {
        const QString id = raw.trimmed();
        if (id.isEmpty())
            return QueryError{tr("A desktop pool ID is empty.")};
        if (id.size() > kMaxPoolIdLength) {
            return QueryError{tr("Desktop pool ID \"%1…\" is longer than %2 characters.")
                                  .arg(id.left(24))
                                  .arg(kMaxPoolIdLength)};
        }
        const bool hasControl = std::any_of(id.cbegin(), id.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.isSpace();
        });
        if (hasControl) {
            return QueryError{tr("Desktop pool ID \"%1\" contains spaces or control characters.")
                                  .arg(id.simplified())};
        }
        // A lone UTF-16 surrogate (possible in widget text) has no UTF-8 form: the ID sent
        // would not be the one typed.
        if (!id.isValidUtf16())
            return QueryError{tr("Desktop pool ID \"%1\" is not valid Unicode text.").arg(id)};
        if (!ids.contains(id))
            ids.append(id);
    }
    if (ids.size() > kMaxPoolIds)
        return QueryError{
            tr("At most %1 desktop pool IDs can be queried at once.").arg(kMaxPoolIds)};
    std::sort(ids.begin(), ids.end());
    m_poolIds = ids;
    return std::nullopt;
}

bool StatisticsQuery::includesFamily(Family family) const
{
    return m_statisticsTypes.contains(statisticsTypeOf(family));
}

QList<QueryParameter> StatisticsQuery::parameters() const
{
    QList<QueryParameter> params;
    for (DesktopType type : m_desktopTypes)
        params.append({QStringLiteral("desktop_type"), wireName(type)});
    for (StatisticsType type : m_statisticsTypes)
        params.append({QStringLiteral("statistics_type"), wireName(type)});
    for (const QString& id : m_poolIds)
        params.append({QStringLiteral("desktop_pool_ids"), id});
    return params;
}

QString StatisticsQuery::canonicalQueryString() const
{
    return wsdash::canonicalQueryString(parameters());
}

} // namespace wsdash
