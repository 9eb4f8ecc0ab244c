#pragma once

#include "statistics.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace wsdash {

// The per-pool counts as a table: one row per pool and a row with the totals of all pools
// (the last row of the model; the proxy shows it first). Loaded with one reset per result; cheap
// enough for 10,000 pools.
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
    };

    explicit PoolTableModel(QObject* parent = nullptr);
    ~PoolTableModel() override;

    // Replaces the contents with one reset.
    void setPools(const QList<PoolStatistics>& pools);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static std::optional<Metric> metricOfColumn(int column);
    static int columnOf(Metric metric);

    int poolCount() const { return static_cast<int>(m_pools.size()); }
    bool isTotalsRow(int row) const { return !m_pools.isEmpty() && row == m_pools.size(); }
    // The row of a pool (-1 when absent).
    int rowOfPool(const QString& poolId) const;
    // Whether any pool reported a count of the column (columns of families that were not asked
    // for are hidden by the view).
    bool isColumnReported(int column) const;

    // Fast typed access for the proxy's sorting and filtering (no QVariant per comparison).
    const PoolStatistics& poolAt(int row) const { return m_pools[row]; }
    const StateCounts& totals() const { return m_totals; }

private:
    QList<PoolStatistics> m_pools;
    StateCounts m_totals; // sum over all pools of every count some pool reported
    std::array<bool, kMetricCount> m_reported{};
};

} // namespace wsdash
