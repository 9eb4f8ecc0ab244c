#include "core/api/statisticsparser.h"
#include "support/testsupport.h"

#include <QTest>

using namespace wsdash;

// StatisticsParser::parseLenient (the window's reading of an answer): what is valid is kept,
// what is not is marked invalid and listed by JSON path; parse() stays strict.
class TestPartialStatistics : public QObject
{
    Q_OBJECT

private:
    static QByteArray poolJson(int i, const QByteArray& total)
    {
        return "{\"desktop_pool_id\":\"pool-" + QByteArray::number(i) +
               "\",\"desktop_pool_name\":\"Pool " + QByteArray::number(i) +
               "\",\"total_num\":" + total +
               ",\"run_state_statistics\":{\"stop_num\":1,\"active_num\":" +
               QByteArray::number(i % 7) + "}}";
    }
    // 10,000 pools; pool `bad` (if >= 0) sends its total_num as `badTotal`.
    static QByteArray manyPools(int bad, const QByteArray& badTotal)
    {
        QByteArray body = "{\"total_num\":60000,\"run_state_statistics\":{\"active_num\":9},"
                          "\"desktop_pool_statistics\":[";
        for (int i = 0; i < 10000; ++i) {
            if (i > 0)
                body += ',';
            body += poolJson(i, i == bad ? badTotal : QByteArray::number(i % 11 + 1));
        }
        return body + "]}";
    }

private Q_SLOTS:
    void cleanAnswerHasNoProblems()
    {
        const QByteArray body = test::readTestData(QStringLiteral("statistics-full.json"));
        const auto strict = StatisticsParser::parse(body);
        const auto lenient = StatisticsParser::parseLenient(body);
        QVERIFY(strict);
        QVERIFY(lenient);
        QVERIFY(lenient->problems.isEmpty());
        QCOMPARE(lenient->statistics.totals, strict->totals);
        QCOMPARE(*lenient->statistics.pools, *strict->pools);
        QVERIFY(!lenient->statistics.totals.hasInvalid());
    }

    void oneBadPoolAmongTenThousand()
    {
        const int bad = 4321;
        const QByteArray body = manyPools(bad, "\"7\"");
        const auto lenient = StatisticsParser::parseLenient(body);
        QVERIFY2(lenient, lenient ? "" : qPrintable(lenient.error().message));
        const QList<PoolStatistics>& pools = *lenient->statistics.pools;
        QCOMPARE(pools.size(), 10000);
        QCOMPARE(lenient->problems.size(), 1);
        const ParseError& problem = lenient->problems.constFirst();
        QCOMPARE(problem.path, QStringLiteral("desktop_pool_statistics[4321].total_num"));
        QVERIFY2(problem.message.contains(QLatin1String("a string")), qPrintable(problem.message));

        // The bad count is invalid: no value, and not "not reported".
        const PoolStatistics& broken = pools.at(bad);
        QCOMPARE(broken.id, QStringLiteral("pool-4321"));
        QVERIFY(broken.counts.isInvalid(Metric::TotalNum));
        QCOMPARE(broken.counts.value(Metric::TotalNum), Count());
        QCOMPARE(broken.counts.share(Metric::ActiveNum), std::optional<double>());
        QCOMPARE(broken.countPath(Metric::TotalNum), problem.path);
        // The rest of that pool and every other pool are intact.
        QCOMPARE(broken.counts.value(Metric::ActiveNum), Count(bad % 7));
        QVERIFY(!broken.counts.isInvalid(Metric::ActiveNum));
        const auto clean = StatisticsParser::parse(manyPools(-1, {}));
        QVERIFY(clean);
        for (int i = 0; i < 10000; ++i) {
            if (i != bad && !(pools.at(i) == clean->pools->at(i)))
                QFAIL(qPrintable(QStringLiteral("pool %1 differs").arg(i)));
        }
        QCOMPARE(lenient->statistics.totals, clean->totals);

        // Strict: the whole answer is refused, naming the same path.
        const auto strict = StatisticsParser::parse(body);
        QVERIFY(!strict);
        QCOMPARE(strict.error().path, problem.path);
    }

    void wrongTypedFamilyCount()
    {
        const QByteArray body =
            R"({"total_num":7,"login_state_statistics":{"in_use_num":"7","ready_num":2}})";
        const auto lenient = StatisticsParser::parseLenient(body);
        QVERIFY(lenient);
        const StateCounts& totals = lenient->statistics.totals;
        QVERIFY(totals.hasFamily(Family::Login));
        QVERIFY(totals.isInvalid(Metric::InUseNum));
        QCOMPARE(totals.value(Metric::InUseNum), Count());
        QCOMPARE(totals.value(Metric::ReadyNum), Count(2));
        QCOMPARE(totals.value(Metric::TotalNum), Count(7));
        QVERIFY(!totals.isInvalid(Metric::DisconnectedNum)); // absent: not reported
        QCOMPARE(lenient->problems.size(), 1);
        QCOMPARE(lenient->problems.constFirst().path,
                 QStringLiteral("login_state_statistics.in_use_num"));
        QCOMPARE(countPath(Metric::InUseNum), lenient->problems.constFirst().path);

        const auto strict = StatisticsParser::parse(body);
        QVERIFY(!strict);
        QCOMPARE(strict.error().path, QStringLiteral("login_state_statistics.in_use_num"));
    }

    void missingTopLevelCount()
    {
        const QByteArray body = R"({"run_state_statistics":{"active_num":3},
            "desktop_pool_statistics":[{"desktop_pool_id":"p","total_num":3}]})";
        const auto lenient = StatisticsParser::parseLenient(body);
        QVERIFY(lenient);
        const StateCounts& totals = lenient->statistics.totals;
        QVERIFY(totals.isInvalid(Metric::TotalNum));
        QCOMPARE(totals.value(Metric::TotalNum), Count());
        QCOMPARE(totals.value(Metric::ActiveNum), Count(3));
        QCOMPARE(lenient->problems.size(), 1);
        QCOMPARE(lenient->problems.constFirst().path, QStringLiteral("total_num"));
        QCOMPARE(lenient->problems.constFirst().message, QStringLiteral("total_num: missing"));
        QCOMPARE(lenient->statistics.pools->size(), 1);
        QCOMPARE(lenient->statistics.pools->at(0).counts.value(Metric::TotalNum), Count(3));

        const auto strict = StatisticsParser::parse(body);
        QVERIFY(!strict);
        QCOMPARE(strict.error().path, QStringLiteral("total_num"));
    }

    void poolWithoutIdIsLeftOut()
    {
        const QByteArray body = R"({"total_num":6,"desktop_pool_statistics":[
            {"desktop_pool_id":"a","total_num":1},
            {"desktop_pool_name":"no id","total_num":2},
            {"desktop_pool_id":"","total_num":3},
            {"desktop_pool_id":"d","desktop_pool_name":5,"total_num":4}]})";
        const auto lenient = StatisticsParser::parseLenient(body);
        QVERIFY(lenient);
        const QList<PoolStatistics>& pools = *lenient->statistics.pools;
        QCOMPARE(pools.size(), 2);
        QCOMPARE(pools.at(0).id, QStringLiteral("a"));
        QCOMPARE(pools.at(0).answerIndex, 0);
        // A name of the wrong type: kept, unnamed, and listed.
        QCOMPARE(pools.at(1).id, QStringLiteral("d"));
        QCOMPARE(pools.at(1).name, QString());
        QCOMPARE(pools.at(1).answerIndex, 3);
        QCOMPARE(pools.at(1).countPath(Metric::ActiveNum),
                 QStringLiteral("desktop_pool_statistics[3].run_state_statistics.active_num"));
        QStringList paths;
        for (const ParseError& problem : lenient->problems)
            paths.append(problem.path);
        QCOMPARE(paths,
                 (QStringList{QStringLiteral("desktop_pool_statistics[1].desktop_pool_id"),
                              QStringLiteral("desktop_pool_statistics[2].desktop_pool_id"),
                              QStringLiteral("desktop_pool_statistics[3].desktop_pool_name")}));
        QCOMPARE(lenient->statistics.totals.value(Metric::TotalNum), Count(6));
        QVERIFY(!StatisticsParser::parse(body));
    }

    void invalidCounts_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addRow("negative") << QByteArray("-1");
        QTest::addRow("above 32 bits") << QByteArray("2147483648");
        QTest::addRow("fraction") << QByteArray("1.5");
        QTest::addRow("boolean") << QByteArray("true");
        QTest::addRow("string") << QByteArray("\"3\"");
        QTest::addRow("array") << QByteArray("[3]");
    }

    void invalidCounts()
    {
        QFETCH(QByteArray, value);
        const QByteArray body = "{\"total_num\":9,\"desktop_pool_statistics\":[{"
                                "\"desktop_pool_id\":\"a\",\"total_num\":9,"
                                "\"attach_statistics\":{\"attached_num\":" +
                                value + ",\"unattached_num\":4}}]}";
        const auto lenient = StatisticsParser::parseLenient(body);
        QVERIFY(lenient);
        const StateCounts& counts = lenient->statistics.pools->at(0).counts;
        QVERIFY(counts.isInvalid(Metric::AttachedNum));
        QCOMPARE(counts.value(Metric::AttachedNum), Count());
        QCOMPARE(counts.value(Metric::UnattachedNum), Count(4));
        QCOMPARE(lenient->problems.size(), 1);
        QCOMPARE(lenient->problems.constFirst().path,
                 QStringLiteral("desktop_pool_statistics[0].attach_statistics.attached_num"));
        QVERIFY(lenient->problems.constFirst().message.startsWith(
            lenient->problems.constFirst().path + QLatin1String(": ")));
    }

    void familyOfWrongTypeIsInvalidAsAWhole()
    {
        const auto lenient =
            StatisticsParser::parseLenient(R"({"total_num":4,"run_state_statistics":"4"})");
        QVERIFY(lenient);
        const StateCounts& totals = lenient->statistics.totals;
        QVERIFY(totals.hasFamily(Family::Run));
        for (Metric metric : familyMetrics(Family::Run))
            QVERIFY(totals.isInvalid(metric));
        QVERIFY(!totals.isInvalid(Metric::InUseNum));
        QCOMPARE(lenient->problems.constFirst().path, QStringLiteral("run_state_statistics"));
    }

    void setValueClearsInvalid()
    {
        StateCounts counts;
        counts.setInvalid(Metric::ErrorNum);
        QVERIFY(counts.hasInvalid());
        StateCounts other = counts;
        QVERIFY(other == counts);
        counts.setValue(Metric::ErrorNum, 2);
        QVERIFY(!counts.isInvalid(Metric::ErrorNum));
        QVERIFY(!counts.hasInvalid());
        QVERIFY(other != counts);
    }

    void wholeAnswerUnusable_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("empty") << QByteArray("  ");
        QTest::addRow("not JSON") << QByteArray("{\"total_num\":");
        QTest::addRow("array") << QByteArray("[1,2]");
        QTest::addRow("scalar") << QByteArray("42");
        QTest::addRow("no statistics") << QByteArray(R"({"error_code":"WKS.0001"})");
        QTest::addRow("nothing valid")
            << QByteArray(R"({"total_num":"3","desktop_pool_statistics":[{"total_num":3}]})");
    }

    void wholeAnswerUnusable()
    {
        QFETCH(QByteArray, body);
        const auto lenient = StatisticsParser::parseLenient(body);
        QVERIFY(!lenient);
        QVERIFY(!lenient.error().message.isEmpty());
        QVERIFY(!StatisticsParser::parse(body));
    }

    void poolListOfWrongType()
    {
        const auto lenient =
            StatisticsParser::parseLenient(R"({"total_num":4,"desktop_pool_statistics":{"a":1}})");
        QVERIFY(lenient);
        QVERIFY(!lenient->statistics.pools);
        QCOMPARE(lenient->statistics.totals.value(Metric::TotalNum), Count(4));
        QCOMPARE(lenient->problems.constFirst().path, QStringLiteral("desktop_pool_statistics"));
    }
};

QTEST_GUILESS_MAIN(TestPartialStatistics)
#include "tst_partialstatistics.moc"
