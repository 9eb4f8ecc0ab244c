#include "core/api/statisticsquery.h"

#include <QTest>

using namespace wsdash;

class TestStatisticsQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyQueryHasNoParameters()
    {
        const StatisticsQuery query;
        QVERIFY(query.parameters().isEmpty());
        QCOMPARE(query.canonicalQueryString(), QString());
        QVERIFY(!query.expectsPoolBreakdown());
    }

    void validInput_data()
    {
        QTest::addColumn<QStringList>("desktopTypes");
        QTest::addColumn<QStringList>("statisticsTypes");
        QTest::addColumn<QStringList>("poolIds");
        QTest::addColumn<QString>("canonical");

        QTest::addRow("all types, repeated")
            << QStringList{QStringLiteral("POOLED"), QStringLiteral("DEDICATED")}
            << QStringList{QStringLiteral("run-state"), QStringLiteral("login-state"),
                           QStringLiteral("attach-state")}
            << QStringList{}
            << QStringLiteral(
                   "desktop_type=DEDICATED&desktop_type=POOLED&statistics_type=attach-state"
                   "&statistics_type=login-state&statistics_type=run-state");
        QTest::addRow("commas and case")
            << QStringList{QStringLiteral("pooled, dedicated")}
            << QStringList{QStringLiteral("RUN-STATE")} << QStringList{}
            << QStringLiteral(
                   "desktop_type=DEDICATED&desktop_type=POOLED&statistics_type=run-state");
        QTest::addRow("duplicates collapse")
            << QStringList{QStringLiteral("POOLED"), QStringLiteral("POOLED,POOLED")}
            << QStringList{} << QStringList{QStringLiteral(" p2 "), QStringLiteral("p1,p2")}
            << QStringLiteral("desktop_pool_ids=p1&desktop_pool_ids=p2&desktop_type=POOLED");
        QTest::addRow("pool ids encoded")
            << QStringList{} << QStringList{}
            << QStringList{QStringLiteral("池-1"), QStringLiteral("a/b&c=d")}
            << QStringLiteral("desktop_pool_ids=a%2Fb%26c%3Dd&desktop_pool_ids=%E6%B1%A0-1");
        // Found by fuzz_query: a leading U+FEFF was lost on a round trip through fromUtf8.
        QTest::addRow("leading byte-order mark kept")
            << QStringList{} << QStringList{} << QStringList{QString(QChar(0xFEFF)) + u"p1"}
            << QStringLiteral("desktop_pool_ids=%EF%BB%BFp1");
    }

    void validInput()
    {
        QFETCH(QStringList, desktopTypes);
        QFETCH(QStringList, statisticsTypes);
        QFETCH(QStringList, poolIds);
        QFETCH(QString, canonical);
        const auto query = StatisticsQuery::fromStrings(desktopTypes, statisticsTypes, poolIds);
        QVERIFY2(query, query ? "" : qPrintable(query.error().message));
        QCOMPARE(query->canonicalQueryString(), canonical);
    }

    void invalidInput_data()
    {
        QTest::addColumn<QStringList>("desktopTypes");
        QTest::addColumn<QStringList>("statisticsTypes");
        QTest::addColumn<QStringList>("poolIds");
        QTest::addColumn<QStringList>("messageParts");

        QTest::addRow("unknown desktop type")
            << QStringList{QStringLiteral("POOL")} << QStringList{} << QStringList{}
            << QStringList{QStringLiteral("\"POOL\""), QStringLiteral("DEDICATED, POOLED")};
        QTest::addRow("unknown statistics type")
            << QStringList{} << QStringList{QStringLiteral("attach")} << QStringList{}
            << QStringList{QStringLiteral("\"attach\""),
                           QStringLiteral("attach-state, login-state, run-state")};
        QTest::addRow("empty type in list")
            << QStringList{QStringLiteral("POOLED,")} << QStringList{} << QStringList{}
            << QStringList{QStringLiteral("\"\"")};
        QTest::addRow("empty pool id")
            << QStringList{} << QStringList{} << QStringList{QStringLiteral("p1,,p2")}
            << QStringList{QStringLiteral("empty")};
        QTest::addRow("blank pool id")
            << QStringList{} << QStringList{} << QStringList{QStringLiteral("   ")}
            << QStringList{QStringLiteral("empty")};
        QTest::addRow("space inside pool id")
            << QStringList{} << QStringList{} << QStringList{QStringLiteral("a b")}
            << QStringList{QStringLiteral("\"a b\"")};
        QTest::addRow("control character")
            << QStringList{} << QStringList{} << QStringList{QStringLiteral("a\tb")}
            << QStringList{QStringLiteral("control")};
        QTest::addRow("too long") << QStringList{} << QStringList{}
                                  << QStringList{QString(200, QLatin1Char('x'))}
                                  << QStringList{QStringLiteral("longer than 128")};
        // Found by fuzz_query: a lone surrogate was sent as '?', not as the ID typed.
        QTest::addRow("lone surrogate")
            << QStringList{} << QStringList{}
            << QStringList{QStringLiteral("pool-") + QChar(0xD800) + QStringLiteral("-a")}
            << QStringList{QStringLiteral("not valid Unicode")};
    }

    void invalidInput()
    {
        QFETCH(QStringList, desktopTypes);
        QFETCH(QStringList, statisticsTypes);
        QFETCH(QStringList, poolIds);
        QFETCH(QStringList, messageParts);
        const auto query = StatisticsQuery::fromStrings(desktopTypes, statisticsTypes, poolIds);
        QVERIFY(!query);
        for (const QString& part : messageParts)
            QVERIFY2(query.error().message.contains(part), qPrintable(query.error().message));
    }

    void tooManyPoolIds()
    {
        QStringList ids;
        for (int i = 0; i <= StatisticsQuery::kMaxPoolIds; ++i)
            ids.append(QStringLiteral("pool-%1").arg(i));
        StatisticsQuery query;
        const auto error = query.setPoolIds(ids);
        QVERIFY(error);
        QVERIFY(query.poolIds().isEmpty());
    }

    void setPoolIdsKeepsOldValueOnError()
    {
        StatisticsQuery query;
        QVERIFY(!query.setPoolIds({QStringLiteral("a")}));
        QVERIFY(query.setPoolIds({QStringLiteral("b"), QString()}));
        QCOMPARE(query.poolIds(), QStringList{QStringLiteral("a")});
    }

    void familiesAndBreakdown()
    {
        const auto query = StatisticsQuery::fromStrings({QStringLiteral("POOLED")},
                                                        {QStringLiteral("login-state")}, {});
        QVERIFY(query);
        QVERIFY(query->expectsPoolBreakdown());
        QVERIFY(query->includesFamily(Family::Login));
        QVERIFY(!query->includesFamily(Family::Run));
        QVERIFY(!query->includesFamily(Family::Attach));
    }

    void equality()
    {
        const auto a = StatisticsQuery::fromStrings({QStringLiteral("POOLED,DEDICATED")}, {}, {});
        const auto b = StatisticsQuery::fromStrings(
            {QStringLiteral("DEDICATED"), QStringLiteral("POOLED")}, {}, {});
        const auto c = StatisticsQuery::fromStrings({QStringLiteral("DEDICATED")}, {}, {});
        QVERIFY(*a == *b);
        QVERIFY(*a != *c);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsQuery)
#include "tst_statisticsquery.moc"
