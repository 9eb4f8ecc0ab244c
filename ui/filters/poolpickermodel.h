#pragma once

#include "core/api/desktoppoolclient.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace wsdash {

// The pools offered by the filter panel, each with a check box. Checked IDs that the pool
// list does not know (pasted by hand) are listed too, marked as such.
class PoolPickerModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role : int
    {
        PoolIdRole = Qt::UserRole + 1,
        SearchRole, // name and ID, for the search box
        KnownRole,  // false for an ID the pool list does not have
    };

    explicit PoolPickerModel(QObject* parent = nullptr);
    ~PoolPickerModel() override;

    // Replaces the list (one reset); checked IDs stay checked.
    void setPools(const QList<DesktopPool>& pools);
    // Checks exactly these IDs, adding rows for unknown ones.
    void setCheckedIds(const QStringList& ids);
    QStringList checkedIds() const;
    bool isKnown(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The shown text of `row`, case-folded once per pool list: what the panel's proxy sorts by
    // (comparing data() case-insensitively took longer than a frame for 10,000 pools).
    const QString& sortKey(int row) const { return m_sortKeys.at(row); }

Q_SIGNALS:
    // The user checked or unchecked a pool.
    void checkedChanged();

private:
    struct Entry
    {
        DesktopPool pool;
        bool known = true;
    };
    void rebuild(const QList<DesktopPool>& pools);

    QList<Entry> m_entries;
    QStringList m_sortKeys; // by row
    QSet<QString> m_checked;
    QSet<QString> m_known;
};

} // namespace wsdash
