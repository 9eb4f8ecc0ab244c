#pragma once

#include <QAbstractTableModel>

namespace wsdash {

class OverviewFetcher;

// The all-projects overview as a table: one row per saved profile, with its totals and the key
// state counts, or its error in the Status column.
class OverviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ProfileColumn,
        LocationColumn,
        ProjectColumn,
        TotalColumn,
        RunningColumn,
        FaultyColumn,
        InUseColumn,
        UnableToConnectColumn,
        AttachErrorColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ProfileNameRole = Qt::UserRole + 1, // the profile's name, on every column
        FailedRole,                         // bool: the row failed
    };

    explicit OverviewModel(const OverviewFetcher& fetcher, QObject* parent = nullptr);
    ~OverviewModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const OverviewFetcher& m_fetcher;
};

} // namespace wsdash
