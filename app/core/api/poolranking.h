#pragma once

#include "core/api/statistics.h"

#include <QList>

namespace wsdash {

// The indexes of the `limit` largest pools by total_num (ties by name in code-point order, then
// ID), largest first. O(n log limit): cheap for 10,000 pools.
QList<int> largestPools(const QList<PoolStatistics>& pools, int limit);

} // namespace wsdash
