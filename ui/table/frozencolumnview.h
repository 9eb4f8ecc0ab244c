#pragma once

#include <QTableView>

namespace wsdash {

// A table view whose first column stays in place when the rest scrolls sideways (the pool's
// name stays next to its numbers). A second, focus-less view shows only that column on top of
// this one, sharing its model, selection and row heights; this view keeps the keyboard, so the
// table stays one Tab stop. Sorting by the first column goes through this view's header.
class FrozenColumnView final : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnView(QWidget* parent = nullptr);
    ~FrozenColumnView() override;

    void setModel(QAbstractItemModel* model) override;
    void setItemDelegate(QAbstractItemDelegate* delegate);
    // The overlay showing the first column (for clicks on it).
    QTableView* frozenView() const { return m_frozen; }
    // After columns were shown, hidden or resized: the overlay follows.
    void syncFrozenColumn();

protected:
    void resizeEvent(QResizeEvent* event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

private:
    void updateFrozenGeometry();

    QTableView* m_frozen = nullptr;
};

} // namespace wsdash
