#include "cli/exportcommand.h"

#include "cli/historycommand.h"
#include "core/api/statisticsclient.h"
#include "core/dashboard/exporter.h"

#include <QEventLoop>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

int runExport(const CliOptions& options, QTextStream& err)
{
    StatisticsRequest request;
    request.endpoint = options.endpoint;
    request.projectId = options.projectId;
    request.credentials = options.credentials;
    request.query = options.query;
    request.timeout = options.timeout;

    StatisticsClient client;
    StatisticsResult result;
    QEventLoop loop;
    QObject::connect(&client, &StatisticsClient::finished, &loop, [&](const StatisticsResult& r) {
        result = r;
        loop.quit();
    });
    client.fetch(request);
    loop.exec();

    if (!result.ok()) {
        err << "wsdash: " << tr("request failed") << ": " << result.error.toOneLine() << '\n';
        return ExitRequestFailed;
    }

    recordFetch(options, result, err);
    const DesktopStatistics& statistics = *result.statistics;
    if (statistics.poolsDroppedByClient > 0) {
        err << "wsdash: "
            << tr("warning: the server ignored the pool filter (an older API release); %1 "
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

    const QByteArray data = *exportFormatForPath(options.exportPath) == ExportFormat::Json
                                ? exportJson(context, statistics)
                                : exportCsv(statistics);
    if (const auto error = writeFileAtomically(options.exportPath, data)) {
        err << "wsdash: " << oneLine(*error) << '\n';
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace wsdash
