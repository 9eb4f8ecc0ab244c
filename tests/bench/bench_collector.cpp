// One collector round for N connections (docs/COLLECTOR.md, "Figures"): the collector's own
// code (app/collector) in this process, against a standalone wsdash-sim. Profiles need a
// keychain, so the N connections are made here, all to the simulator, each its own series.
//
//   bench_collector URL PROJECT_ID CONNECTIONS ROUNDS   (AK/SK in HUAWEICLOUD_SDK_AK/_SK)
//
// Prints the time of each round (first answer sent to last sample recorded) and the resident
// memory after the last round.
#include "collector/collector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace wsdash;

namespace {

QByteArray residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:"))
            std::printf("%s\n", line.simplified().constData());
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: bench_collector URL PROJECT_ID CONNECTIONS ROUNDS\n");
        return 1;
    }
    const auto endpoint = Endpoint::fromUrl(args.at(1));
    if (!endpoint) {
        std::fprintf(stderr, "bad URL\n");
        return 1;
    }
    const Credentials credentials = Credentials::permanent(
        qEnvironmentVariable("HUAWEICLOUD_SDK_AK"), qEnvironmentVariable("HUAWEICLOUD_SDK_SK"));
    const int connections = args.at(3).toInt();
    const int rounds = args.at(4).toInt();
    QTemporaryDir dir;
    QList<CollectorConnection> list;
    for (int i = 1; i <= connections; ++i)
        list << CollectorConnection{QStringLiteral("sim-%1").arg(i), QString(), *endpoint,
                                    args.at(2), credentials};
    CollectorOptions options;
    options.query = StatisticsQuery::everything();
    options.interval = std::chrono::milliseconds(10);
    options.callsPerMinute = 1000000;
    options.historyPath = dir.filePath(QStringLiteral("history.db"));
    QFile devNull(QStringLiteral("/dev/null"));
    devNull.open(QIODevice::WriteOnly);
    QTextStream out(&devNull);
    QTextStream err(stderr);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WSDASH_DATA_DIR"), dir.path());
    env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), dir.path());
    Collector collector(options, list, out, err, env);
    QElapsedTimer round;
    QList<qint64> times;
    QObject::connect(&collector, &Collector::roundFinished, &app, [&](int number) {
        times << round.elapsed();
        round.start();
        if (number == 1 || number % 100 == 0)
            std::printf("round %d: %lld ms\n", number, static_cast<long long>(times.last()));
        if (number >= rounds)
            collector.shutdown(0);
    });
    QObject::connect(&collector, &Collector::finished, &app,
                     [](int status) { QCoreApplication::exit(status); });
    round.start();
    if (!collector.start())
        return 1;
    const int status = QCoreApplication::exec();
    std::sort(times.begin(), times.end());
    std::printf("%d connections, %lld rounds: median round %lld ms, slowest %lld ms\n", connections,
                static_cast<long long>(times.size()),
                static_cast<long long>(times.at(times.size() / 2)),
                static_cast<long long>(times.last()));
    residentKiB();
    return status;
}
