#pragma once

#include "cli/commandline.h"
#include "cli/modejob.h"

#include <QTextStream>

namespace wsdash {

// Process exit statuses of wsdash.
enum ExitStatus : int
{
    ExitSuccess = 0,
    ExitUsage = 1,
    ExitRequestFailed = 2
};

class StatisticsClient;
struct StatisticsResult;

// `wsdash --export FILE.json|FILE.csv`: fetches once, writes the file atomically and finishes
// with the exit status; reasons for failure go to `err` as one line.
class ExportCommand final : public ModeJob
{
    Q_OBJECT

public:
    ExportCommand(CliOptions options, QTextStream& err, QObject* parent = nullptr);
    ~ExportCommand() override;

    void start() override;

private:
    int write(const StatisticsResult& result);

    const CliOptions m_options;
    QTextStream& m_err;
    StatisticsClient* m_client = nullptr;
};

} // namespace wsdash
