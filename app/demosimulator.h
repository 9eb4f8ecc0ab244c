#pragma once

#include "cli/commandline.h"

#include <QTextStream>

#include <memory>

namespace wsdash {

namespace sim {
class SimulatorThread;
}

// --demo: starts the Workspace simulator in this process on a free loopback port and a thread
// of its own (so that it answers while the window is still being built; issue 18), showing a
// working morning, and points `options` at it with its demo credentials. Returns nothing (after
// one line on `err`) when it cannot start. The real client, signing included, talks to it.
std::unique_ptr<sim::SimulatorThread> startDemoSimulator(CliOptions* options, QTextStream& err);

} // namespace wsdash
