// NagiosRange: the threshold ranges of --warning and --critical.
#include "cli/nagiosrange.h"

#include <QTest>

using namespace wsdash;

class TestNagiosRange final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alerts_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("alerts");
        // N: outside 0..N
        QTest::addRow("10 / 11") << "10" << 11.0 << true;
        QTest::addRow("10 / 10") << "10" << 10.0 << false;
        QTest::addRow("10 / 0") << "10" << 0.0 << false;
        QTest::addRow("10 / -1") << "10" << -1.0 << true;
        QTest::addRow("0 / 1") << "0" << 1.0 << true;
        QTest::addRow("0 / 0") << "0" << 0.0 << false;
        QTest::addRow("2.5 / 2.6") << "2.5" << 2.6 << true;
        // N: below N
        QTest::addRow("10: / 9") << "10:" << 9.0 << true;
        QTest::addRow("10: / 10") << "10:" << 10.0 << false;
        QTest::addRow("10: / 1e9") << "10:" << 1e9 << false;
        // ~:N: above N
        QTest::addRow("~:10 / -1000") << "~:10" << -1000.0 << false;
        QTest::addRow("~:10 / 10.5") << "~:10" << 10.5 << true;
        // M:N: outside
        QTest::addRow("10:20 / 9") << "10:20" << 9.0 << true;
        QTest::addRow("10:20 / 15") << "10:20" << 15.0 << false;
        QTest::addRow("10:20 / 21") << "10:20" << 21.0 << true;
        QTest::addRow("-5:5 / -6") << "-5:5" << -6.0 << true;
        // @M:N: inside
        QTest::addRow("@10:20 / 10") << "@10:20" << 10.0 << true;
        QTest::addRow("@10:20 / 20") << "@10:20" << 20.0 << true;
        QTest::addRow("@10:20 / 21") << "@10:20" << 21.0 << false;
        QTest::addRow("@0:0 / 0") << "@0:0" << 0.0 << true;
        QTest::addRow("@5 / 3") << "@5" << 3.0 << true; // inside 0..5
        QTest::addRow("@~:3 / -9") << "@~:3" << -9.0 << true;
        QTest::addRow("spaces") << " 5 " << 6.0 << true;
    }

    void alerts()
    {
        QFETCH(QString, range);
        QFETCH(double, value);
        QFETCH(bool, alerts);
        const auto parsed = NagiosRange::parse(range);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
        QCOMPARE(parsed->alerts(value), alerts);
        QCOMPARE(parsed->text(), range.trimmed());
        QCOMPARE(parsed->excess(value) > 0 || !alerts || range.startsWith(QLatin1Char('@')), true);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addRow("empty") << "";
        QTest::addRow("at only") << "@";
        QTest::addRow("word") << "five";
        QTest::addRow("colon only") << ":";
        QTest::addRow("no start") << ":10";
        QTest::addRow("two colons") << "1:2:3";
        QTest::addRow("reversed") << "20:10";
        QTest::addRow("percent sign") << "10%";
        QTest::addRow("infinity word") << "inf";
        QTest::addRow("exponent") << "1e3";
    }

    void refuses()
    {
        QFETCH(QString, range);
        const auto parsed = NagiosRange::parse(range);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().isEmpty());
    }

    void measuresHowFarOutside()
    {
        QCOMPARE(NagiosRange::parse(QStringLiteral("10"))->excess(12), 2.0);
        QCOMPARE(NagiosRange::parse(QStringLiteral("10:"))->excess(4), 6.0);
        QCOMPARE(NagiosRange::parse(QStringLiteral("10"))->excess(7), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestNagiosRange)
#include "tst_nagiosrange.moc"
