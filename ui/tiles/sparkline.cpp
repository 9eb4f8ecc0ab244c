#include "ui/tiles/sparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace wsdash {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(sizeHint());
}

void Sparkline::setValues(const QList<double>& values)
{
    m_values = values;
    if (values.isEmpty()) {
        setToolTip(QString());
    } else {
        const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
        setToolTip(tr("Recent values: %1 to %2").arg(*low).arg(*high));
    }
    update();
}

QList<QPointF> Sparkline::points() const
{
    QList<QPointF> result;
    if (m_values.isEmpty())
        return result;
    const auto [lowIt, highIt] = std::minmax_element(m_values.cbegin(), m_values.cend());
    const double low = *lowIt;
    const double span = *highIt - low;
    const QRectF area = QRectF(rect()).adjusted(1.5, 2.5, -1.5, -2.5);
    const qsizetype count = m_values.size();
    for (qsizetype i = 0; i < count; ++i) {
        const double x =
            count == 1 ? area.right() : area.left() + area.width() * double(i) / double(count - 1);
        const double y = span > 0 ? area.bottom() - area.height() * (m_values[i] - low) / span
                                  : area.center().y();
        result.append(QPointF(x, y));
    }
    return result;
}

void Sparkline::paintEvent(QPaintEvent*)
{
    const QList<QPointF> line = points();
    if (line.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, 1.5));
    if (line.size() > 1)
        painter.drawPolyline(line.constData(), static_cast<int>(line.size()));
    painter.setBrush(color);
    painter.drawEllipse(line.last(), 2.0, 2.0);
}

} // namespace wsdash
