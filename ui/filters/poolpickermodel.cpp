#include "ui/filters/poolpickermodel.h"

#include "ui/style/metricstyle.h"

#include <QLocale>

namespace wsdash {

PoolPickerModel::PoolPickerModel(QObject* parent)
    : QAbstractListModel(parent)
{}

PoolPickerModel::~PoolPickerModel() = default;

void PoolPickerModel::rebuild(const QList<DesktopPool>& pools)
{
    beginResetModel();
    m_entries.clear();
    m_known.clear();
    m_entries.reserve(pools.size() + m_checked.size());
    for (const DesktopPool& pool : pools) {
        if (m_known.contains(pool.id))
            continue;
        m_known.insert(pool.id);
        m_entries.append({pool, true});
    }
    // Checked IDs the list does not have: kept, first, so that they are seen.
    QStringList unknown;
    for (const QString& id : std::as_const(m_checked)) {
        if (!m_known.contains(id))
            unknown.append(id);
    }
    std::sort(unknown.begin(), unknown.end());
    QList<Entry> extra;
    for (const QString& id : std::as_const(unknown)) {
        DesktopPool pool;
        pool.id = id;
        extra.append({pool, false});
    }
    m_entries = extra + m_entries;
    m_sortKeys.clear();
    m_sortKeys.reserve(m_entries.size());
    for (const Entry& entry : std::as_const(m_entries)) {
        const QString shown = entry.known
                                  ? (entry.pool.name.isEmpty() ? entry.pool.id : entry.pool.name)
                                  : tr("%1 (not in the pool list)").arg(entry.pool.id);
        m_sortKeys.append(shown.toCaseFolded());
    }
    endResetModel();
}

void PoolPickerModel::setPools(const QList<DesktopPool>& pools)
{
    rebuild(pools);
}

void PoolPickerModel::setCheckedIds(const QStringList& ids)
{
    m_checked = QSet<QString>(ids.cbegin(), ids.cend());
    QList<DesktopPool> pools;
    pools.reserve(m_entries.size());
    for (const Entry& entry : std::as_const(m_entries)) {
        if (entry.known)
            pools.append(entry.pool);
    }
    rebuild(pools);
}

QStringList PoolPickerModel::checkedIds() const
{
    QStringList ids(m_checked.cbegin(), m_checked.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool PoolPickerModel::isKnown(const QString& id) const
{
    return m_known.contains(id);
}

int PoolPickerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant PoolPickerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_entries[index.row()];
    const DesktopPool& pool = entry.pool;
    switch (role) {
    case Qt::DisplayRole:
        if (!entry.known)
            return tr("%1 (not in the pool list)").arg(pool.id);
        return pool.name.isEmpty() ? pool.id : pool.name;
    case Qt::ToolTipRole: {
        QStringList lines{tr("ID: %1").arg(pool.id)};
        if (!pool.type.isEmpty())
            lines.append(tr("Type: %1").arg(pool.type));
        if (pool.desktopCount)
            lines.append(tr("Desktops: %1").arg(MetricStyle::count(*pool.desktopCount)));
        if (!pool.status.isEmpty())
            lines.append(tr("Status: %1").arg(pool.status));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::CheckStateRole:
        return m_checked.contains(pool.id) ? Qt::Checked : Qt::Unchecked;
    case PoolIdRole:
        return pool.id;
    case SearchRole:
        return QString(pool.name + QLatin1Char(' ') + pool.id);
    case KnownRole:
        return entry.known;
    default:
        return {};
    }
}

bool PoolPickerModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString& id = m_entries[index.row()].pool.id;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_checked.contains(id))
        return true;
    if (check)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedChanged();
    return true;
}

Qt::ItemFlags PoolPickerModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

} // namespace wsdash
