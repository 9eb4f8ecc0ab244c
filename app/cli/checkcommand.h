#pragma once

#include "cli/commandline.h"
#include "cli/historyoptions.h"
#include "cli/modejob.h"
#include "core/api/statistics.h"

#include <QString>
#include <QTextStream>

namespace wsdash {

// Exit statuses of `wsdash --check` (the Monitoring Plugins conventions).
enum CheckStatus : int
{
    CheckOk = 0,
    CheckWarning = 1,
    CheckCritical = 2,
    CheckUnknown = 3
};

// One plug-in answer: the exit status and the one line printed on stdout.
struct CheckOutcome
{
    int status = CheckUnknown;
    QString line;
};

// Compares the statistics with the check's ranges (pure; see docs/HISTORY.md for the format):
//   WSDASH OK - error_num=0 | error_num=0;5;10;0;120
//   WSDASH WARNING - error_num%=7.5% (9 of 120) | error_num_pct=7.5%;5;10;0;100
//   WSDASH CRITICAL - error_num: 2 CRITICAL, 1 WARNING of 40 pools; worst Pool A=12 | 'Pool
//   A::error_num'=12;5;10;0;50 ...
CheckOutcome evaluateCheck(const CheckOptions& check, const DesktopStatistics& statistics);

// "WSDASH UNKNOWN - <reason>".
CheckOutcome checkUnknown(const QString& reason);

class StatisticsClient;

// `wsdash --check ...`: fetches once, records the snapshot (unless --no-history), prints the
// line on `out`; history problems go to `err`. Finishes with the plug-in exit status.
class CheckCommand final : public ModeJob
{
    Q_OBJECT

public:
    CheckCommand(CliOptions options, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~CheckCommand() override;

    void start() override;

private:
    const CliOptions m_options;
    QTextStream& m_out;
    QTextStream& m_err;
    StatisticsClient* m_client = nullptr;
};

// For a usage error in --check mode: prints the UNKNOWN line, returns 3.
int reportCheckUsageError(const QString& message, QTextStream& out);

} // namespace wsdash
