// Drill-down end to end against the simulator: for every count and scope, the desktops listed
// by DrillPlan + DesktopListClient are exactly those the fleet holds in that state, and their
// number equals the count the statistics API serves at the same instant. Also the mapping
// table itself, the names the command line accepts, and the simulator's list API.

#include "core/api/desktoplistclient.h"
#include "core/dashboard/drilldown.h"
#include "simtestsupport.h"
#include "support/clienttestsupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

struct Listing
{
    QList<DesktopDetail> kept;
    DesktopListResult result;
};

Listing drill(SimulatorFixture& f, const DrillPlan& plan)
{
    DesktopListClient client(&f.network, f.clock);
    DesktopListRequest request;
    request.endpoint = f.simulator->endpoint();
    request.projectId = f.simulator->projectId();
    request.credentials = f.simulator->clientCredentials();
    request.filter = plan.serverFilter();
    request.timeout = std::chrono::milliseconds(5000);
    request.retry = fastRetry();
    request.retry.maxRetries = 0;
    Listing listing;
    QObject context;
    QObject::connect(&client, &DesktopListClient::pageReceived, &context,
                     [&](int, const QList<DesktopDetail>& page, qint64) {
                         for (const DesktopDetail& d : page) {
                             if (plan.accepts(d))
                                 listing.kept.append(d);
                         }
                     });
    QSignalSpy finished(&client, &DesktopListClient::finished);
    client.list(request);
    if (finished.wait(20000))
        listing.result = finished.constFirst().constFirst().value<DesktopListResult>();
    else
        listing.result.error = ApiError{};
    return listing;
}

} // namespace

class TestDrillDown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCountReconcilesWithTheStatistics_data()
    {
        QTest::addColumn<int>(
            "scopeKind"); // 0 all, 1 dedicated, 2 pooled, 3 one pool, 4 three pools
        QTest::addColumn<int>("metric");
        for (int scope = 0; scope < 5; ++scope) {
            for (const MetricInfo& info : allMetrics()) {
                if (DrillPlan::ruleFor(info.metric).offered)
                    QTest::addRow("%d/%s", scope, info.field) << scope << int(info.metric);
            }
        }
    }
    void everyCountReconcilesWithTheStatistics()
    {
        QFETCH(int, scopeKind);
        QFETCH(int, metric);
        // 1,300 desktops: the whole-fleet listings take three pages.
        SimulatorFixture f(smallConfig(8, 1300));
        QVERIFY2(f.isRunning(), qPrintable(f.startError));
        const auto& pools = f.sim().fleet().pools();

        StatisticsQuery query = StatisticsQuery::everything();
        if (scopeKind == 1)
            query.setDesktopTypes({DesktopType::Dedicated});
        if (scopeKind == 2)
            query.setDesktopTypes({DesktopType::Pooled});
        if (scopeKind >= 3) {
            query.setDesktopTypes({DesktopType::Pooled});
            QStringList ids{pools[1].id};
            if (scopeKind == 4)
                ids << pools[3].id << pools[6].id;
            QVERIFY(!query.setPoolIds(ids));
        }
        const StatisticsResult stats = f.fetch(f.sim().clientCredentials(), query);
        QVERIFY2(stats.ok(), qPrintable(stats.error.toOneLine()));
        const auto expected = stats.statistics->totals.value(Metric(metric));
        QVERIFY(expected.has_value());

        const auto plan = DrillPlan::make(Metric(metric), DrillScope::of(query));
        QVERIFY2(plan, plan ? "" : qPrintable(plan.error()));
        const Listing listing = drill(f, *plan);
        QVERIFY2(listing.result.ok(),
                 listing.result.ok() ? "" : qPrintable(listing.result.error->toOneLine()));
        QCOMPARE(listing.kept.size(), *expected);

        // Exactly those desktops: no duplicates, each in the state and scope asked for.
        QSet<QString> ids;
        for (const DesktopDetail& d : listing.kept) {
            QVERIFY(!ids.contains(d.desktopId));
            ids.insert(d.desktopId);
            if (scopeKind == 1)
                QCOMPARE(d.desktopType, QStringLiteral("DEDICATED"));
            if (scopeKind >= 2)
                QCOMPARE(d.desktopType, QStringLiteral("POOLED"));
        }
        // The server-side filter did its part: a run-state drill fetched only that state.
        if (plan->serverFilter().status.size() > 0)
            QCOMPARE(listing.result.desktopsListed, *expected);
    }

    void poolDrillListsOnlyThatPool()
    {
        SimulatorFixture f(smallConfig(8, 700));
        QVERIFY(f.isRunning());
        const sim::FleetPool& pool = f.sim().fleet().pools()[2];
        const auto plan = DrillPlan::make(Metric::TotalNum, DrillScope::pool(pool.id));
        QVERIFY(plan);
        const Listing listing = drill(f, *plan);
        QVERIFY(listing.result.ok());
        QCOMPARE(listing.kept.size(), pool.desktopCount);
        for (const DesktopDetail& d : listing.kept)
            QVERIFY2(d.computerName.startsWith(QStringLiteral("pool03-")),
                     qPrintable(d.computerName));
    }

    void unableToConnectIsNotOffered()
    {
        const auto plan = DrillPlan::make(Metric::UnableToConnectNum, DrillScope{});
        QVERIFY(!plan);
        QVERIFY(plan.error().contains(QStringLiteral("unable to connect")));
        QVERIFY(!DrillPlan::whyNotOffered(Metric::UnableToConnectNum).isEmpty());
        QVERIFY(DrillPlan::whyNotOffered(Metric::ErrorNum).isEmpty());
        // Dedicated desktops plus chosen pools cannot be one listing either.
        DrillScope mixed;
        mixed.desktopTypes = {DesktopType::Dedicated, DesktopType::Pooled};
        mixed.poolIds = {QStringLiteral("p1")};
        QVERIFY(!DrillPlan::make(Metric::ErrorNum, mixed));
    }

    void serverFilterIsUsedWhereOneExists()
    {
        const auto error =
            DrillPlan::make(Metric::ErrorNum, DrillScope::pool(QStringLiteral("p1")));
        QVERIFY(error);
        QCOMPARE(error->serverFilter().status, QStringLiteral("ERROR"));
        QCOMPARE(error->serverFilter().poolIds, QStringList{QStringLiteral("p1")});
        QCOMPARE(error->description(),
                 QStringLiteral("desktop type = POOLED, pool = p1, status = ERROR on the server"));
        const auto attached = DrillPlan::make(Metric::AttachedNum, DrillScope{});
        QVERIFY(attached);
        QCOMPARE(attached->serverFilter().userAttached, std::optional<bool>(true));
        QCOMPARE(attached->description(),
                 QStringLiteral("user assigned = true on the server, then assignment state = "
                                "ATTACHED here"));
        const auto inUse = DrillPlan::make(Metric::InUseNum, DrillScope{});
        QVERIFY(inUse);
        QCOMPARE(inUse->serverFilter(), DesktopListFilter{});
        DesktopDetail d;
        d.loginStatus = QStringLiteral("CONNECTED");
        QVERIFY(inUse->accepts(d));
        d.loginStatus = QStringLiteral("DISCONNECTED");
        QVERIFY(!inUse->accepts(d));
    }

    void countNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("metric");
        QTest::addRow("api") << QStringLiteral("error_num") << int(Metric::ErrorNum);
        QTest::addRow("english") << QStringLiteral("Faulty") << int(Metric::ErrorNum);
        QTest::addRow("chinese") << QStringLiteral("故障") << int(Metric::ErrorNum);
        QTest::addRow("spaces") << QStringLiteral(" in use ") << int(Metric::InUseNum);
        QTest::addRow("label") << QStringLiteral("Idle (ready)") << int(Metric::ReadyNum);
        QTest::addRow("chinese2") << QStringLiteral("分配失败") << int(Metric::AttachErrorNum);
        QTest::addRow("unknown") << QStringLiteral("broken") << -1;
    }
    void countNames()
    {
        QFETCH(QString, name);
        QFETCH(int, metric);
        const auto found = DrillPlan::countFromName(name);
        QCOMPARE(found ? int(*found) : -1, metric);
    }

    void simulatorEnforcesTheLimit()
    {
        SimulatorFixture f;
        QVERIFY(f.isRunning());
        const QString path = QStringLiteral("/v2/%1/desktops/detail").arg(f.sim().projectId());
        const RawReply tooMany = f.get(path, {p("limit", QStringLiteral("501"))});
        QCOMPARE(tooMany.status, 400);
        QCOMPARE(tooMany.errorCode(), QStringLiteral("WKS.0001"));
        const RawReply ok = f.get(path, {p("limit", QStringLiteral("500"))});
        QCOMPARE(ok.status, 200);
        // Unsigned requests are refused like the statistics API's.
        RawRequest unsigned_;
        unsigned_.path = path;
        QCOMPARE(f.send(unsigned_).status, 401);
    }

    void simulatorFailsTheChosenPage()
    {
        SimulatorFixture f(smallConfig(8, 1300));
        QVERIFY(f.isRunning());
        sim::FaultSettings faults;
        faults.fault = sim::Fault::InternalError;
        faults.listPage = 2;
        f.sim().setFaults(faults);
        QVERIFY(f.statistics({}).status == 200); // other calls pass
        const auto plan = DrillPlan::make(Metric::TotalNum, DrillScope{});
        const Listing listing = drill(f, *plan);
        QVERIFY(!listing.result.ok());
        QCOMPARE(listing.result.failedPage, 2);
        QCOMPARE(listing.kept.size(), 500);
    }
};

QTEST_GUILESS_MAIN(TestDrillDown)
#include "tst_drilldown.moc"
