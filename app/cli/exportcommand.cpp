#include "cli/exportcommand.h"

#include "cli/historycommand.h"
#include "cli/refusalguard.h"
#include "core/api/statisticsclient.h"
#include "core/dashboard/exporter.h"

#include <QTimer>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

namespace {

StatisticsRequest requestOf(const CliOptions& options)
{
    StatisticsRequest request;
    request.endpoint = options.endpoint;
    request.projectId = options.projectId;
    request.credentials = options.credentials;
    request.query = options.query;
    request.timeout = options.timeout;
    return request;
}

} // namespace

ExportCommand::ExportCommand(CliOptions options, QTextStream& err, QObject* parent)
    : ModeJob(parent)
    , m_options(std::move(options))
    , m_err(err)
    , m_client(new StatisticsClient(this))
{}

ExportCommand::~ExportCommand() = default;

void ExportCommand::start()
{
    const RefusalGuard guard(m_options);
    if (const auto refused = guard.refusedBefore()) {
        m_err << "wsdash: " << *refused << '\n';
        m_err.flush();
        QTimer::singleShot(0, this, [this] { Q_EMIT finished(ExitRequestFailed); });
        return;
    }
    connect(m_client, &StatisticsClient::finished, this, [this](const StatisticsResult& result) {
        RefusalGuard(m_options).record(result);
        const int status = write(result);
        m_err.flush();
        Q_EMIT finished(status);
    });
    m_client->fetch(requestOf(m_options));
}

int ExportCommand::write(const StatisticsResult& result)
{
    const CliOptions& options = m_options;
    QTextStream& err = m_err;
    const StatisticsRequest request = requestOf(options);
    if (!result.ok()) {
        err << "wsdash: " << wsdash::tr("request failed") << ": " << result.error.toOneLine()
            << '\n';
        return ExitRequestFailed;
    }

    recordFetch(options, result, err);
    const DesktopStatistics& statistics = *result.statistics;
    if (statistics.poolsDroppedByClient > 0) {
        err << "wsdash: "
            << wsdash::tr("warning: the server ignored the pool filter (an older API release); %1 "
                          "other pools were left out of the export, but total_num and the state "
                          "totals cover all pools.")
                   .arg(statistics.poolsDroppedByClient)
            << '\n';
    }

    ExportContext context;
    context.generatedAt = options.asOf.isValid() ? options.asOf : result.receivedAt;
    context.endpoint = request.endpoint.toDisplayString();
    context.projectId = request.projectId;
    context.query = request.query;
    context.requestId = result.requestId;

    // Written as it is produced: a 100,000-pool export is never held in memory as a whole.
    if (const auto error = writeExport(options.exportPath, *exportFormatForPath(options.exportPath),
                                       context, statistics)) {
        err << "wsdash: " << oneLine(*error) << '\n';
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace wsdash
