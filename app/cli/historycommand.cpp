#include "cli/historycommand.h"

#include "cli/exportcommand.h"
#include "core/base/settingslocation.h"
#include "core/dashboard/exporter.h"
#include "core/history/datalocation.h"
#include "core/history/historycsv.h"
#include "core/history/historydatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

// Where the history is: --history-url, else the History/url setting, else the default file.
Expected<HistoryOptions, QString> databaseOptions(const CliOptions& cli,
                                                  const QProcessEnvironment& environment)
{
    std::unique_ptr<QSettings> settings;
    if (!cli.history.location)
        settings = openSettings(environment);
    const auto location = historyLocation(cli.history.location, settings.get(), environment);
    if (!location)
        return location.error();
    HistoryOptions options = HistoryOptions::at(*location);
    // A one-shot run does not read the whole file: damage still shows as an error of the first
    // statement and is handled the same way; the window runs quick_check when it opens.
    options.quickCheck = false;
    return options;
}

void reportNotices(HistoryDatabase& database, QTextStream& err)
{
    for (const HistoryNotice& notice : database.takeNotices())
        err << "wsdash: history: " << oneLine(notice.message) << '\n';
}

} // namespace

QString historySource(const CliOptions& options)
{
    if (options.demo)
        return demoSeriesSource();
    return options.profile.isEmpty() ? options.endpoint.toDisplayString() : options.profile;
}

std::optional<QString> recordFetch(const CliOptions& options, const StatisticsResult& result,
                                   QTextStream& err, const QProcessEnvironment& environment)
{
    if (!options.history.record || !result.ok())
        return std::nullopt;
    auto located = databaseOptions(options, environment);
    if (!located) {
        const QString problem = tr("the sample was not recorded: ") + oneLine(located.error());
        err << "wsdash: history: " << problem << '\n';
        return problem;
    }
    HistoryOptions historyOptions = *located;
    historyOptions.retryFor = options.timeout; // past a busy database, within the command's time
    auto database = HistoryDatabase::open(historyOptions);
    if (!database) {
        const QString problem =
            tr("the sample was not recorded: ") + oneLine(database.error().message);
        err << "wsdash: history: " << problem << '\n';
        return problem;
    }
    Snapshot snapshot;
    snapshot.takenAt =
        result.receivedAt.isValid() ? result.receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    snapshot.key = {historySource(options), options.projectId, result.query.canonicalQueryString()};
    snapshot.statistics = *result.statistics;
    const auto written = (*database)->record({snapshot});
    if (written)
        (*database)->compact(QDateTime::currentDateTimeUtc());
    reportNotices(**database, err);
    if (!written) {
        const QString problem =
            tr("the sample was not recorded: ") + oneLine(written.error().message);
        err << "wsdash: history: " << problem << '\n';
        return problem;
    }
    return std::nullopt;
}

HistoryCommand::HistoryCommand(CliOptions options, QTextStream& err,
                               const QProcessEnvironment& environment, QObject* parent)
    : ModeJob(parent)
    , m_options(std::move(options))
    , m_err(err)
    , m_environment(environment)
{}

void HistoryCommand::start()
{
    // A local read of one file: done in one step of the event loop.
    QTimer::singleShot(0, this, [this] {
        const int status = run();
        m_err.flush();
        Q_EMIT finished(status);
    });
}

int HistoryCommand::run()
{
    const CliOptions& options = m_options;
    QTextStream& err = m_err;
    const QProcessEnvironment& environment = m_environment;
    auto located = databaseOptions(options, environment);
    if (!located) {
        err << "wsdash: history: " << oneLine(located.error()) << '\n';
        return ExitUsage;
    }
    HistoryOptions dbOptions = *located;
    dbOptions.readOnly = true; // reads only: works on a file it cannot write
    QByteArray csv = HistoryCsv::headerLine();
    if (!dbOptions.isPostgres() && !QFileInfo::exists(dbOptions.path)) {
        err << "wsdash: history: "
            << wsdash::tr("nothing recorded yet (%1 does not exist); the file has the header only.")
                   .arg(QDir::toNativeSeparators(dbOptions.path))
            << '\n';
    } else {
        auto database = HistoryDatabase::open(dbOptions);
        if (!database) {
            err << "wsdash: history: " << oneLine(database.error().message) << '\n';
            return ExitRequestFailed;
        }
        if (dbOptions.isPostgres() && (*database)->schemaVersion() == 0) {
            // A database no wsdash has written to yet (the tables are made by the first writer).
            err << "wsdash: history: "
                << wsdash::tr("nothing recorded yet in %1; the file has the header only.")
                       .arg(dbOptions.location.toDisplayString())
                << '\n';
            if (const auto error = writeFileAtomically(options.history.exportPath, csv)) {
                err << "wsdash: " << oneLine(*error) << '\n';
                return ExitUsage;
            }
            return ExitSuccess;
        }
        HistoryExportFilter filter;
        filter.since = options.history.since.resolve(QDateTime::currentDateTimeUtc());
        filter.projectId = options.projectId;
        filter.source = options.history.source;
        const auto exported = (*database)->exportRows(
            filter, [&csv](const HistoryRow& row) { csv += HistoryCsv::row(row); });
        reportNotices(**database, err);
        if (!exported) {
            err << "wsdash: history: " << oneLine(exported.error().message) << '\n';
            return ExitRequestFailed;
        }
    }
    if (const auto error = writeFileAtomically(options.history.exportPath, csv)) {
        err << "wsdash: " << oneLine(*error) << '\n';
        return ExitUsage;
    }
    return ExitSuccess;
}

} // namespace wsdash
