#pragma once

#include "core/api/statistics.h"

#include <QList>

#include <array>

namespace wsdash {

// The indexes of the `limit` largest pools by total_num (ties by name in code-point order, then
// ID), largest first. O(n log limit): cheap for 10,000 pools.
QList<int> largestPools(const QList<PoolStatistics>& pools, int limit);

// How many pools the per-pool chart can show by name at most (the rest are one "Other" bar).
inline constexpr int kRankedPools = 30;

// What the per-pool chart needs of a whole pool list: its largest pools and, per count, the sum
// of the valid values and how many are invalid (the "Other" bar is a sum minus the named
// pools'). Taken by the worker that parses the answer (StatisticsRequest::digestPools): at
// 100,000 pools these passes cost the UI thread 4-9 ms a refresh (issue 18).
struct PoolDigest
{
    QList<int> largest; // largestPools(pools, kRankedPools)
    std::array<qint64, kMetricCount> sums{};
    std::array<int, kMetricCount> invalid{};
};

PoolDigest digestPools(const QList<PoolStatistics>& pools);

} // namespace wsdash
