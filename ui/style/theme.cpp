#include "ui/style/theme.h"

#include "ui/style/indicatorstyle.h"

#include <QApplication>
#include <QGuiApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace wsdash {

namespace {

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                            static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                            static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
}

bool systemPrefersDark(const QPalette& platformPalette)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return Theme::isDark(platformPalette);
}

} // namespace

bool Theme::isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor window(0xf4, 0xf5, 0xf7);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1f, 0x23, 0x28);
    const QColor highlight(0x1a, 0x66, 0xc7);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xfa, 0xfb, 0xfc));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xd0, 0x1c, 0x1c));
    p.setColor(QPalette::Light, base);
    p.setColor(QPalette::Midlight, QColor(0xe4, 0xe7, 0xeb));
    p.setColor(QPalette::Mid, QColor(0xc4, 0xc9, 0xd0));
    p.setColor(QPalette::Dark, QColor(0x9a, 0xa1, 0xab));
    p.setColor(QPalette::Shadow, QColor(0x60, 0x66, 0x70));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, highlight);
    p.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0xa1, 0xab));
    return p;
}

QPalette Theme::darkPalette()
{
    // Fusion draws check boxes and frames with an outline darker than the window colour, so
    // fields and cards (Base) are lighter than the window here, never darker: that keeps every
    // check box visible.
    QPalette p;
    const QColor window(0x1b, 0x1e, 0x22);
    const QColor base(0x25, 0x29, 0x2e);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor highlight(0x2f, 0x7d, 0xe1);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x2b, 0x30, 0x36));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x35, 0x3c));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2e, 0x33, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Light, QColor(0x3f, 0x45, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x34, 0x39, 0x40));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x51, 0x5a));
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x15));
    p.setColor(QPalette::Shadow, QColor(0x05, 0x06, 0x08));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6e, 0x76, 0x81));
    return p;
}

bool Theme::apply(QApplication& app, ThemeChoice choice)
{
    const QPalette platform = QApplication::palette();
    QApplication::setStyle(new IndicatorStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    bool dark = false;
    switch (choice) {
    case ThemeChoice::Light:
        dark = false;
        break;
    case ThemeChoice::Dark:
        dark = true;
        break;
    case ThemeChoice::System:
        dark = systemPrefersDark(platform);
        break;
    }
    app.setPalette(dark ? darkPalette() : lightPalette());
    return dark;
}

QColor Theme::mutedText(const QPalette& palette)
{
    return mix(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.38);
}

QColor Theme::warningBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4a, 0x3b, 0x12) : QColor(0xff, 0xf4, 0xd6);
}

QColor Theme::errorBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x4d, 0x1f, 0x22) : QColor(0xfd, 0xe8, 0xe8);
}

} // namespace wsdash
