#pragma once

#include <QStyledItemDelegate>

namespace wsdash {

// Draws a count cell of the pool table: the count on the right, its share of the pool's
// desktops in muted text beside it, and a thin bar in the state's colour along the bottom.
class CountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CountDelegate(QObject* parent = nullptr);
    ~CountDelegate() override;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace wsdash
