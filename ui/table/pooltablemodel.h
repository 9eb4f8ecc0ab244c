#pragma once

#include "core/api/statistics.h"
#include "core/history/alertevent.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QList>

#include <array>
#include <vector>

namespace wsdash {

class AlertEvaluator;

// The per-pool counts as a table: the totals of all pools in row 0, then one row per pool in
// the sort order. The model sorts itself, on typed values with one std::sort, which keeps
// 10,000 pools fast; a QSortFilterProxyModel on top only filters. Loaded with one reset per result;
// cheap enough for 10,000 pools.
//
// With an AlertEvaluator, the rows of pools that breach an each-pool alert rule stand out by
// more than colour: a tinted row, a warning or critical icon and a tool tip naming the counts
// by the pool's name, and the breached counts in bold on a stronger tint.
//
// A count the answer held as an invalid value (StateCounts::isInvalid) shows "invalid" in warning
// colours, with its JSON path in the tool tip; the totals row shows "invalid" for a count that
// any pool sent invalid, rather than a sum of the others.
class PoolTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int
    {
        NameColumn,
        IdColumn,
        TotalColumn, // total_num, then every state count in API order
        FirstStateColumn,
        ColumnCount = TotalColumn + kMetricCount,
    };
    enum Role : int
    {
        SortRole = Qt::UserRole + 1, // qint64 count (-1 when not reported) or the text
        ShareRole,                   // double in [0, 1] of the pool's total, when known
        PoolIdRole,
        TotalsRowRole, // true on the totals row
        MetricRole,    // int(Metric) of a count column
        // int(AlertLevel): of the pool's count (count columns) or the worst of the pool's row
        // (name and ID columns); Ok on the totals row (the tiles show the project's alerts).
        AlertLevelRole,
    };

    explicit PoolTableModel(QObject* parent = nullptr);
    ~PoolTableModel() override;

    // Replaces the contents with one reset, in the current sort order.
    void setPools(const QList<PoolStatistics>& pools);
    void clear();

    // The levels of each-pool alert rules (used, not owned; null: no alerts shown).
    void setAlerts(const AlertEvaluator* alerts);
    // Reads the levels again, after the evaluator saw a result or new rules.
    void refreshAlerts();
    // The worst level of a pool's counts (Ok when it is not listed).
    AlertLevel poolAlertLevel(const QString& poolId) const;

    // Sorts the pool rows (the totals row stays first); ties in name order either way.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static std::optional<Metric> metricOfColumn(int column);
    static int columnOf(Metric metric);

    int poolCount() const { return static_cast<int>(m_pools.size()); }
    bool isTotalsRow(int row) const { return row == 0 && !m_pools.isEmpty(); }
    // The row of a pool (-1 when absent).
    int rowOfPool(const QString& poolId) const;
    // Whether any pool reported a count of the column (columns of families that were not asked
    // for are hidden by the view).
    bool isColumnReported(int column) const;

    // The pool shown in a row (not the totals row); typed access for the proxy's filter.
    const PoolStatistics& poolAt(int row) const
    {
        Q_ASSERT(row >= 1 && row <= m_pools.size());
        return m_pools[m_order[static_cast<std::size_t>(row - 1)]];
    }
    const StateCounts& totals() const { return m_totals; }

private:
    struct PoolAlerts
    {
        std::array<AlertLevel, kMetricCount> levels{};
        AlertLevel worst = AlertLevel::Ok;
    };

    void sortOrderOfPools();
    // Recomputes m_poolAlerts; true when anything changed.
    bool readAlerts();
    QVariant alertData(int role, int row, std::optional<Metric> metric) const;
    QString countToolTip(const PoolStatistics* pool, const StateCounts& counts,
                         Metric metric) const;
    const QCollatorSortKey& nameSortKey(int pool) const;

    QList<PoolStatistics> m_pools;
    // Sum over all pools of every count some pool reported; a count that some pool sent as an
    // invalid value is invalid here too (a sum without it would silently be too small).
    StateCounts m_totals;
    std::array<int, kMetricCount> m_invalidPools{}; // pools with an invalid value, per count
    std::array<bool, kMetricCount> m_reported{};
    std::vector<int> m_order; // pool index of each row after the totals row
    int m_sortColumn = TotalColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    mutable std::vector<QCollatorSortKey> m_nameKeys;
    const AlertEvaluator* m_alerts = nullptr;
    std::vector<PoolAlerts> m_poolAlerts; // by pool index; empty when no pool is alerting
};

} // namespace wsdash
