#include "modes/guiapplication.h"

#include "core/api/proxyfactory.h"
#include "core/version.h"
#include "ui/style/theme.h"
#include "ui/style/translations.h"

#include <QApplication>
#include <QFontDatabase>
#include <QIcon>
#include <QImageReader>
#include <QThreadPool>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY") ||
           qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

std::unique_ptr<QApplication> createGuiApplication(int& argc, char** argv,
                                                   const CliOptions& options, QTextStream& err)
{
    if (!hasDisplay()) {
        if (options.mode == CliOptions::Mode::Window) {
            err << "wsdash: "
                << tr("no display (DISPLAY and WAYLAND_DISPLAY are unset); use --screenshot "
                      "FILE.png or --export FILE, or set QT_QPA_PLATFORM.")
                << '\n';
            return nullptr;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    auto app = std::make_unique<QApplication>(argc, argv);
    // Two things the first widgets wait for, begun here on pool threads so that they overlap
    // with what comes before (issue 18: start to painted demo dashboard); a widget that needs
    // one sooner waits for it. The font database, read (fontconfig's configuration, then every
    // installed font) at the first text anything measures: QFontDatabase is thread-safe. The
    // image format plugins, all loaded by the first icon the style reads from a file (Qt's own
    // tool bar icons): their loader is thread-safe and hands the plugins to the main thread.
    QThreadPool::globalInstance()->start([] { QFontDatabase::families(); });
    QThreadPool::globalInstance()->start([] { QImageReader::supportedImageFormats(); });
    SystemProxyFactory::install();
    installTranslations(*app, options.language);
    const ThemeChoice theme = options.theme == CliOptions::Theme::Light  ? ThemeChoice::Light
                              : options.theme == CliOptions::Theme::Dark ? ThemeChoice::Dark
                                                                         : ThemeChoice::System;
    Theme::apply(*app, theme);
    if (options.mode == CliOptions::Mode::Window) {
        // Only a window on a desktop shows its icon: a picture has no title bar, and the SVG
        // icon engine it would load costs start-up time (issue 18).
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/wsdash.svg")));
        // Matches the .desktop file, so that desktops group the window under the installed icon.
        QGuiApplication::setDesktopFileName(QLatin1String(kApplicationId));
    }
    return app;
}

StatisticsQuery windowQuery(const StatisticsQuery& given)
{
    if (!given.desktopTypes().isEmpty() || !given.statisticsTypes().isEmpty() ||
        !given.poolIds().isEmpty()) {
        return given;
    }
    return StatisticsQuery::everything();
}

} // namespace wsdash
