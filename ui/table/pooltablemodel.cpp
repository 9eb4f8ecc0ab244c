#include "ui/table/pooltablemodel.h"

#include "core/base/backgroundrelease.h"
#include "core/dashboard/drilldown.h"
#include "core/history/alertevaluator.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace wsdash {

PoolTableModel::PoolTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

PoolTableModel::~PoolTableModel() = default;

void PoolTableModel::setPools(const QList<PoolStatistics>& pools)
{
    setContents(PoolTableContents::prepare(pools, m_sortColumn, m_sortOrder));
}

void PoolTableModel::setContents(PoolTableContents contents)
{
    if (contents.sortColumn != m_sortColumn || contents.sortOrder != m_sortOrder)
        contents.sort(m_sortColumn, m_sortOrder);
    beginResetModel();
    std::swap(m_data, contents);
    readAlerts();
    endResetModel();
    // The old rows (their sort keys, and the pools when no one else holds them) are freed off
    // this thread.
    if (contents.pools.size() > 1000)
        releaseInBackground(std::move(contents));
}

void PoolTableModel::setAlerts(const AlertEvaluator* alerts)
{
    m_alerts = alerts;
    refreshAlerts();
}

void PoolTableModel::refreshAlerts()
{
    if (readAlerts() && !m_data.pools.isEmpty()) {
        Q_EMIT dataChanged(index(1, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::BackgroundRole, Qt::DecorationRole, Qt::FontRole, Qt::ToolTipRole,
                            Qt::AccessibleDescriptionRole, AlertLevelRole});
    }
}

bool PoolTableModel::readAlerts()
{
    std::vector<PoolAlerts> alerts;
    bool eachPool = false;
    if (m_alerts) {
        for (const AlertRule& rule : m_alerts->rules())
            eachPool = eachPool || rule.scope == AlertRule::Scope::EachPool;
    }
    if (eachPool) {
        bool any = false;
        alerts.resize(static_cast<std::size_t>(m_data.pools.size()));
        for (qsizetype pool = 0; pool < m_data.pools.size(); ++pool) {
            PoolAlerts& each = alerts[static_cast<std::size_t>(pool)];
            for (int m = 0; m < kMetricCount; ++m) {
                const AlertLevel level =
                    m_alerts->highestLevel(static_cast<Metric>(m), m_data.pools.at(pool).id);
                each.levels[static_cast<std::size_t>(m)] = level;
                each.worst = std::max(each.worst, level);
            }
            any = any || each.worst != AlertLevel::Ok;
        }
        if (!any)
            alerts.clear();
    }
    const auto same = [](const PoolAlerts& a, const PoolAlerts& b) {
        return a.worst == b.worst && a.levels == b.levels;
    };
    const bool changed = alerts.size() != m_poolAlerts.size() ||
                         !std::equal(alerts.cbegin(), alerts.cend(), m_poolAlerts.cbegin(), same);
    m_poolAlerts = std::move(alerts);
    return changed;
}

AlertLevel PoolTableModel::poolAlertLevel(const QString& poolId) const
{
    const int row = rowOfPool(poolId);
    if (row < 1 || m_poolAlerts.empty())
        return AlertLevel::Ok;
    return m_poolAlerts[static_cast<std::size_t>(m_data.order[static_cast<std::size_t>(row - 1)])]
        .worst;
}

QVariant PoolTableModel::alertData(int role, int row, std::optional<Metric> metric) const
{
    if (m_poolAlerts.empty() || isTotalsRow(row))
        return {};
    const PoolAlerts& alerts =
        m_poolAlerts[static_cast<std::size_t>(m_data.order[static_cast<std::size_t>(row - 1)])];
    const AlertLevel level =
        metric ? alerts.levels[static_cast<std::size_t>(*metric)] : alerts.worst;
    if (role == AlertLevelRole)
        return static_cast<int>(level);
    if (alerts.worst == AlertLevel::Ok)
        return {};
    const bool critical =
        (metric && level != AlertLevel::Ok ? level : alerts.worst) == AlertLevel::Critical;
    switch (role) {
    case Qt::BackgroundRole: {
        // As the KPI tiles' alert band; the rest of the row lighter than the breached counts.
        const bool dark = Theme::isDark(QGuiApplication::palette());
        QColor color = critical ? (dark ? QColor(0x6b, 0x1d, 0x1d) : QColor(0xfd, 0xd8, 0xd8))
                                : (dark ? QColor(0x5c, 0x43, 0x0a) : QColor(0xff, 0xec, 0xb3));
        if (!metric || level == AlertLevel::Ok)
            color.setAlphaF(0.55f);
        return color;
    }
    case Qt::DecorationRole:
        if (metric)
            return {};
        return QApplication::style()->standardIcon(critical ? QStyle::SP_MessageBoxCritical
                                                            : QStyle::SP_MessageBoxWarning);
    case Qt::FontRole:
        if (metric && level != AlertLevel::Ok) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole: {
        if (metric) {
            if (level == AlertLevel::Ok)
                return {};
            return critical ? tr("Critical alert on this count") : tr("Warning on this count");
        }
        QStringList counts;
        for (const MetricInfo& info : allMetrics()) {
            if (alerts.levels[static_cast<std::size_t>(info.metric)] != AlertLevel::Ok)
                counts.append(MetricStyle::label(info.metric));
        }
        return (critical ? tr("Critical alert: %1") : tr("Warning: %1"))
            .arg(counts.join(QStringLiteral(", ")));
    }
    default:
        return {};
    }
}

void PoolTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (m_data.pools.isEmpty()) {
        m_data.sortColumn = column;
        m_data.sortOrder = order;
        return;
    }
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> pools; // the pool (or -1: totals) each persistent index pointed at
    pools.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before)
        pools.push_back(index.row() == 0 ? -1
                                         : m_data.order[static_cast<std::size_t>(index.row() - 1)]);
    m_data.sort(column, order);
    std::vector<int> rowOfPool(m_data.order.size());
    for (std::size_t row = 0; row < m_data.order.size(); ++row)
        rowOfPool[static_cast<std::size_t>(m_data.order[row])] = static_cast<int>(row) + 1;
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int pool = pools[static_cast<std::size_t>(i)];
        after.append(
            index(pool < 0 ? 0 : rowOfPool[static_cast<std::size_t>(pool)], before[i].column()));
    }
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void PoolTableModel::clear()
{
    setPools({});
}

int PoolTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || m_data.pools.isEmpty())
        return 0;
    return static_cast<int>(m_data.pools.size()) + 1;
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
    return !metric || m_data.reported[static_cast<std::size_t>(*metric)];
}

QStringList PoolTableModel::widestPoolNames() const
{
    QStringList names;
    names.reserve(static_cast<qsizetype>(m_data.widestNames.size()));
    for (const int index : m_data.widestNames)
        names.append(m_data.pools.at(index).name);
    return names;
}

int PoolTableModel::rowOfPool(const QString& poolId) const
{
    for (std::size_t row = 0; row < m_data.order.size(); ++row) {
        if (m_data.pools.at(m_data.order[row]).id == poolId)
            return static_cast<int>(row) + 1;
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
    const PoolStatistics* pool = totalsRow ? nullptr : &poolAt(row);
    const StateCounts& counts = totalsRow ? m_data.totals : pool->counts;
    const auto metric = metricOfColumn(column);

    const bool invalid = metric && counts.isInvalid(*metric);
    if (invalid && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const bool dark = Theme::isDark(QGuiApplication::palette());
        return role == Qt::BackgroundRole ? MetricStyle::invalidBackground(dark)
                                          : MetricStyle::invalidText(dark);
    }
    if (role == AlertLevelRole || role == Qt::BackgroundRole || role == Qt::DecorationRole ||
        role == Qt::AccessibleDescriptionRole) {
        return alertData(role, row, metric);
    }
    if (role == Qt::FontRole && !totalsRow) {
        if (QVariant bold = alertData(role, row, metric); bold.isValid())
            return bold;
    }
    if (role == Qt::ToolTipRole && !totalsRow) {
        if (const QVariant alert = alertData(role, row, metric); alert.isValid()) {
            const QString base = metric ? countToolTip(pool, counts, *metric) : pool->id;
            return base.isEmpty() ? alert.toString() : alert.toString() + u'\n' + base;
        }
    }

    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn) {
            if (totalsRow)
                return tr("All %Ln pool(s)", nullptr, static_cast<int>(m_data.pools.size()));
            return pool->name;
        }
        if (column == IdColumn)
            return totalsRow ? QString() : pool->id;
        return MetricStyle::count(counts, *metric);
    case SortRole:
        if (column == NameColumn)
            return totalsRow ? QString() : pool->name;
        if (column == IdColumn)
            return totalsRow ? QString() : pool->id;
        return static_cast<qlonglong>(counts.value(*metric).value_or(-1));
    case ShareRole:
        if (metric && *metric != Metric::TotalNum) {
            if (const auto share = counts.share(*metric))
                return *share;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == NameColumn || column == IdColumn)
            return totalsRow ? tr("Sum over all pools of the result")
                             : pool->id + QLatin1Char('\n') +
                                   tr("Click to list all desktops of this pool.");
        if (const QString tip = countToolTip(pool, counts, *metric); !tip.isEmpty())
            return tip;
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
        return totalsRow ? QString() : pool->id;
    case TotalsRowRole:
        return totalsRow;
    case MetricRole:
        return metric ? QVariant(static_cast<int>(*metric)) : QVariant();
    default:
        return {};
    }
}

QString PoolTableModel::countToolTip(const PoolStatistics* pool, const StateCounts& counts,
                                     Metric metric) const
{
    if (counts.isInvalid(metric)) {
        if (!pool) {
            return tr("Not summed: %n pool(s) sent an invalid value of this count.", nullptr,
                      m_data.invalidPools[static_cast<std::size_t>(metric)]);
        }
        return tr("The server sent an invalid value at %1: it is not counted anywhere.")
            .arg(pool->countPath(metric));
    }
    if (!counts.value(metric))
        return tr("Not reported by the server");
    if (const auto share = counts.share(metric); share && metric != Metric::TotalNum) {
        return tr("%1: %2 of %3 desktops (%4)")
            .arg(MetricStyle::label(metric), MetricStyle::count(counts.value(metric)),
                 MetricStyle::count(counts.value(Metric::TotalNum)), MetricStyle::share(*share));
    }
    return {};
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
        // The help page's words (F1), where the count comes from, and whether a click lists
        // its desktops.
        const QString why = DrillPlan::whyNotOffered(*metric);
        const QString origin =
            info.family ? tr("%1 — %2 (%3)")
                              .arg(MetricStyle::label(*info.family), MetricStyle::label(*metric),
                                   QLatin1String(info.field))
                        : QString(QLatin1String(info.field));
        return QString(MetricStyle::definition(*metric) + QLatin1Char('\n') + origin +
                       QLatin1Char('\n') +
                       (why.isEmpty() ? tr("Click a cell to list its desktops.") : why));
    }
    if (role == Qt::TextAlignmentRole) {
        return QVariant::fromValue(
            Qt::Alignment((metric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    return {};
}

} // namespace wsdash
