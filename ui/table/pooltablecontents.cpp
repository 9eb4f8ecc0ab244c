#include "ui/table/pooltablecontents.h"

#include "ui/table/pooltablemodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace wsdash {

PoolTableContents PoolTableContents::prepare(const QList<PoolStatistics>& pools, int sortColumn,
                                             Qt::SortOrder sortOrder)
{
    PoolTableContents contents;
    contents.pools = pools; // shared, not copied
    std::array<qint64, kMetricCount> sums{};
    for (const PoolStatistics& pool : pools) {
        for (int m = 0; m < kMetricCount; ++m) {
            const auto i = static_cast<std::size_t>(m);
            if (const Count value = pool.counts.value(static_cast<Metric>(m))) {
                sums[i] += *value;
                contents.reported[i] = true;
            } else if (pool.counts.isInvalid(static_cast<Metric>(m))) {
                ++contents.invalidPools[i];
                contents.reported[i] = true;
            }
        }
    }
    for (int m = 0; m < kMetricCount; ++m) {
        const auto i = static_cast<std::size_t>(m);
        if (contents.invalidPools[i] > 0)
            contents.totals.setInvalid(static_cast<Metric>(m));
        else if (contents.reported[i])
            contents.totals.setValue(static_cast<Metric>(m), sums[i]);
    }
    contents.order.resize(static_cast<std::size_t>(pools.size()));
    std::iota(contents.order.begin(), contents.order.end(), 0);
    contents.sort(sortColumn, sortOrder);
    return contents;
}

void PoolTableContents::sort(int column, Qt::SortOrder direction)
{
    sortColumn = column;
    sortOrder = direction;
    if (pools.isEmpty() || column < 0)
        return;
    const bool descending = direction == Qt::DescendingOrder;
    const auto metric = PoolTableModel::metricOfColumn(column);
    // Read through a const reference: QList's non-const operator[] would detach the pools from
    // the controller's copy, i.e. copy every pool.
    const QList<PoolStatistics>& all = pools;
    const auto tie = [&all](int a, int b) {
        const int byName = all[a].name.compare(all[b].name);
        return byName != 0 ? byName < 0 : all[a].id < all[b].id;
    };
    if (metric) {
        // The sort values side by side with the pools' indexes: the comparisons read neither
        // the pools nor their optional counts (issue 18: 100,000 pools).
        std::vector<std::pair<qint64, int>> keyed;
        keyed.reserve(order.size());
        for (int pool : order)
            keyed.emplace_back(all[pool].counts.value(*metric).value_or(-1), pool);
        std::sort(keyed.begin(), keyed.end(), [&](const auto& a, const auto& b) {
            if (a.first != b.first)
                return descending ? a.first > b.first : a.first < b.first;
            return tie(a.second, b.second);
        });
        for (std::size_t i = 0; i < keyed.size(); ++i)
            order[i] = keyed[i].second;
    } else if (column == PoolTableModel::NameColumn) {
        if (nameKeys.empty()) {
            QCollator collator;
            collator.setCaseSensitivity(Qt::CaseInsensitive);
            collator.setNumericMode(true);
            nameKeys.reserve(static_cast<std::size_t>(all.size()));
            for (const PoolStatistics& each : all)
                nameKeys.push_back(collator.sortKey(each.name));
        }
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int byName = nameKeys[static_cast<std::size_t>(a)].compare(
                nameKeys[static_cast<std::size_t>(b)]);
            if (byName != 0)
                return descending ? byName > 0 : byName < 0;
            return tie(a, b);
        });
    } else {
        std::sort(order.begin(), order.end(), [&](int a, int b) {
            const int byId = all[a].id.compare(all[b].id);
            return descending ? byId > 0 : byId < 0;
        });
    }
}

} // namespace wsdash
