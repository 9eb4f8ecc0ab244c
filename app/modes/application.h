#pragma once

#include "cli/commandline.h"

namespace wsdash {

// Whether `options` asks for widgets: the window, --screenshot and --export FILE.pdf (the
// report is drawn by the window). Those run in the window module (guimodule.h) under a
// QApplication; everything else in a QCoreApplication, with no widget library loaded.
bool needsWidgets(const CliOptions& options);

} // namespace wsdash
