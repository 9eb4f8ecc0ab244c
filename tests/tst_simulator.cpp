// The simulator's API semantics: filters, sums, pool scope, paging, errors.
#include "core/api/statisticsparser.h"
#include "simtestsupport.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace wsdash;
using namespace wsdash::sim;
using namespace wsdash::test;

class TestSimulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_f.reset(); }

    void everyFilterCombinationAddsUp();
    void poolIdsRestrictTheScope();
    void invalidValuesAreRefused_data();
    void invalidValuesAreRefused();
    void unknownPoolIsRefused();
    void poolListPages();
    void poolListLimits_data();
    void poolListLimits();
    void unknownPathIsNotFound();
    void everyAnswerHasARequestId();

private:
    void restart(const SimulatorConfig& config);
    RawReply get(const QString& path, const Query& query) { return m_f->get(path, query); }
    RawReply statistics(const Query& query) { return m_f->statistics(query); }

    std::unique_ptr<SimulatorFixture> m_f;
};

void TestSimulator::restart(const SimulatorConfig& config)
{
    SimulatorConfig unthrottled = config;
    unthrottled.rateLimit = 0; // semantics here; the gateway's limit has its own test
    m_f = std::make_unique<SimulatorFixture>(unthrottled);
    QVERIFY2(m_f->isRunning(), qPrintable(m_f->startError));
}

void TestSimulator::init()
{
    restart(smallConfig(8));
}

void TestSimulator::everyFilterCombinationAddsUp()
{
    const QList<FleetPool> poolList(m_f->sim().fleet().pools().begin(),
                                    m_f->sim().fleet().pools().end());
    const QList<QList<int>> scopes = {{}, {2}, {0, 5}};
    int checked = 0;
    for (int types = 0; types < 4; ++types) {
        for (int families = 0; families < 8; ++families) {
            for (const QList<int>& scope : scopes) {
                Query query;
                if (types & 1)
                    query.append(p("desktop_type", QStringLiteral("DEDICATED")));
                if (types & 2)
                    query.append(p("desktop_type", QStringLiteral("POOLED")));
                const QList<Family> asked = [families] {
                    QList<Family> list;
                    for (const Family f : kAllFamilies) {
                        if (families & (1 << static_cast<int>(f)))
                            list.append(f);
                    }
                    return list;
                }();
                for (const Family f : asked)
                    query.append(p("statistics_type", wireName(statisticsTypeOf(f))));
                for (const int index : scope)
                    query.append(p("desktop_pool_ids", poolList[index].id));
                const QString label = canonicalQueryString(query);

                const RawReply reply = statistics(query);
                QVERIFY2(reply.status == 200,
                         qPrintable(label + QLatin1String(": ") + QString::fromUtf8(reply.body)));
                const auto parsed = StatisticsParser::parse(reply.body);
                QVERIFY2(parsed, qPrintable(label));
                const DesktopStatistics& stats = parsed.value();

                // Only the families asked for, and complete.
                for (const Family f : kAllFamilies) {
                    QCOMPARE(stats.totals.hasFamily(f), asked.contains(f));
                    QCOMPARE(reply.json.contains(QLatin1String(familyObjectKey(f))),
                             asked.contains(f));
                }
                const bool pooled = (types & 2) != 0;
                const bool dedicated = types == 0 ? scope.isEmpty() : (types & 1) != 0;
                const MetricCounts expected = expectedTotals(
                    m_f->sim().fleet(), m_f->clock.now(), dedicated, types == 0 || pooled, scope);
                QCOMPARE(*stats.totals.value(Metric::TotalNum),
                         countOf(expected, Metric::TotalNum));
                for (const Family f : asked) {
                    qint64 sum = 0;
                    for (const Metric m : familyMetrics(f)) {
                        QCOMPARE(*stats.totals.value(m), countOf(expected, m));
                        sum += *stats.totals.value(m);
                    }
                    QCOMPARE(sum, *stats.totals.value(Metric::TotalNum));
                }

                // The per-pool breakdown only with POOLED, covering the scope, adding up.
                QCOMPARE(stats.pools.has_value(), pooled);
                if (pooled) {
                    const int expectedPools = scope.isEmpty() ? static_cast<int>(poolList.size())
                                                              : static_cast<int>(scope.size());
                    QCOMPARE(static_cast<int>(stats.pools->size()), expectedPools);
                    qint64 poolSum = 0;
                    for (const PoolStatistics& pool : *stats.pools) {
                        poolSum += *pool.counts.value(Metric::TotalNum);
                        for (const Family f : asked) {
                            qint64 sum = 0;
                            for (const Metric m : familyMetrics(f))
                                sum += *pool.counts.value(m);
                            QCOMPARE(sum, *pool.counts.value(Metric::TotalNum));
                        }
                    }
                    const qint64 dedicatedPart =
                        dedicated ? countOf(m_f->sim().fleet().countsAt(m_f->clock.now()).dedicated,
                                            Metric::TotalNum)
                                  : 0;
                    QCOMPARE(poolSum + dedicatedPart, *stats.totals.value(Metric::TotalNum));
                }
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 96);
}

void TestSimulator::poolIdsRestrictTheScope()
{
    const auto& pools = m_f->sim().fleet().pools();
    const FleetCounts counts = m_f->sim().fleet().countsAt(m_f->clock.now());

    // Pool IDs alone: those pools only, without a breakdown (POOLED was not asked for).
    RawReply reply = statistics({p("desktop_pool_ids", pools[3].id)});
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("total_num")).toInteger(),
             countOf(counts.pools[3], Metric::TotalNum));
    QVERIFY(!reply.json.contains(QStringLiteral("desktop_pool_statistics")));

    // POOLED with two IDs (one repeated): exactly those two, in fleet order.
    reply =
        statistics({p("desktop_type", QStringLiteral("POOLED")), p("desktop_pool_ids", pools[6].id),
                    p("desktop_pool_ids", pools[1].id), p("desktop_pool_ids", pools[6].id)});
    QCOMPARE(reply.status, 200);
    const QJsonArray breakdown =
        reply.json.value(QStringLiteral("desktop_pool_statistics")).toArray();
    QCOMPARE(breakdown.size(), 2);
    QCOMPARE(breakdown[0].toObject().value(QStringLiteral("desktop_pool_id")).toString(),
             pools[1].id);
    QCOMPARE(breakdown[0].toObject().value(QStringLiteral("desktop_pool_name")).toString(),
             pools[1].name);
    QCOMPARE(breakdown[1].toObject().value(QStringLiteral("desktop_pool_id")).toString(),
             pools[6].id);

    // DEDICATED and POOLED with an ID: the dedicated desktops plus that pool.
    reply = statistics({p("desktop_type", QStringLiteral("DEDICATED")),
                        p("desktop_type", QStringLiteral("POOLED")),
                        p("desktop_pool_ids", pools[0].id)});
    QCOMPARE(reply.json.value(QStringLiteral("total_num")).toInteger(),
             countOf(counts.dedicated, Metric::TotalNum) +
                 countOf(counts.pools[0], Metric::TotalNum));

    // No filter at all: total_num only, every desktop.
    reply = statistics({});
    QCOMPARE(reply.json.keys(), QStringList{QStringLiteral("total_num")});
    QCOMPARE(reply.json.value(QStringLiteral("total_num")).toInteger(),
             static_cast<qint64>(m_f->sim().fleet().desktopCount()));
}

void TestSimulator::invalidValuesAreRefused_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addRow("lower-case desktop type") << QByteArray("desktop_type=dedicated");
    QTest::addRow("comma-joined desktop types") << QByteArray("desktop_type=DEDICATED%2CPOOLED");
    QTest::addRow("unknown desktop type") << QByteArray("desktop_type=POOL");
    QTest::addRow("unknown statistics type") << QByteArray("statistics_type=attach_state");
    QTest::addRow("comma-joined statistics types")
        << QByteArray("statistics_type=attach-state%2Crun-state");
    QTest::addRow("empty statistics type") << QByteArray("statistics_type=");
    QTest::addRow("empty pool ID") << QByteArray("desktop_pool_ids=");
}

void TestSimulator::invalidValuesAreRefused()
{
    QFETCH(QByteArray, query);
    RawRequest request;
    request.path = statisticsPath(m_f->sim());
    request.query = query;
    request.headers = {{"X-Auth-Token", m_f->sim().tokenCredentials().iamToken.toUtf8()}};
    const RawReply reply = m_f->send(request);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.0001"));
    QVERIFY(!reply.json.value(QStringLiteral("error_msg")).toString().isEmpty());
    QVERIFY(reply.json.value(QStringLiteral("error_detail")).isString());
    QVERIFY(isRequestId(reply.header("X-Request-Id")));
}

void TestSimulator::unknownPoolIsRefused()
{
    const RawReply reply = statistics({p("desktop_type", QStringLiteral("POOLED")),
                                       p("desktop_pool_ids", m_f->sim().fleet().pools()[0].id),
                                       p("desktop_pool_ids", QStringLiteral("no-such-pool"))});
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("WKS.0001"));
    QCOMPARE(reply.json.value(QStringLiteral("error_msg")).toString(),
             QStringLiteral("desktop pool does not exist"));
    QVERIFY(reply.json.value(QStringLiteral("error_detail"))
                .toString()
                .contains(QLatin1String("no-such-pool")));
}

void TestSimulator::poolListPages()
{
    const auto& pools = m_f->sim().fleet().pools();
    QStringList seen;
    for (int offset = 0; offset < 12; offset += 3) {
        const RawReply reply = get(poolsPath(m_f->sim()), {p("offset", QString::number(offset)),
                                                           p("limit", QStringLiteral("3"))});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json.value(QStringLiteral("total_count")).toInt(), 8);
        const QJsonArray page = reply.json.value(QStringLiteral("desktop_pools")).toArray();
        QCOMPARE(page.size(), std::clamp(8 - offset, 0, 3));
        for (const auto& value : page) {
            const QJsonObject pool = value.toObject();
            seen.append(pool.value(QStringLiteral("id")).toString());
            const FleetPool& fleetPool = pools[static_cast<std::size_t>(seen.size() - 1)];
            QCOMPARE(pool.value(QStringLiteral("name")).toString(), fleetPool.name);
            QCOMPARE(pool.value(QStringLiteral("desktop_count")).toInt(), fleetPool.desktopCount);
            QVERIFY(pool.value(QStringLiteral("desktop_used")).toInt() <= fleetPool.desktopCount);
            const QString type = pool.value(QStringLiteral("type")).toString();
            QVERIFY(type == QLatin1String("DYNAMIC") || type == QLatin1String("STATIC"));
            QVERIFY(!pool.value(QStringLiteral("status")).toString().isEmpty());
            QVERIFY(pool.value(QStringLiteral("availability_zone"))
                        .toString()
                        .startsWith(QLatin1String("cn-north-4")));
            QVERIFY(QDateTime::fromString(pool.value(QStringLiteral("created_time")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
        }
    }
    QStringList ids;
    for (const FleetPool& pool : pools)
        ids.append(pool.id);
    QCOMPARE(seen, ids);

    // Filters: type, and part of the name.
    const RawReply dynamic = get(poolsPath(m_f->sim()), {p("type", QStringLiteral("DYNAMIC"))});
    int expectedDynamic = 0;
    for (const FleetPool& pool : pools)
        expectedDynamic += pool.type == PoolType::Dynamic ? 1 : 0;
    QCOMPARE(dynamic.json.value(QStringLiteral("total_count")).toInt(), expectedDynamic);
    const RawReply named = get(poolsPath(m_f->sim()), {p("name", QStringLiteral("图形工作站"))});
    QCOMPARE(named.json.value(QStringLiteral("total_count")).toInt(), 1);
}

void TestSimulator::poolListLimits_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("items"); // of the 1,200 pools
    QTest::addRow("default limit") << QString() << QString() << 200 << 1000;
    QTest::addRow("limit 1000") << QStringLiteral("limit") << QStringLiteral("1000") << 200 << 1000;
    QTest::addRow("limit 0") << QStringLiteral("limit") << QStringLiteral("0") << 200 << 0;
    QTest::addRow("limit 1001") << QStringLiteral("limit") << QStringLiteral("1001") << 400 << 0;
    QTest::addRow("limit -1") << QStringLiteral("limit") << QStringLiteral("-1") << 400 << 0;
    QTest::addRow("limit abc") << QStringLiteral("limit") << QStringLiteral("abc") << 400 << 0;
    QTest::addRow("offset 1100") << QStringLiteral("offset") << QStringLiteral("1100") << 200
                                 << 100;
    QTest::addRow("offset past the end")
        << QStringLiteral("offset") << QStringLiteral("5000") << 200 << 0;
    QTest::addRow("offset -3") << QStringLiteral("offset") << QStringLiteral("-3") << 400 << 0;
    QTest::addRow("unknown type") << QStringLiteral("type") << QStringLiteral("dynamic") << 400
                                  << 0;
}

void TestSimulator::poolListLimits()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(int, status);
    QFETCH(int, items);
    restart(smallConfig(1200, 1200));
    Query query;
    if (!name.isEmpty())
        query.append({name, value});
    const RawReply reply = get(poolsPath(m_f->sim()), query);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        QCOMPARE(reply.json.value(QStringLiteral("total_count")).toInt(), 1200);
        QCOMPARE(reply.json.value(QStringLiteral("desktop_pools")).toArray().size(), items);
    } else {
        QCOMPARE(reply.errorCode(), QStringLiteral("WKS.0001"));
    }
}

void TestSimulator::unknownPathIsNotFound()
{
    for (const QString& path :
         QStringList{QStringLiteral("/v2/%1/desktops").arg(m_f->sim().projectId()),
                     QStringLiteral("/v1/%1/statistics").arg(m_f->sim().projectId()),
                     QStringLiteral("/"), QString(statisticsPath(m_f->sim()) + QLatin1Char('/'))}) {
        const RawReply reply = get(path, {});
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.errorCode(), QStringLiteral("APIGW.0101"));
        QCOMPARE(reply.json.value(QStringLiteral("request_id")).toString().toLatin1(),
                 reply.header("X-Request-Id"));
    }
    RawRequest post = signedRequest(m_f->sim(), statisticsPath(m_f->sim()), {}, m_f->clock.now());
    post.method = "POST";
    QCOMPARE(m_f->send(post).status, 404);
}

void TestSimulator::everyAnswerHasARequestId()
{
    m_f->sim().gateway().setRateLimit(1);
    QSet<QByteArray> ids;
    const QList<RawReply> replies = {
        statistics({}),                                                   // 200
        statistics({p("desktop_type", QStringLiteral("x"))}),             // 429: the limit is one
        get(QStringLiteral("/nowhere"), {}),                              // 404
        m_f->send(RawRequest{"GET", statisticsPath(m_f->sim()), {}, {}}), // 401
    };
    QCOMPARE(replies[0].status, 200);
    QCOMPARE(replies[1].status, 429);
    QCOMPARE(replies[2].status, 404);
    QCOMPARE(replies[3].status, 401);
    for (const RawReply& reply : replies) {
        QVERIFY(isRequestId(reply.header("X-Request-Id")));
        QVERIFY(!reply.header("Date").isEmpty());
        ids.insert(reply.header("X-Request-Id"));
    }
    QCOMPARE(ids.size(), replies.size());
}

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
