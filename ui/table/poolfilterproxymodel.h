#pragma once

#include <QSortFilterProxyModel>

namespace wsdash {

class PoolTableModel;

// Text filtering of the pool table; sorting is forwarded to PoolTableModel, which sorts on
// typed values (fast for 10,000 pools). The totals row always stays first and visible.
class PoolFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PoolFilterProxyModel(QObject* parent = nullptr);
    ~PoolFilterProxyModel() override;

    void setPoolModel(PoolTableModel* model);
    // Case-insensitive match against the pool name or ID; empty shows every pool.
    void setFilterText(const QString& text);
    const QString& filterText() const { return m_text; }
    // Pools shown (the totals row is not counted).
    int visiblePoolCount() const;

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    PoolTableModel* m_pools = nullptr;
    QString m_text;
};

} // namespace wsdash
