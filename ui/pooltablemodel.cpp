#include "pooltablemodel.h"

#include "metricstyle.h"

#include <QFont>

namespace wsdash {

PoolTableModel::PoolTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

PoolTableModel::~PoolTableModel() = default;

void PoolTableModel::setPools(const QList<PoolStatistics>& pools)
{
    beginResetModel();
    m_pools = pools;
    m_totals = StateCounts();
    m_reported.fill(false);
    std::array<qint64, kMetricCount> sums{};
    for (const PoolStatistics& pool : std::as_const(m_pools)) {
        for (int m = 0; m < kMetricCount; ++m) {
            if (const Count value = pool.counts.value(static_cast<Metric>(m))) {
                sums[static_cast<std::size_t>(m)] += *value;
                m_reported[static_cast<std::size_t>(m)] = true;
            }
        }
    }
    for (int m = 0; m < kMetricCount; ++m) {
        if (m_reported[static_cast<std::size_t>(m)])
            m_totals.setValue(static_cast<Metric>(m), sums[static_cast<std::size_t>(m)]);
    }
    endResetModel();
}

void PoolTableModel::clear()
{
    setPools({});
}

int PoolTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_pools.isEmpty())
        return 0;
    return static_cast<int>(m_pools.size()) + 1;
}

int PoolTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<Metric> PoolTableModel::metricOfColumn(int column)
{
    if (column < TotalColumn || column >= ColumnCount)
        return std::nullopt;
    return static_cast<Metric>(column - TotalColumn);
}

int PoolTableModel::columnOf(Metric metric)
{
    return TotalColumn + static_cast<int>(metric);
}

bool PoolTableModel::isColumnReported(int column) const
{
    const auto metric = metricOfColumn(column);
    return !metric || m_reported[static_cast<std::size_t>(*metric)];
}

int PoolTableModel::rowOfPool(const QString& poolId) const
{
    for (qsizetype row = 0; row < m_pools.size(); ++row) {
        if (m_pools[row].id == poolId)
            return static_cast<int>(row);
    }
    return -1;
}

QVariant PoolTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totalsRow = isTotalsRow(row);
    const StateCounts& counts = totalsRow ? m_totals : m_pools[row].counts;
    const auto metric = metricOfColumn(column);

    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            if (totalsRow)
                return tr("All %n pool(s)", nullptr, static_cast<int>(m_pools.size()));
            return m_pools[row].name;
        }
        if (column == IdColumn)
            return totalsRow ? QString() : m_pools[row].id;
        return MetricStyle::count(counts.value(*metric));
    case SortRole:
        if (column == NameColumn)
            return totalsRow ? QString() : m_pools[row].name;
        if (column == IdColumn)
            return totalsRow ? QString() : m_pools[row].id;
        return static_cast<qlonglong>(counts.value(*metric).value_or(-1));
    case ShareRole:
        if (metric && *metric != Metric::TotalNum) {
            if (const auto share = counts.share(*metric))
                return *share;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn || column == IdColumn)
            return totalsRow ? tr("Sum over all pools of the result") : m_pools[row].id;
        if (!counts.value(*metric))
            return tr("Not reported by the server");
        if (const auto share = counts.share(*metric); share && *metric != Metric::TotalNum) {
            return tr("%1: %2 of %3 desktops (%4)")
                .arg(MetricStyle::label(*metric), MetricStyle::count(counts.value(*metric)),
                     MetricStyle::count(counts.value(Metric::TotalNum)),
                     MetricStyle::share(*share));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (metric)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
        if (totalsRow) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case PoolIdRole:
        return totalsRow ? QString() : m_pools[row].id;
    case TotalsRowRole:
        return totalsRow;
    case MetricRole:
        return metric ? QVariant(static_cast<int>(*metric)) : QVariant();
    default:
        return {};
    }
}

QVariant PoolTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    const auto metric = metricOfColumn(section);
    if (role == Qt::DisplayRole) {
        if (section == NameColumn)
            return tr("Pool");
        if (section == IdColumn)
            return tr("Pool ID");
        if (*metric == Metric::TotalNum)
            return tr("Desktops");
        return MetricStyle::label(*metric);
    }
    if (role == Qt::ToolTipRole && metric) {
        const MetricInfo& info = metricInfo(*metric);
        return info.family ? tr("%1 — %2 (%3)")
                                 .arg(MetricStyle::label(*info.family), MetricStyle::label(*metric),
                                      QLatin1String(info.field))
                           : QLatin1String(info.field);
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((metric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    return {};
}

} // namespace wsdash
