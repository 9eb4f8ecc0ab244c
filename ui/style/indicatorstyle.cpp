#include "ui/style/indicatorstyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace wsdash {

IndicatorStyle::IndicatorStyle(QStyle* base)
    : QProxyStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion")))
{}

QColor IndicatorStyle::outline(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // 55 % text on the field: clearly a box, still quieter than the tick.
    return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * 0.55f,
                            base.greenF() + (text.greenF() - base.greenF()) * 0.55f,
                            base.blueF() + (text.blueF() - base.blueF()) * 0.55f);
}

void IndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                                   QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorItemViewItemCheck &&
        element != PE_IndicatorRadioButton) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor pen = outline(option->palette);
    if (!(option->state & State_Enabled))
        pen.setAlphaF(0.5f);
    painter->setPen(QPen(pen, 1.0));
    painter->setBrush(Qt::NoBrush);
    const QRectF box = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(box.adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRoundedRect(box, 1.5, 1.5);
    painter->restore();
}

} // namespace wsdash
