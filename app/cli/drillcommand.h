#pragma once

#include "cli/commandline.h"
#include "cli/modejob.h"
#include "core/api/desktoplistclient.h"
#include "core/api/statisticsclient.h"
#include "core/dashboard/drilldown.h"

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
class DrillCommand final : public ModeJob
{
    Q_OBJECT

public:
    DrillCommand(CliOptions options, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~DrillCommand() override;

    void start() override;

private:
    void onStatistics(const StatisticsResult& stats);
    void onListFinished(const DesktopListResult& result);
    int write(const DesktopListResult& result);
    void finish(int status);

    const CliOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    QNetworkAccessManager* m_network;
    StatisticsClient* m_statistics;
    DesktopListClient* m_list;
    std::optional<DrillPlan> m_plan;
    Count m_served;
    QList<DesktopDetail> m_desktops;
};

} // namespace wsdash
