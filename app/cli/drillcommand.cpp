#include "cli/drillcommand.h"

#include "cli/exportcommand.h"
#include "core/api/desktoplistclient.h"
#include "core/api/statisticsclient.h"
#include "core/dashboard/desktopexport.h"
#include "core/dashboard/drilldown.h"
#include "core/dashboard/exporter.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

DrillCliSwitches::DrillCliSwitches()
    : drill(QStringLiteral("drill"),
            tr("List the desktops behind a count (an API name such as error_num, or a console "
               "name such as Faulty or 故障) as CSV on stdout, or into --export FILE.csv|.json, "
               "and exit. --desktop-type and --pool-id set the scope."),
            QStringLiteral("COUNT"))
{}

std::optional<QString> applyDrillOptions(const QCommandLineParser& parser,
                                         const DrillCliSwitches& switches, CliOptions& options)
{
    if (!parser.isSet(switches.drill))
        return std::nullopt;
    if (parser.values(switches.drill).size() > 1)
        return tr("--drill is given more than once.");
    if (options.mode != CliOptions::Mode::Window && options.mode != CliOptions::Mode::Export)
        return tr("--drill cannot be combined with --screenshot, --check or --history.");
    const QString name = parser.value(switches.drill);
    const auto count = DrillPlan::countFromName(name);
    if (!count) {
        return tr("--drill %1: not a count; use an API name such as error_num or in_use_num, "
                  "or a console name such as Faulty.")
            .arg(name);
    }
    if (const QString why = DrillPlan::whyNotOffered(*count); !why.isEmpty())
        return QStringLiteral("--drill %1: %2").arg(name, why);
    if (const auto plan = DrillPlan::make(*count, DrillScope::of(options.query)); !plan)
        return QStringLiteral("--drill %1: %2").arg(name, plan.error());
    if (options.mode == CliOptions::Mode::Export &&
        exportFormatForPath(options.exportPath) == ExportFormat::Pdf)
        return tr("--drill writes .csv or .json, not .pdf.");
    options.mode = CliOptions::Mode::Drill;
    options.drillCount = *count;
    return std::nullopt;
}

int runDrill(const CliOptions& options, QTextStream& out, QTextStream& err)
{
    const Metric count = *options.drillCount;
    const MetricInfo& info = metricInfo(count);
    QNetworkAccessManager network;
    const Clock& clock = SystemClock::instance();

    // 1. The count, as the statistics API serves it now, for the reconciliation line.
    StatisticsQuery query = options.query;
    if (info.family)
        query.setStatisticsTypes({statisticsTypeOf(*info.family)});
    StatisticsRequest statsRequest;
    statsRequest.endpoint = options.endpoint;
    statsRequest.projectId = options.projectId;
    statsRequest.credentials = options.credentials;
    statsRequest.query = query;
    statsRequest.timeout = options.timeout;
    StatisticsClient statsClient(&network, clock);
    StatisticsResult stats;
    QEventLoop loop;
    QObject::connect(&statsClient, &StatisticsClient::finished, &loop,
                     [&](const StatisticsResult& r) {
                         stats = r;
                         loop.quit();
                     });
    statsClient.fetch(statsRequest);
    loop.exec();
    if (!stats.ok()) {
        err << "wsdash: " << tr("request failed") << ": " << stats.error.toOneLine() << '\n';
        return ExitRequestFailed;
    }
    const Count served = stats.statistics->totals.value(count);

    // 2. The desktops behind it.
    const auto plan = DrillPlan::make(count, DrillScope::of(options.query)).value();
    DesktopListRequest request;
    request.endpoint = options.endpoint;
    request.projectId = options.projectId;
    request.credentials = options.credentials;
    request.filter = plan.serverFilter();
    request.timeout = options.timeout;
    DesktopListClient client(&network, clock);
    QList<DesktopDetail> desktops;
    DesktopListResult result;
    QObject::connect(&client, &DesktopListClient::pageReceived, &loop,
                     [&](int, const QList<DesktopDetail>& page, qint64) {
                         for (const DesktopDetail& desktop : page) {
                             if (plan.accepts(desktop))
                                 desktops.append(desktop);
                         }
                     });
    QObject::connect(&client, &DesktopListClient::finished, &loop, [&](const DesktopListResult& r) {
        result = r;
        loop.quit();
    });
    client.list(request);
    loop.exec();
    for (const QString& problem : result.problems)
        err << "wsdash: " << tr("warning") << ": " << problem << '\n';
    if (!result.ok()) {
        err << "wsdash: "
            << tr("page %1 of the desktop list failed: %2")
                   .arg(result.failedPage)
                   .arg(result.error->toOneLine())
            << '\n';
        return ExitRequestFailed;
    }

    err << "wsdash: " << info.field << ": " << plan.description() << ". "
        << (served ? tr("The statistics said %1; %2 desktops are listed.")
                         .arg(*served)
                         .arg(desktops.size())
                   : tr("%1 desktops are listed.").arg(desktops.size()))
        << '\n';

    QByteArray data;
    if (!options.exportPath.isEmpty() &&
        exportFormatForPath(options.exportPath) == ExportFormat::Json) {
        DesktopExportContext context;
        context.generatedAt = clock.now();
        context.endpoint = options.endpoint.toDisplayString();
        context.projectId = options.projectId;
        context.count = QLatin1String(info.field);
        context.selection = plan.description();
        context.statisticsCount = served.value_or(-1);
        context.serverTotal = result.totalCount;
        data = desktopListJson(context, desktops);
    } else {
        data = desktopListCsv(desktops);
    }
    if (options.exportPath.isEmpty()) {
        out << QString::fromUtf8(data);
        out.flush();
        return ExitSuccess;
    }
    if (const auto error = writeFileAtomically(options.exportPath, data)) {
        err << "wsdash: " << oneLine(*error) << '\n';
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace wsdash
