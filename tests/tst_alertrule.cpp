// AlertRule: the text form (parse and format), values of counts and shares, thresholds.
#include "core/history/alertrule.h"

#include <QTest>

using namespace wsdash;

class TestAlertRule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndFormats_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("bare number is critical") << "error_num > 0"
                                                 << "error_num > critical 0";
        QTest::addRow("no spaces") << "error_num>0"
                                   << "error_num > critical 0";
        QTest::addRow("both levels") << "attach_error_num >= warning 5 critical 10"
                                     << "attach_error_num >= warning 5 critical 10";
        QTest::addRow("levels in either order") << "attach_error_num >= critical 10 warning 5"
                                                << "attach_error_num >= warning 5 critical 10";
        QTest::addRow("share of each pool, sustained")
            << "  each-pool  unable_to_connect_num% > warning 10 critical 25 for 5m "
            << "each-pool unable_to_connect_num% > warning 10 critical 25 for 5m";
        QTest::addRow("total is the default") << "total ready_num < warning 20 critical 5 for 600s"
                                              << "ready_num < warning 20 critical 5 for 10m";
        QTest::addRow("unicode operator") << "error_num \u2265 warning 1"
                                          << "error_num >= warning 1";
        QTest::addRow("fractions") << "error_num% <= warning 2.5"
                                   << "error_num% <= warning 2.5";
        QTest::addRow("seconds stay seconds") << "error_num > 0 for 90s"
                                              << "error_num > critical 0 for 90s";
        QTest::addRow("hours") << "error_num > 0 for 2h"
                               << "error_num > critical 0 for 2h";
        QTest::addRow("for 0") << "error_num > 0 for 0s"
                               << "error_num > critical 0";
    }

    void parsesAndFormats()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto rule = AlertRule::parse(text);
        QVERIFY2(rule, rule ? "" : qPrintable(rule.error().message));
        QCOMPARE(rule->toText(), canonical);
        // The canonical text reads back as the same rule.
        const auto again = AlertRule::parse(canonical);
        QVERIFY(again);
        QCOMPARE(again->toText(), canonical);
        QVERIFY(*again == *rule);
    }

    void readsTheParts()
    {
        const auto rule = AlertRule::parse(
            QStringLiteral("each-pool unable_to_connect_num% > warning 10 critical 25 for 5m"));
        QVERIFY(rule);
        QCOMPARE(rule->scope, AlertRule::Scope::EachPool);
        QCOMPARE(rule->metric, Metric::UnableToConnectNum);
        QVERIFY(rule->share);
        QCOMPARE(rule->comparison, AlertRule::Comparison::Greater);
        QCOMPARE(rule->warning, std::optional<double>(10));
        QCOMPARE(rule->critical, std::optional<double>(25));
        QCOMPARE(rule->sustain.count(), 300);
        QCOMPARE(rule->subject(), QStringLiteral("unable_to_connect_num%"));
    }

    void refusesWhatIsNotARule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::addRow("empty") << ""
                               << "is not a rule";
        QTest::addRow("unknown count") << "faulty_num > 0"
                                       << "Unknown count \"faulty_num\"";
        QTest::addRow("no level") << "error_num >"
                                  << "give a warning level";
        QTest::addRow("no operator") << "error_num 5"
                                     << "is not a rule";
        QTest::addRow("word instead of number") << "error_num > warning many"
                                                << "\"many\" is not a number";
        QTest::addRow("level twice") << "error_num > warning 1 warning 2"
                                     << "\"warning\" is given twice";
        QTest::addRow("critical below warning") << "error_num > warning 5 critical 2"
                                                << "must not be below the warning level";
        QTest::addRow("critical above warning for <") << "ready_num < warning 5 critical 20"
                                                      << "must not be above the warning level";
        QTest::addRow("bad duration") << "error_num > 0 for 5 minutes"
                                      << "\"for\" needs one duration";
        QTest::addRow("bad unit") << "error_num > 0 for 5d"
                                  << "\"5d\" is not a duration";
        QTest::addRow("too long") << "error_num > 0 for 25h"
                                  << "at most 24h";
        QTest::addRow("share of the total") << "total_num% > 5"
                                            << "always 100";
        QTest::addRow("stray word") << "error_num > 0 please"
                                    << "not \"please\"";
        QTest::addRow("infinite") << "error_num > inf"
                                  << "not \"inf\"";
    }

    void refusesWhatIsNotARule()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const auto rule = AlertRule::parse(text);
        QVERIFY(!rule);
        QVERIFY2(rule.error().message.contains(says), qPrintable(rule.error().message));
    }

    void computesCountsAndShares()
    {
        StateCounts counts;
        counts.setValue(Metric::TotalNum, 200);
        counts.setValue(Metric::UnableToConnectNum, 30);
        auto share = AlertRule::parse(QStringLiteral("unable_to_connect_num% > 10"));
        QVERIFY(share);
        QCOMPARE(share->valueOf(counts), std::optional<double>(15.0));
        auto count = AlertRule::parse(QStringLiteral("unable_to_connect_num > 10"));
        QCOMPARE(count->valueOf(counts), std::optional<double>(30.0));
        auto missing = AlertRule::parse(QStringLiteral("error_num > 0"));
        QVERIFY(!missing->valueOf(counts)); // not reported
        counts.setValue(Metric::TotalNum, 0);
        QVERIFY(!share->valueOf(counts)); // no share of nothing
    }

    void comparesOnBothSides_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("breaches");
        QTest::addRow("> above") << ">" << 6.0 << true;
        QTest::addRow("> equal") << ">" << 5.0 << false;
        QTest::addRow(">= equal") << ">=" << 5.0 << true;
        QTest::addRow(">= below") << ">=" << 4.0 << false;
        QTest::addRow("< below") << "<" << 4.0 << true;
        QTest::addRow("< equal") << "<" << 5.0 << false;
        QTest::addRow("<= equal") << "<=" << 5.0 << true;
        QTest::addRow("<= above") << "<=" << 6.0 << false;
    }

    void comparesOnBothSides()
    {
        QFETCH(QString, op);
        QFETCH(double, value);
        QFETCH(bool, breaches);
        const auto rule =
            AlertRule::parse(QStringLiteral("ready_num ") + op + QStringLiteral(" 5"));
        QVERIFY(rule);
        QCOMPARE(rule->breaches(value, 5), breaches);
    }
};

QTEST_GUILESS_MAIN(TestAlertRule)
#include "tst_alertrule.moc"
