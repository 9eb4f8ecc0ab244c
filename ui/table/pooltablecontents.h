#pragma once

#include "core/api/statistics.h"

#include <QCollatorSortKey>
#include <QList>

#include <array>
#include <vector>

namespace wsdash {

// What PoolTableModel shows of one result: the pools, their totals, which counts were reported
// or invalid, and the order of the rows. Built by prepare() without touching any model or
// widget, so that a 100,000-pool result is prepared on a worker thread and the model takes it
// with one cheap reset (issue 18). A value: move it, it owns nothing shared but the pool list.
struct PoolTableContents
{
    QList<PoolStatistics> pools;
    // Sum over all pools of every count some pool reported; a count that some pool sent as an
    // invalid value is invalid here too (a sum without it would silently be too small).
    StateCounts totals;
    std::array<int, kMetricCount> invalidPools{}; // pools with an invalid value, per count
    std::array<bool, kMetricCount> reported{};
    std::vector<int> order; // pool index of each row after the totals row
    int sortColumn = -1;    // a PoolTableModel::Column; -1: not sorted yet
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    std::vector<QCollatorSortKey> nameKeys; // by pool index; made by the first sort by name
    // The pools whose names are likely the widest (at most kWidestNames, widest first by a
    // character-count estimate): the table sizes its name column by measuring only these with
    // the font, not thousands of names on the UI thread (issue 18: ~20 ms a 100,000-pool
    // refresh).
    std::vector<int> widestNames;
    static constexpr int kWidestNames = 32;

    // Thread-safe: reads only its arguments.
    static PoolTableContents prepare(const QList<PoolStatistics>& pools, int sortColumn,
                                     Qt::SortOrder sortOrder);
    // Sorts the rows; ties in code-point name order, whichever way it sorts.
    void sort(int column, Qt::SortOrder direction);
};

} // namespace wsdash
