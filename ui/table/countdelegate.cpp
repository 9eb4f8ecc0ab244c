#include "ui/table/countdelegate.h"

#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"
#include "ui/table/pooltablemodel.h"

#include <QApplication>
#include <QPainter>

namespace wsdash {

CountDelegate::CountDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

CountDelegate::~CountDelegate() = default;

void CountDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const
{
    const QVariant shareValue = index.data(PoolTableModel::ShareRole);
    const QVariant metricValue = index.data(PoolTableModel::MetricRole);
    if (!shareValue.isValid() || !metricValue.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double share = shareValue.toDouble();
    const auto metric = static_cast<Metric>(metricValue.toInt());

    // Background, selection and focus as usual, then our own text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString count = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette& pal = opt.palette;
    const QRect box = opt.rect.adjusted(4, 0, -4, -1);
    painter->save();

    // The share bar.
    const bool dark = Theme::isDark(pal);
    QColor barColor = MetricStyle::color(metric, dark);
    barColor.setAlphaF(selected ? 0.9f : 0.75f);
    const int barWidth = static_cast<int>(std::lround(box.width() * std::clamp(share, 0.0, 1.0)));
    painter->fillRect(QRect(box.left(), opt.rect.bottom() - 2, barWidth, 2), barColor);

    painter->setFont(opt.font);
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    painter->setPen(text);
    painter->drawText(box, Qt::AlignRight | Qt::AlignVCenter, count);

    const int countWidth = opt.fontMetrics.horizontalAdvance(count);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(selected ? text : Theme::mutedText(pal));
    const QRect shareBox = box.adjusted(0, 0, -(countWidth + 6), 0);
    painter->drawText(shareBox, Qt::AlignRight | Qt::AlignVCenter, MetricStyle::share(share));
    painter->restore();
}

QSize CountDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += option.fontMetrics.horizontalAdvance(QStringLiteral("100.0%")) + 10;
    return size;
}

} // namespace wsdash
