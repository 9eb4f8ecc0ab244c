#include "ui/desktops/desktoplistmodel.h"

namespace wsdash {

DesktopListModel::DesktopListModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

DesktopListModel::~DesktopListModel() = default;

void DesktopListModel::append(const QList<DesktopDetail>& desktops)
{
    if (desktops.isEmpty())
        return;
    const auto first = static_cast<int>(m_desktops.size());
    beginInsertRows({}, first, first + static_cast<int>(desktops.size()) - 1);
    m_desktops += desktops;
    endInsertRows();
}

void DesktopListModel::clear()
{
    beginResetModel();
    m_desktops.clear();
    endResetModel();
}

int DesktopListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_desktops.size());
}

int DesktopListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DesktopListModel::text(const DesktopDetail& d, int column)
{
    switch (column) {
    case ComputerNameColumn:
        return d.computerName;
    case DesktopIdColumn:
        return d.desktopId;
    case TypeColumn:
        return d.desktopType;
    case StatusColumn:
        return d.status;
    case LoginStatusColumn:
        return d.loginStatus;
    case AttachStateColumn:
        return d.attachState;
    case UsersColumn:
        return d.usersText();
    case IpColumn:
        return d.ipv4;
    case CreatedColumn:
        return d.created;
    case TaskColumn:
        return d.taskStatus;
    case MaintenanceColumn:
        if (!d.inMaintenanceMode)
            return {};
        return *d.inMaintenanceMode ? tr("yes") : tr("no");
    default:
        return {};
    }
}

QVariant DesktopListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DesktopDetail& desktop = m_desktops.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return text(desktop, index.column());
    return {};
}

QVariant DesktopListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComputerNameColumn:
        return tr("Computer name");
    case DesktopIdColumn:
        return tr("Desktop ID");
    case TypeColumn:
        return tr("Type");
    case StatusColumn:
        return tr("Status");
    case LoginStatusColumn:
        return tr("Login status");
    case AttachStateColumn:
        return tr("Assignment state");
    case UsersColumn:
        return tr("Users");
    case IpColumn:
        return tr("IP address");
    case CreatedColumn:
        return tr("Created");
    case TaskColumn:
        return tr("Task");
    case MaintenanceColumn:
        return tr("Maintenance mode");
    default:
        return {};
    }
}

} // namespace wsdash
