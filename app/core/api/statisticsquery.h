#pragma once

#include "core/api/percentencoding.h"
#include "core/api/statistics.h"
#include "core/base/expected.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsdash {

enum class DesktopType
{
    Dedicated,
    Pooled
};
enum class StatisticsType
{
    AttachState,
    LoginState,
    RunState
};

QString wireName(DesktopType type);    // "DEDICATED", "POOLED"
QString wireName(StatisticsType type); // "attach-state", ...
Family familyOf(StatisticsType type);
StatisticsType statisticsTypeOf(Family family);

struct QueryError
{
    QString message;
};

// The three filters of the Desktop Statistics API as a validated value: sorted, de-duplicated,
// and ready to become the canonical query string that is both signed and sent.
class StatisticsQuery
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::StatisticsQuery)

public:
    StatisticsQuery() = default;

    // Validates user input. Items may contain comma-separated lists. Desktop and statistics
    // types are matched case-insensitively; pool IDs are trimmed and de-duplicated.
    static Expected<StatisticsQuery, QueryError> fromStrings(const QStringList& desktopTypes,
                                                             const QStringList& statisticsTypes,
                                                             const QStringList& poolIds);
    // Both desktop types and all three state families, every pool: the window's first look.
    static StatisticsQuery everything();

    const QList<DesktopType>& desktopTypes() const { return m_desktopTypes; }
    const QList<StatisticsType>& statisticsTypes() const { return m_statisticsTypes; }
    const QStringList& poolIds() const { return m_poolIds; }

    void setDesktopTypes(QList<DesktopType> types);
    void setStatisticsTypes(QList<StatisticsType> types);
    // Returns an error for an empty or malformed ID; the query is unchanged then.
    std::optional<QueryError> setPoolIds(const QStringList& poolIds);

    bool includesDesktopType(DesktopType type) const { return m_desktopTypes.contains(type); }
    bool includesFamily(Family family) const;
    // The per-pool breakdown is only returned when POOLED is requested.
    bool expectsPoolBreakdown() const { return includesDesktopType(DesktopType::Pooled); }

    // desktop_type, statistics_type and desktop_pool_ids as repeated keys.
    QList<QueryParameter> parameters() const;
    QString canonicalQueryString() const;

    friend bool operator==(const StatisticsQuery& a, const StatisticsQuery& b)
    {
        return a.m_desktopTypes == b.m_desktopTypes && a.m_statisticsTypes == b.m_statisticsTypes &&
               a.m_poolIds == b.m_poolIds;
    }
    friend bool operator!=(const StatisticsQuery& a, const StatisticsQuery& b) { return !(a == b); }

    static constexpr int kMaxPoolIdLength = 128;
    static constexpr int kMaxPoolIds = 500;

private:
    QList<DesktopType> m_desktopTypes;
    QList<StatisticsType> m_statisticsTypes;
    QStringList m_poolIds;
};

// Splits repeated, comma-separated option values into trimmed items (empty items are kept so
// that validation can refuse them).
QStringList splitListArguments(const QStringList& values);

} // namespace wsdash
