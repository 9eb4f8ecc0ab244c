#pragma once

#include <QColor>
#include <QImage>
#include <QString>

#include <future>
#include <optional>

class QWidget;

// Pictures of the dashboard for reviews: rendered from the widgets (not grabbed from the
// screen), so that they come out the same with or without a display.
namespace wsdash::DashboardImage {

// A picture of the size render() makes, already filled with the background it fills first.
struct Canvas
{
    QImage image;
    QColor background;
};

// Starts preparing the canvas for render(widget, scale) on a thread of its own and returns at
// once: first touching the picture's memory (4 MB at 1280x800) costs the kernel a fifth of the
// render on a virtual machine, and this way it overlaps with what the window does until then.
// The widget's size and background must not change before the render (if they do, render()
// makes a picture of its own). No future (valid() false) if no thread could be started.
std::future<Canvas> prepareCanvas(const QWidget& widget, qreal scale = 1.0);

// The widget as it looks now, at `scale` device pixels per logical pixel (2 for a 2x
// picture: twice the width and height, sharp text). The image's density says 96 dpi × scale,
// so viewers that honour it show the picture at the widget's logical size. Renders into the
// prepared `canvas` (waited for) when it fits.
QImage render(QWidget& widget, qreal scale = 1.0, std::future<Canvas> canvas = {});

// Encodes as PNG and writes through a temporary file renamed into place. Returns an error
// message on failure (nothing is left under `path` then).
std::optional<QString> savePng(const QImage& image, const QString& path);

} // namespace wsdash::DashboardImage
