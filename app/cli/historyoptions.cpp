#include "cli/historyoptions.h"

#include "cli/commandline.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

std::optional<QString> applyCheck(const QCommandLineParser& parser, const HistoryCliSwitches& s,
                                  CliOptions& options)
{
    CheckOptions& check = options.history.check;
    check.subject = parser.value(s.check).trimmed();
    QString field = check.subject;
    check.share = field.endsWith(QLatin1Char('%'));
    if (check.share)
        field.chop(1);
    const auto metric = metricFromField(field);
    if (!metric) {
        QStringList names;
        for (const MetricInfo& info : allMetrics())
            names << QLatin1String(info.field);
        return tr("--check %1: not a count; use one of %2, optionally with % for its share of "
                  "total_num.")
            .arg(check.subject, names.join(QStringLiteral(", ")));
    }
    if (check.share && *metric == Metric::TotalNum)
        return tr("--check total_num%: the share of total_num is always 100 %.");
    check.metric = *metric;

    for (const auto& [option, target] :
         {std::pair{&s.warning, &check.warning}, std::pair{&s.critical, &check.critical}}) {
        if (!parser.isSet(*option))
            continue;
        auto range = NagiosRange::parse(parser.value(*option));
        if (!range)
            return QStringLiteral("--%1: ").arg(option->names().constFirst()) + range.error();
        *target = *range;
    }
    if (!check.warning && !check.critical)
        return tr("--check needs --warning RANGE, --critical RANGE or both.");
    check.eachPool = parser.isSet(s.eachPool);

    // Ask for what the check needs: the metric's family, and POOLED for --each-pool.
    const auto family = metricInfo(check.metric).family;
    if (family) {
        if (options.query.statisticsTypes().isEmpty()) {
            options.query.setStatisticsTypes({statisticsTypeOf(*family)});
        } else if (!options.query.includesFamily(*family)) {
            return tr("--check %1 needs --statistics-type %2.")
                .arg(check.subject, wireName(statisticsTypeOf(*family)));
        }
    }
    if (check.eachPool) {
        if (options.query.desktopTypes().isEmpty())
            options.query.setDesktopTypes({DesktopType::Pooled});
        else if (!options.query.includesDesktopType(DesktopType::Pooled))
            return tr("--each-pool needs --desktop-type POOLED (pools are pooled desktops).");
    }
    options.mode = CliOptions::Mode::Check;
    return std::nullopt;
}

} // namespace

QDateTime SinceOption::resolve(const QDateTime& now) const
{
    return ago ? now.addSecs(-ago->count()) : at;
}

Expected<SinceOption, QString> SinceOption::parse(const QString& text)
{
    const QString t = text.trimmed();
    static const QRegularExpression duration(QStringLiteral("^(\\d{1,6})([mhdw])$"));
    if (const auto match = duration.match(t); match.hasMatch()) {
        const qint64 amount = match.captured(1).toLongLong();
        const QChar unit = match.captured(2).at(0);
        const qint64 factor = unit == QLatin1Char('m')   ? 60
                              : unit == QLatin1Char('h') ? 3600
                              : unit == QLatin1Char('d') ? 86400
                                                         : 7 * 86400;
        return SinceOption{std::chrono::seconds(amount * factor), {}};
    }
    QDateTime at = QDateTime::fromString(t, Qt::ISODate); // offset honoured, else local time
    if (!at.isValid()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (date.isValid())
            at = date.startOfDay();
    }
    if (!at.isValid()) {
        return tr("--since %1: use a duration such as 30m, 24h, 7d or 2w, or a date such as "
                  "2024-05-01 or 2024-05-01T08:00 (local time unless it ends in Z or an offset).")
            .arg(text);
    }
    return SinceOption{std::nullopt, at.toUTC()};
}

HistoryCliSwitches::HistoryCliSwitches()
    : check(QStringLiteral("check"),
            tr("Monitoring plug-in: fetch once, compare METRIC (a count such as error_num, or "
               "error_num% for its share of total_num) with --warning and --critical, print "
               "one status line with performance data; exit 0 OK, 1 WARNING, 2 CRITICAL, "
               "3 UNKNOWN."),
            QStringLiteral("METRIC"))
    , warning(QStringLiteral("warning"),
              tr("With --check: the warning range (N alerts above N; see docs/HISTORY.md)."),
              QStringLiteral("RANGE"))
    , critical(QStringLiteral("critical"), tr("With --check: the critical range."),
               QStringLiteral("RANGE"))
    , eachPool(QStringLiteral("each-pool"),
               tr("With --check: check every desktop pool; the worst pool decides."))
    , history(QStringLiteral("history"),
              tr("Write the recorded history to a .csv file and exit (no request is made)."),
              QStringLiteral("FILE.csv"))
    , since(QStringLiteral("since"),
            tr("With --history: from when (30m, 24h, 7d, 2w or a date; default 24h)."),
            QStringLiteral("WHEN"))
    , noHistory(QStringLiteral("no-history"),
                tr("Do not record this run's statistics in the history."))
    , historyUrl(QStringLiteral("history-url"),
                 tr("Where the history is: a SQLite file path, or "
                    "postgresql://user@host:port/database (password from PGPASSWORD or "
                    "~/.pgpass). Default: the History/url setting, else history.db in the data "
                    "folder."),
                 QStringLiteral("URL"))
{}

QList<QCommandLineOption> HistoryCliSwitches::all() const
{
    return {check, warning, critical, eachPool, history, since, noHistory, historyUrl};
}

std::optional<QString> applyHistoryOptions(const QCommandLineParser& parser,
                                           const HistoryCliSwitches& s, CliOptions& options)
{
    for (const QCommandLineOption* single :
         {&s.check, &s.warning, &s.critical, &s.history, &s.since, &s.historyUrl}) {
        if (parser.values(*single).size() > 1)
            return tr("--%1 is given more than once.").arg(single->names().constFirst());
    }
    if (parser.isSet(s.historyUrl)) {
        auto location = HistoryLocation::parse(parser.value(s.historyUrl));
        if (!location)
            return QStringLiteral("--history-url: ") + location.error();
        options.history.location = *location;
    }
    options.history.record = !parser.isSet(s.noHistory);
    const bool checking = parser.isSet(s.check);
    const bool exporting = parser.isSet(s.history);
    for (const QCommandLineOption* option : {&s.warning, &s.critical, &s.eachPool}) {
        if (parser.isSet(*option) && !checking)
            return tr("--%1 only goes with --check.").arg(option->names().constFirst());
    }
    if (parser.isSet(s.since) && !exporting)
        return tr("--since only goes with --history.");
    if (!checking && !exporting)
        return std::nullopt;

    const QString mode = checking ? QStringLiteral("--check") : QStringLiteral("--history");
    if (checking && exporting)
        return tr("--check and --history cannot be combined.");
    if (options.mode == CliOptions::Mode::Export || options.mode == CliOptions::Mode::Screenshot)
        return tr("%1 cannot be combined with --export or --screenshot.").arg(mode);
    if (parser.isSet(QStringLiteral("demo")))
        return tr("%1 cannot be combined with --demo.").arg(mode);
    if (checking)
        return applyCheck(parser, s, options);

    options.history.exportPath = parser.value(s.history);
    if (QFileInfo(options.history.exportPath).suffix().toLower() != QLatin1String("csv"))
        return tr("--history %1: the file name must end in .csv.").arg(options.history.exportPath);
    const QFileInfo dir(QFileInfo(options.history.exportPath).absolutePath());
    if (!dir.isDir()) {
        return tr("--history %1: the folder %2 does not exist.")
            .arg(options.history.exportPath, QDir::toNativeSeparators(dir.absoluteFilePath()));
    }
    if (parser.isSet(s.since)) {
        auto since = SinceOption::parse(parser.value(s.since));
        if (!since)
            return since.error();
        options.history.since = *since;
    }
    options.history.source = parser.value(QStringLiteral("profile"));
    options.mode = CliOptions::Mode::History;
    return std::nullopt;
}

bool isCheckInvocation(const QStringList& arguments)
{
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--check") || argument == QLatin1String("-check") ||
            argument.startsWith(QLatin1String("--check=")) ||
            argument.startsWith(QLatin1String("-check="))) {
            return true;
        }
        if (argument == QLatin1String("--"))
            break;
    }
    return false;
}

} // namespace wsdash
