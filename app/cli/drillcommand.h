#pragma once

#include "cli/commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace wsdash {

// --drill COUNT: the option of the drill-down mode, added to the parser by parseCommandLine().
struct DrillCliSwitches
{
    QCommandLineOption drill;
    DrillCliSwitches();
};

// Reads --drill into `options` (Mode::Drill, drillCount; --export then names the .csv/.json
// file, stdout gets CSV without it). Returns a usage problem, or nothing.
std::optional<QString> applyDrillOptions(const QCommandLineParser& parser,
                                         const DrillCliSwitches& switches, CliOptions& options);

// `wsdash --drill COUNT`: reads the count from the statistics API, lists the desktops behind it
// (ListDesktopsDetail, DrillPlan), writes CSV or JSON, and says on `err` how the rows were
// chosen and how they reconcile with the count. Exit status as for --export.
int runDrill(const CliOptions& options, QTextStream& out, QTextStream& err);

} // namespace wsdash
