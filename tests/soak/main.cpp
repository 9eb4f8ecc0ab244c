// wsdash-soak: presses Refresh in the dashboard window 1,000 times against the simulator with
// faults, and checks that no error goes unreported and that memory stays flat. See
// scripts/soak.sh and docs/PERFORMANCE.md.

#include "soakrun.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

namespace {

// The offscreen platform warns on every window geometry change; a thousand of those hide the
// report. Everything else goes through.
QtMessageHandler g_defaultHandler = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message == QLatin1String("This plugin does not support propagateSizeHints()"))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    g_defaultHandler = qInstallMessageHandler(messageHandler);
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Soak test of the wsdash window."));
    parser.addHelpOption();
    const QCommandLineOption refreshes(QStringLiteral("refreshes"),
                                       QStringLiteral("Refreshes to run (default 1000)."),
                                       QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption warmup(QStringLiteral("warmup"),
                                    QStringLiteral("Refreshes before the first memory reading "
                                                   "(default 100)."),
                                    QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption pools(QStringLiteral("pools"),
                                   QStringLiteral("Pools of the simulated fleet (default 500)."),
                                   QStringLiteral("N"), QStringLiteral("500"));
    const QCommandLineOption maxGrowth(
        QStringLiteral("max-growth-kib"),
        QStringLiteral("Resident memory growth allowed after the warm-up, KiB; -1: do not check "
                       "(default 5120)."),
        QStringLiteral("KIB"), QStringLiteral("5120"));
    parser.addOptions({refreshes, warmup, pools, maxGrowth});
    parser.process(app);

    wsdash::soak::SoakOptions options;
    bool ok[4] = {};
    options.refreshes = parser.value(refreshes).toInt(&ok[0]);
    options.warmup = parser.value(warmup).toInt(&ok[1]);
    options.pools = parser.value(pools).toInt(&ok[2]);
    options.maxGrowthKiB = parser.value(maxGrowth).toLongLong(&ok[3]);
    if (!ok[0] || !ok[1] || !ok[2] || !ok[3] || options.refreshes < 1 || options.warmup < 0 ||
        options.pools < 1) {
        std::fputs("wsdash-soak: bad number (see --help)\n", stderr);
        return 2;
    }
    QTextStream out(stdout);
    wsdash::soak::SoakRun run(options, out);
    return run.run();
}
