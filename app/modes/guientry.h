#pragma once

#include "cli/commandline.h"

#include <QProcessEnvironment>

// The one entry point of the window module (wsdash_gui, guimain.cpp), which the `wsdash`
// executable loads only for the modes that draw (guimodule.h): creates the QApplication, runs
// the mode in its event loop and returns the exit status. `version` is the executable's
// wsdash::kVersion: a module of another build refuses to run.
extern "C" {
using WsdashGuiMain = int (*)(const char* version, int* argc, char** argv,
                              const wsdash::CliOptions* options, const QProcessEnvironment* env);
}

namespace wsdash {
inline constexpr char kGuiMainSymbol[] = "wsdash_gui_main";
} // namespace wsdash
