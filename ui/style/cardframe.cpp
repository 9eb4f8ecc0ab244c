#include "ui/style/cardframe.h"

#include <QPainter>

namespace wsdash {

CardFrame::CardFrame(QWidget* parent)
    : QFrame(parent)
{}

CardFrame::~CardFrame() = default;

void CardFrame::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    update();
}

void CardFrame::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    painter.setPen(
        QPen(palette().color(QPalette::Mid), 1.0, m_stale ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(box, 6, 6);
}

} // namespace wsdash
