#pragma once

#include "cli/commandline.h"
#include "core/api/statisticsquery.h"

#include <QTextStream>

#include <memory>

class QCoreApplication;

namespace wsdash {

// The one application object of the process: a QApplication for what draws widgets (the
// window, --screenshot, --export FILE.pdf), a QCoreApplication for the rest. Returns nothing
// (after one line on `err`) when the window is asked for and there is no display; the headless
// pictures choose the offscreen platform by themselves.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv,
                                                    const CliOptions& options, QTextStream& err);

// Whether `options` asks for widgets.
bool needsWidgets(const CliOptions& options);

// The window's default filters: everything, so that a first look shows every family and pool.
StatisticsQuery windowQuery(const StatisticsQuery& given);

} // namespace wsdash
