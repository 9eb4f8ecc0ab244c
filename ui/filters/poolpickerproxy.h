#pragma once

#include <QAbstractProxyModel>

#include <vector>

namespace wsdash {

class PoolPickerModel;

// The pool picker's list as the panel shows it: PoolPickerModel's rows in its shownOrder(),
// filtered by the search box. It replaces a QSortFilterProxyModel, which sorted the 100,000
// rows of a large project on the UI thread for 170 ms (issue 18): the order comes prepared
// with the rows, and a new list or a new search text is one reset of a row mapping.
class PoolPickerProxy final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit PoolPickerProxy(QObject* parent = nullptr);
    ~PoolPickerProxy() override;

    void setPoolModel(PoolPickerModel* model);
    // Case-insensitive match against the pool name or ID; empty shows every pool.
    void setFilterText(const QString& text);
    const QString& filterText() const { return m_text; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

private:
    void rebuild();
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                             const QList<int>& roles);

    PoolPickerModel* m_model = nullptr;
    QString m_text;
    std::vector<int> m_sourceRows; // by proxy row
    std::vector<int> m_proxyRows;  // by source row; -1 when filtered out
};

} // namespace wsdash
