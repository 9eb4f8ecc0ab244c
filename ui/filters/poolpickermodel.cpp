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

QString PoolPickerModel::shownText(const DesktopPool& pool, bool known)
{
    if (!known)
        return tr("%1 (not in the pool list)").arg(pool.id);
    return pool.name.isEmpty() ? pool.id : pool.name;
}

const DesktopPool& PoolPickerModel::poolAt(int row, bool* known) const
{
    const auto unknownRows = static_cast<int>(m_data.unknown.size());
    if (known)
        *known = row >= unknownRows;
    if (row >= unknownRows)
        return m_data.pools.at(m_data.listed[static_cast<std::size_t>(row - unknownRows)]);
    return m_data.unknown.at(row);
}

PoolPickerModel::Contents PoolPickerModel::prepare(const QList<DesktopPool>& pools,
                                                   const QSet<QString>& checked)
{
    Contents contents;
    contents.pools = pools; // shared, not copied
    contents.checked = checked;
    contents.known.reserve(pools.size());
    contents.listed.reserve(static_cast<std::size_t>(pools.size()));
    for (qsizetype i = 0; i < pools.size(); ++i) {
        const QString& id = pools.at(i).id;
        if (contents.known.contains(id))
            continue;
        contents.known.insert(id);
        contents.listed.push_back(static_cast<int>(i));
    }
    // Checked IDs the list does not have: kept, first, so that they are seen.
    QStringList unknown;
    for (const QString& id : checked) {
        if (!contents.known.contains(id))
            unknown.append(id);
    }
    std::sort(unknown.begin(), unknown.end());
    for (const QString& id : std::as_const(unknown)) {
        DesktopPool pool;
        pool.id = id;
        contents.unknown.append(pool);
    }
    // The order of a case-insensitive sort of the shown text, ties in list order (as the
    // panel's QSortFilterProxyModel sorted before; 170 ms on the UI thread for 100,000 pools).
    const std::size_t rows =
        static_cast<std::size_t>(contents.unknown.size()) + contents.listed.size();
    std::vector<QString> keys;
    keys.reserve(rows);
    for (const DesktopPool& pool : std::as_const(contents.unknown))
        keys.push_back(shownText(pool, false).toCaseFolded());
    for (int index : contents.listed)
        keys.push_back(shownText(pools.at(index), true).toCaseFolded());
    contents.shownOrder.resize(rows);
    std::iota(contents.shownOrder.begin(), contents.shownOrder.end(), 0);
    std::stable_sort(contents.shownOrder.begin(), contents.shownOrder.end(), [&keys](int a, int b) {
        return keys[static_cast<std::size_t>(a)] < keys[static_cast<std::size_t>(b)];
    });
    return contents;
}

void PoolPickerModel::setContents(Contents contents)
{
    // Checked or unchecked while it was prepared: the rows of unknown IDs may differ.
    if (contents.checked != m_data.checked)
        contents = prepare(contents.pools, m_data.checked);
    beginResetModel();
    std::swap(m_data, contents);
    endResetModel();
    if (contents.listed.size() > 1000)
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
    m_data.checked = checked;
    bool sameRows = unknown.size() == m_data.unknown.size();
    for (qsizetype i = 0; sameRows && i < unknown.size(); ++i)
        sameRows = unknown.at(i) == m_data.unknown.at(i).id;
    if (sameRows) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::CheckStateRole});
        return;
    }
    setContents(prepare(m_data.pools, checked));
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
    const DesktopPool& pool = poolAt(row);
    if (pool.name.contains(text, Qt::CaseInsensitive) ||
        pool.id.contains(text, Qt::CaseInsensitive))
        return true;
    // A text across the space between the two.
    return text.contains(QLatin1Char(' ')) &&
           QString(pool.name + QLatin1Char(' ') + pool.id).contains(text, Qt::CaseInsensitive);
}

int PoolPickerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0
                            : static_cast<int>(static_cast<std::size_t>(m_data.unknown.size()) +
                                               m_data.listed.size());
}

QVariant PoolPickerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    bool known = true;
    const DesktopPool& pool = poolAt(index.row(), &known);
    switch (role) {
    case Qt::DisplayRole:
        return shownText(pool, known);
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
        return known;
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
    const QString& id = poolAt(index.row()).id;
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
