#include "soakrun.h"

#include "core/base/clock.h"
#include "core/dashboard/dashboardcontroller.h"
#include "sim/simulator.h"
#include "soakplan.h"
#include "ui/window/errorbanner.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QTimer>

#include <unistd.h>

namespace wsdash::soak {

namespace {

// Resident set size of this process, from /proc/self/statm (Linux).
qint64 residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    if (fields.size() < 2)
        return -1;
    return fields.at(1).toLongLong() * (sysconf(_SC_PAGESIZE) / 1024);
}

QString mib(qint64 kib)
{
    return QString::number(static_cast<double>(kib) / 1024.0, 'f', 1) + QStringLiteral(" MiB");
}

// Runs the event loop until `signal` of `sender` is emitted or `timeout` passes; true when it was.
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, std::chrono::milliseconds timeout,
             const std::function<void()>& start)
{
    QEventLoop loop;
    bool emitted = false;
    QObject::connect(sender, signal, &loop, [&] {
        emitted = true;
        loop.quit();
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    start();
    if (!emitted)
        loop.exec();
    return emitted;
}

} // namespace

SoakRun::SoakRun(const SoakOptions& options, QTextStream& out, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_out(out)
{}

SoakRun::~SoakRun() = default;

int SoakRun::run()
{
    const Clock& clock = SystemClock::instance();
    sim::SimulatorConfig config;
    config.fleet.pools = m_options.pools;
    config.fleet.timeZone = sim::FleetOptions::zoneWhereItIs(QTime(10, 30), clock.now());
    config.rateLimit = 0; // the soak presses Refresh far more often than 200 times a minute
    sim::Simulator simulator(config);
    const auto started = simulator.start();
    if (!started) {
        m_out << "soak: the simulator did not start: " << started.error() << '\n';
        return 2;
    }

    StatisticsRequest request;
    request.endpoint = simulator.endpoint();
    request.projectId = simulator.projectId();
    request.credentials = simulator.clientCredentials();
    request.query = StatisticsQuery::everything();
    request.timeout = std::chrono::milliseconds(10000);
    // Retries are exercised, with short pauses so that 1,000 refreshes take minutes, not hours.
    request.retry.maxRetries = 2;
    request.retry.baseDelay = std::chrono::milliseconds(10);
    request.retry.maxDelay = std::chrono::milliseconds(40);

    QNetworkAccessManager network;
    DashboardController controller(&network, clock);
    controller.setRequest(request);
    MainWindow window(controller, clock, nullptr);
    window.resize(1280, 800);
    window.show();
    auto* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
    ErrorBanner* banner = window.errorBanner();
    if (!refresh || !banner) {
        m_out << "soak: the window has no refresh action or error banner\n";
        return 2;
    }
    if (!waitFor(&window, &MainWindow::resultShown, m_options.refreshTimeout,
                 [&] { window.start(); }) ||
        !controller.current()) {
        m_out << "soak: the first load did not show data\n";
        return 2;
    }

    m_out << "soak: " << m_options.refreshes << " refreshes of " << m_options.pools
          << " pools against " << simulator.url().toString() << ", faults repeating every "
          << SoakStep::kCycle << " refreshes\n";
    m_out.flush();

    int completed = 0;
    int succeeded = 0;
    int failedAsPlanned = 0;
    int reported = 0;
    QStringList problems;
    QMap<QString, int> errorsByCode;
    qint64 warmRss = -1;
    qint64 maxRss = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < m_options.refreshes; ++i) {
        const SoakStep step = SoakStep::forRefresh(i);
        simulator.setFaults(step.faults);
        bool ok = false;
        QMetaObject::Connection shown =
            connect(&window, &MainWindow::resultShown, this, [&ok](bool good) { ok = good; });
        const bool done = waitFor(&window, &MainWindow::resultShown, m_options.refreshTimeout,
                                  [&] { refresh->trigger(); });
        disconnect(shown);
        // Let the window lay out and paint what it was given, as it would between refreshes.
        QCoreApplication::processEvents();
        const QString where = QStringLiteral("refresh %1 (%2)").arg(i + 1).arg(step.label);
        if (!done) {
            problems << where + QStringLiteral(": no result within the time limit (stuck)");
            break;
        }
        ++completed;
        const auto& error = controller.lastError();
        if (ok) {
            ++succeeded;
            if (banner->isVisibleTo(&window))
                problems << where + QStringLiteral(": success, but the error banner is still up");
            if (controller.state() != DashboardController::State::Ok)
                problems << where + QStringLiteral(": success, but the state is not Ok");
        } else if (!error) {
            problems << where + QStringLiteral(": failed without an error");
        } else {
            errorsByCode[error->code.isEmpty() ? error->kindName() : error->code] += 1;
            const bool inBanner = banner->isVisibleTo(&window) &&
                                  banner->requestId() == error->requestId &&
                                  !banner->text().isEmpty() &&
                                  (error->code.isEmpty() || banner->text().contains(error->code));
            if (inBanner)
                ++reported;
            else
                problems << where + QStringLiteral(": error not in the banner: ") +
                                error->toOneLine();
            if (controller.state() != DashboardController::State::Stale)
                problems << where +
                                QStringLiteral(": failed, but the last data is not marked stale");
        }
        if (ok != step.expectOk) {
            problems << where + (ok ? QStringLiteral(": expected an error, got data")
                                    : QStringLiteral(": expected data, got: ") +
                                          (error ? error->toOneLine() : QString()));
        } else if (!ok) {
            ++failedAsPlanned;
        }

        const qint64 rss = residentKiB();
        maxRss = std::max(maxRss, rss);
        if (i + 1 == m_options.warmup)
            warmRss = rss;
        if ((i + 1) % 100 == 0 || i + 1 == m_options.refreshes) {
            m_out << "soak: " << (i + 1) << " refreshes, " << succeeded << " ok, "
                  << (i + 1 - succeeded) << " failed (" << reported << " in the banner), rss "
                  << mib(rss) << ", " << elapsed.elapsed() / 1000 << " s\n";
            m_out.flush();
        }
        if (problems.size() > 20)
            break;
    }
    simulator.clearFaults();

    const qint64 endRss = residentKiB();
    m_out << "soak: errors by code:";
    for (auto it = errorsByCode.cbegin(); it != errorsByCode.cend(); ++it)
        m_out << ' ' << it.key() << " ×" << it.value();
    m_out << '\n';
    if (warmRss >= 0) {
        const qint64 growth = endRss - warmRss;
        m_out << "soak: rss after " << m_options.warmup << " refreshes " << mib(warmRss)
              << ", at the end " << mib(endRss) << ", growth " << growth << " KiB, peak "
              << mib(maxRss) << '\n';
        if (m_options.maxGrowthKiB >= 0 && growth > m_options.maxGrowthKiB)
            problems << QStringLiteral("resident memory grew by %1 KiB (limit %2 KiB)")
                            .arg(growth)
                            .arg(m_options.maxGrowthKiB);
    }
    if (completed < m_options.refreshes)
        problems << QStringLiteral("stopped after %1 of %2 refreshes")
                        .arg(completed)
                        .arg(m_options.refreshes);
    m_out << "soak: " << completed << " refreshes: " << succeeded << " ok, " << failedAsPlanned
          << " failed as planned, " << reported << " errors shown in the banner, "
          << elapsed.elapsed() / 1000 << " s in all\n";
    for (const QString& problem : std::as_const(problems))
        m_out << "soak: PROBLEM: " << problem << '\n';
    m_out << (problems.isEmpty() ? "soak: PASS\n" : "soak: FAIL\n");
    m_out.flush();
    return problems.isEmpty() ? 0 : 1;
}

} // namespace wsdash::soak
