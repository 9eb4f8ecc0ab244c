// DesktopPoolClient: paging through GET /v2/{project_id}/desktop-pools (offset/limit) against a
// real HTTP server, errors, and the strict page parser.

#include "core/api/desktoppoolclient.h"
#include "core/api/poolranking.h"
#include "core/api/requestbudget.h"
#include "dashboardtestdata.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace wsdash;
using namespace wsdash::test;

class TestDesktopPoolClient : public QObject
{
    Q_OBJECT

private:
    static DesktopPoolListRequest requestFor(const TestHttpServer& server, int pageSize)
    {
        DesktopPoolListRequest request;
        request.endpoint = Endpoint::fromUrl(server.baseUrl()).value();
        request.projectId = kTestProject;
        request.credentials = testAkSk();
        request.timeout = std::chrono::milliseconds(5000);
        request.pageSize = pageSize;
        return request;
    }

private Q_SLOTS:
    void pagesThroughEveryPool()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QList<DesktopPool> pools = poolsOf(makeStatistics(5));
        server.enqueue(ScriptedResponse::json(200, poolPageBody(pools.mid(0, 2), 5)));
        server.enqueue(ScriptedResponse::json(200, poolPageBody(pools.mid(2, 2), 5)));
        server.enqueue(ScriptedResponse::json(200, poolPageBody(pools.mid(4, 1), 5)));

        QNetworkAccessManager network;
        FixedClock clock;
        DesktopPoolClient client(&network, clock);
        QSignalSpy finished(&client, &DesktopPoolClient::finished);
        client.fetchAll(requestFor(server, 2));
        QVERIFY(finished.wait(5000));
        const auto result = finished.takeFirst().constFirst().value<DesktopPoolListResult>();
        QVERIFY(result.ok());
        QCOMPARE(result.pools.size(), 5);
        QCOMPARE(result.pools.at(4).id, pools.at(4).id);
        QCOMPARE(result.pools.at(1).name, pools.at(1).name);
        QCOMPARE(result.pagesFetched, 3);

        QCOMPARE(server.requestCount(), 3);
        for (int page = 0; page < 3; ++page) {
            const RecordedRequest& sent = server.requests().at(page);
            QCOMPARE(sent.queryValues(QStringLiteral("limit")), QStringList{QStringLiteral("2")});
            QCOMPARE(sent.queryValues(QStringLiteral("offset")),
                     QStringList{QString::number(page * 2)});
            QVERIFY(TestHttpServer::verifySignature(sent, kTestAk, kTestSk).ok);
        }
    }

    void pagesBeyondTheRequestBudgetWaitForTokens()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        const QList<DesktopPool> pools = poolsOf(makeStatistics(5));
        server.enqueue(ScriptedResponse::json(200, poolPageBody(pools.mid(0, 2), 5)));
        server.enqueue(ScriptedResponse::json(200, poolPageBody(pools.mid(2, 2), 5)));
        server.enqueue(ScriptedResponse::json(200, poolPageBody(pools.mid(4, 1), 5)));

        QNetworkAccessManager network;
        FixedClock clock;
        // One token, one more every 100 ms of the (frozen) clock.
        RequestBudget budget(clock, {600, 1, 0});
        DesktopPoolClient client(&network, clock);
        client.setRequestBudget(&budget);
        QSignalSpy finished(&client, &DesktopPoolClient::finished);
        client.fetchAll(requestFor(server, 2));

        // The first page takes the only token; the second waits while the clock stands still.
        QTRY_VERIFY_WITH_TIMEOUT(client.isWaitingForBudget(), 5000);
        QTest::qWait(250); // several retries of the wait timer, all without a token
        QCOMPARE(server.requestCount(), 1);
        QVERIFY(client.isBusy());
        QCOMPARE(finished.count(), 0);

        clock.advance(1); // one token (the bucket holds one)
        QTRY_COMPARE_WITH_TIMEOUT(server.requestCount(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(client.isWaitingForBudget(), 5000);
        QCOMPARE(finished.count(), 0);

        clock.advance(1);
        QVERIFY(finished.wait(5000));
        const auto result = finished.takeFirst().constFirst().value<DesktopPoolListResult>();
        QVERIFY(result.ok());
        QCOMPARE(result.pools.size(), 5); // no page was dropped
        QCOMPARE(result.pagesFetched, 3);
        QCOMPARE(server.requests().at(2).queryValues(QStringLiteral("offset")),
                 QStringList{QStringLiteral("4")});
        QVERIFY(!client.isBusy());
    }

    void cancelStopsAPageWaitingForTheBudget()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        FixedClock clock;
        RequestBudget budget(clock, {600, 1, 0});
        QVERIFY(budget.tryAcquire()); // the budget is spent
        DesktopPoolClient client(&network, clock);
        client.setRequestBudget(&budget);
        QSignalSpy finished(&client, &DesktopPoolClient::finished);
        client.fetchAll(requestFor(server, 2));
        QVERIFY(client.isWaitingForBudget());
        client.cancel();
        QVERIFY(!client.isBusy());
        clock.advance(1);
        QTest::qWait(50);
        QCOMPARE(server.requestCount(), 0);
        QCOMPARE(finished.count(), 0);
    }

    void anErrorEndsTheListWithIt()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(ScriptedResponse::json(200, poolPageBody(poolsOf(makeStatistics(2)), 4)));
        server.enqueue(ScriptedResponse::json(
            403, R"({"error_code":"WKS.0004","error_msg":"No permission"})"));
        QNetworkAccessManager network;
        FixedClock clock;
        DesktopPoolClient client(&network, clock);
        QSignalSpy finished(&client, &DesktopPoolClient::finished);
        client.fetchAll(requestFor(server, 2));
        QVERIFY(finished.wait(5000));
        const auto result = finished.takeFirst().constFirst().value<DesktopPoolListResult>();
        QVERIFY(!result.ok());
        QCOMPARE(result.error->code, QStringLiteral("WKS.0004"));
        QVERIFY(result.pools.isEmpty());
    }

    void parsePage_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // empty: valid
        QTest::addRow("empty list")
            << QByteArray(R"({"total_count":0,"desktop_pools":[]})") << QString();
        QTest::addRow("no list") << QByteArray(R"({"total_count":0})") << QString();
        QTest::addRow("not json") << QByteArray("<html>") << QStringLiteral("not a JSON object");
        QTest::addRow("list not array") << QByteArray(R"({"desktop_pools":{}})")
                                        << QStringLiteral("desktop_pools: expected an array");
        QTest::addRow("id missing") << QByteArray(R"({"desktop_pools":[{"name":"x"}]})")
                                    << QStringLiteral("desktop_pools[0].id: missing");
        QTest::addRow("name not string")
            << QByteArray(R"({"desktop_pools":[{"id":"a","name":3}]})")
            << QStringLiteral("desktop_pools[0].name: expected a string");
        QTest::addRow("negative count")
            << QByteArray(R"({"desktop_pools":[{"id":"a","desktop_count":-1}]})")
            << QStringLiteral("desktop_pools[0].desktop_count: expected a count");
    }

    void parsePage()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const auto page = DesktopPoolClient::parsePage(body);
        QCOMPARE(page.hasValue(), error.isEmpty());
        if (!page)
            QVERIFY2(page.error().contains(error), qPrintable(page.error()));
    }

    void largestPoolsFirstTiesByName()
    {
        QList<PoolStatistics> pools;
        const auto add = [&pools](const char* id, const char* name, qint64 total) {
            PoolStatistics pool;
            pool.id = QLatin1String(id);
            pool.name = QLatin1String(name);
            pool.counts.setValue(Metric::TotalNum, total);
            pools.append(pool);
        };
        add("a", "Zeta", 10);
        add("b", "Beta", 30);
        add("c", "Alpha", 10);
        add("d", "Gamma", 20);
        QCOMPARE(largestPools(pools, 3), QList<int>({1, 3, 2}));
        QCOMPARE(largestPools(pools, 10), QList<int>({1, 3, 2, 0}));
        QVERIFY(largestPools(pools, 0).isEmpty());
    }

    // The ranking cuts at the k-th largest total before it sorts: it must rank exactly as a
    // sort of all pools does, with many ties at the cut, totals not reported, equal names.
    void largestPoolsRankAsAFullSortDoes()
    {
        QRandomGenerator random(18);
        for (int round = 0; round < 200; ++round) {
            const int n = random.bounded(1, 300);
            QList<PoolStatistics> pools;
            for (int i = 0; i < n; ++i) {
                PoolStatistics pool;
                pool.id = QStringLiteral("id-%1").arg(random.bounded(1000));
                pool.name = QStringLiteral("pool %1").arg(random.bounded(20));
                if (random.bounded(10) > 0)
                    pool.counts.setValue(Metric::TotalNum, random.bounded(6));
                pools.append(pool);
            }
            std::vector<int> all(static_cast<std::size_t>(n));
            std::iota(all.begin(), all.end(), 0);
            std::stable_sort(all.begin(), all.end(), [&pools](int a, int b) {
                const qint64 ta = pools[a].counts.value(Metric::TotalNum).value_or(-1);
                const qint64 tb = pools[b].counts.value(Metric::TotalNum).value_or(-1);
                if (ta != tb)
                    return ta > tb;
                if (pools[a].name != pools[b].name)
                    return pools[a].name < pools[b].name;
                return pools[a].id < pools[b].id;
            });
            const int k = random.bounded(0, n + 5);
            const QList<int> ranking = largestPools(pools, k);
            QCOMPARE(ranking.size(), std::min(k, n));
            for (int i = 0; i < ranking.size(); ++i) {
                // Equal (total, name, id) keys may come in either order: compare the keys.
                const PoolStatistics& got = pools[ranking[i]];
                const PoolStatistics& want = pools[all[static_cast<std::size_t>(i)]];
                QCOMPARE(got.counts.value(Metric::TotalNum), want.counts.value(Metric::TotalNum));
                QCOMPARE(got.name, want.name);
                QCOMPARE(got.id, want.id);
            }
        }
    }

    // The per-pool chart's "Other" bar and its "invalid values left out" come from the digest:
    // per count, the sum of the valid values and the number of invalid ones, over all pools.
    void digestSumsValidValuesAndCountsInvalidOnes()
    {
        QRandomGenerator random(1818);
        QList<PoolStatistics> pools;
        for (int i = 0; i < 500; ++i) {
            PoolStatistics pool;
            pool.id = QStringLiteral("id-%1").arg(i);
            for (int m = 0; m < kMetricCount; ++m) {
                const auto metric = static_cast<Metric>(m);
                const int roll = random.bounded(10);
                if (roll == 0)
                    pool.counts.setInvalid(metric);
                else if (roll > 2)
                    pool.counts.setValue(metric, random.bounded(1000));
            }
            pools.append(pool);
        }
        const PoolDigest digest = digestPools(pools);
        QCOMPARE(digest.largest, largestPools(pools, kRankedPools));
        for (int m = 0; m < kMetricCount; ++m) {
            const auto metric = static_cast<Metric>(m);
            qint64 sum = 0;
            int invalid = 0;
            for (const PoolStatistics& pool : pools) {
                if (pool.counts.isInvalid(metric))
                    ++invalid;
                else if (pool.counts.value(metric))
                    sum += *pool.counts.value(metric);
            }
            QCOMPARE(digest.sums[static_cast<std::size_t>(m)], sum);
            QCOMPARE(digest.invalid[static_cast<std::size_t>(m)], invalid);
            QVERIFY(invalid > 0 && sum > 0); // the data has both, or the test proves little
        }
        QVERIFY(digestPools({}).largest.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDesktopPoolClient)
#include "tst_desktoppoolclient.moc"
