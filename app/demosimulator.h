#pragma once

#include "cli/commandline.h"

#include <QTextStream>

#include <memory>

namespace wsdash {

namespace sim {
class Simulator;
}

// --demo: starts the Workspace simulator in this process on a free loopback port, showing a
// working morning, and points `options` at it with its demo credentials. Returns nothing (after
// one line on `err`) when it cannot start. The real client, signing included, talks to it.
std::unique_ptr<sim::Simulator> startDemoSimulator(CliOptions* options, QTextStream& err);

} // namespace wsdash
