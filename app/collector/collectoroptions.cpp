#include "collector/collectoroptions.h"

#include "cli/connectionoptions.h"
#include "cli/requestoptions.h"
#include "core/api/apirequest.h"
#include "core/history/historylocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

const char kCollectorHelp[] =
    "Connections: --profile NAME (repeatable) or --all-profiles use saved profiles (their keys\n"
    "from the system keychain); --endpoint or --region with --project-id take the credentials\n"
    "from the environment (a server has no keychain):\n"
    "  HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_SECURITY_TOKEN,\n"
    "  HUAWEICLOUD_SDK_PROJECT_ID, or WSDASH_IAM_TOKEN.\n"
    "\n"
    "One log line per round and connection on stdout (logfmt):\n"
    "  time=... connection=... status=ok request_id=... duration_ms=...\n"
    "\n"
    "Exit status: 0 stopped by SIGTERM/SIGINT, or --once recorded every connection; 1 usage or\n"
    "start-up error; 2 --once and a connection failed. See docs/COLLECTOR.md.\n";

struct CollectorSwitches
{
    QCommandLineOption allProfiles{QStringLiteral("all-profiles"), tr("Poll every saved profile.")};
    QCommandLineOption interval{
        QStringLiteral("interval"),
        tr("Seconds between rounds (default 60; never shorter than the request budget allows)."),
        QStringLiteral("SECONDS")};
    QCommandLineOption callsPerMinute{
        QStringLiteral("calls-per-minute"),
        tr("The request budget, calls per minute for all connections (default 180; the API "
           "allows 200 per user). Raise it only for a simulator."),
        QStringLiteral("N")};
    QCommandLineOption once{QStringLiteral("once"), tr("Poll one round, then exit.")};
    QCommandLineOption history{
        QStringLiteral("history"),
        tr("The history database (default: history.db in wsdash's data folder)."),
        QStringLiteral("FILE")};
    QCommandLineOption historyUrl{
        QStringLiteral("history-url"),
        tr("The history store as a file path or postgresql://user@host:port/database (the "
           "password from PGPASSWORD or ~/.pgpass); default: the History/url setting, else "
           "history.db in wsdash's data folder."),
        QStringLiteral("URL")};
    QCommandLineOption metricsListen{
        QStringLiteral("metrics-listen"),
        tr("Serve Prometheus metrics on GET /metrics at ADDRESS:PORT, e.g. 127.0.0.1:9464 "
           "(loopback; 0.0.0.0:PORT or [::]:PORT to listen on every interface)."),
        QStringLiteral("ADDRESS:PORT")};
    QCommandLineOption webhook{
        QStringLiteral("webhook"),
        tr("POST alert level changes as JSON to this URL (https, or http to loopback)."),
        QStringLiteral("URL")};
};

std::optional<QString> secondsOption(const QCommandLineParser& parser,
                                     const QCommandLineOption& option, double min, double max,
                                     std::chrono::milliseconds& out)
{
    if (!parser.isSet(option))
        return std::nullopt;
    bool ok = false;
    const double seconds = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < min || seconds > max) {
        return tr("--%1 must be a number of seconds between %2 and %3, not \"%4\".")
            .arg(option.names().constFirst())
            .arg(min)
            .arg(max)
            .arg(parser.value(option));
    }
    out = std::chrono::milliseconds(std::llround(seconds * 1000));
    return std::nullopt;
}

} // namespace

std::chrono::milliseconds minimumInterval(int connections, int callsPerMinute)
{
    if (connections <= 0 || callsPerMinute <= 0)
        return std::chrono::milliseconds(0);
    const double ms = 60000.0 * connections / callsPerMinute;
    return std::chrono::milliseconds(static_cast<std::int64_t>(std::ceil(ms)));
}

std::optional<QString> parseListenAddress(const QString& text, QHostAddress& address, quint16& port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return tr("--metrics-listen wants ADDRESS:PORT, e.g. 127.0.0.1:9464, not \"%1\".")
            .arg(text);
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint number = text.mid(colon + 1).toUInt(&ok);
    if (!ok || number > 65535)
        return tr("--metrics-listen: \"%1\" is not a port number.").arg(text.mid(colon + 1));
    QHostAddress parsed;
    if (host == QLatin1String("localhost"))
        parsed = QHostAddress(QHostAddress::LocalHost);
    else if (!parsed.setAddress(host))
        return tr("--metrics-listen: \"%1\" is not an IP address.").arg(host);
    const bool wildcard = parsed == QHostAddress(QHostAddress::AnyIPv4) ||
                          parsed == QHostAddress(QHostAddress::AnyIPv6);
    if (!parsed.isLoopback() && !wildcard) {
        return tr("--metrics-listen: %1 is not a loopback address. The metrics have no "
                  "authentication: listen on loopback, or on every interface with 0.0.0.0:PORT "
                  "only behind a firewall.")
            .arg(host);
    }
    address = parsed;
    port = static_cast<quint16>(number);
    return std::nullopt;
}

std::optional<QString> checkWebhookUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("--webhook: \"%1\" is not a URL.").arg(url.toString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return std::nullopt;
    if (scheme == QLatin1String("http") && Endpoint::isLoopbackHost(url.host()))
        return std::nullopt;
    return tr("--webhook must be an https:// URL (plain http:// only to a loopback address), "
              "not \"%1\".")
        .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
}

Expected<CollectorOptions, UsageError>
parseCollectorCommandLine(const QStringList& arguments, const QProcessEnvironment& environment)
{
    const ConnectionCliSwitches c;
    const RequestCliSwitches r;
    const CollectorSwitches s;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("wsdash-collector — polls Huawei Cloud Workspace desktop statistics on a schedule, "
           "records them in wsdash's history, serves Prometheus metrics and sends alerts."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions({c.profile, s.allProfiles, c.endpoint, c.region, c.projectId});
    parser.addOptions(r.all());
    parser.addOptions({s.interval, s.callsPerMinute, s.once, s.history, s.historyUrl,
                       s.metricsListen, s.webhook});

    if (!parser.parse(arguments))
        return UsageError{parser.errorText()};
    if (!parser.positionalArguments().isEmpty()) {
        return UsageError{tr("Unexpected argument (not shown). Options start with --; "
                             "credentials are read from the environment, never from the "
                             "command line.")};
    }
    CollectorOptions options;
    if (parser.isSet(helpOption)) {
        options.mode = CollectorOptions::Mode::Help;
        options.helpText = parser.helpText() + QLatin1Char('\n') + tr(kCollectorHelp);
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.mode = CollectorOptions::Mode::Version;
        return options;
    }
    for (const QCommandLineOption* single :
         {&c.endpoint, &c.region, &c.projectId, &r.timeout, &s.interval, &s.callsPerMinute,
          &s.history, &s.historyUrl, &s.metricsListen, &s.webhook}) {
        if (parser.values(*single).size() > 1)
            return UsageError{
                tr("--%1 is given more than once.").arg(single->names().constFirst())};
    }
    if (const auto problem = applyRequestOptions(parser, r, options.query, options.timeout))
        return UsageError{*problem};
    // No filter given: both desktop types and all three families, as the window asks for
    // (so that the collector records the same series the window shows).
    if (options.query.desktopTypes().isEmpty() && options.query.statisticsTypes().isEmpty() &&
        options.query.poolIds().isEmpty()) {
        options.query = StatisticsQuery::everything();
    }
    if (const auto problem = secondsOption(parser, s.interval, 0.01, 86400, options.interval))
        return UsageError{*problem};
    if (parser.isSet(s.callsPerMinute)) {
        bool ok = false;
        options.callsPerMinute = parser.value(s.callsPerMinute).toInt(&ok);
        if (!ok || options.callsPerMinute < 1 || options.callsPerMinute > 1000000) {
            return UsageError{tr("--calls-per-minute must be a whole number from 1 to 1000000, "
                                 "not \"%1\".")
                                  .arg(parser.value(s.callsPerMinute))};
        }
    }
    options.once = parser.isSet(s.once);
    options.historyPath = parser.value(s.history);
    if (parser.isSet(s.historyUrl)) {
        if (!options.historyPath.isEmpty())
            return UsageError{tr("Give --history FILE or --history-url URL, not both.")};
        options.historyUrl = parser.value(s.historyUrl);
        if (auto location = HistoryLocation::parse(options.historyUrl); !location)
            return UsageError{location.error()};
    }
    if (parser.isSet(s.metricsListen)) {
        options.metricsEnabled = true;
        if (const auto problem = parseListenAddress(parser.value(s.metricsListen),
                                                    options.metricsAddress, options.metricsPort))
            return UsageError{*problem};
    }
    if (parser.isSet(s.webhook)) {
        options.webhook = QUrl(parser.value(s.webhook), QUrl::StrictMode);
        if (const auto problem = checkWebhookUrl(options.webhook))
            return UsageError{*problem};
    }

    // The connections.
    for (const QString& value : parser.values(c.profile)) {
        for (const QString& name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!options.profiles.contains(name.trimmed()))
                options.profiles << name.trimmed();
        }
    }
    options.allProfiles = parser.isSet(s.allProfiles);
    const bool direct = parser.isSet(c.endpoint) || parser.isSet(c.region);
    if (parser.isSet(c.endpoint) && parser.isSet(c.region))
        return UsageError{tr("Give either --endpoint or --region, not both.")};
    if (options.allProfiles && !options.profiles.isEmpty())
        return UsageError{tr("Give either --profile or --all-profiles, not both.")};
    const bool fromProfiles = options.allProfiles || !options.profiles.isEmpty();
    if (direct && fromProfiles) {
        return UsageError{tr("Give saved profiles (--profile, --all-profiles) or one connection "
                             "(--endpoint/--region), not both.")};
    }
    if (!direct && !fromProfiles) {
        return UsageError{tr("Say what to poll: --profile NAME, --all-profiles, or --endpoint "
                             "URL / --region ID with credentials in the environment.")};
    }
    if (fromProfiles) {
        if (parser.isSet(c.projectId)) {
            if (options.profiles.size() != 1) {
                return UsageError{
                    tr("--project-id can override the project of one --profile only.")};
            }
            options.projectIdOverride = parser.value(c.projectId).trimmed();
            if (!isValidProjectId(options.projectIdOverride)) {
                return UsageError{
                    tr("Project ID \"%1\" is not valid (letters, digits, - and _ only).")
                        .arg(options.projectIdOverride)};
            }
        }
        return options;
    }

    CollectorConnection connection;
    auto endpoint = parser.isSet(c.endpoint)
                        ? Endpoint::fromUrl(parser.value(c.endpoint))
                        : Endpoint::fromRegion(parser.value(c.region), environment);
    if (!endpoint)
        return UsageError{endpoint.error().message};
    connection.endpoint = std::move(endpoint).value();
    connection.name = connection.endpoint.toDisplayString();
    auto keys = environmentConnection(
        parser.isSet(c.projectId) ? std::optional(parser.value(c.projectId)) : std::nullopt,
        environment);
    if (!keys)
        return keys.error();
    connection.credentials = keys->credentials;
    connection.projectId = keys->projectId;
    options.direct = std::move(connection);
    return options;
}

} // namespace wsdash
