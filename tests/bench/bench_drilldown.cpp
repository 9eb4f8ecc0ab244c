// Drill-down benchmark: lists N desktops (total_num of a fleet of N) from the in-process
// simulator through DesktopListClient into the desktops view's model, and prints the time to
// the first page, the time to the whole list, and the memory the listed desktops take.
//
//   bench_drilldown [DESKTOPS] [--budget]
// DESKTOPS defaults to 10000 (20 pages). --budget draws the pages from wsdash's default request
// budget (170 calls/min, burst 25, 5 kept for the dashboard), as the window does.

#include "core/api/desktoplistclient.h"
#include "core/api/requestbudget.h"
#include "core/dashboard/drilldown.h"
#include "sim/simulator.h"
#include "ui/desktops/desktoplistmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSortFilterProxyModel>
#include <QTextStream>

#include <cstdio>

using namespace wsdash;

namespace {

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int desktops = args.size() > 1 && args.at(1).toInt() > 0 ? args.at(1).toInt() : 10000;
    const bool withBudget = args.contains(QStringLiteral("--budget"));

    sim::SimulatorConfig config;
    config.fleet.pools = std::max(1, desktops / 400);
    config.fleet.desktops = desktops;
    sim::Simulator simulator(config);
    if (!simulator.start()) {
        std::fprintf(stderr, "cannot start the simulator\n");
        return 1;
    }
    QNetworkAccessManager network;
    RequestBudget budget(SystemClock::instance());
    DesktopListClient client(&network, SystemClock::instance());
    if (withBudget)
        client.setRequestBudget(&budget);
    DesktopListModel model;
    QSortFilterProxyModel proxy; // as in the view: sorted while pages arrive
    proxy.setSourceModel(&model);
    proxy.sort(DesktopListModel::ComputerNameColumn);

    const DrillPlan plan = DrillPlan::make(Metric::TotalNum, DrillScope{}).value();
    DesktopListRequest request;
    request.endpoint = simulator.endpoint();
    request.projectId = simulator.projectId();
    request.credentials = simulator.clientCredentials();
    request.filter = plan.serverFilter();

    // Warm the simulator's state cache (a real server has its data ready too).
    simulator.fleet().statesAt(QDateTime::currentDateTimeUtc());
    const qint64 before = residentKiB();
    QElapsedTimer timer;
    qint64 firstPageMs = -1;
    QEventLoop loop;
    DesktopListResult result;
    QObject::connect(&client, &DesktopListClient::pageReceived, &loop,
                     [&](int, const QList<DesktopDetail>& page, qint64) {
                         model.append(page);
                         if (firstPageMs < 0)
                             firstPageMs = timer.elapsed();
                     });
    QObject::connect(&client, &DesktopListClient::finished, &loop, [&](const DesktopListResult& r) {
        result = r;
        loop.quit();
    });
    timer.start();
    client.list(request);
    loop.exec();
    const qint64 totalMs = timer.elapsed();
    const qint64 after = residentKiB();

    QTextStream out(stdout);
    out << "desktops " << desktops << (withBudget ? " (default request budget)" : "") << ": pages "
        << result.pagesFetched << ", listed " << model.rowCount() << ", first page " << firstPageMs
        << " ms, whole list " << totalMs << " ms, memory +" << (after - before) / 1024
        << " MiB (RSS " << after / 1024 << " MiB)" << (result.ok() ? "" : " FAILED") << '\n';
    return result.ok() && model.rowCount() == desktops ? 0 : 1;
}
