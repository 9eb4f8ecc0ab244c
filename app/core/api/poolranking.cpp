#include "core/api/poolranking.h"

#include <algorithm>
#include <functional>
#include <vector>

namespace wsdash {

QList<int> largestPools(const QList<PoolStatistics>& pools, int limit)
{
    const int n = static_cast<int>(pools.size());
    const int k = std::clamp(limit, 0, n);
    if (k == 0)
        return {};
    // The totals in one pass, the k-th largest of them in linear time, and only the pools at
    // or above it sorted with names for ties: a 100,000-pool refresh spent ~9 ms here on the UI
    // thread sorting all pools with their names (issue 18).
    std::vector<qint64> totals;
    totals.reserve(static_cast<std::size_t>(n));
    for (const PoolStatistics& pool : pools)
        totals.push_back(pool.counts.value(Metric::TotalNum).value_or(-1));
    std::vector<qint64> kth = totals;
    std::nth_element(kth.begin(), kth.begin() + (k - 1), kth.end(), std::greater<>());
    const qint64 threshold = kth[static_cast<std::size_t>(k - 1)];
    std::vector<int> candidates;
    for (int i = 0; i < n; ++i) {
        if (totals[static_cast<std::size_t>(i)] >= threshold)
            candidates.push_back(i);
    }
    const auto larger = [&pools, &totals](int a, int b) {
        const qint64 ta = totals[static_cast<std::size_t>(a)];
        const qint64 tb = totals[static_cast<std::size_t>(b)];
        if (ta != tb)
            return ta > tb;
        // Ties in the order the pool table shows them (plain code-point order: fast).
        const PoolStatistics& pa = pools.at(a);
        const PoolStatistics& pb = pools.at(b);
        const int byName = pa.name.compare(pb.name);
        if (byName != 0)
            return byName < 0;
        return pa.id < pb.id;
    };
    std::partial_sort(candidates.begin(), candidates.begin() + k, candidates.end(), larger);
    return QList<int>(candidates.begin(), candidates.begin() + k);
}

PoolDigest digestPools(const QList<PoolStatistics>& pools)
{
    PoolDigest digest;
    digest.largest = largestPools(pools, kRankedPools);
    for (const PoolStatistics& pool : pools) {
        for (int m = 0; m < kMetricCount; ++m) {
            const auto metric = static_cast<Metric>(m);
            digest.sums[static_cast<std::size_t>(m)] += pool.counts.value(metric).value_or(0);
            digest.invalid[static_cast<std::size_t>(m)] += pool.counts.isInvalid(metric) ? 1 : 0;
        }
    }
    return digest;
}

} // namespace wsdash
