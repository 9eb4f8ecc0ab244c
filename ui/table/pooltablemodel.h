#pragma once

#include "core/api/statistics.h"
#include "core/history/alertevent.h"
#include "ui/table/pooltablecontents.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

#include <array>
#include <vector>

namespace wsdash {

class AlertEvaluator;

// The per-pool counts as a table: the totals of all pools in row 0, then one row per pool in
// the sort order. The model sorts itself, on typed values with one std::sort, which keeps
// 10,000 pools fast; a QSortFilterProxyModel on top only filters. Loaded with one reset per
// result: setPools() sorts on the calling thread; for 100,000 pools the panel prepares a
// PoolTableContents on a worker thread and hands it to setContents(), a cheap reset.
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
    // Replaces the contents with one reset; contents sorted otherwise than the model now sorts
    // (the user sorted while they were prepared) are sorted again first. The old contents are
    // freed on a worker thread.
    void setContents(PoolTableContents contents);
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

    int poolCount() const { return static_cast<int>(m_data.pools.size()); }
    bool isTotalsRow(int row) const { return row == 0 && !m_data.pools.isEmpty(); }
    // The row of a pool (-1 when absent).
    int rowOfPool(const QString& poolId) const;
    // Whether any pool reported a count of the column (columns of families that were not asked
    // for are hidden by the view).
    bool isColumnReported(int column) const;

    // The pool shown in a row (not the totals row); typed access for the proxy's filter.
    const PoolStatistics& poolAt(int row) const
    {
        Q_ASSERT(row >= 1 && row <= m_data.pools.size());
        return m_data.pools[m_data.order[static_cast<std::size_t>(row - 1)]];
    }
    const StateCounts& totals() const { return m_data.totals; }
    // The names likely to be the widest (PoolTableContents::widestNames), widest first.
    QStringList widestPoolNames() const;

private:
    struct PoolAlerts
    {
        std::array<AlertLevel, kMetricCount> levels{};
        AlertLevel worst = AlertLevel::Ok;
    };

    // Recomputes m_poolAlerts; true when anything changed.
    bool readAlerts();
    QVariant alertData(int role, int row, std::optional<Metric> metric) const;
    QString countToolTip(const PoolStatistics* pool, const StateCounts& counts,
                         Metric metric) const;

    PoolTableContents m_data;
    int m_sortColumn = TotalColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    const AlertEvaluator* m_alerts = nullptr;
    std::vector<PoolAlerts> m_poolAlerts; // by pool index; empty when no pool is alerting
};

} // namespace wsdash
