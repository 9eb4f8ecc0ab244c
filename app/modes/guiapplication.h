#pragma once

#include "cli/commandline.h"
#include "core/api/statisticsquery.h"

#include <QTextStream>

#include <memory>

class QApplication;

namespace wsdash {

// The QApplication of the modes that draw (the window, --screenshot, --export FILE.pdf), with
// the proxy, translations, theme and icon. Returns nothing (after one line on `err`) when the
// window is asked for and there is no display; the headless pictures choose the offscreen
// platform by themselves.
std::unique_ptr<QApplication> createGuiApplication(int& argc, char** argv,
                                                   const CliOptions& options, QTextStream& err);

// The window's default filters: everything, so that a first look shows every family and pool.
StatisticsQuery windowQuery(const StatisticsQuery& given);

} // namespace wsdash
