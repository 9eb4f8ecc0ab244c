#include "cli/drillcommand.h"

#include "cli/exportcommand.h"
#include "core/api/desktoplistclient.h"
#include "core/api/statisticsclient.h"
#include "core/dashboard/desktopexport.h"
#include "core/dashboard/drilldown.h"
#include "core/dashboard/exporter.h"

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

DrillCommand::DrillCommand(CliOptions options, QTextStream& out, QTextStream& err, QObject* parent)
    : ModeJob(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_network(new QNetworkAccessManager(this))
    , m_statistics(new StatisticsClient(m_network, SystemClock::instance(), this))
    , m_list(new DesktopListClient(m_network, SystemClock::instance(), this))
{
    connect(m_statistics, &StatisticsClient::finished, this, &DrillCommand::onStatistics);
    connect(m_list, &DesktopListClient::pageReceived, this,
            [this](int, const QList<DesktopDetail>& page, qint64) {
                for (const DesktopDetail& desktop : page) {
                    if (m_plan->accepts(desktop))
                        m_desktops.append(desktop);
                }
            });
    connect(m_list, &DesktopListClient::finished, this, &DrillCommand::onListFinished);
}

DrillCommand::~DrillCommand() = default;

void DrillCommand::start()
{
    // 1. The count, as the statistics API serves it now, for the reconciliation line.
    const MetricInfo& info = metricInfo(*m_options.drillCount);
    StatisticsQuery query = m_options.query;
    if (info.family)
        query.setStatisticsTypes({statisticsTypeOf(*info.family)});
    StatisticsRequest request;
    request.endpoint = m_options.endpoint;
    request.projectId = m_options.projectId;
    request.credentials = m_options.credentials;
    request.query = query;
    request.timeout = m_options.timeout;
    m_statistics->fetch(request);
}

void DrillCommand::onStatistics(const StatisticsResult& stats)
{
    if (!stats.ok()) {
        m_err << "wsdash: " << tr("request failed") << ": " << stats.error.toOneLine() << '\n';
        finish(ExitRequestFailed);
        return;
    }
    m_served = stats.statistics->totals.value(*m_options.drillCount);

    // 2. The desktops behind it.
    m_plan = DrillPlan::make(*m_options.drillCount, DrillScope::of(m_options.query)).value();
    DesktopListRequest request;
    request.endpoint = m_options.endpoint;
    request.projectId = m_options.projectId;
    request.credentials = m_options.credentials;
    request.filter = m_plan->serverFilter();
    request.timeout = m_options.timeout;
    m_list->list(request);
}

void DrillCommand::onListFinished(const DesktopListResult& result)
{
    for (const QString& problem : result.problems)
        m_err << "wsdash: " << tr("warning") << ": " << problem << '\n';
    if (!result.ok()) {
        m_err << "wsdash: "
              << tr("page %1 of the desktop list failed: %2")
                     .arg(result.failedPage)
                     .arg(result.error->toOneLine())
              << '\n';
        finish(ExitRequestFailed);
        return;
    }
    finish(write(result));
}

int DrillCommand::write(const DesktopListResult& result)
{
    const MetricInfo& info = metricInfo(*m_options.drillCount);
    m_err << "wsdash: " << info.field << ": " << m_plan->description() << ". "
          << (m_served ? tr("The statistics said %1; %2 desktops are listed.")
                             .arg(*m_served)
                             .arg(m_desktops.size())
                       : tr("%1 desktops are listed.").arg(m_desktops.size()))
          << '\n';

    QByteArray data;
    if (!m_options.exportPath.isEmpty() &&
        exportFormatForPath(m_options.exportPath) == ExportFormat::Json) {
        DesktopExportContext context;
        context.generatedAt = SystemClock::instance().now();
        context.endpoint = m_options.endpoint.toDisplayString();
        context.projectId = m_options.projectId;
        context.count = QLatin1String(info.field);
        context.selection = m_plan->description();
        context.statisticsCount = m_served.value_or(-1);
        context.serverTotal = result.totalCount;
        data = desktopListJson(context, m_desktops);
    } else {
        data = desktopListCsv(m_desktops);
    }
    if (m_options.exportPath.isEmpty()) {
        m_out << QString::fromUtf8(data);
        m_out.flush();
        return ExitSuccess;
    }
    if (const auto error = writeFileAtomically(m_options.exportPath, data)) {
        m_err << "wsdash: " << oneLine(*error) << '\n';
        return ExitUsage;
    }
    return ExitSuccess;
}

void DrillCommand::finish(int status)
{
    m_err.flush();
    Q_EMIT finished(status);
}

} // namespace wsdash
