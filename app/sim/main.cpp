// wsdash-sim: the Workspace statistics API simulator as a command-line server.
#include "core/version.h"
#include "sim/simulator.h"
#include "sim/simulatorcommandline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace wsdash::sim;

// An exception out of main ends the process, as it should: there is nothing left to recover.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("wsdash-sim"));
    QCoreApplication::setApplicationVersion(QLatin1String(wsdash::kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = SimulatorCommandLineParser::parse(QCoreApplication::arguments(),
                                                          QProcessEnvironment::systemEnvironment());
    if (!parsed) {
        err << "wsdash-sim: " << parsed.error() << '\n' << "Try 'wsdash-sim --help'.\n";
        return 2;
    }
    const SimulatorCommandLine& commandLine = parsed.value();
    if (commandLine.mode == SimulatorCommandLine::Mode::Help) {
        out << commandLine.helpText;
        return 0;
    }
    if (commandLine.mode == SimulatorCommandLine::Mode::Version) {
        out << "wsdash-sim " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }

    QElapsedTimer generation;
    generation.start();
    Simulator simulator(commandLine.config);
    const qint64 generationMs = generation.elapsed();
    const auto url = simulator.start();
    if (!url) {
        err << "wsdash-sim: " << url.error() << '\n';
        return 1;
    }

    // The first line is read by scripts and tests: keep its form and flush it at once.
    out << "wsdash-sim listening on " << url->toString() << '\n';
    out.flush();
    const Fleet& fleet = simulator.fleet();
    out << "project ID: " << simulator.projectId() << '\n'
        << "access key: " << simulator.clientCredentials().accessKey
        << (simulator.usesDemoAccessKey()
                ? QStringLiteral(" (demo pair; the secret key is in docs/SIMULATOR.md)")
                : QStringLiteral(" (from HUAWEICLOUD_SDK_AK/_SK)"))
        << '\n'
        << "fleet: " << fleet.pools().size() << " pools, " << fleet.desktopCount() << " desktops ("
        << fleet.dedicatedCount() << " dedicated), seed " << fleet.options().seed
        << ", generated in " << generationMs << " ms\n";
    const FaultSettings faults = simulator.faults();
    if (faults.fault != Fault::None || faults.failureRate > 0.0 || faults.latency.count() > 0) {
        out << "faults: " << faultName(faults.fault) << ", failure rate " << faults.failureRate
            << ", latency " << faults.latency.count() << " ms\n";
    }
    out.flush();

    if (!commandLine.quiet) {
        QObject::connect(
            &simulator, &Simulator::requestHandled, &app,
            [&err](const QByteArray& method, const QByteArray& target, int status) {
                err << method << ' ' << target << " -> "
                    << (status == 0 ? QStringLiteral("reset") : QString::number(status)) << '\n';
                err.flush();
            });
    }
    return QCoreApplication::exec();
}
