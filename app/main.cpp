#include "commandline.h"
#include "exportcommand.h"
#include "proxyfactory.h"
#include "version.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QLatin1String(wsdash::kApplicationName));
    QCoreApplication::setOrganizationName(QLatin1String(wsdash::kOrganizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(wsdash::kVersion));

    QCoreApplication app(argc, argv);
    wsdash::SystemProxyFactory::install();

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto options =
        wsdash::parseCommandLine(app.arguments(), QProcessEnvironment::systemEnvironment());
    if (!options) {
        err << "wsdash: " << options.error().message << '\n'
            << "Try 'wsdash --help' for more information.\n";
        return wsdash::ExitUsage;
    }

    switch (options->mode) {
    case wsdash::CliOptions::Mode::Help:
        out << options->helpText;
        return wsdash::ExitSuccess;
    case wsdash::CliOptions::Mode::Version:
        out << "wsdash " << wsdash::kVersion << " (Qt " << qVersion() << ")\n";
        return wsdash::ExitSuccess;
    case wsdash::CliOptions::Mode::Export:
        return wsdash::runExport(*options, err);
    case wsdash::CliOptions::Mode::Window:
    case wsdash::CliOptions::Mode::Screenshot:
        break;
    }
    err << "wsdash: the dashboard window is not part of this build yet; use --export FILE.\n";
    return wsdash::ExitUsage;
}
