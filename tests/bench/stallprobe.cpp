// The stall probe (issue 18, docs/PERFORMANCE.md): how long the window's UI thread stops
// answering while it refreshes a large project. The real MainWindow and DashboardController run
// offscreen against the in-process simulator, which serves from a thread of its own (so that
// building its answer does not count against the window). A 1 ms timer on the UI thread
// records the time between its ticks while the window loads and refreshes; a gap longer than a
// frame (16 ms) is a stall the user sees as a stutter. For each pool count it reports the
// longest gap and the 99th percentile of the gaps over all refreshes, the refresh latency
// (Refresh pressed to MainWindow::resultShown), and what each UI-thread step costs when timed
// on its own.
//
//   wsdash-bench-stall [--pools 1000,10000,100000] [--refreshes 10] [--max-gap-ms MS]
//                      [--endpoint URL --project-id ID]
//
// --endpoint uses a wsdash-sim of another process instead (credentials from the environment,
// as wsdash takes them; --pools then only labels the output), so that the reported peak RSS is
// the window's alone.
// --max-gap-ms makes it a check: exit 1 when a refresh's longest gap is longer (ctest's smoke
// run uses a generous bound). Exit 2 when the window or the simulator could not run.

#include "core/api/credentials.h"
#include "core/api/endpoint.h"
#include "core/api/statisticsparser.h"
#include "core/base/clock.h"
#include "core/base/memorypolicy.h"
#include "core/dashboard/dashboardcontroller.h"
#include "sim/simulatorthread.h"
#include "ui/charts/chartpanel.h"
#include "ui/filters/filterpanel.h"
#include "ui/filters/poolpickermodel.h"
#include "ui/table/pooltablecontents.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/window/freshnessbar.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMap>
#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QStringList>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <vector>

using namespace wsdash;

namespace {

// The simulator on a thread of its own (its listener, fleet and answers live there), with a
// rate limit off for many refreshes in a few seconds.
sim::SimulatorConfig probeSimulator(int pools)
{
    sim::SimulatorConfig config;
    config.fleet.pools = pools;
    config.fleet.timeZone =
        sim::FleetOptions::zoneWhereItIs(QTime(10, 30), SystemClock::instance().now());
    config.rateLimit = 0;
    return config;
}

StatisticsRequest requestTo(const sim::SimulatorThread& simulator)
{
    StatisticsRequest request;
    request.endpoint = simulator.endpoint();
    request.projectId = simulator.projectId();
    request.credentials = simulator.clientCredentials();
    request.query = StatisticsQuery::everything();
    request.timeout = std::chrono::milliseconds(120000);
    return request;
}

// The UI thread's CPU time, ns.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return static_cast<qint64>(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// How long the calling thread has waited for a CPU (runnable, not running), ns; -1 when the
// kernel does not say (/proc/thread-self/schedstat: time run, time waited, slices).
qint64 threadRunQueueNs()
{
    std::FILE* file = std::fopen("/proc/thread-self/schedstat", "r");
    if (!file)
        return -1;
    unsigned long long ran = 0;
    unsigned long long waited = 0;
    const bool read = std::fscanf(file, "%llu %llu", &ran, &waited) == 2;
    std::fclose(file);
    return read ? static_cast<qint64>(waited) : -1;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// Ticks every millisecond on the UI thread and records the time between ticks, and for each
// gap longer than a frame how much of it the UI thread ran and how much it waited for a CPU
// (the rest it slept: on a lock, a page from the disk).
class GapProbe final : public QObject
{
public:
    // `madeOf(sinceNs)` says what the UI thread did since then (ProbeApplication::eventsSince);
    // asked at every tick, so that it only remembers the events of one gap.
    explicit GapProbe(std::function<QString(qint64)> madeOf)
        : m_madeOf(std::move(madeOf))
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void start()
    {
        m_last = steadyNs();
        m_madeOf(m_last);
        m_lastCpu = threadCpuNs();
        m_lastQueued = threadRunQueueNs();
        m_timer.start();
    }
    void stop()
    {
        tick(); // a stall just before the end counts too
        m_timer.stop();
    }
    const std::vector<double>& gaps() const { return m_gaps; }
    // The UI thread's CPU time within each gap longer than 16 ms, ms (the same order).
    const std::vector<double>& longGapCpu() const { return m_longGapCpu; }
    // The time the UI thread waited for a CPU within each gap longer than 16 ms, ms.
    const std::vector<double>& longGapQueued() const { return m_longGapQueued; }
    // What each gap longer than 16 ms was made of: its length and the events in it.
    const QStringList& longGapEvents() const { return m_longGapEvents; }
    void clear()
    {
        m_gaps.clear();
        m_longGapCpu.clear();
        m_longGapQueued.clear();
        m_longGapEvents.clear();
    }

private:
    void tick()
    {
        const qint64 now = steadyNs();
        const qint64 cpu = threadCpuNs();
        const qint64 queued = threadRunQueueNs();
        const double gap = static_cast<double>(now - m_last) / 1e6;
        m_gaps.push_back(gap);
        const QString events = m_madeOf(m_last);
        if (gap > 16) {
            m_longGapCpu.push_back(static_cast<double>(cpu - m_lastCpu) / 1e6);
            m_longGapQueued.push_back(static_cast<double>(queued - m_lastQueued) / 1e6);
            m_longGapEvents.append(QStringLiteral("%1 ms: %2").arg(gap, 0, 'f', 1).arg(events));
        }
        m_last = now;
        m_lastCpu = cpu;
        m_lastQueued = queued;
    }

    QTimer m_timer;
    std::function<QString(qint64)> m_madeOf;
    qint64 m_last = 0;
    qint64 m_lastCpu = 0;
    qint64 m_lastQueued = 0;
    std::vector<double> m_gaps;
    std::vector<double> m_longGapCpu;
    std::vector<double> m_longGapQueued;
    QStringList m_longGapEvents;
};

// Times every event the UI thread's event loop delivers (the outermost ones) and keeps those
// longer than a frame: the receiver's class and the event type say which step stalled.
class ProbeApplication final : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        if (m_depth > 0 || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        const int type = event->type();
        const char* className = receiver->metaObject()->className();
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        --m_depth;
        if (ms > 16) {
            const QString key =
                QStringLiteral("%1 (event %2)").arg(QLatin1String(className)).arg(type);
            m_long[key].push_back(ms);
        }
        if (ms >= 1)
            m_recent.push_back({steadyNs(), ms, className, type});
        return result;
    }
    // The events of 1 ms or more that ended after `sinceNs` (steadyNs()), as "Class (event N)
    // 8.3 ms + …": what a long gap was made of. Forgets the older ones.
    QString eventsSince(qint64 sinceNs)
    {
        QStringList parts;
        for (const Event& event : m_recent) {
            if (event.endNs > sinceNs) {
                parts.append(QStringLiteral("%1 (event %2) %3 ms")
                                 .arg(QLatin1String(event.className))
                                 .arg(event.type)
                                 .arg(event.ms, 0, 'f', 1));
            }
        }
        m_recent.clear();
        return parts.isEmpty() ? QStringLiteral("no event of 1 ms or more")
                               : parts.join(QStringLiteral(" + "));
    }
    void forgetRecentEvents() { m_recent.clear(); }
    // Events longer than 16 ms by receiver class and type, and clears the record.
    QString takeLongEvents()
    {
        QStringList lines;
        for (auto it = m_long.cbegin(); it != m_long.cend(); ++it)
            lines.append(QStringLiteral("%1 x%2 max %3 ms")
                             .arg(it.key())
                             .arg(it->size())
                             .arg(*std::max_element(it->begin(), it->end()), 0, 'f', 1));
        m_long.clear();
        return lines.join(QStringLiteral("; "));
    }

private:
    struct Event
    {
        qint64 endNs;
        double ms;
        const char* className;
        int type;
    };
    int m_depth = 0;
    QMap<QString, std::vector<double>> m_long;
    std::vector<Event> m_recent;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank =
        static_cast<std::size_t>(std::lround(p * static_cast<double>(values.size() - 1)));
    return values[std::min(rank, values.size() - 1)];
}

double maxOf(const std::vector<double>& values)
{
    return values.empty() ? 0 : *std::max_element(values.begin(), values.end());
}

// Runs the event loop until `signal` of `sender` fires (true) or `timeoutMs` passes (false).
template <typename Sender, typename Signal>
bool waitFor(Sender* sender, Signal signal, int timeoutMs, const std::function<void()>& action)
{
    QEventLoop loop;
    bool fired = false;
    QObject::connect(sender, signal, &loop, [&] {
        fired = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QTimer::singleShot(0, &loop, action);
    loop.exec();
    return fired;
}

// Lets the window lay out and paint what it was given, as it would between refreshes; the
// probe keeps recording meanwhile.
void runEventLoopFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double msOf(const std::function<void()>& step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

struct Options
{
    QList<int> pools{1000, 10000};
    int refreshes = 10;
    double maxGapMs = -1; // < 0: report only
    // Another process's simulator (wsdash-sim), so that the peak RSS is the window's alone;
    // the credentials come from the environment, as wsdash's do. Empty: the in-process one.
    QString endpoint;
    QString projectId;
};

// The request to the simulator of another process (Options::endpoint).
std::optional<StatisticsRequest> externalRequest(const Options& options)
{
    const auto endpoint = Endpoint::fromUrl(options.endpoint);
    if (!endpoint)
        return std::nullopt;
    StatisticsRequest request;
    request.endpoint = *endpoint;
    request.projectId = options.projectId;
    request.credentials =
        credentialsFromEnvironment(QProcessEnvironment::systemEnvironment()).credentials;
    request.query = StatisticsQuery::everything();
    request.timeout = std::chrono::milliseconds(120000);
    return request;
}

// 0: every refresh showed data (and stayed under the bound); 1: a check failed; 2: no run.
int probe(int pools, const Options& options)
{
    const bool external = !options.endpoint.isEmpty();
    std::printf("stall probe: %d pools, %d refreshes\n", pools, options.refreshes);
    std::fflush(stdout);
    sim::SimulatorThread simulator(probeSimulator(pools));
    std::optional<StatisticsRequest> request;
    if (external) {
        request = externalRequest(options);
        if (!request) {
            std::printf("stall probe: not an endpoint: %s\n", qUtf8Printable(options.endpoint));
            return 2;
        }
    } else {
        if (const auto error = simulator.startAndWait()) {
            std::printf("stall probe: the simulator did not start: %s\n", qUtf8Printable(*error));
            return 2;
        }
        request = requestTo(simulator);
    }

    const Clock& clock = SystemClock::instance();
    QNetworkAccessManager network;
    DashboardController controller(&network, clock);
    controller.setRequest(*request);
    MainWindow window(controller, clock, nullptr);
    window.resize(1280, 800);
    window.show();
    auto* refresh = window.findChild<QAction*>(QStringLiteral("refreshAction"));
    if (!refresh) {
        std::printf("stall probe: the window has no refresh action\n");
        return 2;
    }

    auto* app = static_cast<ProbeApplication*>(QCoreApplication::instance());
    GapProbe probe([app](qint64 sinceNs) { return app->eventsSince(sinceNs); });
    QElapsedTimer latency;
    // The first load: the statistics and, beside them, the pool list for the picker.
    probe.start();
    latency.start();
    bool poolsShown = false;
    QObject::connect(&window, &MainWindow::poolsShown, &window, [&] { poolsShown = true; });
    if (!waitFor(&window, &MainWindow::resultShown, 120000, [&] { window.start(); }) ||
        !controller.current()) {
        std::printf("stall probe: the first load did not show data\n");
        return 2;
    }
    const double firstLatency = static_cast<double>(latency.nsecsElapsed()) / 1e6;
    if (!poolsShown)
        waitFor(&window, &MainWindow::poolsShown, 120000, [] {});
    runEventLoopFor(200);
    probe.stop();
    const std::vector<double> firstGaps = probe.gaps();
    probe.clear();
    const QString firstLongEvents = app->takeLongEvents();

    std::vector<double> latencies;
    std::vector<double> worstPerRefresh;
    int failures = 0;
    for (int i = 0; i < options.refreshes; ++i) {
        const std::size_t before = probe.gaps().size();
        probe.start();
        latency.restart();
        bool ok = false;
        QMetaObject::Connection shown = QObject::connect(&window, &MainWindow::resultShown, &window,
                                                         [&ok](bool good) { ok = good; });
        const bool done =
            waitFor(&window, &MainWindow::resultShown, 120000, [&] { refresh->trigger(); });
        QObject::disconnect(shown);
        latencies.push_back(static_cast<double>(latency.nsecsElapsed()) / 1e6);
        runEventLoopFor(100);
        probe.stop();
        if (!done || !ok) {
            ++failures;
            std::printf("stall probe: refresh %d did not show data\n", i + 1);
        }
        const std::vector<double>& all = probe.gaps();
        worstPerRefresh.push_back(maxOf(
            std::vector<double>(all.begin() + static_cast<std::ptrdiff_t>(before), all.end())));
    }
    const std::vector<double>& gaps = probe.gaps();
    // Before the steps below make copies of their own.
    const double peakMiB = static_cast<double>(peakRssKib()) / 1024.0;
    const QString refreshLongEvents = app->takeLongEvents();
    const QStringList longGapEvents = probe.longGapEvents();
    double longGapMs = 0;
    for (double gap : gaps)
        longGapMs += gap > 16 ? gap : 0;
    double longGapCpuMs = 0;
    for (double cpu : probe.longGapCpu())
        longGapCpuMs += cpu;
    double longGapQueuedMs = 0;
    for (double queued : probe.longGapQueued())
        longGapQueuedMs += queued;

    // What each UI-thread step of a refresh costs on its own (same data as the last refresh).
    auto* kpis = window.kpiPanel();
    auto* charts = window.chartPanel();
    auto* table = window.findChild<PoolTablePanel*>();
    auto* freshness = window.findChild<FreshnessBar*>();
    auto* filters = window.filterPanel();
    const double kpiMs = msOf([&] { kpis->showData(controller); });
    const double chartMs = msOf([&] { charts->showData(controller); });
    // The table and the picker prepare 100,000 pools on a worker thread and swap them in: the
    // two parts timed on their own (only the swap runs on the UI thread).
    const auto& shownPools = controller.current()->statistics->pools;
    PoolTableContents tableContents;
    const double tablePrepareMs = msOf([&] {
        if (table && shownPools) {
            tableContents = PoolTableContents::prepare(*shownPools, table->model()->sortColumn(),
                                                       table->model()->sortOrder());
        }
    });
    const double tableMs = msOf([&] {
        if (table && shownPools)
            table->model()->setContents(std::move(tableContents));
    });
    PoolPickerModel::Contents pickerContents;
    const double pickerPrepareMs = msOf([&] {
        pickerContents =
            PoolPickerModel::prepare(controller.pools(), filters->poolModel()->checkedIdSet());
    });
    const double pickerSwapMs =
        msOf([&] { filters->poolModel()->setContents(std::move(pickerContents)); });
    const double freshMs = msOf([&] {
        if (freshness)
            freshness->refresh();
    });
    const double slotsMs = msOf([&] { Q_EMIT controller.resultDelivered(*controller.current()); });
    const double paintMs = msOf([&] { window.repaint(); });
    // What freeing an old result costs (a refresh drops the one before the previous one): a
    // copy that shares nothing with the shown data.
    QList<PoolStatistics> copy;
    if (const auto& shown = controller.current()->statistics->pools) {
        copy.reserve(shown->size());
        for (const PoolStatistics& pool : *shown) {
            PoolStatistics own = pool;
            own.id = QString(pool.id.constData(), pool.id.size());
            own.name = QString(pool.name.constData(), pool.name.size());
            copy.append(std::move(own));
        }
    }
    const double dropMs = msOf([&] { copy = {}; });

    std::printf("stall probe: %d pools: first load %.0f ms, longest gap %.1f ms, p99 %.1f ms\n",
                pools, firstLatency, maxOf(firstGaps), percentile(firstGaps, 0.99));
    std::printf("stall probe: %d pools: %d refreshes, latency median %.0f ms; gaps (%zu ticks): "
                "longest %.1f ms, p99 %.1f ms, longer than 16 ms: %lld\n",
                pools, options.refreshes, percentile(latencies, 0.5), gaps.size(), maxOf(gaps),
                percentile(gaps, 0.99),
                static_cast<long long>(
                    std::count_if(gaps.begin(), gaps.end(), [](double g) { return g > 16; })));
    std::printf("stall probe: %d pools: in the gaps longer than 16 ms (%.0f ms) the UI thread ran "
                "%.0f ms, waited for a CPU %.0f ms, slept (a lock, the disk) %.0f ms\n",
                pools, longGapMs, longGapCpuMs, longGapQueuedMs,
                longGapMs - longGapCpuMs - longGapQueuedMs);
    std::printf("stall probe: %d pools: events longer than 16 ms: first load: %s; refreshes: %s\n",
                pools, qUtf8Printable(firstLongEvents), qUtf8Printable(refreshLongEvents));
    for (const QString& gap : longGapEvents)
        std::printf("stall probe: %d pools: a gap of %s\n", pools, qUtf8Printable(gap));
    std::printf("stall probe: %d pools: steps on their own (ms): tiles %.1f, charts %.1f, table "
                "%.1f (+ %.1f on a worker), freshness %.1f, pool picker %.1f (+ %.1f on a "
                "worker), all result slots %.1f, paint %.1f, freeing the old data %.1f (on a "
                "worker)\n",
                pools, kpiMs, chartMs, tableMs, tablePrepareMs, freshMs, pickerSwapMs,
                pickerPrepareMs, slotsMs, paintMs, dropMs);
    std::printf("stall probe: %d pools: peak RSS %.1f MiB (%s)\n", pools, peakMiB,
                external ? "the window alone" : "window and simulator");
    std::fflush(stdout);

    if (gaps.empty()) {
        std::printf("stall probe: FAIL: the probe recorded nothing\n");
        return 1;
    }
    if (failures > 0)
        return 1;
    if (options.maxGapMs >= 0 && maxOf(gaps) > options.maxGapMs) {
        std::printf("stall probe: FAIL: longest gap %.1f ms > %.1f ms\n", maxOf(gaps),
                    options.maxGapMs);
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // As wsdash's window does (app/modes/guimain.cpp).
    keepFreedMemoryForReuse();
    preferHugePagesForTheHeap();
    ProbeApplication app(argc, argv);
    Options options;
    const QStringList arguments = QCoreApplication::arguments();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const QString value = arguments.value(i + 1);
        bool ok = false;
        if (argument == QLatin1String("--pools")) {
            options.pools.clear();
            for (const QString& each : value.split(QLatin1Char(','))) {
                const int pools = each.toInt(&ok);
                if (!ok || pools <= 0)
                    break;
                options.pools.append(pools);
            }
        } else if (argument == QLatin1String("--refreshes")) {
            options.refreshes = value.toInt(&ok);
            ok = ok && options.refreshes > 0;
        } else if (argument == QLatin1String("--max-gap-ms")) {
            options.maxGapMs = value.toDouble(&ok);
        } else if (argument == QLatin1String("--endpoint")) {
            options.endpoint = value;
            ok = !value.isEmpty();
        } else if (argument == QLatin1String("--project-id")) {
            options.projectId = value;
            ok = !value.isEmpty();
        }
        if (!ok) {
            std::fputs("usage: wsdash-bench-stall [--pools N[,N...]] [--refreshes N] "
                       "[--max-gap-ms MS] [--endpoint URL --project-id ID]\n",
                       stderr);
            return 2;
        }
        ++i;
    }
    int status = 0;
    for (int pools : std::as_const(options.pools))
        status = std::max(status, probe(pools, options));
    std::printf("stall probe: %s\n", status == 0 ? "PASS" : "FAIL");
    return status;
}
