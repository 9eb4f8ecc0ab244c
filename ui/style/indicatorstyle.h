#pragma once

#include <QProxyStyle>

namespace wsdash {

// Fusion with check box and radio button outlines that read on any palette: Fusion draws them
// in the window colour darkened, which vanishes on a dark window (only the tick showed). The
// outline here is the palette's text colour mixed into the field, as visible in dark as in light.
class IndicatorStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    // Takes ownership of `base` (Fusion when null).
    explicit IndicatorStyle(QStyle* base = nullptr);

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;

    // The outline colour for a palette.
    static QColor outline(const QPalette& palette);
};

} // namespace wsdash
