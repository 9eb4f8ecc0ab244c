#pragma once

#include "cli/commandline.h"

#include <QTextStream>

namespace wsdash {

// Process exit statuses of wsdash.
enum ExitStatus : int
{
    ExitSuccess = 0,
    ExitUsage = 1,
    ExitRequestFailed = 2
};

// `wsdash --export FILE`: fetches once, writes the file atomically, returns the exit status.
// Runs its own event loop; reasons for failure go to `err` as one line.
int runExport(const CliOptions& options, QTextStream& err);

} // namespace wsdash
