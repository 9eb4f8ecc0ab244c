#include "poolfilterproxymodel.h"

#include "pooltablemodel.h"

namespace wsdash {

PoolFilterProxyModel::PoolFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PoolTableModel::SortRole);
}

PoolFilterProxyModel::~PoolFilterProxyModel() = default;

void PoolFilterProxyModel::setPoolModel(PoolTableModel* model)
{
    m_pools = model;
    setSourceModel(model);
}

void PoolFilterProxyModel::setFilterText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
    beginFilterChange();
    m_text = trimmed;
    endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
    m_text = trimmed;
    invalidateFilter();
#endif
}

int PoolFilterProxyModel::visiblePoolCount() const
{
    const int rows = rowCount();
    return rows > 0 ? rows - 1 : 0;
}

bool PoolFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_pools)
        return false;
    if (m_text.isEmpty() || m_pools->isTotalsRow(sourceRow))
        return true;
    const PoolStatistics& pool = m_pools->poolAt(sourceRow);
    return pool.name.contains(m_text, Qt::CaseInsensitive) ||
           pool.id.contains(m_text, Qt::CaseInsensitive);
}

bool PoolFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_pools)
        return QSortFilterProxyModel::lessThan(left, right);
    // The totals row sorts first in either order.
    const bool descending = sortOrder() == Qt::DescendingOrder;
    if (m_pools->isTotalsRow(left.row()))
        return !descending;
    if (m_pools->isTotalsRow(right.row()))
        return descending;

    const PoolStatistics& a = m_pools->poolAt(left.row());
    const PoolStatistics& b = m_pools->poolAt(right.row());
    const int column = left.column();
    if (column == PoolTableModel::NameColumn) {
        const int byName = a.name.localeAwareCompare(b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    }
    if (column == PoolTableModel::IdColumn)
        return a.id < b.id;
    const auto metric = PoolTableModel::metricOfColumn(column);
    const qint64 va = metric ? a.counts.value(*metric).value_or(-1) : 0;
    const qint64 vb = metric ? b.counts.value(*metric).value_or(-1) : 0;
    if (va != vb)
        return va < vb;
    // Ties in name order whichever way the column sorts (the view reverses descending sorts).
    int byName = a.name.localeAwareCompare(b.name);
    if (byName == 0)
        byName = a.id.compare(b.id);
    return descending ? byName > 0 : byName < 0;
}

} // namespace wsdash
