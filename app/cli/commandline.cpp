#include "cli/commandline.h"

#include "cli/historyoptions.h"
#include "cli/profileoptions.h"
#include "core/api/apirequest.h"
#include "core/dashboard/exporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

struct Options
{
    QCommandLineOption demo{QStringLiteral("demo"),
                            tr("Use the built-in Workspace simulator instead of a cloud account.")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"),
                                tr("Workspace API endpoint, e.g. "
                                   "https://workspace.cn-north-4.myhuaweicloud.com."),
                                QStringLiteral("URL")};
    QCommandLineOption region{QStringLiteral("region"), tr("Region ID, e.g. cn-north-4."),
                              QStringLiteral("ID")};
    QCommandLineOption projectId{QStringLiteral("project-id"),
                                 tr("Project ID (default: $HUAWEICLOUD_SDK_PROJECT_ID)."),
                                 QStringLiteral("ID")};
    QCommandLineOption profile{QStringLiteral("profile"), tr("Use a saved connection profile."),
                               QStringLiteral("NAME")};
    QCommandLineOption saveProfile{
        QStringLiteral("save-profile"),
        tr("Create or update a profile from --endpoint/--region, --project-id and the credentials "
           "in the environment (secrets go to the system keychain), then exit."),
        QStringLiteral("NAME")};
    QCommandLineOption listProfiles{QStringLiteral("list-profiles"),
                                    tr("List the saved profiles (no secrets) and exit.")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               tr("Total time a request may take, retries included (default 30)."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption desktopType{QStringLiteral("desktop-type"),
                                   tr("DEDICATED or POOLED; repeatable, commas allowed."),
                                   QStringLiteral("TYPE")};
    QCommandLineOption statisticsType{
        QStringLiteral("statistics-type"),
        tr("attach-state, login-state or run-state; repeatable, commas allowed."),
        QStringLiteral("TYPE")};
    QCommandLineOption poolId{QStringLiteral("pool-id"),
                              tr("Desktop pool ID; repeatable, commas allowed."),
                              QStringLiteral("ID")};
    QCommandLineOption exportFile{QStringLiteral("export"),
                                  tr("Fetch once, write the data (.json or .csv) or the PDF "
                                     "report (.pdf) and exit."),
                                  QStringLiteral("FILE")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        tr("Render the dashboard headless once the data (or the error) is shown, save it, exit."),
        QStringLiteral("FILE.png")};
    QCommandLineOption size{QStringLiteral("size"),
                            tr("Window size for --screenshot (default 1280x800)."),
                            QStringLiteral("WxH")};
    QCommandLineOption scale{QStringLiteral("scale"),
                             tr("Pixel density of --screenshot: 1 (default) or 2 (twice the "
                                "pixels, for HiDPI screens and slides)."),
                             QStringLiteral("N")};
    QCommandLineOption asOf{
        QStringLiteral("as-of"),
        tr("Show and write this data time (ISO 8601, e.g. 2026-11-26T09:00:00Z) instead of the "
           "time of the fetch, so that the same data gives the same picture or file."),
        QStringLiteral("TIME")};
    QCommandLineOption theme{QStringLiteral("theme"), tr("light or dark (default: the system's)."),
                             QStringLiteral("THEME")};
    QCommandLineOption lang{QStringLiteral("lang"), tr("User interface language: en or zh_CN."),
                            QStringLiteral("LANG")};
};

const char kCredentialsHelp[] =
    "Credentials are never taken from arguments. They come from the environment:\n"
    "  HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK   permanent or temporary AK/SK\n"
    "  HUAWEICLOUD_SDK_SECURITY_TOKEN          security token of a temporary AK/SK\n"
    "  HUAWEICLOUD_SDK_PROJECT_ID              project ID when --project-id is not given\n"
    "  WSDASH_IAM_TOKEN                        an IAM token (X-Auth-Token) instead of AK/SK\n"
    "or from a saved profile (--profile NAME), whose keys are in the system keychain;\n"
    "--save-profile NAME stores the credentials above in one (see docs/PROFILES.md).\n"
    "\n"
    "Exit status: 0 success, 1 usage error, 2 the request failed.\n";

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

// The parser names the program after argv[0], or "<executable_name>" before a
// QCoreApplication exists (as here): the first line says "wsdash" either way.
QString helpWithProgramName(QString help)
{
    const QString shown = QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty()
                              ? QCoreApplication::arguments().constFirst()
                              : QStringLiteral("<executable_name>");
    const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
    const qsizetype at = help.indexOf(shown);
    if (!shown.isEmpty() && at >= 0 && (lineEnd < 0 || at < lineEnd))
        help.replace(at, shown.size(), QStringLiteral("wsdash"));
    return help;
}

} // namespace

Expected<CliOptions, UsageError> parseCommandLine(const QStringList& arguments,
                                                  const QProcessEnvironment& environment)
{
    const Options o;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("wsdash — a dashboard for Huawei Cloud Workspace desktop statistics."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions({o.demo, o.endpoint, o.region, o.projectId, o.profile, o.saveProfile,
                       o.listProfiles, o.timeout, o.desktopType, o.statisticsType, o.poolId,
                       o.exportFile, o.screenshot, o.size, o.scale, o.asOf, o.theme, o.lang});
    const HistoryCliSwitches h;
    parser.addOptions(h.all());

    if (!parser.parse(arguments))
        return UsageError{parser.errorText()};
    if (!parser.positionalArguments().isEmpty()) {
        // Not echoed: a stray argument may be a pasted secret.
        return UsageError{tr("Unexpected argument (not shown). Options start with --; "
                             "credentials are read from the environment, never from the "
                             "command line.")};
    }

    CliOptions options;
    if (parser.isSet(helpOption)) {
        options.mode = CliOptions::Mode::Help;
        options.helpText =
            helpWithProgramName(parser.helpText()) + QLatin1Char('\n') + tr(kCredentialsHelp);
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.mode = CliOptions::Mode::Version;
        return options;
    }

    // Options given once must not be given twice with different values.
    for (const QCommandLineOption* single :
         {&o.endpoint, &o.region, &o.projectId, &o.profile, &o.saveProfile, &o.timeout,
          &o.exportFile, &o.screenshot, &o.size, &o.scale, &o.asOf, &o.theme, &o.lang}) {
        if (parser.values(*single).size() > 1) {
            return UsageError{
                tr("--%1 is given more than once.").arg(single->names().constFirst())};
        }
    }

    auto query = StatisticsQuery::fromStrings(
        parser.values(o.desktopType), parser.values(o.statisticsType), parser.values(o.poolId));
    if (!query)
        return UsageError{query.error().message};
    options.query = std::move(query).value();

    if (parser.isSet(o.timeout)) {
        bool ok = false;
        const double seconds = parser.value(o.timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600) {
            return UsageError{tr("--timeout must be a number of seconds between 0 and 3600, "
                                 "not \"%1\".")
                                  .arg(parser.value(o.timeout))};
        }
        options.timeout = std::chrono::milliseconds(std::llround(seconds * 1000));
    }

    if (parser.isSet(o.exportFile) && parser.isSet(o.screenshot))
        return UsageError{tr("--export and --screenshot cannot be combined.")};
    if (parser.isSet(o.exportFile)) {
        options.mode = CliOptions::Mode::Export;
        options.exportPath = parser.value(o.exportFile);
        if (!exportFormatForPath(options.exportPath)) {
            return UsageError{tr("--export %1: the file name must end in .json, .csv or .pdf.")
                                  .arg(options.exportPath)};
        }
        const QFileInfo dir(QFileInfo(options.exportPath).absolutePath());
        if (!dir.isDir()) {
            return UsageError{
                tr("--export %1: the folder %2 does not exist.")
                    .arg(options.exportPath, QDir::toNativeSeparators(dir.absoluteFilePath()))};
        }
    }
    if (parser.isSet(o.screenshot)) {
        options.mode = CliOptions::Mode::Screenshot;
        options.screenshotPath = parser.value(o.screenshot);
        if (QFileInfo(options.screenshotPath).suffix().toLower() != QLatin1String("png")) {
            return UsageError{
                tr("--screenshot %1: the file name must end in .png.").arg(options.screenshotPath)};
        }
    }
    if (const auto problem = applyHistoryOptions(parser, h, options))
        return UsageError{*problem};
    if (options.mode == CliOptions::Mode::History) {             // reads local files only
        options.projectId = parser.value(o.projectId).trimmed(); // a filter here
        return options;
    }
    if (parser.isSet(o.size)) {
        const auto size = parseSize(parser.value(o.size));
        if (!size) {
            return UsageError{tr("--size must be WIDTHxHEIGHT between 320x240 and 8192x8192, "
                                 "not \"%1\".")
                                  .arg(parser.value(o.size))};
        }
        options.size = *size;
    }
    if (parser.isSet(o.scale)) {
        if (!parser.isSet(o.screenshot))
            return UsageError{tr("--scale applies to --screenshot only.")};
        const QString text = parser.value(o.scale).trimmed();
        if (text != QLatin1String("1") && text != QLatin1String("2"))
            return UsageError{tr("--scale must be 1 or 2, not \"%1\".").arg(text)};
        options.scale = text.toInt();
    }
    if (parser.isSet(o.asOf)) {
        if (!parser.isSet(o.screenshot) && !parser.isSet(o.exportFile))
            return UsageError{tr("--as-of applies to --screenshot and --export only.")};
        options.asOf = QDateTime::fromString(parser.value(o.asOf).trimmed(), Qt::ISODate);
        if (!options.asOf.isValid()) {
            return UsageError{tr("--as-of must be a date and time such as 2026-11-26T09:00:00Z, "
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
            return UsageError{
                tr("--theme must be light or dark, not \"%1\".").arg(parser.value(o.theme))};
    }
    if (parser.isSet(o.lang)) {
        options.language = parser.value(o.lang);
        if (options.language != QLatin1String("en") && options.language != QLatin1String("zh_CN"))
            return UsageError{tr("--lang must be en or zh_CN, not \"%1\".").arg(options.language)};
    }

    options.demo = parser.isSet(o.demo);
    options.profile = parser.value(o.profile);
    if (const auto problem = profileOptionsProblem(parser, o.profile, o.saveProfile, o.listProfiles,
                                                   {&o.demo, &o.exportFile, &o.screenshot})) {
        return UsageError{*problem};
    }
    if (parser.isSet(o.listProfiles)) {
        options.mode = CliOptions::Mode::ListProfiles;
        return options;
    }
    if (parser.isSet(o.saveProfile)) {
        options.mode = CliOptions::Mode::SaveProfile;
        options.saveProfile = parser.value(o.saveProfile);
    }
    if (options.demo) {
        if (parser.isSet(o.endpoint) || parser.isSet(o.region) || parser.isSet(o.profile)) {
            return UsageError{
                tr("--demo uses the built-in simulator; it cannot be combined with --endpoint, "
                   "--region or --profile.")};
        }
        options.projectId = parser.value(o.projectId);
        return options;
    }
    const bool fromProfile = !options.profile.isEmpty();

    if (parser.isSet(o.endpoint) && parser.isSet(o.region))
        return UsageError{tr("Give either --endpoint or --region, not both.")};
    if (parser.isSet(o.endpoint)) {
        auto endpoint = Endpoint::fromUrl(parser.value(o.endpoint));
        if (!endpoint)
            return UsageError{endpoint.error().message};
        options.endpoint = std::move(endpoint).value();
    } else if (parser.isSet(o.region)) {
        auto endpoint = Endpoint::fromRegion(parser.value(o.region), environment);
        if (!endpoint)
            return UsageError{endpoint.error().message};
        options.endpoint = std::move(endpoint).value();
    } else if (!fromProfile) {
        return UsageError{tr("Say where to connect: --endpoint URL or --region ID (or --demo "
                             "for the built-in simulator).")};
    }
    if (fromProfile)
        return withProfileOverrides(std::move(options), parser.value(o.projectId), environment);

    const EnvironmentCredentials env = credentialsFromEnvironment(environment);
    if (!env.error.isEmpty())
        return UsageError{env.error};
    if (!env.credentials.isValid()) {
        return UsageError{tr("No credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK "
                             "(plus HUAWEICLOUD_SDK_SECURITY_TOKEN for a temporary key), or "
                             "WSDASH_IAM_TOKEN.")};
    }
    options.credentials = env.credentials;

    options.projectId =
        parser.isSet(o.projectId) ? parser.value(o.projectId).trimmed() : env.projectId;
    if (options.projectId.isEmpty()) {
        return UsageError{
            tr("No project ID: give --project-id or set HUAWEICLOUD_SDK_PROJECT_ID.")};
    }
    if (!isValidProjectId(options.projectId)) {
        return UsageError{tr("Project ID \"%1\" is not valid (letters, digits, - and _ only).")
                              .arg(options.projectId)};
    }
    return options;
}

} // namespace wsdash
