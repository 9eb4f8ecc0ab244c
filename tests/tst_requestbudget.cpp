// RequestBudget: the token bucket that keeps wsdash under 200 calls per minute.
#include "core/api/requestbudget.h"
#include "support/fixedclock.h"

#include <QTest>
#include <QThread>

#include <deque>

using namespace wsdash;

class TestRequestBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithTheBurstAndRefills()
    {
        test::FixedClock clock;
        RequestBudget budget(clock); // 170/min, burst 25, 5 kept for interactive calls
        for (int i = 0; i < 25; ++i)
            QVERIFY(budget.tryAcquire());
        QVERIFY(!budget.tryAcquire());
        QCOMPARE(budget.timeUntilAvailable().count(), 353); // 60/170 s per token, rounded up
        clock.setNow(clock.now().addMSecs(352));
        QVERIFY(!budget.tryAcquire());
        clock.setNow(clock.now().addMSecs(1));
        QVERIFY(budget.tryAcquire());
        clock.advance(3600);
        QCOMPARE(budget.available(), 25.0); // never more than the burst
    }

    void retryIntervalIsBetweenAMillisecondAndASecond()
    {
        test::FixedClock clock;
        RequestBudget slow(clock, {6, 1, 0});      // a token every 10 s
        QCOMPARE(slow.retryInterval().count(), 1); // a token is there: look again at once
        QVERIFY(slow.tryAcquire());
        QCOMPARE(slow.timeUntilAvailable().count(), 10000);
        QCOMPARE(slow.retryInterval().count(), 1000); // look again every second at least
        RequestBudget fast(clock, {600, 1, 0});
        QVERIFY(fast.tryAcquire());
        QCOMPARE(fast.retryInterval().count(), 100);
    }

    void keepsTokensForInteractiveCalls()
    {
        test::FixedClock clock;
        RequestBudget budget(clock);
        int background = 0;
        while (budget.tryAcquire(RequestBudget::Priority::Background))
            ++background;
        QCOMPARE(background, 20);
        QCOMPARE(budget.timeUntilAvailable(RequestBudget::Priority::Background).count(), 353);
        QCOMPARE(budget.timeUntilAvailable(RequestBudget::Priority::Interactive).count(), 0);
        for (int i = 0; i < 5; ++i)
            QVERIFY(budget.tryAcquire(RequestBudget::Priority::Interactive));
        QVERIFY(!budget.tryAcquire(RequestBudget::Priority::Interactive));
    }

    void aTwentyPageDrillDownGoesOutAtOnceAndLeavesTheReserve()
    {
        // The desktops view: page 1 Interactive, pages 2-20 Background (10,000 desktops).
        test::FixedClock clock;
        RequestBudget budget(clock);
        QVERIFY(budget.tryAcquire(RequestBudget::Priority::Interactive));
        for (int page = 2; page <= 20; ++page)
            QVERIFY2(budget.tryAcquire(RequestBudget::Priority::Background),
                     qPrintable(QStringLiteral("page %1 had to wait").arg(page)));
        QVERIFY(!budget.tryAcquire(RequestBudget::Priority::Background)); // page 21 waits
        for (int refresh = 0; refresh < 5; ++refresh) // the dashboard's refreshes do not
            QVERIFY(budget.tryAcquire(RequestBudget::Priority::Interactive));
    }

    void takesSeveralCallsAtOnceOrNone()
    {
        test::FixedClock clock;
        RequestBudget budget(clock);
        QVERIFY(budget.tryAcquire(RequestBudget::Priority::Interactive, 22));
        QVERIFY(!budget.tryAcquire(RequestBudget::Priority::Interactive, 4));
        QCOMPARE(budget.available(), 3.0); // nothing taken by the refusal
        QCOMPARE(budget.timeUntilAvailable(RequestBudget::Priority::Interactive, 4).count(), 353);
        QVERIFY(budget.timeUntilAvailable(RequestBudget::Priority::Interactive, 26) ==
                std::chrono::milliseconds::max());
    }

    void neverExceedsTheApiLimitInAnyMinute_data()
    {
        QTest::addColumn<int>("stepMs");
        QTest::addRow("callers every 10 ms") << 10;
        QTest::addRow("callers every 250 ms") << 250;
        QTest::addRow("callers every second") << 1000;
    }

    void neverExceedsTheApiLimitInAnyMinute()
    {
        // Greedy callers (interactive and background) try as often as they can for 10 minutes.
        QFETCH(int, stepMs);
        test::FixedClock clock;
        RequestBudget budget(clock);
        const QDateTime start = clock.now();
        std::deque<qint64> window; // times of the calls in the last 60 s
        int maxInWindow = 0;
        int calls = 0;
        for (qint64 t = 0; t <= 10 * 60 * 1000; t += stepMs) {
            clock.setNow(start.addMSecs(t));
            for (int caller = 0; caller < 5; ++caller) {
                const auto priority = caller % 2 ? RequestBudget::Priority::Background
                                                 : RequestBudget::Priority::Interactive;
                if (budget.tryAcquire(priority)) {
                    ++calls;
                    window.push_back(t);
                }
            }
            while (!window.empty() && window.front() <= t - 60000)
                window.pop_front();
            maxInWindow = std::max(maxInWindow, int(window.size()));
        }
        QVERIFY2(maxInWindow <= 195, qPrintable(QString::number(maxInWindow)));
        QVERIFY(maxInWindow < 200);
        // And the budget is used: 25 at once plus 170 a minute for 10 minutes.
        QVERIFY2(calls >= 25 + 10 * 170 - 5 * 1000 / stepMs - 1,
                 qPrintable(QString::number(calls)));
    }

    void toleratesAClockGoingBack()
    {
        test::FixedClock clock;
        RequestBudget budget(clock);
        while (budget.tryAcquire()) {
        }
        clock.advance(-600);
        QVERIFY(!budget.tryAcquire()); // no refill from a clock that went back
        clock.setNow(clock.now().addMSecs(353));
        QVERIFY(budget.tryAcquire());
    }

    void isSafeFromSeveralThreads()
    {
        test::FixedClock clock;
        RequestBudget budget(clock, {180, 1000, 0});
        std::atomic<int> taken{0};
        std::vector<std::unique_ptr<QThread>> threads;
        for (int i = 0; i < 4; ++i) {
            threads.emplace_back(QThread::create([&] {
                for (int n = 0; n < 500; ++n) {
                    if (budget.tryAcquire())
                        ++taken;
                }
            }));
            threads.back()->start();
        }
        for (auto& thread : threads)
            QVERIFY(thread->wait(30000));
        QCOMPARE(taken.load(), 1000); // exactly the burst, no token handed out twice
    }
};

QTEST_GUILESS_MAIN(TestRequestBudget)
#include "tst_requestbudget.moc"
