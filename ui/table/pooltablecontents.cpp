#include "ui/table/pooltablecontents.h"

#include "ui/table/pooltablemodel.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

namespace wsdash {

namespace {

// A name's width in narrow-character units: East Asian wide and full-width characters, and
// characters outside the BMP (mostly emoji), count twice. Enough to find the few names worth
// measuring with the font.
int estimatedWidth(const QString& name)
{
    int width = 0;
    for (const QChar c : name) {
        if (c.isLowSurrogate()) // its high surrogate counted the pair
            continue;
        const char16_t u = c.unicode();
        const bool wide = c.isHighSurrogate() || (u >= 0x1100 && u <= 0x115F) ||
                          (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3) ||
                          (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
                          (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
        width += wide ? 2 : 1;
    }
    return width;
}

std::vector<int> widestNameIndexes(const QList<PoolStatistics>& pools, int count)
{
    std::vector<std::pair<int, int>> widths; // (estimated width, pool index)
    widths.reserve(static_cast<std::size_t>(pools.size()));
    for (qsizetype i = 0; i < pools.size(); ++i)
        widths.emplace_back(estimatedWidth(pools.at(i).name), static_cast<int>(i));
    const auto kept = std::min(widths.size(), static_cast<std::size_t>(count));
    const auto widestFirst = [](const auto& a, const auto& b) { return a > b; };
    std::partial_sort(widths.begin(), widths.begin() + static_cast<std::ptrdiff_t>(kept),
                      widths.end(), widestFirst);
    std::vector<int> indexes;
    indexes.reserve(kept);
    for (std::size_t i = 0; i < kept; ++i)
        indexes.push_back(widths[i].second);
    return indexes;
}

} // namespace

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
    contents.widestNames = widestNameIndexes(pools, kWidestNames);
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
