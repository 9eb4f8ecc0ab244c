#include "ui/filters/poolpickermodel.h"

#include "core/base/backgroundrelease.h"
#include "ui/style/metricstyle.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace wsdash {

PoolPickerModel::PoolPickerModel(QObject* parent)
    : QAbstractListModel(parent)
{}

PoolPickerModel::~PoolPickerModel() = default;

QString PoolPickerModel::shownText(const Entry& entry)
{
    if (!entry.known)
        return tr("%1 (not in the pool list)").arg(entry.pool.id);
    return entry.pool.name.isEmpty() ? entry.pool.id : entry.pool.name;
}

PoolPickerModel::Contents PoolPickerModel::prepare(const QList<DesktopPool>& pools,
                                                   const QSet<QString>& checked)
{
    Contents contents;
    contents.checked = checked;
    contents.entries.reserve(pools.size() + checked.size());
    contents.known.reserve(pools.size());
    // Checked IDs the list does not have: kept, first, so that they are seen.
    QSet<QString> listed;
    listed.reserve(pools.size());
    for (const DesktopPool& pool : pools)
        listed.insert(pool.id);
    QStringList unknown;
    for (const QString& id : checked) {
        if (!listed.contains(id))
            unknown.append(id);
    }
    listed = {};
    std::sort(unknown.begin(), unknown.end());
    for (const QString& id : std::as_const(unknown)) {
        DesktopPool pool;
        pool.id = id;
        contents.entries.append({pool, false});
    }
    for (const DesktopPool& pool : pools) {
        if (contents.known.contains(pool.id))
            continue;
        contents.known.insert(pool.id);
        contents.entries.append({pool, true});
    }
    // The order of a case-insensitive sort of the shown text, ties in list order (as the
    // panel's QSortFilterProxyModel sorted before; 170 ms on the UI thread for 100,000 pools).
    std::vector<QString> keys;
    keys.reserve(static_cast<std::size_t>(contents.entries.size()));
    for (const Entry& entry : std::as_const(contents.entries))
        keys.push_back(shownText(entry).toCaseFolded());
    contents.shownOrder.resize(keys.size());
    std::iota(contents.shownOrder.begin(), contents.shownOrder.end(), 0);
    std::stable_sort(contents.shownOrder.begin(), contents.shownOrder.end(), [&keys](int a, int b) {
        return keys[static_cast<std::size_t>(a)] < keys[static_cast<std::size_t>(b)];
    });
    return contents;
}

void PoolPickerModel::setContents(Contents contents)
{
    if (contents.checked != m_data.checked) {
        // Checked or unchecked while it was prepared: the rows of unknown IDs may differ.
        QList<DesktopPool> pools;
        pools.reserve(contents.entries.size());
        for (const Entry& entry : std::as_const(contents.entries)) {
            if (entry.known)
                pools.append(entry.pool);
        }
        contents = prepare(pools, m_data.checked);
    }
    beginResetModel();
    std::swap(m_data, contents);
    endResetModel();
    if (contents.entries.size() > 1000)
        releaseInBackground(std::move(contents));
}

void PoolPickerModel::setPools(const QList<DesktopPool>& pools)
{
    setContents(prepare(pools, m_data.checked));
}

void PoolPickerModel::setCheckedIds(const QStringList& ids)
{
    const QSet<QString> checked(ids.cbegin(), ids.cend());
    // Only when an unknown ID comes or goes do the rows change; otherwise only the checks.
    QStringList unknown;
    for (const QString& id : checked) {
        if (!m_data.known.contains(id))
            unknown.append(id);
    }
    std::sort(unknown.begin(), unknown.end());
    QStringList unknownRows; // first, sorted
    for (const Entry& entry : std::as_const(m_data.entries)) {
        if (entry.known)
            break;
        unknownRows.append(entry.pool.id);
    }
    if (unknown == unknownRows) {
        m_data.checked = checked;
        if (!m_data.entries.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
        return;
    }
    QList<DesktopPool> pools;
    pools.reserve(m_data.entries.size());
    for (const Entry& entry : std::as_const(m_data.entries)) {
        if (entry.known)
            pools.append(entry.pool);
    }
    m_data.checked = checked;
    setContents(prepare(pools, checked));
}

QStringList PoolPickerModel::checkedIds() const
{
    QStringList ids(m_data.checked.cbegin(), m_data.checked.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool PoolPickerModel::isKnown(const QString& id) const
{
    return m_data.known.contains(id);
}

bool PoolPickerModel::matches(int row, const QString& text) const
{
    if (text.isEmpty())
        return true;
    const DesktopPool& pool = m_data.entries.at(row).pool;
    if (pool.name.contains(text, Qt::CaseInsensitive) ||
        pool.id.contains(text, Qt::CaseInsensitive))
        return true;
    // A text across the space between the two.
    return text.contains(QLatin1Char(' ')) &&
           QString(pool.name + QLatin1Char(' ') + pool.id).contains(text, Qt::CaseInsensitive);
}

int PoolPickerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.entries.size());
}

QVariant PoolPickerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& entry = m_data.entries[index.row()];
    const DesktopPool& pool = entry.pool;
    switch (role) {
    case Qt::DisplayRole:
        return shownText(entry);
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
        return m_data.checked.contains(pool.id) ? Qt::Checked : Qt::Unchecked;
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
    const QString& id = m_data.entries[index.row()].pool.id;
    const bool check = value.toInt() == Qt::Checked;
    if (check == m_data.checked.contains(id))
        return true;
    if (check)
        m_data.checked.insert(id);
    else
        m_data.checked.remove(id);
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
