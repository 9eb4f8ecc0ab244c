#include "cli/outputoptions.h"

#include "cli/commandline.h"
#include "core/dashboard/exporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})[xX](\\d{2,5})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int width = match.captured(1).toInt();
    const int height = match.captured(2).toInt();
    if (width < 320 || height < 240 || width > 8192 || height > 8192)
        return std::nullopt;
    return QSize(width, height);
}

// The most pixels --size × --scale may ask for: the largest --size at scale 1 (256 MiB of
// picture); 8192x8192 at scale 2 took 1.37 GB and 12.5 s.
constexpr qint64 kMaxScreenshotPixels = 8192LL * 8192;

} // namespace

OutputCliSwitches::OutputCliSwitches()
    : exportFile(QStringLiteral("export"),
                 tr("Fetch once, write the data (.json or .csv) or the PDF report (.pdf) and "
                    "exit."),
                 QStringLiteral("FILE"))
    , screenshot(QStringLiteral("screenshot"),
                 tr("Render the dashboard headless once the data (or the error) is shown, save "
                    "it, exit."),
                 QStringLiteral("FILE.png"))
    , size(QStringLiteral("size"), tr("Window size for --screenshot (default 1280x800)."),
           QStringLiteral("WxH"))
    , scale(QStringLiteral("scale"),
            tr("Pixel density of --screenshot: 1 (default) or 2 (twice the pixels, for HiDPI "
               "screens and slides)."),
            QStringLiteral("N"))
    , asOf(QStringLiteral("as-of"),
           tr("Show and write this data time (ISO 8601, e.g. 2026-11-26T09:00:00Z) instead of "
              "the time of the fetch, so that the same data gives the same picture or file."),
           QStringLiteral("TIME"))
    , theme(QStringLiteral("theme"), tr("light or dark (default: the system's)."),
            QStringLiteral("THEME"))
    , lang(QStringLiteral("lang"), tr("User interface language: en or zh_CN."),
           QStringLiteral("LANG"))
{}

QList<QCommandLineOption> OutputCliSwitches::all() const
{
    return {exportFile, screenshot, size, scale, asOf, theme, lang};
}

std::optional<QString> applyOutputMode(const QCommandLineParser& parser, const OutputCliSwitches& o,
                                       CliOptions& options)
{
    if (parser.isSet(o.exportFile) && parser.isSet(o.screenshot))
        return QString{tr("--export and --screenshot cannot be combined.")};
    if (parser.isSet(o.exportFile)) {
        options.mode = CliOptions::Mode::Export;
        options.exportPath = parser.value(o.exportFile);
        if (!exportFormatForPath(options.exportPath)) {
            return QString{tr("--export %1: the file name must end in .json, .csv or .pdf.")
                               .arg(options.exportPath)};
        }
        const QFileInfo dir(QFileInfo(options.exportPath).absolutePath());
        if (!dir.isDir()) {
            return QString{
                tr("--export %1: the folder %2 does not exist.")
                    .arg(options.exportPath, QDir::toNativeSeparators(dir.absoluteFilePath()))};
        }
    }
    if (parser.isSet(o.screenshot)) {
        options.mode = CliOptions::Mode::Screenshot;
        options.screenshotPath = parser.value(o.screenshot);
        if (QFileInfo(options.screenshotPath).suffix().toLower() != QLatin1String("png")) {
            return QString{
                tr("--screenshot %1: the file name must end in .png.").arg(options.screenshotPath)};
        }
    }
    return std::nullopt;
}

std::optional<QString> applyPresentationOptions(const QCommandLineParser& parser,
                                                const OutputCliSwitches& o, CliOptions& options)
{
    if (parser.isSet(o.size)) {
        const auto size = parseSize(parser.value(o.size));
        if (!size) {
            return QString{tr("--size must be WIDTHxHEIGHT between 320x240 and 8192x8192, "
                              "not \"%1\".")
                               .arg(parser.value(o.size))};
        }
        options.size = *size;
    }
    if (parser.isSet(o.scale)) {
        if (!parser.isSet(o.screenshot))
            return QString{tr("--scale applies to --screenshot only.")};
        const QString text = parser.value(o.scale).trimmed();
        if (text != QLatin1String("1") && text != QLatin1String("2"))
            return QString{tr("--scale must be 1 or 2, not \"%1\".").arg(text)};
        options.scale = text.toInt();
    }
    if (const auto pixels = static_cast<qint64>(
            qreal(options.size.width()) * options.size.height() * options.scale * options.scale);
        pixels > kMaxScreenshotPixels) {
        return QString{tr("--size %1x%2 at --scale %3 makes a picture of %4 million pixels; "
                          "the most is %5 million (e.g. 8192x8192, or 4096x4096 at scale 2).")
                           .arg(options.size.width())
                           .arg(options.size.height())
                           .arg(options.scale)
                           .arg(pixels / 1000000)
                           .arg(kMaxScreenshotPixels / 1000000)};
    }
    if (parser.isSet(o.asOf)) {
        if (!parser.isSet(o.screenshot) && !parser.isSet(o.exportFile))
            return QString{tr("--as-of applies to --screenshot and --export only.")};
        options.asOf = QDateTime::fromString(parser.value(o.asOf).trimmed(), Qt::ISODate);
        if (!options.asOf.isValid()) {
            return QString{tr("--as-of must be a date and time such as 2026-11-26T09:00:00Z, "
                              "not \"%1\".")
                               .arg(parser.value(o.asOf))};
        }
    }
    if (parser.isSet(o.theme)) {
        const QString theme = parser.value(o.theme).toLower();
        if (theme == QLatin1String("light"))
            options.theme = CliOptions::Theme::Light;
        else if (theme == QLatin1String("dark"))
            options.theme = CliOptions::Theme::Dark;
        else
            return QString{
                tr("--theme must be light or dark, not \"%1\".").arg(parser.value(o.theme))};
    }
    if (parser.isSet(o.lang)) {
        options.language = parser.value(o.lang);
        if (options.language != QLatin1String("en") && options.language != QLatin1String("zh_CN"))
            return QString{tr("--lang must be en or zh_CN, not \"%1\".").arg(options.language)};
    }

    return std::nullopt;
}

} // namespace wsdash
