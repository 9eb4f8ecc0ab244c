#pragma once

#include "cli/commandline.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QTextStream>

namespace wsdash {

// Where the window module (wsdash_gui: the window, --screenshot, --export FILE.pdf) is looked
// for, first to last: next to the executable (the build tree, Windows, the macOS bundle), then
// the private library folder of an installation (WSDASH_GUI_MODULE_DIR, relative to the
// executable's folder: ../lib/<multiarch>/wsdash in the package).
QStringList guiModuleCandidates();

// Loads the window module and runs `options` in it; the process exit status. The executable
// itself links no widget library: the headless modes never map QtGui, QtWidgets or Qt Charts.
// Fails with status 1, naming each place tried and the loader's reason, when the module cannot
// be loaded.
int runGuiModule(int& argc, char** argv, const CliOptions& options, const QProcessEnvironment& env,
                 QTextStream& err);

} // namespace wsdash
