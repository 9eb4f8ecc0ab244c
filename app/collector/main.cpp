// wsdash-collector: polls Workspace statistics on a schedule into wsdash's history, serves
// Prometheus metrics and sends alert webhooks. A QCoreApplication: no widgets are linked.
#include "collector/collector.h"
#include "collector/collectoroptions.h"
#include "collector/collectorprofiles.h"
#include "collector/signalwatcher.h"
#include "core/version.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <memory>

// An exception out of main ends the process, as it should: there is nothing left to recover.
// NOLINTNEXTLINE(bugprone-exception-escape)
int main(int argc, char* argv[])
{
    // The same names as wsdash: the same settings, profiles and history.db.
    QCoreApplication::setApplicationName(QLatin1String(wsdash::kApplicationName));
    QCoreApplication::setOrganizationName(QLatin1String(wsdash::kOrganizationName));
    QCoreApplication::setApplicationVersion(QLatin1String(wsdash::kVersion));
    QCoreApplication app(argc, argv);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const auto parsed = wsdash::parseCollectorCommandLine(QCoreApplication::arguments(), env);
    if (!parsed) {
        err << "wsdash-collector: " << parsed.error().message << " (see wsdash-collector --help)\n";
        return 1;
    }
    const wsdash::CollectorOptions& options = *parsed;
    if (options.mode == wsdash::CollectorOptions::Mode::Help) {
        out << options.helpText;
        return 0;
    }
    if (options.mode == wsdash::CollectorOptions::Mode::Version) {
        out << "wsdash-collector " << wsdash::kVersion << " (Qt " << qVersion() << ")\n";
        return 0;
    }

    // SIGTERM/SIGINT from here on end the event loop cleanly.
    wsdash::SignalWatcher watcher;
    std::unique_ptr<wsdash::Collector> collector;
    bool stopping = false;
    QObject::connect(&watcher, &wsdash::SignalWatcher::terminationRequested, &app, [&](int number) {
        err << "wsdash-collector: "
            << QCoreApplication::translate("wsdash", "signal %1 received, stopping").arg(number)
            << '\n';
        err.flush();
        stopping = true;
        if (collector)
            collector->shutdown(0);
        else
            QCoreApplication::exit(0);
    });

    auto startCollector = [&](QList<wsdash::CollectorConnection> connections) {
        if (stopping)
            return;
        wsdash::CollectorOptions effective = options;
        const auto minimum =
            wsdash::minimumInterval(static_cast<int>(connections.size()), options.callsPerMinute);
        if (!options.once && effective.interval < minimum) {
            err << "wsdash-collector: "
                << QCoreApplication::translate(
                       "wsdash",
                       "--interval raised to %1 s: %2 connection(s) every %3 s would exceed the "
                       "request budget of %4 calls per minute.")
                       .arg(static_cast<double>(minimum.count()) / 1000.0)
                       .arg(connections.size())
                       .arg(static_cast<double>(options.interval.count()) / 1000.0)
                       .arg(options.callsPerMinute)
                << '\n';
            effective.interval = minimum;
        }
        collector =
            std::make_unique<wsdash::Collector>(effective, std::move(connections), out, err, env);
        QObject::connect(collector.get(), &wsdash::Collector::finished, &app,
                         [](int status) { QCoreApplication::exit(status); });
        if (!collector->start())
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(1); });
    };

    std::unique_ptr<wsdash::CollectorProfiles> profiles;
    if (options.direct) {
        QTimer::singleShot(0, &app, [&] { startCollector({*options.direct}); });
    } else {
        profiles = std::make_unique<wsdash::CollectorProfiles>(options, env);
        QObject::connect(profiles.get(), &wsdash::CollectorProfiles::resolved, &app,
                         startCollector);
        QObject::connect(profiles.get(), &wsdash::CollectorProfiles::failed, &app,
                         [&err](const QString& message) {
                             err << "wsdash-collector: " << message << '\n';
                             err.flush();
                             QCoreApplication::exit(1);
                         });
        QTimer::singleShot(0, profiles.get(), &wsdash::CollectorProfiles::start);
    }
    const int status = QCoreApplication::exec();
    out.flush();
    return status;
}
