#include "cli/checkcommand.h"
#include "cli/commandline.h"
#include "cli/exportcommand.h"
#include "core/api/proxyfactory.h"
#include "core/version.h"
#include "modes/application.h"
#include "modes/guimodule.h"
#include "modes/headlessjobs.h"
#include "modes/modelauncher.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

// wsdash: parse the command line; run the modes that draw (the window, --screenshot, --export
// FILE.pdf) in the window module, which creates a QApplication; run the others here as a job in
// the event loop of a QCoreApplication, with no widget library loaded; leave with the job's exit
// status.
// An exception out of main ends the process, as it should: there is nothing left to recover.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QLatin1String(wsdash::kApplicationName));
    QCoreApplication::setOrganizationName(QLatin1String(wsdash::kOrganizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(wsdash::kVersion));

    // Parsed before the application object exists: the mode decides which one it is.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto options = wsdash::parseCommandLine(arguments, env);
    if (!options) {
        if (wsdash::isCheckInvocation(arguments)) // plug-in convention: UNKNOWN, status 3
            return wsdash::reportCheckUsageError(options.error().message, out);
        // One line, so that scripts can show or log the reason as it is.
        err << "wsdash: " << options.error().message << " (see wsdash --help)\n";
        return wsdash::ExitUsage;
    }
    if (options->mode == wsdash::CliOptions::Mode::Help) {
        out << options->helpText;
        return wsdash::ExitSuccess;
    }
    if (options->mode == wsdash::CliOptions::Mode::Version) {
        out << "wsdash " << wsdash::kVersion << " (Qt " << qVersion() << ")\n";
        return wsdash::ExitSuccess;
    }

    if (wsdash::needsWidgets(*options))
        return wsdash::runGuiModule(argc, argv, *options, env, err);

    QCoreApplication app(argc, argv);
    wsdash::SystemProxyFactory::install();
    wsdash::HeadlessJobs jobs(env, out, err);
    wsdash::ModeLauncher launcher(
        *options, env, err, [&jobs](wsdash::CliOptions o) { return jobs.create(std::move(o)); });
    QObject::connect(&launcher, &wsdash::ModeLauncher::finished, &app,
                     [](int status) { QCoreApplication::exit(status); });
    QTimer::singleShot(0, &launcher, &wsdash::ModeLauncher::start);
    return QCoreApplication::exec();
}
