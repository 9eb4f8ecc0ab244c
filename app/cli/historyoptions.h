#pragma once

#include "cli/nagiosrange.h"
#include "core/api/statistics.h"
#include "core/base/expected.h"
#include "core/history/historylocation.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace wsdash {

struct CliOptions;

// `wsdash --check METRIC --warning RANGE --critical RANGE [--each-pool]` (checkcommand.h).
struct CheckOptions
{
    QString subject; // as given: "error_num" or "error_num%"
    Metric metric = Metric::ErrorNum;
    bool share = false; // METRIC% : the share of total_num in percent
    std::optional<NagiosRange> warning;
    std::optional<NagiosRange> critical;
    bool eachPool = false;
};

// --since: a duration before now ("30m", "24h", "7d", "2w") or a date ("2024-05-01", local
// midnight) or a date and time ("2024-05-01T08:00", local; "...Z" or "+02:00" as written).
struct SinceOption
{
    std::optional<std::chrono::seconds> ago;
    QDateTime at;

    QDateTime resolve(const QDateTime& now) const;
    static Expected<SinceOption, QString> parse(const QString& text);
};

// What the history options asked for (part of CliOptions).
struct HistoryCliOptions
{
    bool record = true; // --no-history clears it: this run records nothing
    CheckOptions check;
    QString exportPath; // --history FILE.csv
    SinceOption since{std::chrono::hours(24), {}};
    QString source; // --profile with --history: only that profile's series
    // --history-url: where the history is (a file or postgresql://); unset = the History/url
    // setting, else the default file (historyLocation()).
    std::optional<HistoryLocation> location;
};

// The options themselves, added to the parser by parseCommandLine().
struct HistoryCliSwitches
{
    HistoryCliSwitches();
    QList<QCommandLineOption> all() const;

    QCommandLineOption check;
    QCommandLineOption warning;
    QCommandLineOption critical;
    QCommandLineOption eachPool;
    QCommandLineOption history;
    QCommandLineOption since;
    QCommandLineOption noHistory;
    QCommandLineOption historyUrl;
};

// Reads the history options into `options` (mode Check or History, the query a check needs);
// called after the export/screenshot modes are known. Returns why they cannot be used as given.
std::optional<QString> applyHistoryOptions(const QCommandLineParser& parser,
                                           const HistoryCliSwitches& switches, CliOptions& options);

// True when the arguments ask for --check, even if they do not parse: plug-in conventions
// want exit status 3 and one "UNKNOWN" line for usage errors then.
bool isCheckInvocation(const QStringList& arguments);

} // namespace wsdash
