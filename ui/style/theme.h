#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

namespace wsdash {

enum class ThemeChoice
{
    System,
    Light,
    Dark
};

// Light and dark themes on the Fusion style. System follows the platform's colour scheme.
class Theme final
{
public:
    // Sets the Fusion style and the palette of `choice`; returns whether the result is dark.
    static bool apply(QApplication& app, ThemeChoice choice);

    static QPalette lightPalette();
    static QPalette darkPalette();
    // True when the window colour is darker than its text.
    static bool isDark(const QPalette& palette);

    // A colour half-way between the text and the window colour, for secondary text.
    static QColor mutedText(const QPalette& palette);
    static QColor warningBackground(const QPalette& palette);
    static QColor errorBackground(const QPalette& palette);
};

} // namespace wsdash
