// AlertEvaluator: level changes with times, sustained windows, each pool, gaps, tile levels.
#include "core/history/alertevaluator.h"

#include <QTest>
#include <QTimeZone>

using namespace wsdash;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc());

DesktopStatistics statistics(std::int64_t errors, const QList<std::int64_t>& poolErrors = {})
{
    DesktopStatistics s;
    s.totals.setValue(Metric::TotalNum, 100);
    s.totals.setValue(Metric::ErrorNum, errors);
    if (!poolErrors.isEmpty()) {
        QList<PoolStatistics> pools;
        for (int i = 0; i < poolErrors.size(); ++i) {
            PoolStatistics pool{
                QStringLiteral("pool-%1").arg(i), QStringLiteral("Pool %1").arg(i), {}};
            pool.counts.setValue(Metric::TotalNum, 20);
            pool.counts.setValue(Metric::ErrorNum, poolErrors.at(i));
            pools.append(pool);
        }
        s.pools = pools;
    }
    return s;
}

AlertRule rule(const char* text)
{
    return *AlertRule::parse(QString::fromUtf8(text));
}

QString describe(const QList<AlertEvent>& events)
{
    QStringList parts;
    for (const AlertEvent& e : events) {
        parts << QStringLiteral("%1%2:%3->%4")
                     .arg(e.poolId.isEmpty() ? QString() : e.poolId + QLatin1Char(' '))
                     .arg(e.at.toString(QStringLiteral("HH:mm")))
                     .arg(QLatin1String(alertLevelName(e.from)),
                          QLatin1String(alertLevelName(e.to)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestAlertEvaluator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walksThroughTheLevels()
    {
        AlertEvaluator evaluator;
        evaluator.setRules({rule("error_num >= warning 1 critical 5")});
        const QList<std::int64_t> errors{0, 1, 2, 6, 7, 3, 0, 9, 0};
        QStringList seen;
        for (int i = 0; i < errors.size(); ++i) {
            const auto events =
                evaluator.evaluate(kStart.addSecs(60 * i), statistics(errors.at(i)));
            if (!events.isEmpty())
                seen << describe(events);
        }
        QCOMPARE(seen.join(QStringLiteral("; ")),
                 QStringLiteral("08:01:ok->warning; 08:03:warning->critical; "
                                "08:05:critical->warning; 08:06:warning->ok; 08:07:ok->critical; "
                                "08:08:critical->ok"));
    }

    void reportsValueAndThreshold()
    {
        AlertEvaluator evaluator;
        evaluator.setRules({rule("error_num >= warning 1 critical 5")});
        auto events = evaluator.evaluate(kStart, statistics(6));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).rule, QStringLiteral("error_num >= warning 1 critical 5"));
        QCOMPARE(events.at(0).value, std::optional<double>(6));
        QCOMPARE(events.at(0).threshold, std::optional<double>(5));
        QCOMPARE(events.at(0).at, kStart);
        events = evaluator.evaluate(kStart.addSecs(60), statistics(0));
        QCOMPARE(events.at(0).to, AlertLevel::Ok);
        QCOMPARE(events.at(0).threshold, std::optional<double>(5)); // of the level left
    }

    void waitsForSustainedBreaches()
    {
        // Warning after 5 minutes above 0, critical after 5 minutes above 10.
        AlertEvaluator evaluator;
        evaluator.setRules({rule("error_num > warning 0 critical 10 for 5m")});
        QStringList seen;
        auto feed = [&](int minute, std::int64_t errors) {
            const auto events = evaluator.evaluate(kStart.addSecs(60 * minute), statistics(errors));
            if (!events.isEmpty())
                seen << describe(events);
        };
        for (int m = 0; m <= 4; ++m)
            feed(m, 1); // 4 minutes: not yet
        QVERIFY(seen.isEmpty());
        QCOMPARE(evaluator.level(rule("error_num > warning 0 critical 10 for 5m")), AlertLevel::Ok);
        feed(5, 1);  // 5 minutes since 08:00
        feed(6, 20); // critical run starts
        feed(7, 20);
        feed(8, 0); // a single good snapshot ends everything
        feed(9, 20);
        for (int m = 10; m <= 14; ++m)
            feed(m, 20);
        QCOMPARE(seen.join(QStringLiteral("; ")),
                 QStringLiteral("08:05:ok->warning; 08:08:warning->ok; 08:14:ok->critical"));
    }

    void restartsPendingRunsAfterAGap()
    {
        AlertEvaluator::Options options;
        options.maxGap = std::chrono::minutes(10);
        AlertEvaluator evaluator(options);
        evaluator.setRules({rule("error_num > 0 for 5m")});
        QVERIFY(evaluator.evaluate(kStart, statistics(1)).isEmpty());
        // The window was closed for an hour: one breaching snapshot does not make 60 minutes.
        QVERIFY(evaluator.evaluate(kStart.addSecs(3600), statistics(1)).isEmpty());
        const auto events = evaluator.evaluate(kStart.addSecs(3600 + 300), statistics(1));
        QCOMPARE(describe(events), QStringLiteral("09:05:ok->critical"));
        // An alert that is on stays on across a gap while it still breaches.
        QVERIFY(evaluator.evaluate(kStart.addSecs(3 * 3600), statistics(1)).isEmpty());
        QCOMPARE(evaluator.highestLevel(), AlertLevel::Critical);
    }

    void watchesEachPool()
    {
        AlertEvaluator evaluator;
        const AlertRule perPool = rule("each-pool error_num% >= warning 10 critical 50");
        evaluator.setRules({perPool, rule("error_num > 100")});
        auto events = evaluator.evaluate(kStart, statistics(3, {0, 2, 10}));
        QCOMPARE(describe(events),
                 QStringLiteral("pool-1 08:00:ok->warning, pool-2 08:00:ok->critical"));
        QCOMPARE(events.at(1).poolName, QStringLiteral("Pool 2"));
        QCOMPARE(events.at(1).value, std::optional<double>(50.0));
        QCOMPARE(evaluator.highestLevel(Metric::ErrorNum, QStringLiteral("pool-2")),
                 AlertLevel::Critical);
        QCOMPARE(evaluator.highestLevel(Metric::ErrorNum, QStringLiteral("pool-0")),
                 AlertLevel::Ok);
        QCOMPARE(evaluator.highestLevel(Metric::ErrorNum), AlertLevel::Ok); // the total tile
        QCOMPARE(evaluator.highestLevel(Metric::ActiveNum, QStringLiteral("pool-2")),
                 AlertLevel::Ok);

        const auto active = evaluator.activeAlerts();
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.at(0).poolId, QStringLiteral("pool-1"));
        QCOMPARE(active.at(0).since, kStart);

        // pool-2 disappears: its alert clears.
        events = evaluator.evaluate(kStart.addSecs(60), statistics(3, {0, 2}));
        QCOMPARE(describe(events), QStringLiteral("pool-2 08:01:critical->ok"));
        QVERIFY(!events.at(0).value);
    }

    void treatsAMissingCountAsNoBreach()
    {
        AlertEvaluator evaluator;
        evaluator.setRules({rule("attach_error_num >= 1")});
        DesktopStatistics s = statistics(0);
        s.totals.setValue(Metric::AttachErrorNum, 2);
        QCOMPARE(evaluator.evaluate(kStart, s).size(), 1);
        s.totals.setValue(Metric::AttachErrorNum, std::nullopt);
        const auto events = evaluator.evaluate(kStart.addSecs(60), s);
        QCOMPARE(describe(events), QStringLiteral("08:01:critical->ok"));
    }

    // An invalid value (a partly invalid answer shown by the window) is not a number: the rule
    // is not evaluated for that scope, so its alert neither clears nor rises, nor does a
    // sustained run restart; the next valid value goes on from there.
    void skipsInvalidValues()
    {
        AlertEvaluator evaluator;
        evaluator.setRules(
            {rule("error_num >= 5"), rule("each-pool error_num% >= warning 10 critical 50")});
        DesktopStatistics s = statistics(6, {0, 10});
        QCOMPARE(describe(evaluator.evaluate(kStart, s)),
                 QStringLiteral("08:00:ok->critical, pool-1 08:00:ok->critical"));
        s.totals.setInvalid(Metric::ErrorNum);
        (*s.pools)[1].counts.setInvalid(Metric::TotalNum); // the share's denominator
        (*s.pools)[0].counts.setInvalid(Metric::ErrorNum);
        QVERIFY(evaluator.evaluate(kStart.addSecs(60), s).isEmpty());
        QCOMPARE(evaluator.highestLevel(Metric::ErrorNum), AlertLevel::Critical);
        QCOMPARE(evaluator.highestLevel(Metric::ErrorNum, QStringLiteral("pool-1")),
                 AlertLevel::Critical);
        QCOMPARE(evaluator.highestLevel(Metric::ErrorNum, QStringLiteral("pool-0")),
                 AlertLevel::Ok);
        // Valid again: evaluated as usual.
        QCOMPARE(describe(evaluator.evaluate(kStart.addSecs(120), statistics(0, {0, 0}))),
                 QStringLiteral("08:02:critical->ok, pool-1 08:02:critical->ok"));
    }

    void keepsStateOfUnchangedRules()
    {
        AlertEvaluator evaluator;
        const AlertRule kept = rule("error_num > 0");
        evaluator.setRules({kept, rule("error_num > 5")});
        QCOMPARE(evaluator.evaluate(kStart, statistics(9)).size(), 2);
        evaluator.setRules({kept, rule("error_num > 50")});
        QCOMPARE(evaluator.level(kept), AlertLevel::Critical);
        // No repeated event for the kept rule; the new rule starts from ok.
        QVERIFY(evaluator.evaluate(kStart.addSecs(60), statistics(9)).isEmpty());
        QCOMPARE(evaluator.highestLevel(Metric::ErrorNum), AlertLevel::Critical);
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "tst_alertevaluator.moc"
