// DashboardController against a real HTTP server on 127.0.0.1: what reaches the server when
// filters change (debounced), the state after data and errors, deltas, the auto-refresh
// schedule, and why empty results are empty.

#include "core/api/requestbudget.h"
#include "core/dashboard/dashboardcontroller.h"
#include "dashboardtestdata.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

class TestDashboardController : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestHttpServer server;
        QNetworkAccessManager network;
        FixedClock clock;
        std::unique_ptr<DashboardController> controller;

        bool start()
        {
            if (!server.listen())
                return false;
            controller = std::make_unique<DashboardController>(&network, clock);
            controller->setDebounceInterval(std::chrono::milliseconds(20));
            StatisticsRequest request = statisticsRequestFor(server);
            request.query = fullQuery();
            controller->setRequest(request);
            return true;
        }
        // Refreshes and waits for the result.
        bool refreshAndWait()
        {
            QSignalSpy delivered(controller.get(), &DashboardController::resultDelivered);
            controller->refresh();
            return delivered.wait(5000);
        }
    };

private Q_SLOTS:
    void firstFetchShowsData()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.enqueue(ScriptedResponse::json(200, statisticsBody(makeStatistics(3)))
                             .header("X-Request-Id", "req-1"));
        QCOMPARE(f.controller->state(), DashboardController::State::Idle);
        QSignalSpy states(f.controller.get(), &DashboardController::stateChanged);
        QSignalSpy delivered(f.controller.get(), &DashboardController::resultDelivered);
        f.controller->refresh();
        QCOMPARE(f.controller->state(), DashboardController::State::Loading);
        QVERIFY(f.controller->isLoading());
        QVERIFY(delivered.wait(5000));

        QCOMPARE(f.controller->state(), DashboardController::State::Ok);
        QVERIFY(!f.controller->isLoading());
        QVERIFY(f.controller->current().has_value());
        QCOMPARE(f.controller->current()->requestId, QStringLiteral("req-1"));
        QCOMPARE(f.controller->current()->statistics->totals.value(Metric::TotalNum),
                 makeStatistics(3).totals.value(Metric::TotalNum));
        QVERIFY(!f.controller->previous().has_value());
        QVERIFY(!f.controller->lastError().has_value());
        QCOMPARE(states.count(), 2); // Loading, Ok

        QCOMPARE(f.server.requestCount(), 1);
        const RecordedRequest& sent = f.server.requests().constFirst();
        QCOMPARE(sent.path, QStringLiteral("/v2/%1/statistics").arg(kTestProject));
        QCOMPARE(sent.queryValues(QStringLiteral("desktop_type")),
                 QStringList({QStringLiteral("DEDICATED"), QStringLiteral("POOLED")}));
    }

    // A refresh of the same pools holds no second copy of their IDs and names: the new answer
    // shares the text of the one shown (issue 18: memory of a 100,000-pool window).
    void aRefreshSharesTheTextOfUnchangedPools()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(3))));
        QVERIFY(f.refreshAndWait());
        QVERIFY(f.controller->current() && f.controller->current()->statistics);
        const QList<PoolStatistics> before = *f.controller->current()->statistics->pools;
        QVERIFY(f.refreshAndWait());
        const QList<PoolStatistics>& now = *f.controller->current()->statistics->pools;
        QCOMPARE(now.size(), 3);
        QCOMPARE(now, before);
        for (qsizetype i = 0; i < now.size(); ++i) {
            QVERIFY(now.at(i).id.isSharedWith(before.at(i).id));
            QVERIFY(now.at(i).name.isSharedWith(before.at(i).name));
        }
    }

    void filterChangesAreDebouncedIntoOneRequest()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        QSignalSpy delivered(f.controller.get(), &DashboardController::resultDelivered);

        StatisticsQuery query;
        query.setDesktopTypes({DesktopType::Dedicated});
        f.controller->setQuery(query);
        query.setStatisticsTypes({StatisticsType::RunState});
        f.controller->setQuery(query);
        query.setDesktopTypes({DesktopType::Pooled});
        QVERIFY(!query.setPoolIds({QStringLiteral("pool-00002")}));
        f.controller->setQuery(query);
        QVERIFY(f.controller->isFetchPending());
        QCOMPARE(f.server.requestCount(), 0);

        QVERIFY(delivered.wait(5000));
        QCOMPARE(f.server.requestCount(), 1);
        const RecordedRequest& sent = f.server.requests().constFirst();
        QCOMPARE(sent.queryValues(QStringLiteral("desktop_type")),
                 QStringList{QStringLiteral("POOLED")});
        QCOMPARE(sent.queryValues(QStringLiteral("statistics_type")),
                 QStringList{QStringLiteral("run-state")});
        QCOMPARE(sent.queryValues(QStringLiteral("desktop_pool_ids")),
                 QStringList{QStringLiteral("pool-00002")});
        // The answer belongs to the query that was sent.
        QCOMPARE(f.controller->current()->query, query);
    }

    void setQueryWithTheSameFiltersSendsNothing()
    {
        Fixture f;
        QVERIFY(f.start());
        f.controller->setQuery(f.controller->query());
        QVERIFY(!f.controller->isFetchPending());
    }

    void deltasCompareWithThePreviousRefreshOfTheSameFilters()
    {
        Fixture f;
        QVERIFY(f.start());
        DesktopStatistics first = makeStatistics(2);
        DesktopStatistics second = first;
        second.totals.setValue(Metric::TotalNum, *first.totals.value(Metric::TotalNum) + 7);
        second.totals.setValue(Metric::ActiveNum, *first.totals.value(Metric::ActiveNum) - 3);
        f.server.enqueue(ScriptedResponse::json(200, statisticsBody(first)));
        f.server.enqueue(ScriptedResponse::json(200, statisticsBody(second)));
        f.server.enqueue(ScriptedResponse::json(200, statisticsBody(second)));

        QVERIFY(f.refreshAndWait());
        QVERIFY(!f.controller->totalsDelta(Metric::TotalNum));
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.controller->totalsDelta(Metric::TotalNum), std::optional<qint64>(7));
        QCOMPARE(f.controller->totalsDelta(Metric::ActiveNum), std::optional<qint64>(-3));
        QCOMPARE(f.controller->totalsDelta(Metric::StopNum), std::optional<qint64>(0));

        // Other filters: nothing to compare with.
        StatisticsQuery other = f.controller->query();
        other.setDesktopTypes({DesktopType::Pooled});
        f.controller->setQuery(other);
        QSignalSpy delivered(f.controller.get(), &DashboardController::resultDelivered);
        QVERIFY(delivered.wait(5000));
        QVERIFY(!f.controller->previous().has_value());
        QVERIFY(!f.controller->totalsDelta(Metric::TotalNum));
    }

    void anErrorAfterDataKeepsItMarkedStale()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.enqueue(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        f.server.enqueue(
            ScriptedResponse::json(
                401,
                R"({"error_code":"APIG.0301","error_msg":"Incorrect IAM authentication information"})")
                .header("X-Request-Id", "5c9a1e0f"));
        QVERIFY(f.refreshAndWait());
        const QDateTime firstTime = f.controller->current()->receivedAt;
        f.clock.advance(60);
        QVERIFY(f.refreshAndWait());

        QCOMPARE(f.controller->state(), DashboardController::State::Stale);
        QVERIFY(f.controller->current().has_value());
        QCOMPARE(f.controller->current()->receivedAt, firstTime);
        QVERIFY(f.controller->lastError().has_value());
        QCOMPARE(f.controller->lastError()->code, QStringLiteral("APIG.0301"));
        QCOMPARE(f.controller->lastError()->requestId, QStringLiteral("5c9a1e0f"));
        QCOMPARE(f.controller->lastError()->httpStatus, 401);

        // The next success clears the error.
        f.server.enqueue(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.controller->state(), DashboardController::State::Ok);
        QVERIFY(!f.controller->lastError().has_value());
    }

    void anErrorWithoutDataIsAnError()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.enqueue(ScriptedResponse::json(
            403, R"({"error_code":"WKS.00010099","error_msg":"Service disabled"})"));
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.controller->state(), DashboardController::State::Error);
        QVERIFY(!f.controller->current().has_value());
        QCOMPARE(f.controller->lastError()->code, QStringLiteral("WKS.00010099"));
    }

    void emptyResultsExplainThemselves_data()
    {
        QTest::addColumn<QStringList>("desktopTypes");
        QTest::addColumn<QStringList>("poolIds");
        QTest::addColumn<QString>("expected");
        QTest::addRow("dedicated") << QStringList{QStringLiteral("DEDICATED")} << QStringList()
                                   << QStringLiteral("no common (dedicated) desktops");
        QTest::addRow("pooled") << QStringList{QStringLiteral("POOLED")} << QStringList()
                                << QStringLiteral("no pooled desktops");
        QTest::addRow("pools") << QStringList{QStringLiteral("POOLED")}
                               << QStringList{QStringLiteral("p1"), QStringLiteral("p2")}
                               << QStringLiteral("selected desktop pool");
        QTest::addRow("everything") << QStringList() << QStringList()
                                    << QStringLiteral("check the project ID and the region");
    }

    void emptyResultsExplainThemselves()
    {
        QFETCH(QStringList, desktopTypes);
        QFETCH(QStringList, poolIds);
        QFETCH(QString, expected);
        Fixture f;
        QVERIFY(f.start());
        f.controller->setQuery(StatisticsQuery::fromStrings(desktopTypes, {}, poolIds).value());
        f.server.setDefaultResponse(ScriptedResponse::json(200, R"({"total_num": 0})"));
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.controller->state(), DashboardController::State::Empty);
        QVERIFY2(f.controller->emptyExplanation().contains(expected, Qt::CaseInsensitive),
                 qPrintable(f.controller->emptyExplanation()));
    }

    void autoRefreshSchedulesTheNextFetch()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(1))));
        f.controller->setAutoRefreshInterval(std::chrono::seconds(30));
        QVERIFY(!f.controller->nextRefreshAt().isValid()); // nothing fetched yet
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.controller->nextRefreshAt(), f.clock.now().addSecs(30));

        f.controller->setAutoRefreshInterval(std::chrono::milliseconds(0));
        QVERIFY(!f.controller->nextRefreshAt().isValid());

        // A short interval fetches again by itself (at least once more; more under load).
        f.controller->setAutoRefreshInterval(std::chrono::milliseconds(30));
        QTRY_VERIFY_WITH_TIMEOUT(f.server.requestCount() >= 3, 5000);
        f.controller->setAutoRefreshInterval(std::chrono::milliseconds(0));
    }

    void refreshesBeyondTheBudgetWaitAndAreNotDropped()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        // Two tokens, then one every 100 ms of the injected clock, which stands still.
        RequestBudget budget(f.clock, {600, 2, 0});
        f.controller->setRequestBudget(&budget);
        QVERIFY(f.refreshAndWait());
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.server.requestCount(), 2);

        QSignalSpy waiting(f.controller.get(), &DashboardController::waitingForBudgetChanged);
        QSignalSpy delivered(f.controller.get(), &DashboardController::resultDelivered);
        f.controller->refresh();
        QVERIFY(f.controller->isWaitingForBudget());
        QVERIFY(f.controller->isLoading());
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(waiting.constLast().constFirst().toBool(), true);
        // More refreshes and a filter change while waiting join the waiting fetch.
        f.controller->refresh();
        StatisticsQuery pooledOnly = f.controller->query();
        pooledOnly.setDesktopTypes({DesktopType::Pooled});
        f.controller->setQuery(pooledOnly);
        f.controller->refresh();
        QCOMPARE(waiting.count(), 1);
        QTest::qWait(250); // the wait timer retries; the frozen clock refills nothing
        QCOMPARE(f.server.requestCount(), 2);
        QCOMPARE(delivered.count(), 0);
        QVERIFY(f.controller->isWaitingForBudget());
        QVERIFY(!f.controller->nextRefreshAt().isValid());

        f.clock.advance(1);
        QVERIFY(delivered.wait(5000));
        QCOMPARE(f.server.requestCount(), 3); // one fetch for the burst, none lost
        QCOMPARE(f.server.requests().constLast().queryValues(QStringLiteral("desktop_type")),
                 QStringList{QStringLiteral("POOLED")}); // the filters of when it was sent
        QVERIFY(!f.controller->isWaitingForBudget());
        QVERIFY(!f.controller->isLoading());
        QCOMPARE(waiting.count(), 2);
        QCOMPARE(waiting.constLast().constFirst().toBool(), false);
        QCOMPARE(f.controller->state(), DashboardController::State::Ok);
    }

    void autoRefreshLeavesTheReservedTokensToTheUser()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(2))));
        // Three tokens, of which background callers may not take the last two.
        RequestBudget budget(f.clock, {600, 3, 2});
        f.controller->setRequestBudget(&budget);
        QVERIFY(f.refreshAndWait()); // interactive: 2 tokens left
        f.controller->setAutoRefreshInterval(std::chrono::milliseconds(20));
        // The automatic refresh is due but may not take a reserved token.
        QTRY_VERIFY_WITH_TIMEOUT(f.controller->isWaitingForBudget(), 5000);
        QCOMPARE(f.server.requestCount(), 1);

        // The user's refresh takes over the waiting one and goes out at once.
        f.controller->setAutoRefreshInterval(std::chrono::milliseconds(0));
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.server.requestCount(), 2);
        QVERIFY(!f.controller->isWaitingForBudget());
        QVERIFY(budget.available() < 2); // it took a reserved token
    }

    void switchingTheConnectionDropsAWaitingRefresh()
    {
        Fixture f;
        QVERIFY(f.start());
        RequestBudget budget(f.clock, {600, 1, 0});
        QVERIFY(budget.tryAcquire());
        f.controller->setRequestBudget(&budget);
        QSignalSpy loading(f.controller.get(), &DashboardController::loadingChanged);
        f.controller->refresh();
        QVERIFY(f.controller->isWaitingForBudget());
        f.controller->switchConnection(f.controller->request(), QStringLiteral("other"));
        QVERIFY(!f.controller->isWaitingForBudget());
        QVERIFY(!f.controller->isLoading());
        QCOMPARE(loading.constLast().constFirst().toBool(), false);
        f.clock.advance(1);
        QTest::qWait(50);
        QCOMPARE(f.server.requestCount(), 0);
    }

    void seriesSourceNamesTheConnection()
    {
        Fixture f;
        QVERIFY(f.start());
        const QString endpoint = f.controller->request().endpoint.toDisplayString();
        QCOMPARE(f.controller->seriesSource(), endpoint);
        f.controller->setProfileName(QStringLiteral("Demo simulator"));
        QCOMPARE(f.controller->seriesSource(), QStringLiteral("Demo simulator"));
        f.controller->setSeriesSource(QStringLiteral("demo"));
        QCOMPARE(f.controller->seriesSource(), QStringLiteral("demo"));
        f.controller->switchConnection(f.controller->request(), QStringLiteral("prod"));
        QCOMPARE(f.controller->seriesSource(), QStringLiteral("prod"));
    }

    void poolListForThePicker()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<DesktopPool> pools = poolsOf(makeStatistics(3));
        f.server.enqueue(ScriptedResponse::json(200, poolPageBody(pools, 3)));
        QSignalSpy loaded(f.controller.get(), &DashboardController::poolsLoaded);
        f.controller->loadPools();
        QVERIFY(loaded.wait(5000));
        QCOMPARE(f.controller->pools().size(), 3);
        QCOMPARE(f.controller->pools().at(2).id, pools.at(2).id);
        QVERIFY(!f.controller->poolsError());
        QCOMPARE(f.server.requests().constFirst().path,
                 QStringLiteral("/v2/%1/desktop-pools").arg(kTestProject));
    }

    void refusedCredentialsStopAllTraffic_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addRow("bad signature") << 401 << QByteArray("APIG.0301");
        QTest::addRow("expired token") << 401 << QByteArray("APIG.0307");
        QTest::addRow("missing permission") << 403 << QByteArray("WKS.00010403");
    }

    void refusedCredentialsStopAllTraffic()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        Fixture f;
        QVERIFY(f.start());
        f.server.setDefaultResponse(ScriptedResponse::json(
            status, QByteArray("{\"error_code\":\"") + code + "\",\"error_msg\":\"refused\"}"));
        f.controller->setAutoRefreshInterval(std::chrono::milliseconds(30));
        QSignalSpy blocked(f.controller.get(), &DashboardController::blockedChanged);
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.server.requestCount(), 1); // not retried
        QVERIFY(f.controller->isBlocked());
        QCOMPARE(blocked.count(), 1);
        QVERIFY(!f.controller->nextRefreshAt().isValid());

        // Auto-refresh, a filter change and the pool list send nothing.
        StatisticsQuery query = f.controller->query();
        query.setPoolIds({QStringLiteral("pool-1")});
        f.controller->setQuery(query);
        QSignalSpy pools(f.controller.get(), &DashboardController::poolsLoaded);
        f.controller->loadPools();
        QCOMPARE(pools.count(), 1);
        QVERIFY(f.controller->poolsError().has_value());
        QTest::qWait(300); // ten auto-refresh intervals and the debounce: nothing may go out
        QCOMPARE(f.server.requestCount(), 1);

        // Retry (the user asks) sends once more; switching the connection unblocks too.
        QVERIFY(f.refreshAndWait());
        QCOMPARE(f.server.requestCount(), 2);
        QVERIFY(f.controller->isBlocked());
        f.controller->switchConnection(f.controller->request(), QStringLiteral("other"));
        QVERIFY(!f.controller->isBlocked());
        QCOMPARE(blocked.count(), 4); // blocked, unblocked by Retry, blocked, unblocked
    }

    void aServerErrorDoesNotBlock()
    {
        Fixture f;
        QVERIFY(f.start());
        f.server.setDefaultResponse(ScriptedResponse::json(
            500, QByteArray("{\"error_code\":\"WKS.0500\",\"error_msg\":\"internal\"}")));
        f.controller->setAutoRefreshInterval(std::chrono::seconds(30));
        QVERIFY(f.refreshAndWait());
        QVERIFY(!f.controller->isBlocked());
        QVERIFY(f.controller->nextRefreshAt().isValid());
    }

    void poolListRecoversWithTheNextGoodRefresh()
    {
        Fixture f;
        QVERIFY(f.start());
        const QList<DesktopPool> pools = poolsOf(makeStatistics(3));
        f.server.enqueue(ScriptedResponse::json(
            404, QByteArray("{\"error_code\":\"WKS.0404\",\"error_msg\":\"gone\"}")));
        QSignalSpy loaded(f.controller.get(), &DashboardController::poolsLoaded);
        f.controller->loadPools();
        QVERIFY(loaded.wait(5000));
        QVERIFY(f.controller->poolsError().has_value());
        QVERIFY(f.controller->pools().isEmpty());

        f.server.enqueue(ScriptedResponse::json(200, statisticsBody(makeStatistics(3))));
        f.server.enqueue(ScriptedResponse::json(200, poolPageBody(pools, 3)));
        QVERIFY(f.refreshAndWait());
        QVERIFY(loaded.wait(5000)); // asked again by itself
        QCOMPARE(f.controller->pools().size(), 3);
        QVERIFY(!f.controller->poolsError().has_value());
    }
};

QTEST_GUILESS_MAIN(TestDashboardController)
#include "tst_dashboardcontroller.moc"
