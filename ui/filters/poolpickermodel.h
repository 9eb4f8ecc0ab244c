#pragma once

#include "core/api/desktoppoolclient.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>

#include <vector>

namespace wsdash {

// The pools offered by the filter panel, each with a check box. Checked IDs that the pool
// list does not know (pasted by hand) are listed too, marked as such. The rows keep the order
// of the pool list; shownOrder() is the order the panel shows them in (by the shown text,
// case-insensitively), computed with the rows, so that the panel's proxy need not sort.
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

    // Everything setPools() computes, built by prepare() without the model, so that the panel
    // prepares 100,000 pools on a worker thread and the model takes them with one cheap reset
    // (issue 18). The pool list is shared with the caller's, not copied.
    struct Contents
    {
        QList<DesktopPool> pools; // as given
        QList<DesktopPool>
            unknown;             // checked IDs the list does not have (only the ID): the first rows
        std::vector<int> listed; // the other rows: their index in `pools`, duplicates left out
        QSet<QString> known;     // IDs of `pools`
        std::vector<int> shownOrder; // rows by the shown text, case-folded (stable)
        QSet<QString> checked;       // the checked IDs it was made for
    };
    // Thread-safe: reads only its arguments.
    static Contents prepare(const QList<DesktopPool>& pools, const QSet<QString>& checked);

    explicit PoolPickerModel(QObject* parent = nullptr);
    ~PoolPickerModel() override;

    // Replaces the list (one reset); checked IDs stay checked.
    void setPools(const QList<DesktopPool>& pools);
    // The same with prepared rows (made again when the checks changed meanwhile).
    void setContents(Contents contents);
    // Checks exactly these IDs, adding rows for unknown ones.
    void setCheckedIds(const QStringList& ids);
    QStringList checkedIds() const;
    const QSet<QString>& checkedIdSet() const { return m_data.checked; }
    bool isKnown(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The rows in the order the panel shows them.
    const std::vector<int>& shownOrder() const { return m_data.shownOrder; }
    // Whether `row` matches the search box's text (case-insensitive, in the name or the ID):
    // what SearchRole contains, without making that string.
    bool matches(int row, const QString& text) const;

Q_SIGNALS:
    // The user checked or unchecked a pool.
    void checkedChanged();

private:
    // The pool of a row (an unknown ID: a pool with only that ID), and whether it is listed.
    const DesktopPool& poolAt(int row, bool* known = nullptr) const;
    static QString shownText(const DesktopPool& pool, bool known);

    Contents m_data;
};

} // namespace wsdash
