#include "core/dashboard/poolranking.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace wsdash {

QList<int> largestPools(const QList<PoolStatistics>& pools, int limit)
{
    const int n = static_cast<int>(pools.size());
    const int k = std::clamp(limit, 0, n);
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    const auto larger = [&pools](int a, int b) {
        const qint64 ta = pools[a].counts.value(Metric::TotalNum).value_or(-1);
        const qint64 tb = pools[b].counts.value(Metric::TotalNum).value_or(-1);
        if (ta != tb)
            return ta > tb;
        // Ties in the order the pool table shows them (plain code-point order: fast).
        const int byName = pools[a].name.compare(pools[b].name);
        if (byName != 0)
            return byName < 0;
        return pools[a].id < pools[b].id;
    };
    std::partial_sort(order.begin(), order.begin() + k, order.end(), larger);
    return QList<int>(order.begin(), order.begin() + k);
}

} // namespace wsdash
