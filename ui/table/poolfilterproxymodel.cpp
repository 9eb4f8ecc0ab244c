#include "ui/table/poolfilterproxymodel.h"

#include "ui/table/pooltablemodel.h"

namespace wsdash {

PoolFilterProxyModel::PoolFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

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

void PoolFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The proxy keeps the source order (its own sort column stays -1).
    if (m_pools)
        m_pools->sort(column, order);
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

} // namespace wsdash
