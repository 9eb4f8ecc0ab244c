#include "sim/simulatorcommandline.h"

#include "core/api/apirequest.h"

#include <QCommandLineParser>

namespace wsdash::sim {

namespace {

std::optional<qint64> integerIn(const QString& text, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value < low || value > high)
        return std::nullopt;
    return value;
}

} // namespace

Expected<SimulatorCommandLine, QString>
SimulatorCommandLineParser::parse(const QStringList& arguments, const QProcessEnvironment& env)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Simulates the Huawei Cloud Workspace statistics API (and its API gateway) on a "
           "loopback port, with a generated fleet of desktops."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Shows this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Shows the version."));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("Port on 127.0.0.1 (0 picks a free one; default 0)."), tr("N"),
                                  QStringLiteral("0"));
    const QCommandLineOption pools(QStringLiteral("pools"),
                                   tr("Number of desktop pools, 0 to 100000 (default 24)."),
                                   tr("N"), QStringLiteral("24"));
    const QCommandLineOption desktops(
        QStringLiteral("desktops"),
        tr("Number of desktops, pooled and dedicated (default 25 per pool + 150)."), tr("N"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  tr("Seed of the fleet: same seed, same fleet (default 1)."),
                                  tr("S"), QStringLiteral("1"));
    const QCommandLineOption projectId(
        QStringLiteral("project-id"),
        tr("Project ID to serve (default HUAWEICLOUD_SDK_PROJECT_ID, else the demo project)."),
        tr("ID"));
    const QCommandLineOption timeZone(
        QStringLiteral("time-zone"),
        tr("IANA time zone of the fleet's users, e.g. Asia/Shanghai (default: this machine's)."),
        tr("TZ"));
    const QCommandLineOption localTime(
        QStringLiteral("local-time"),
        tr("Start the fleet's day at this local time, e.g. 10:30 (overrides --time-zone)."),
        tr("HH:MM"));
    const QCommandLineOption rateLimit(
        QStringLiteral("rate-limit"),
        tr("Calls per minute per AK before 429 APIG.0308 (default 200; 0: unlimited)."), tr("N"),
        QString::number(Gateway::kDefaultRateLimit));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     tr("Delay added to every answer, in ms."), tr("MS"),
                                     QStringLiteral("0"));
    const QCommandLineOption failureRate(
        QStringLiteral("failure-rate"),
        tr("Share of API calls, 0 to 1, answered with a random 500/502/503/504."), tr("P"),
        QStringLiteral("0"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        tr("Inject a fault into API calls: %1.").arg(faultNames().join(QLatin1String(", "))),
        tr("NAME"));
    const QCommandLineOption faultCount(
        QStringLiteral("fault-count"),
        tr("Inject --fault into this many API calls only (default: all)."), tr("N"));
    const QCommandLineOption faultPage(
        QStringLiteral("fault-page"),
        tr("Inject --fault only into desktop-list (ListDesktopsDetail) requests for page N "
           "(offset / limit + 1)."),
        tr("N"));
    const QCommandLineOption slowBody(QStringLiteral("slow-body"),
                                      tr("How long a slow-body answer takes, in ms (default "
                                         "3000)."),
                                      tr("MS"), QStringLiteral("3000"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), tr("Do not log requests on stderr."));
    parser.addOptions({help, version, port, pools, desktops, seed, projectId, timeZone, localTime,
                       rateLimit, latency, failureRate, fault, faultCount, faultPage, slowBody,
                       quiet});

    if (!parser.parse(arguments))
        return parser.errorText();
    if (!parser.positionalArguments().isEmpty())
        return tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first());

    SimulatorCommandLine result;
    if (parser.isSet(help)) {
        result.mode = SimulatorCommandLine::Mode::Help;
        result.helpText = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.mode = SimulatorCommandLine::Mode::Version;
        return result;
    }

    auto config = SimulatorConfig::fromEnvironment(env);
    if (!config)
        return config.error();
    SimulatorConfig& c = config.value();
    result.quiet = parser.isSet(quiet);

    const auto invalid = [](const QCommandLineOption& option, const QString& expected) {
        return tr("--%1 expects %2.").arg(option.names().constLast(), expected);
    };
    const auto portValue = integerIn(parser.value(port), 0, 65535);
    if (!portValue)
        return invalid(port, tr("a port from 0 to 65535"));
    c.port = static_cast<quint16>(*portValue);
    const auto poolValue = integerIn(parser.value(pools), 0, FleetOptions::kMaxPools);
    if (!poolValue)
        return invalid(pools, tr("a number from 0 to %1").arg(FleetOptions::kMaxPools));
    c.fleet.pools = static_cast<int>(*poolValue);
    if (parser.isSet(desktops)) {
        const auto value = integerIn(parser.value(desktops), 0, FleetOptions::kMaxDesktops);
        if (!value)
            return invalid(desktops, tr("a number from 0 to %1").arg(FleetOptions::kMaxDesktops));
        c.fleet.desktops = static_cast<int>(*value);
    }
    bool seedOk = false;
    c.fleet.seed = parser.value(seed).trimmed().toULongLong(&seedOk);
    if (!seedOk)
        return invalid(seed, tr("a non-negative integer"));
    if (parser.isSet(projectId)) {
        c.projectId = parser.value(projectId).trimmed();
        if (!isValidProjectId(c.projectId))
            return invalid(projectId, tr("letters, digits, - and _ (at most 64)"));
    }
    if (parser.isSet(timeZone)) {
        const QTimeZone zone(parser.value(timeZone).trimmed().toUtf8());
        if (!zone.isValid())
            return invalid(timeZone, tr("an IANA time zone such as Asia/Shanghai or UTC"));
        c.fleet.timeZone = zone;
    }
    if (parser.isSet(localTime)) {
        const QTime time =
            QTime::fromString(parser.value(localTime).trimmed(), QStringLiteral("H:mm"));
        if (!time.isValid())
            return invalid(localTime, tr("a time of day such as 10:30"));
        c.fleet.timeZone = FleetOptions::zoneWhereItIs(time, QDateTime::currentDateTimeUtc());
    }
    const auto rateValue = integerIn(parser.value(rateLimit), 0, 1000000);
    if (!rateValue)
        return invalid(rateLimit, tr("a number of calls per minute (0: unlimited)"));
    c.rateLimit = static_cast<int>(*rateValue);

    const auto latencyValue = integerIn(parser.value(latency), 0, 600000);
    if (!latencyValue)
        return invalid(latency, tr("milliseconds from 0 to 600000"));
    c.faults.latency = std::chrono::milliseconds(*latencyValue);
    bool rateOk = false;
    c.faults.failureRate = parser.value(failureRate).trimmed().toDouble(&rateOk);
    if (!rateOk || c.faults.failureRate < 0.0 || c.faults.failureRate > 1.0)
        return invalid(failureRate, tr("a share from 0 to 1"));
    if (parser.isSet(fault)) {
        const auto named = faultFromName(parser.value(fault).trimmed());
        if (!named)
            return invalid(fault, tr("one of %1").arg(faultNames().join(QLatin1String(", "))));
        c.faults.fault = *named;
    }
    if (parser.isSet(faultCount)) {
        const auto value = integerIn(parser.value(faultCount), 1, 1000000000);
        if (!value)
            return invalid(faultCount, tr("a positive number"));
        c.faults.faultCount = static_cast<int>(*value);
    }
    if (parser.isSet(faultPage)) {
        const auto value = integerIn(parser.value(faultPage), 1, 1000000);
        if (!value)
            return invalid(faultPage, tr("a page number from 1"));
        c.faults.listPage = static_cast<int>(*value);
    }
    const auto slowValue = integerIn(parser.value(slowBody), 0, 600000);
    if (!slowValue)
        return invalid(slowBody, tr("milliseconds from 0 to 600000"));
    c.faults.slowBodyDuration = std::chrono::milliseconds(*slowValue);

    result.config = std::move(c);
    return result;
}

} // namespace wsdash::sim
