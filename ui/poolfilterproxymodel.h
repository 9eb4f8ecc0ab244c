#pragma once

#include <QSortFilterProxyModel>

namespace wsdash {

class PoolTableModel;

// Sorting and text filtering of the pool table. The totals row always stays first and visible;
// comparisons read the typed counts directly, which keeps sorting 10,000 pools fast.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    PoolTableModel* m_pools = nullptr;
    QString m_text;
};

} // namespace wsdash
