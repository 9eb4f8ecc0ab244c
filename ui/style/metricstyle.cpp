#include "ui/style/metricstyle.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QIconEngine>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>
#include <QStyleOption>

#include <algorithm>
#include <cmath>
#include <utility>

namespace wsdash {

namespace {

enum class Glyph
{
    Check,
    Ring,
    Progress,
    Alert,
    Stop,
    Play,
    Moon,
    Person,
    Dot,
    Unplug,
    Dashed,
    Total
};

Glyph glyphOf(Metric metric)
{
    switch (metric) {
    case Metric::TotalNum:
        return Glyph::Total;
    case Metric::AttachedNum:
        return Glyph::Check;
    case Metric::UnattachedNum:
        return Glyph::Ring;
    case Metric::AttachingNum:
        return Glyph::Progress;
    case Metric::AttachErrorNum:
    case Metric::ErrorNum:
    case Metric::UnableToConnectNum:
        return Glyph::Alert;
    case Metric::StopNum:
        return Glyph::Stop;
    case Metric::ActiveNum:
        return Glyph::Play;
    case Metric::HibernatedNum:
        return Glyph::Moon;
    case Metric::InUseNum:
        return Glyph::Person;
    case Metric::UnregisteredNum:
        return Glyph::Dashed;
    case Metric::ReadyNum:
        return Glyph::Dot;
    case Metric::DisconnectedNum:
        return Glyph::Unplug;
    }
    return Glyph::Ring;
}

void drawGlyph(QPainter& p, Glyph glyph, const QColor& color, double s)
{
    // Drawn on an s x s square; strokes scale with the size.
    const double w = std::max(1.0, s / 9.0);
    const QRectF circle(w, w, s - 2 * w, s - 2 * w);
    QPen pen(color, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    const QPointF c(s / 2, s / 2);
    switch (glyph) {
    case Glyph::Total: {
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        const double g = s / 10;
        const double cell = (s - 3 * g) / 2;
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 2; ++j)
                p.drawRoundedRect(QRectF(g + i * (cell + g), g + j * (cell + g), cell, cell), g / 2,
                                  g / 2);
        break;
    }
    case Glyph::Check:
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(circle);
        p.setPen(QPen(Qt::white, w * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.drawPolyline(QPolygonF({QPointF(s * 0.28, s * 0.52), QPointF(s * 0.44, s * 0.68),
                                  QPointF(s * 0.72, s * 0.36)}));
        break;
    case Glyph::Ring:
        p.drawEllipse(circle);
        break;
    case Glyph::Dashed:
        pen.setDashPattern({1.5, 1.5});
        p.setPen(pen);
        p.drawEllipse(circle);
        break;
    case Glyph::Progress: {
        p.drawEllipse(circle);
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        QPainterPath half;
        half.moveTo(c);
        half.arcTo(circle, 90, -180);
        half.closeSubpath();
        p.drawPath(half);
        break;
    }
    case Glyph::Alert: {
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        QPainterPath tri;
        tri.moveTo(s / 2, w * 0.5);
        tri.lineTo(s - w * 0.5, s - w);
        tri.lineTo(w * 0.5, s - w);
        tri.closeSubpath();
        p.drawPath(tri);
        p.setPen(QPen(Qt::white, w * 1.2, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s / 2, s * 0.36), QPointF(s / 2, s * 0.62));
        p.drawPoint(QPointF(s / 2, s * 0.78));
        break;
    }
    case Glyph::Stop:
        p.drawEllipse(circle);
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(s * 0.34, s * 0.34, s * 0.32, s * 0.32));
        break;
    case Glyph::Play: {
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(circle);
        p.setBrush(Qt::white);
        p.drawPolygon(QPolygonF({QPointF(s * 0.40, s * 0.30), QPointF(s * 0.72, s * 0.5),
                                 QPointF(s * 0.40, s * 0.70)}));
        break;
    }
    case Glyph::Moon: {
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        QPainterPath moon;
        moon.addEllipse(circle);
        QPainterPath bite;
        bite.addEllipse(circle.translated(s * 0.3, -s * 0.18));
        p.drawPath(moon.subtracted(bite));
        break;
    }
    case Glyph::Person:
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(QRectF(s * 0.32, s * 0.08, s * 0.36, s * 0.36));
        p.drawChord(QRectF(s * 0.12, s * 0.5, s * 0.76, s * 0.9), 0, 180 * 16);
        break;
    case Glyph::Dot:
        p.drawEllipse(circle);
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(c, s * 0.18, s * 0.18);
        break;
    case Glyph::Unplug:
        p.drawArc(circle, 30 * 16, 120 * 16);
        p.drawArc(circle, 210 * 16, 120 * 16);
        p.drawLine(QPointF(s * 0.22, s * 0.78), QPointF(s * 0.78, s * 0.22));
        break;
    }
}

// Paints its glyph at the size asked for, once per size and mode. The tiles ask for one size
// each; the icons used to be painted in six sizes up front, for every tile of a starting window
// (issue 18: start to painted dashboard).
class GlyphIconEngine final : public QIconEngine
{
public:
    GlyphIconEngine(Glyph glyph, const QColor& color)
        : m_glyph(glyph)
        , m_color(color)
    {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap image = pixmap(rect.size() * ratio, mode, state);
        image.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect, image);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State /*state*/) override
    {
        const int side = std::max(1, std::min(size.width(), size.height()));
        const auto key = std::make_pair(side, static_cast<int>(mode));
        if (const auto it = m_pixmaps.constFind(key); it != m_pixmaps.constEnd())
            return *it;
        QPixmap image(side, side);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        drawGlyph(painter, m_glyph, m_color, side);
        painter.end();
        if (mode != QIcon::Normal) { // disabled, selected: as the style shows other icons
            QStyleOption option;
            option.palette = QGuiApplication::palette();
            image = QApplication::style()->generatedIconPixmap(mode, image, &option);
        }
        m_pixmaps.insert(key, image);
        return image;
    }

    QSize actualSize(const QSize& size, QIcon::Mode /*mode*/, QIcon::State /*state*/) override
    {
        const int side = std::min(size.width(), size.height());
        return {side, side};
    }

    QIconEngine* clone() const override { return new GlyphIconEngine(*this); }

private:
    Glyph m_glyph;
    QColor m_color;
    QHash<std::pair<int, int>, QPixmap> m_pixmaps; // by (side, mode)
};

QIcon paintedIcon(Glyph glyph, const QColor& color)
{
    // One icon per glyph and colour. A new QIcon for every call (the tiles ask on every
    // refresh) cost its pixmaps each time, and each new icon's scaled pixmaps went into
    // QPixmapCache under a new key: the soak test saw resident memory grow by ~50 KB per
    // refresh until the cache's 10 MB limit.
    static QHash<QPair<int, QRgb>, QIcon> cache;
    const QPair<int, QRgb> key(static_cast<int>(glyph), color.rgba());
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    if (cache.isEmpty()) // pixmaps must not outlive the application
        qAddPostRoutine([] { cache.clear(); });
    QIcon icon(new GlyphIconEngine(glyph, color));
    cache.insert(key, icon);
    return icon;
}

} // namespace

QString MetricStyle::label(Metric metric)
{
    switch (metric) {
    case Metric::TotalNum:
        return tr("Total desktops");
    case Metric::AttachedNum:
        return tr("Assigned");
    case Metric::UnattachedNum:
        return tr("Unassigned");
    case Metric::AttachingNum:
        return tr("Being assigned");
    case Metric::AttachErrorNum:
        return tr("Assignment failed");
    case Metric::StopNum:
        return tr("Stopped");
    case Metric::ActiveNum:
        return tr("Running");
    case Metric::ErrorNum:
        return tr("Faulty");
    case Metric::HibernatedNum:
        return tr("Hibernated");
    case Metric::InUseNum:
        return tr("In use");
    case Metric::UnregisteredNum:
        return tr("Unregistered");
    case Metric::UnableToConnectNum:
        return tr("Unable to connect");
    case Metric::ReadyNum:
        return tr("Idle (ready)");
    case Metric::DisconnectedNum:
        return tr("Disconnected");
    }
    return {};
}

QString MetricStyle::definition(Metric metric)
{
    switch (metric) {
    case Metric::TotalNum:
        return tr("Every desktop the filters cover, in any state.");
    case Metric::AttachedNum:
        return tr("Desktops assigned to a user.");
    case Metric::UnattachedNum:
        return tr("Desktops assigned to nobody, free to hand out.");
    case Metric::AttachingNum:
        return tr("Desktops being assigned to a user right now.");
    case Metric::AttachErrorNum:
        return tr("Desktops whose assignment to a user failed; assign them again or look at "
                  "the pool.");
    case Metric::StopNum:
        return tr("Desktops that are shut down (SHUTOFF).");
    case Metric::ActiveNum:
        return tr("Desktops that are powered on (ACTIVE).");
    case Metric::ErrorNum:
        return tr("Desktops in an error state (ERROR): they need an administrator.");
    case Metric::HibernatedNum:
        return tr("Desktops that are hibernated (HIBERNATED).");
    case Metric::InUseNum:
        return tr("Desktops with a user connected now (CONNECTED).");
    case Metric::UnregisteredNum:
        return tr("Desktops whose agent has not registered with Workspace (UNREGISTER): still "
                  "starting, or the agent is not running. Users cannot connect yet.");
    case Metric::UnableToConnectNum:
        return tr("Desktops users cannot connect to: the agent is offline or the desktop is "
                  "isolated.");
    case Metric::ReadyNum:
        return tr("Desktops registered and ready, with no user connected (REGISTERED).");
    case Metric::DisconnectedNum:
        return tr("Desktops whose user disconnected without logging off (DISCONNECTED).");
    }
    return {};
}

QString MetricStyle::label(Family family)
{
    switch (family) {
    case Family::Attach:
        return tr("Assignment");
    case Family::Run:
        return tr("Running status");
    case Family::Login:
        return tr("Login status");
    }
    return {};
}

QString MetricStyle::label(DesktopType type)
{
    return type == DesktopType::Dedicated ? tr("Common (dedicated) desktops")
                                          : tr("Pooled desktops");
}

Metric MetricStyle::headline(Family family)
{
    switch (family) {
    case Family::Attach:
        return Metric::AttachedNum;
    case Family::Run:
        return Metric::ActiveNum;
    case Family::Login:
        return Metric::InUseNum;
    }
    return Metric::TotalNum;
}

QString MetricStyle::scope(const QList<DesktopType>& types)
{
    const bool dedicated = types.contains(DesktopType::Dedicated);
    const bool pooled = types.contains(DesktopType::Pooled);
    if (dedicated && pooled)
        return tr("Common + Pooled desktops");
    if (dedicated)
        return tr("Common desktops");
    if (pooled)
        return label(DesktopType::Pooled);
    return tr("All desktops");
}

QString MetricStyle::notReported()
{
    return tr("n/a");
}

QString MetricStyle::invalid()
{
    return tr("invalid");
}

QString MetricStyle::count(const StateCounts& counts, Metric metric)
{
    return counts.isInvalid(metric) ? invalid() : count(counts.value(metric));
}

QColor MetricStyle::invalidText(bool dark)
{
    return QColor(dark ? 0xffd27a : 0x8a4b00);
}

QColor MetricStyle::invalidBackground(bool dark)
{
    return QColor(dark ? 0x4a3b12 : 0xfff0c2);
}

QColor MetricStyle::color(Metric metric, bool dark)
{
    struct Pair
    {
        QRgb light;
        QRgb dark;
    };
    static const Pair green{0x2e7d32, 0x5cb860};
    static const Pair grey{0x6b7b86, 0x93a4b0};
    static const Pair blue{0x1565c0, 0x5aa6f0};
    static const Pair red{0xc62828, 0xf0605a};
    static const Pair purple{0x7b3fa8, 0xb68ae0};
    static const Pair teal{0x00838f, 0x3fc1c9};
    static const Pair amber{0xd06a00, 0xf5a742};
    static const Pair sand{0xa1887f, 0xbcaaa4};
    static const Pair ink{0x37474f, 0xdfe5ea};
    const Pair* pair = &grey;
    switch (metric) {
    case Metric::TotalNum:
        pair = &ink;
        break;
    case Metric::AttachedNum:
    case Metric::ActiveNum:
        pair = &green;
        break;
    case Metric::UnattachedNum:
    case Metric::StopNum:
        pair = &grey;
        break;
    case Metric::AttachingNum:
    case Metric::InUseNum:
        pair = &blue;
        break;
    case Metric::AttachErrorNum:
    case Metric::ErrorNum:
    case Metric::UnableToConnectNum:
        pair = &red;
        break;
    case Metric::HibernatedNum:
        pair = &purple;
        break;
    case Metric::UnregisteredNum:
        pair = &sand;
        break;
    case Metric::ReadyNum:
        pair = &teal;
        break;
    case Metric::DisconnectedNum:
        pair = &amber;
        break;
    }
    return QColor(dark ? pair->dark : pair->light);
}

QIcon MetricStyle::icon(Metric metric, bool dark)
{
    return paintedIcon(glyphOf(metric), color(metric, dark));
}

QIcon MetricStyle::warningIcon(bool dark)
{
    return paintedIcon(Glyph::Alert, QColor(dark ? 0xf5a742 : 0xd06a00));
}

QString MetricStyle::count(Count value)
{
    return value ? QLocale().toString(static_cast<qlonglong>(*value)) : notReported();
}

QString MetricStyle::share(double fraction)
{
    const double percent = fraction * 100.0;
    // One decimal; a non-zero share never shows as 0.0%, nor a partial one as 100.0%.
    if (percent > 0 && percent < 0.05)
        return QStringLiteral("<") + QLocale().toString(0.1, 'f', 1) + QLatin1Char('%');
    if (percent > 99.95 && percent < 100.0)
        return QStringLiteral(">") + QLocale().toString(99.9, 'f', 1) + QLatin1Char('%');
    return QLocale().toString(percent, 'f', 1) + QLatin1Char('%');
}

QString MetricStyle::delta(qint64 value)
{
    if (value > 0)
        return QStringLiteral("▲ ") + QLocale().toString(static_cast<qlonglong>(value));
    if (value < 0)
        return QStringLiteral("▼ ") + QLocale().toString(static_cast<qlonglong>(-value));
    return QStringLiteral("= 0");
}

} // namespace wsdash
