#pragma once

#include "core/api/desktopdetail.h"

#include <QAbstractTableModel>
#include <QList>

namespace wsdash {

// The desktops of one drill-down as a table, appended page by page.
class DesktopListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column : int
    {
        ComputerNameColumn,
        DesktopIdColumn,
        TypeColumn,
        StatusColumn,
        LoginStatusColumn,
        AttachStateColumn,
        UsersColumn,
        IpColumn,
        CreatedColumn,
        TaskColumn,
        MaintenanceColumn,
        ColumnCount
    };

    explicit DesktopListModel(QObject* parent = nullptr);
    ~DesktopListModel() override;

    void append(const QList<DesktopDetail>& desktops);
    void clear();
    const QList<DesktopDetail>& desktops() const { return m_desktops; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The text of a cell, as shown and copied.
    static QString text(const DesktopDetail& desktop, int column);

private:
    QList<DesktopDetail> m_desktops;
};

} // namespace wsdash
