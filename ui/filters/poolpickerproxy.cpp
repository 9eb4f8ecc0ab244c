#include "ui/filters/poolpickerproxy.h"

#include "ui/filters/poolpickermodel.h"

namespace wsdash {

PoolPickerProxy::PoolPickerProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{}

PoolPickerProxy::~PoolPickerProxy() = default;

void PoolPickerProxy::setPoolModel(PoolPickerModel* model)
{
    beginResetModel();
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    QAbstractProxyModel::setSourceModel(model);
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
                &PoolPickerProxy::beginResetModel);
        connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        connect(m_model, &QAbstractItemModel::dataChanged, this,
                &PoolPickerProxy::onSourceDataChanged);
    }
    rebuild();
    endResetModel();
}

void PoolPickerProxy::setFilterText(const QString& text)
{
    if (text == m_text)
        return;
    beginResetModel();
    m_text = text;
    rebuild();
    endResetModel();
}

void PoolPickerProxy::rebuild()
{
    m_sourceRows.clear();
    m_proxyRows.clear();
    if (!m_model)
        return;
    const std::vector<int>& order = m_model->shownOrder();
    m_proxyRows.assign(order.size(), -1);
    m_sourceRows.reserve(m_text.isEmpty() ? order.size() : 0);
    for (int row : order) {
        if (m_model->matches(row, m_text)) {
            m_proxyRows[static_cast<std::size_t>(row)] = static_cast<int>(m_sourceRows.size());
            m_sourceRows.push_back(row);
        }
    }
}

void PoolPickerProxy::onSourceDataChanged(const QModelIndex& topLeft,
                                          const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (m_sourceRows.empty())
        return;
    if (topLeft.row() == bottomRight.row()) {
        const QModelIndex shown = mapFromSource(topLeft);
        if (shown.isValid())
            Q_EMIT dataChanged(shown, shown, roles);
        return;
    }
    // A range of the source is scattered over the shown rows: all of them.
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), roles);
}

QModelIndex PoolPickerProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || column != 0 || row < 0 || row >= rowCount())
        return {};
    return createIndex(row, column);
}

QModelIndex PoolPickerProxy::parent(const QModelIndex&) const
{
    return {};
}

int PoolPickerProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sourceRows.size());
}

int PoolPickerProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_model ? 0 : 1;
}

bool PoolPickerProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

QModelIndex PoolPickerProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_model || !proxyIndex.isValid() || proxyIndex.model() != this ||
        proxyIndex.row() >= rowCount()) {
        return {};
    }
    return m_model->index(m_sourceRows[static_cast<std::size_t>(proxyIndex.row())], 0);
}

QModelIndex PoolPickerProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_model || !sourceIndex.isValid() || sourceIndex.model() != m_model ||
        static_cast<std::size_t>(sourceIndex.row()) >= m_proxyRows.size()) {
        return {};
    }
    const int row = m_proxyRows[static_cast<std::size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, 0);
}

} // namespace wsdash
