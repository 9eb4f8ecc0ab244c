// Benchmarks of the dashboard's update path with 10,000 pools (scripts/bench.sh runs them in a
// release build; docs/PERFORMANCE.md has the figures). The response is the simulator's own
// answer for a 10,000-pool fleet at mid-morning (4.4 MB of JSON, English and Chinese names).
//
// jsonBaseline is the yardstick: QJsonDocument::fromJson of the same bytes. The other figures
// are compared to it as ratios. WSDASH_BENCH_POOLS changes the pool count (ctest uses a small
// one to keep the benchmarks working).

#include "core/api/statisticsclient.h"
#include "core/api/statisticsparser.h"
#include "core/dashboard/dashboardcontroller.h"
#include "sim/workspaceapi.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"
#include "ui/charts/chartpanel.h"
#include "ui/table/pooltablemodel.h"
#include "ui/window/mainwindow.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

int poolCount()
{
    bool ok = false;
    const int pools = qEnvironmentVariableIntValue("WSDASH_BENCH_POOLS", &ok);
    return ok && pools > 0 ? pools : 10000;
}

} // namespace

class BenchDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonBaseline();
    void parse();
    void poolTableModel();
    void chartPanel();
    void fetch();
    void refreshWindow();
    void refreshAndPaintWindow();
    void cleanupTestCase();

private:
    bool refreshOnce();

    QByteArray m_body;
    int m_pools = 0;
    TestHttpServer m_server;
    QNetworkAccessManager m_network;
    FixedClock m_clock;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void BenchDashboard::initTestCase()
{
    m_pools = poolCount();
    sim::FleetOptions options;
    options.pools = m_pools;
    const QDateTime now = m_clock.now();
    options.timeZone = sim::FleetOptions::zoneWhereItIs(QTime(10, 30), now);
    sim::Fleet fleet(options);
    sim::WorkspaceApi api(fleet);
    const QList<QueryParameter> query = StatisticsQuery::everything().parameters();
    const sim::HttpResponse response = api.statistics(query, now);
    QCOMPARE(response.status, 200);
    m_body = response.body;
    qInfo("response: %d pools, %lld bytes", m_pools, static_cast<long long>(m_body.size()));

    QVERIFY(m_server.listen());
    ScriptedResponse answer;
    answer.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    answer.body = m_body;
    m_server.setDefaultResponse(answer);
    m_controller = std::make_unique<DashboardController>(&m_network, m_clock);
    StatisticsRequest request = statisticsRequestFor(m_server);
    request.query = StatisticsQuery::everything();
    m_controller->setRequest(request);
    m_window = std::make_unique<MainWindow>(*m_controller, m_clock, nullptr);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(refreshOnce());
    QVERIFY(m_controller->current());
    QCOMPARE(m_controller->current()->statistics->pools->size(), m_pools);
}

bool BenchDashboard::refreshOnce()
{
    QSignalSpy shown(m_window.get(), &MainWindow::resultShown);
    m_controller->refresh();
    return shown.wait(30000) && shown.constFirst().constFirst().toBool();
}

// The yardstick: a plain QJsonDocument parse of the same response.
void BenchDashboard::jsonBaseline()
{
    QJsonDocument document;
    QBENCHMARK
    {
        document = QJsonDocument::fromJson(m_body);
    }
    QVERIFY(document.isObject());
}

// StatisticsParser::parse: JSON parse, strict validation, typed pools.
void BenchDashboard::parse()
{
    std::optional<DesktopStatistics> statistics;
    QBENCHMARK
    {
        auto parsed = StatisticsParser::parse(m_body);
        QVERIFY(parsed);
        statistics = std::move(parsed.value());
    }
    QCOMPARE(statistics->pools->size(), m_pools);
}

// Loading the pools into the table model (one reset, sorted by the default column).
void BenchDashboard::poolTableModel()
{
    const QList<PoolStatistics> pools = *m_controller->current()->statistics->pools;
    PoolTableModel model;
    QBENCHMARK
    {
        model.setPools(pools);
    }
    QCOMPARE(model.rowCount(), m_pools + 1);
}

// The charts: donuts and the ranking of the per-pool bars.
void BenchDashboard::chartPanel()
{
    ChartPanel panel;
    panel.resize(900, 600);
    QBENCHMARK
    {
        panel.showData(*m_controller);
    }
    QVERIFY(!panel.barCategories().isEmpty());
}

// The client alone: the answer over loopback HTTP and the parse, no widgets. With parse() it
// splits a refresh into transfer, parse and window.
void BenchDashboard::fetch()
{
    StatisticsClient client(&m_network, m_clock);
    StatisticsRequest request = m_controller->request();
    QBENCHMARK
    {
        QSignalSpy finished(&client, &StatisticsClient::finished);
        client.fetch(request);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.constFirst().constFirst().value<StatisticsResult>().ok());
    }
}

// What a refresh costs the window: the answer over loopback HTTP, parse, KPI tiles, charts,
// table model, banner and freshness line, up to MainWindow::resultShown.
void BenchDashboard::refreshWindow()
{
    QBENCHMARK
    {
        QVERIFY(refreshOnce());
    }
}

// The same, plus painting the whole window once.
void BenchDashboard::refreshAndPaintWindow()
{
    QBENCHMARK
    {
        QVERIFY(refreshOnce());
        m_window->repaint();
    }
}

void BenchDashboard::cleanupTestCase()
{
    m_window.reset();
    m_controller.reset();
}

QTEST_MAIN(BenchDashboard)
#include "bench_dashboard.moc"
