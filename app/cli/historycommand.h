#pragma once

#include "cli/commandline.h"
#include "cli/modejob.h"
#include "core/api/statisticsclient.h"

#include <QProcessEnvironment>
#include <QTextStream>

#include <optional>

namespace wsdash {

// Records a successful fetch of a command-line run (--export, --check) in the history
// (--history-url, else the History/url setting, else $WSDASH_DATA_DIR/history.db or the
// application data folder), unless --no-history was given, and compacts it. Problems (including a
// damaged file that was set aside) are reported on `err` as lines starting "wsdash: history: ";
// they never change the exit status. Returns why the sample was not recorded (after retrying past a
// busy file), if it was not.
std::optional<QString>
recordFetch(const CliOptions& options, const StatisticsResult& result, QTextStream& err,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

// The series name a run records under: demoSeriesSource() with --demo, else the profile name,
// else the endpoint (as DashboardController::seriesSource() for the window).
QString historySource(const CliOptions& options);

// `wsdash --history FILE.csv [--since WHEN] [--project-id ID] [--profile NAME]
// [--history-url URL]`: writes the recorded history as CSV (HistoryCsv) atomically. Finishes
// with 0, 1 when the file cannot be written or the History/url setting is not valid, 2 when
// the history cannot be read (a PostgreSQL server that refuses: its reason on stderr).
class HistoryCommand final : public ModeJob
{
    Q_OBJECT

public:
    HistoryCommand(
        CliOptions options, QTextStream& err,
        const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment(),
        QObject* parent = nullptr);

    void start() override;

private:
    int run();

    const CliOptions m_options;
    QTextStream& m_err;
    const QProcessEnvironment m_environment;
};

} // namespace wsdash
