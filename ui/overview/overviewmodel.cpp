#include "ui/overview/overviewmodel.h"

#include "core/dashboard/overviewfetcher.h"

#include <QLocale>

namespace wsdash {

namespace {

std::optional<Metric> metricOf(int column)
{
    switch (column) {
    case OverviewModel::TotalColumn:
        return Metric::TotalNum;
    case OverviewModel::RunningColumn:
        return Metric::ActiveNum;
    case OverviewModel::FaultyColumn:
        return Metric::ErrorNum;
    case OverviewModel::InUseColumn:
        return Metric::InUseNum;
    case OverviewModel::UnableToConnectColumn:
        return Metric::UnableToConnectNum;
    case OverviewModel::AttachErrorColumn:
        return Metric::AttachErrorNum;
    default:
        return std::nullopt;
    }
}

} // namespace

OverviewModel::OverviewModel(const OverviewFetcher& fetcher, QObject* parent)
    : QAbstractTableModel(parent)
    , m_fetcher(fetcher)
{
    connect(&fetcher, &OverviewFetcher::rowsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&fetcher, &OverviewFetcher::rowChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

OverviewModel::~OverviewModel() = default;

int OverviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_fetcher.rows().size());
}

int OverviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverviewRow& row = m_fetcher.rows().at(index.row());
    if (role == ProfileNameRole)
        return row.profileName;
    if (role == FailedRole)
        return row.state == OverviewRow::State::Failed;
    const std::optional<Metric> metric = metricOf(index.column());
    if (role == Qt::TextAlignmentRole) {
        return metric ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == StatusColumn && row.state == OverviewRow::State::Failed)
            return row.failureText();
        if (index.column() == ProjectColumn)
            return row.projectId;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};

    if (metric) {
        if (row.state != OverviewRow::State::Ok)
            return role == Qt::EditRole ? QVariant() : QVariant(QStringLiteral("—"));
        const Count value = row.totals.value(*metric);
        if (!value)
            return role == Qt::EditRole ? QVariant() : QVariant(QStringLiteral("—"));
        return role == Qt::EditRole ? QVariant::fromValue<qint64>(*value)
                                    : QVariant(QLocale().toString(qint64(*value)));
    }
    switch (index.column()) {
    case ProfileColumn:
        return row.profileName;
    case LocationColumn:
        return row.location;
    case ProjectColumn:
        return row.projectId;
    case StatusColumn:
        switch (row.state) {
        case OverviewRow::State::Waiting:
            return tr("Waiting");
        case OverviewRow::State::Loading:
            return tr("Loading…");
        case OverviewRow::State::Ok:
            return tr("OK at %1")
                .arg(QLocale().toString(row.receivedAt.toLocalTime().time(), QLocale::ShortFormat));
        case OverviewRow::State::Failed:
            return row.failureText();
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant OverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ProfileColumn:
        return tr("Profile");
    case LocationColumn:
        return tr("Region / endpoint");
    case ProjectColumn:
        return tr("Project");
    case TotalColumn:
        return tr("Desktops");
    case RunningColumn:
        return tr("Running");
    case FaultyColumn:
        return tr("Faulty");
    case InUseColumn:
        return tr("In use");
    case UnableToConnectColumn:
        return tr("Unable to connect");
    case AttachErrorColumn:
        return tr("Attach errors");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace wsdash
