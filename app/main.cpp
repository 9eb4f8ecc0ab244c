#include "cli/checkcommand.h"
#include "cli/commandline.h"
#include "cli/drillcommand.h"
#include "cli/exportcommand.h"
#include "cli/historycommand.h"
#include "cli/profilecommand.h"
#include "core/api/proxyfactory.h"
#include "core/dashboard/exporter.h"
#include "core/version.h"
#include "dashboardmain.h"
#include "demosimulator.h"
#include "sim/simulator.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QLatin1String(wsdash::kApplicationName));
    QCoreApplication::setOrganizationName(QLatin1String(wsdash::kOrganizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(wsdash::kVersion));

    // Parsed before any application object exists: the window needs a QApplication, the rest
    // a QCoreApplication.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QTextStream out(stdout);
    QTextStream err(stderr);
    auto options = wsdash::parseCommandLine(arguments, QProcessEnvironment::systemEnvironment());
    if (!options) {
        if (wsdash::isCheckInvocation(arguments)) // plug-in convention: UNKNOWN, status 3
            return wsdash::reportCheckUsageError(options.error().message, out);
        // One line, so that scripts can show or log the reason as it is.
        err << "wsdash: " << options.error().message << " (see wsdash --help)\n";
        return wsdash::ExitUsage;
    }
    if (!options->profile.isEmpty()) {
        const int status = wsdash::resolveProfile(argc, argv, options.value(),
                                                  QProcessEnvironment::systemEnvironment(), err);
        if (status != wsdash::ExitSuccess)
            return status;
    }

    switch (options->mode) {
    case wsdash::CliOptions::Mode::Help:
        out << options->helpText;
        return wsdash::ExitSuccess;
    case wsdash::CliOptions::Mode::Version:
        out << "wsdash " << wsdash::kVersion << " (Qt " << qVersion() << ")\n";
        return wsdash::ExitSuccess;
    case wsdash::CliOptions::Mode::Export: {
        if (wsdash::exportFormatForPath(options->exportPath) == wsdash::ExportFormat::Pdf)
            return wsdash::runDashboard(argc, argv, *options); // the report is drawn by widgets
        QCoreApplication app(argc, argv);
        wsdash::SystemProxyFactory::install();
        wsdash::CliOptions exportOptions = *options;
        std::unique_ptr<wsdash::sim::Simulator> simulator;
        if (exportOptions.demo && !(simulator = wsdash::startDemoSimulator(&exportOptions, err)))
            return wsdash::ExitRequestFailed;
        return wsdash::runExport(exportOptions, err);
    }
    case wsdash::CliOptions::Mode::Drill: {
        QCoreApplication app(argc, argv);
        wsdash::SystemProxyFactory::install();
        wsdash::CliOptions drillOptions = *options;
        std::unique_ptr<wsdash::sim::Simulator> simulator;
        if (drillOptions.demo && !(simulator = wsdash::startDemoSimulator(&drillOptions, err)))
            return wsdash::ExitRequestFailed;
        return wsdash::runDrill(drillOptions, out, err);
    }
    case wsdash::CliOptions::Mode::SaveProfile:
    case wsdash::CliOptions::Mode::ListProfiles:
        return wsdash::runProfileCommand(argc, argv, *options,
                                         QProcessEnvironment::systemEnvironment(), out, err);
    case wsdash::CliOptions::Mode::Check: {
        QCoreApplication app(argc, argv);
        wsdash::SystemProxyFactory::install();
        return wsdash::runCheck(*options, out, err);
    }
    case wsdash::CliOptions::Mode::History: {
        QCoreApplication app(argc, argv);
        return wsdash::runHistoryExport(*options, err);
    }
    case wsdash::CliOptions::Mode::Window:
    case wsdash::CliOptions::Mode::Screenshot:
        break;
    }
    return wsdash::runDashboard(argc, argv, *options);
}
