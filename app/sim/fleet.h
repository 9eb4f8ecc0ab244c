#pragma once

#include "sim/desktopbehaviour.h"
#include "sim/fleettypes.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace wsdash::sim {

// The counts of the whole fleet at one minute: one row per pool (in pool order) and one for
// the dedicated desktops. Every count is derived from the desktops' states.
struct FleetCounts
{
    std::int64_t localMinute = -1;
    std::vector<MetricCounts> pools;
    MetricCounts dedicated{};
};

// A simulated Workspace project: desktop pools and dedicated desktops, generated from a seed,
// whose states follow the time of day (see DesktopBehaviour). Knows nothing of HTTP.
class Fleet final
{
public:
    explicit Fleet(FleetOptions options);

    const FleetOptions& options() const { return m_options; }
    const std::vector<FleetPool>& pools() const { return m_pools; }
    std::optional<int> poolIndex(const QString& poolId) const;

    // Pooled desktops come first, pool after pool; the dedicated ones follow.
    const std::vector<DesktopProfile>& desktops() const { return m_desktops; }
    int desktopCount() const { return static_cast<int>(m_desktops.size()); }
    int dedicatedCount() const { return desktopCount() - m_firstDedicated; }
    bool isDedicated(int desktop) const { return desktop >= m_firstDedicated; }

    DesktopState desktopState(int desktop, const QDateTime& when) const;

    // The counts at `when`, to the minute. Computed once per minute and kept until asked for
    // another minute, so that the many requests of one refresh cost a sum, not a recount.
    const FleetCounts& countsAt(const QDateTime& when);
    // Every desktop's state at `when` (to the minute), in desktops() order: the same states
    // countsAt() counted, so that a listing reconciles with the statistics of that minute.
    const std::vector<DesktopState>& statesAt(const QDateTime& when);

private:
    void generate();
    bool poolIncident(int pool, std::int64_t localMinute) const;
    bool incidentAffects(const DesktopProfile& desktop, std::int64_t localMinute) const;

    FleetOptions m_options;
    DesktopBehaviour m_behaviour;
    std::vector<FleetPool> m_pools;
    QHash<QString, int> m_poolIndex;
    std::vector<DesktopProfile> m_desktops;
    int m_firstDedicated = 0;
    FleetCounts m_counts;
    std::vector<DesktopState> m_states; // of m_counts.localMinute
};

} // namespace wsdash::sim
