#pragma once

#include <QImage>
#include <QString>

#include <optional>

class QWidget;

// Pictures of the dashboard for reviews: rendered from the widgets (not grabbed from the
// screen), so that they come out the same with or without a display.
namespace wsdash::DashboardImage {

// The widget as it looks now, at `scale` device pixels per logical pixel (2 for a 2x
// picture: twice the width and height, sharp text). The image's density says 96 dpi × scale,
// so viewers that honour it show the picture at the widget's logical size.
QImage render(QWidget& widget, qreal scale = 1.0);

// Encodes as PNG and writes through a temporary file renamed into place. Returns an error
// message on failure (nothing is left under `path` then).
std::optional<QString> savePng(const QImage& image, const QString& path);

} // namespace wsdash::DashboardImage
