#include "core/api/statisticsparser.h"
#include "support/testsupport.h"

#include <QTest>

using namespace wsdash;

class TestStatisticsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullResponse()
    {
        const QByteArray body = test::readTestData(QStringLiteral("statistics-full.json"));
        QVERIFY(!body.isEmpty());
        const auto parsed = StatisticsParser::parse(body);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        const DesktopStatistics& s = *parsed;

        QCOMPARE(s.totals.value(Metric::TotalNum), Count(120));
        QCOMPARE(s.totals.value(Metric::AttachErrorNum), Count(2));
        QCOMPARE(s.totals.value(Metric::HibernatedNum), Count(4));
        QCOMPARE(s.totals.value(Metric::UnableToConnectNum), Count(5));
        QCOMPARE(s.totals.value(Metric::DisconnectedNum), Count(15));
        for (Family f : kAllFamilies)
            QVERIFY(s.totals.hasFamily(f));

        QVERIFY(s.pools);
        QCOMPARE(s.pools->size(), 2);
        const PoolStatistics& a = s.pools->at(0);
        QCOMPARE(a.id, QStringLiteral("6b3c1f5e-pool-a"));
        QCOMPARE(a.name, QStringLiteral("华东研发中心-图形工作站池-第二批次"));
        QCOMPARE(a.counts.value(Metric::TotalNum), Count(70));
        QCOMPARE(a.counts.value(Metric::ActiveNum), Count(64));

        // Counts the server did not send are "not reported", not zero.
        const PoolStatistics& b = s.pools->at(1);
        QCOMPARE(b.counts.value(Metric::AttachedNum), Count(20));
        QCOMPARE(b.counts.value(Metric::AttachingNum), Count());
        QCOMPARE(b.counts.value(Metric::AttachErrorNum), Count());
        QCOMPARE(b.counts.value(Metric::UnableToConnectNum), Count());
        QCOMPARE(b.counts.value(Metric::AttachErrorNum).has_value(), false);
    }

    void totalOnly()
    {
        const auto parsed = StatisticsParser::parse(
            test::readTestData(QStringLiteral("statistics-total-only.json")));
        QVERIFY(parsed);
        QCOMPARE(parsed->totals.value(Metric::TotalNum), Count(1));
        for (Family f : kAllFamilies)
            QVERIFY(!parsed->totals.hasFamily(f));
        QVERIFY(!parsed->pools);
        QCOMPARE(parsed->totals.value(Metric::ActiveNum), Count());
    }

    void nullCountIsNotReported()
    {
        const auto parsed = StatisticsParser::parse(
            R"({"total_num":3,"run_state_statistics":{"stop_num":null,"active_num":3}})");
        QVERIFY(parsed);
        QVERIFY(parsed->totals.hasFamily(Family::Run));
        QCOMPARE(parsed->totals.value(Metric::StopNum), Count());
        QCOMPARE(parsed->totals.value(Metric::ActiveNum), Count(3));
    }

    void integralNotationsAccepted()
    {
        const auto parsed = StatisticsParser::parse(
            R"({"total_num":2147483647,"run_state_statistics":{"stop_num":3.0,"active_num":1e1}})");
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->totals.value(Metric::TotalNum), Count(2147483647));
        QCOMPARE(parsed->totals.value(Metric::StopNum), Count(3));
        QCOMPARE(parsed->totals.value(Metric::ActiveNum), Count(10));
    }

    void emptyPoolList()
    {
        const auto parsed =
            StatisticsParser::parse(R"({"total_num":0,"desktop_pool_statistics":[]})");
        QVERIFY(parsed);
        QVERIFY(parsed->pools);
        QVERIFY(parsed->pools->isEmpty());
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("messagePart");

        QTest::addRow("empty") << QByteArray("") << QString() << QStringLiteral("empty");
        QTest::addRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>")
                              << QString() << QStringLiteral("HTML");
        QTest::addRow("truncated")
            << QByteArray("{\"total_num\": 12, \"run_state_statistics\": {\"stop_") << QString()
            << QStringLiteral("truncated");
        QTest::addRow("garbage") << QByteArray("total_num=12") << QString()
                                 << QStringLiteral("not valid JSON");
        QTest::addRow("array") << QByteArray("[1,2]") << QString() << QStringLiteral("array");
        QTest::addRow("missing total")
            << QByteArray("{}") << QStringLiteral("total_num") << QStringLiteral("missing");
        QTest::addRow("string total")
            << QByteArray(R"({"total_num":"12"})") << QStringLiteral("total_num")
            << QStringLiteral("found a string");
        QTest::addRow("bool count")
            << QByteArray(R"({"total_num":1,"run_state_statistics":{"error_num":true}})")
            << QStringLiteral("run_state_statistics.error_num") << QStringLiteral("boolean");
        QTest::addRow("negative") << QByteArray(R"({"total_num":-1})")
                                  << QStringLiteral("total_num") << QStringLiteral("out of range");
        QTest::addRow("fraction") << QByteArray(R"({"total_num":1.5})")
                                  << QStringLiteral("total_num")
                                  << QStringLiteral("expected an integer");
        QTest::addRow("too big") << QByteArray(R"({"total_num":2147483648})")
                                 << QStringLiteral("total_num") << QStringLiteral("out of range");
        QTest::addRow("huge") << QByteArray(R"({"total_num":1e300})") << QStringLiteral("total_num")
                              << QStringLiteral("out of range");
        QTest::addRow("family not object")
            << QByteArray(R"({"total_num":1,"attach_statistics":[1]})")
            << QStringLiteral("attach_statistics") << QStringLiteral("an object");
        QTest::addRow("pools not array")
            << QByteArray(R"({"total_num":1,"desktop_pool_statistics":{}})")
            << QStringLiteral("desktop_pool_statistics") << QStringLiteral("an array");
        QTest::addRow("pool not object")
            << QByteArray(
                   R"({"total_num":1,"desktop_pool_statistics":[{"desktop_pool_id":"a","total_num":1}, 7]})")
            << QStringLiteral("desktop_pool_statistics[1]") << QStringLiteral("an object");
        QTest::addRow("pool missing id")
            << QByteArray(R"({"total_num":1,"desktop_pool_statistics":[{"total_num":1}]})")
            << QStringLiteral("desktop_pool_statistics[0].desktop_pool_id")
            << QStringLiteral("missing");
        QTest::addRow("pool numeric id")
            << QByteArray(
                   R"({"total_num":1,"desktop_pool_statistics":[{"desktop_pool_id":5,"total_num":1}]})")
            << QStringLiteral("desktop_pool_statistics[0].desktop_pool_id")
            << QStringLiteral("a number");
        QTest::addRow("deep pool count")
            << QByteArray(
                   R"({"total_num":9,"desktop_pool_statistics":[{"desktop_pool_id":"a","total_num":1},{"desktop_pool_id":"b","total_num":1},{"desktop_pool_id":"c","total_num":1},{"desktop_pool_id":"d","total_num":1,"run_state_statistics":{"error_num":"x"}}]})")
            << QStringLiteral("desktop_pool_statistics[3].run_state_statistics.error_num")
            << QStringLiteral("a string");
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, messagePart);
        const auto parsed = StatisticsParser::parse(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().path, path);
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
        if (!path.isEmpty())
            QVERIFY2(parsed.error().message.startsWith(path), qPrintable(parsed.error().message));
    }

    void deeplyNestedJsonIsAnError()
    {
        const QByteArray body = QByteArray(100000, '[') + QByteArray(100000, ']');
        QVERIFY(!StatisticsParser::parse(body));
    }

    void poolFilterAppliedWhenServerIgnoresIt()
    {
        auto parsed =
            StatisticsParser::parse(test::readTestData(QStringLiteral("statistics-full.json")));
        QVERIFY(parsed);
        DesktopStatistics statistics = *parsed;
        StatisticsQuery query;
        QVERIFY(!query.setPoolIds({QStringLiteral("9d1e-pool-b")}));
        StatisticsParser::applyPoolFilter(query, &statistics);
        QCOMPARE(statistics.pools->size(), 1);
        QCOMPARE(statistics.pools->at(0).id, QStringLiteral("9d1e-pool-b"));
        QCOMPARE(statistics.poolsDroppedByClient, 1);

        // Without a pool filter nothing is dropped.
        DesktopStatistics all = *parsed;
        StatisticsParser::applyPoolFilter(StatisticsQuery(), &all);
        QCOMPARE(all.pools->size(), 2);
        QCOMPARE(all.poolsDroppedByClient, 0);
    }

    void share()
    {
        const auto parsed =
            StatisticsParser::parse(test::readTestData(QStringLiteral("statistics-full.json")));
        QVERIFY(parsed);
        QCOMPARE(*parsed->totals.share(Metric::ActiveNum), 95.0 / 120.0);
        QVERIFY(!parsed->pools->at(1).counts.share(Metric::AttachErrorNum));
        StateCounts zero;
        zero.setValue(Metric::TotalNum, 0);
        zero.setValue(Metric::ActiveNum, 0);
        QVERIFY(!zero.share(Metric::ActiveNum));
    }
};

QTEST_GUILESS_MAIN(TestStatisticsParser)
#include "tst_statisticsparser.moc"
