#pragma once

#include "core/api/desktopdetail.h"
#include "core/api/desktoplistfilter.h"
#include "core/api/statistics.h"
#include "core/api/statisticsquery.h"
#include "core/base/expected.h"

#include <QCoreApplication>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsdash {

// Which count a drill-down starts from: one Metric of the statistics API.
using CountKey = Metric;

// Where the count was read: the desktop types and pools of the statistics query (the whole
// dashboard) or of one pool (a pool-table row, a bar).
struct DrillScope
{
    QList<DesktopType> desktopTypes; // empty or both: every type
    QStringList poolIds;             // empty: every pool

    static DrillScope of(const StatisticsQuery& query);
    static DrillScope pool(const QString& poolId);
    friend bool operator==(const DrillScope& a, const DrillScope& b)
    {
        return a.desktopTypes == b.desktopTypes && a.poolIds == b.poolIds;
    }
};

// How certain the mapping of a count to desktop fields is (DESKTOPS.md §3).
enum class DrillCertainty
{
    Documented,
    Inferred
};

// The mapping of one count to a ListDesktopsDetail listing: the server-side filter (always
// used where one exists) and the client-side rule every returned desktop must also pass.
struct DrillRule
{
    Metric metric;
    const char* serverStatus = nullptr;     // status=...
    std::optional<bool> serverUserAttached; // user_attached=...
    const char* clientField = nullptr;      // "status", "login_status", "attach_state"
    QStringList clientValues;               // accepted values of clientField
    DrillCertainty certainty = DrillCertainty::Inferred;
    bool offered = true;
};

// A drill-down ready to run: what to ask the server and what to keep of its answer.
class DrillPlan
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::DrillPlan)

public:
    // The plan for `count` in `scope`, or why there is none (translated).
    static Expected<DrillPlan, QString> make(CountKey count, const DrillScope& scope);
    // The mapping table, one rule per count in API order.
    static const QList<DrillRule>& rules();
    static const DrillRule& ruleFor(CountKey count);
    // Why a count cannot be drilled into (translated); empty when it can in any scope.
    static QString whyNotOffered(CountKey count);
    // An API name ("error_num"), an English or Chinese console name ("Faulty", "故障") of a
    // count; case and blanks do not matter.
    static std::optional<CountKey> countFromName(const QString& name);

    CountKey count() const { return m_count; }
    const DrillScope& scope() const { return m_scope; }
    const DesktopListFilter& serverFilter() const { return m_filter; }
    // Whether a desktop returned by the server belongs to the count.
    bool accepts(const DesktopDetail& desktop) const;
    bool hasClientRule() const { return m_rule->clientField != nullptr; }
    DrillCertainty certainty() const { return m_rule->certainty; }
    // "status = ERROR on the server, then login status = CONNECTED here" (translated). Pools
    // are named by `poolNames` (ID -> name) where known, else by ID.
    QString description(const QHash<QString, QString>& poolNames = {}) const;

private:
    CountKey m_count = Metric::TotalNum;
    DrillScope m_scope;
    DesktopListFilter m_filter;
    const DrillRule* m_rule = nullptr;
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::DrillScope)
