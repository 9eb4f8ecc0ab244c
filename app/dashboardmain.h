#pragma once

#include "cli/commandline.h"

namespace wsdash {

// The dashboard window (and --screenshot): creates the QApplication, the theme, the
// translation, the client (against the in-process simulator with --demo) and the window.
// Returns the process exit status.
int runDashboard(int& argc, char** argv, const CliOptions& options);

} // namespace wsdash
