#include "sim/fleet.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>

using namespace wsdash;
using namespace wsdash::sim;

namespace {

FleetOptions options(int pools, int desktops = -1, std::uint64_t seed = 11)
{
    FleetOptions o;
    o.pools = pools;
    o.desktops = desktops;
    o.seed = seed;
    o.timeZone = QTimeZone::utc();
    return o;
}

QDateTime at(int day, int hour, int minute = 0)
{
    // 2024-01-01 was a Monday.
    return QDateTime(QDate(2024, 1, day), QTime(hour, minute), QTimeZone::utc());
}

// Why a state is impossible, or empty.
QString contradiction(const DesktopState& s)
{
    const bool session = s.login == LoginState::InUse || s.login == LoginState::Disconnected;
    if (session && s.attach != AttachState::Attached)
        return QStringLiteral("a session on a desktop that is not assigned");
    if (session && s.run != RunState::Active)
        return QStringLiteral("a session on a desktop that is not running");
    if ((s.run == RunState::Stopped || s.run == RunState::Hibernated) &&
        s.login != LoginState::Unregistered)
        return QStringLiteral("a stopped or hibernated desktop that is registered");
    if (s.run == RunState::Error && s.login != LoginState::UnableToConnect)
        return QStringLiteral("a faulty desktop that can be connected to");
    return {};
}

void verifyFamiliesAddUp(const MetricCounts& counts, const QString& where)
{
    for (const Family family : kAllFamilies) {
        qint64 sum = 0;
        for (const Metric metric : familyMetrics(family))
            sum += countOf(counts, metric);
        QVERIFY2(sum == countOf(counts, Metric::TotalNum),
                 qPrintable(QStringLiteral("%1: %2 adds up to %3, total_num is %4")
                                .arg(where, QLatin1String(familyObjectKey(family)))
                                .arg(sum)
                                .arg(countOf(counts, Metric::TotalNum))));
    }
}

} // namespace

class TestFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizesAddUp_data();
    void sizesAddUp();
    void sameSeedSameFleet();
    void otherSeedOtherFleet();
    void poolNamesAreUniqueAndRealistic();
    void everyDesktopStateIsConsistent();
    void countsAreDerivedFromDesktops();
    void familiesAlwaysAddUp();
    void fleetFollowsTheWorkingDay();
    void fleetChangesFromMinuteToMinute();
    void tenThousandPoolsAreQuick();
};

void TestFleet::sizesAddUp_data()
{
    QTest::addColumn<int>("pools");
    QTest::addColumn<int>("desktops");
    QTest::addRow("dedicated only") << 0 << 40;
    QTest::addRow("one pool") << 1 << 30;
    QTest::addRow("default size") << 24 << -1;
    QTest::addRow("fewer desktops than pools") << 50 << 20;
    QTest::addRow("empty") << 3 << 0;
}

void TestFleet::sizesAddUp()
{
    QFETCH(int, pools);
    QFETCH(int, desktops);
    const Fleet fleet(options(pools, desktops));
    const int expected = desktops < 0 ? FleetOptions::defaultDesktops(pools) : desktops;
    QCOMPARE(static_cast<int>(fleet.pools().size()), pools);
    QCOMPARE(fleet.desktopCount(), expected);
    int pooled = 0;
    int next = 0;
    for (const FleetPool& pool : fleet.pools()) {
        QCOMPARE(pool.firstDesktop, next); // contiguous, in pool order
        QVERIFY(pool.desktopCount >= 0);
        next += pool.desktopCount;
        pooled += pool.desktopCount;
    }
    QCOMPARE(pooled + fleet.dedicatedCount(), expected);
    if (pools == 0)
        QCOMPARE(fleet.dedicatedCount(), expected);
    for (int d = 0; d < fleet.desktopCount(); ++d)
        QCOMPARE(fleet.isDedicated(d), d >= pooled);
}

void TestFleet::sameSeedSameFleet()
{
    Fleet a(options(40, -1, 99));
    Fleet b(options(40, -1, 99));
    QCOMPARE(a.pools().size(), b.pools().size());
    for (std::size_t i = 0; i < a.pools().size(); ++i) {
        QCOMPARE(a.pools()[i].id, b.pools()[i].id);
        QCOMPARE(a.pools()[i].name, b.pools()[i].name);
        QCOMPARE(a.pools()[i].desktopCount, b.pools()[i].desktopCount);
        QCOMPARE(a.pools()[i].createdTime, b.pools()[i].createdTime);
    }
    for (const QDateTime& when : {at(3, 3), at(3, 10, 30), at(6, 15, 7)}) {
        const FleetCounts& ca = a.countsAt(when);
        const FleetCounts& cb = b.countsAt(when);
        QVERIFY(ca.pools == cb.pools);
        QVERIFY(ca.dedicated == cb.dedicated);
    }
    // Asking in another order gives the same answers: the state is a function of time.
    const MetricCounts later = a.countsAt(at(4, 9)).dedicated;
    const MetricCounts earlier = a.countsAt(at(2, 9)).dedicated;
    QVERIFY(b.countsAt(at(2, 9)).dedicated == earlier);
    QVERIFY(b.countsAt(at(4, 9)).dedicated == later);
}

void TestFleet::otherSeedOtherFleet()
{
    const Fleet a(options(40, -1, 1));
    const Fleet b(options(40, -1, 2));
    QVERIFY(a.pools().front().id != b.pools().front().id);
    int sameSize = 0;
    for (std::size_t i = 0; i < a.pools().size(); ++i)
        sameSize += a.pools()[i].desktopCount == b.pools()[i].desktopCount ? 1 : 0;
    QVERIFY(sameSize < 40);
}

void TestFleet::poolNamesAreUniqueAndRealistic()
{
    const Fleet fleet(options(3000, 3000));
    QSet<QString> names;
    QSet<QString> ids;
    int chinese = 0;
    int longNames = 0;
    static const QRegularExpression allowed(QStringLiteral("^[\\p{L}\\p{N}_-]{1,64}$"));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    for (const FleetPool& pool : fleet.pools()) {
        QVERIFY2(allowed.match(pool.name).hasMatch(), qPrintable(pool.name));
        QVERIFY2(uuid.match(pool.id).hasMatch(), qPrintable(pool.id));
        names.insert(pool.name);
        ids.insert(pool.id);
        chinese += pool.name.contains(QRegularExpression(QStringLiteral("\\p{Han}"))) ? 1 : 0;
        longNames += pool.name.size() >= 16 ? 1 : 0;
        QVERIFY(pool.availabilityZone.startsWith(QLatin1String("cn-north-4")));
        QVERIFY(pool.createdTime.isValid());
    }
    QCOMPARE(names.size(), 3000);
    QCOMPARE(ids.size(), 3000);
    QVERIFY(chinese > 500);
    QVERIFY(longNames > 100);
    QVERIFY(names.contains(QStringLiteral("华东研发中心-图形工作站池-第二批次")));
}

void TestFleet::everyDesktopStateIsConsistent()
{
    const Fleet fleet(options(30, 1500, 5));
    int checked = 0;
    // Every 37 minutes over a week, so that every hour of every weekday is visited.
    for (QDateTime when = at(1, 0); when < at(8, 0); when = when.addSecs(37 * 60)) {
        for (int d = 0; d < fleet.desktopCount(); d += 7) {
            const QString problem = contradiction(fleet.desktopState(d, when));
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("desktop %1 at %2: %3")
                                                       .arg(d)
                                                       .arg(when.toString(Qt::ISODate), problem)));
            ++checked;
        }
    }
    QVERIFY(checked > 50000);
}

void TestFleet::countsAreDerivedFromDesktops()
{
    Fleet fleet(options(12, 400, 3));
    for (const QDateTime& when : {at(3, 2), at(3, 8, 45), at(3, 12, 10), at(6, 23, 30)}) {
        std::vector<MetricCounts> pools(fleet.pools().size(), MetricCounts{});
        MetricCounts dedicated{};
        for (int d = 0; d < fleet.desktopCount(); ++d) {
            const DesktopProfile& profile = fleet.desktops()[static_cast<std::size_t>(d)];
            countDesktop(fleet.desktopState(d, when),
                         profile.pool < 0 ? dedicated
                                          : pools[static_cast<std::size_t>(profile.pool)]);
        }
        const FleetCounts& counts = fleet.countsAt(when);
        QVERIFY(counts.pools == pools);
        QVERIFY(counts.dedicated == dedicated);
        for (std::size_t p = 0; p < pools.size(); ++p)
            QCOMPARE(countOf(pools[p], Metric::TotalNum), fleet.pools()[p].desktopCount);
    }
}

void TestFleet::familiesAlwaysAddUp()
{
    Fleet fleet(options(60, -1, 17));
    for (QDateTime when = at(1, 0); when < at(3, 0); when = when.addSecs(53 * 60)) {
        const FleetCounts& counts = fleet.countsAt(when);
        for (std::size_t p = 0; p < counts.pools.size(); ++p)
            verifyFamiliesAddUp(counts.pools[p], fleet.pools()[p].name);
        verifyFamiliesAddUp(counts.dedicated, QStringLiteral("dedicated"));
    }
}

void TestFleet::fleetFollowsTheWorkingDay()
{
    Fleet fleet(options(24, -1, 1));
    const auto inUse = [&fleet](const QDateTime& when) {
        const FleetCounts& counts = fleet.countsAt(when);
        qint64 n = countOf(counts.dedicated, Metric::InUseNum);
        for (const MetricCounts& pool : counts.pools)
            n += countOf(pool, Metric::InUseNum);
        return n;
    };
    const auto stopped = [&fleet](const QDateTime& when) {
        return countOf(fleet.countsAt(when).dedicated, Metric::StopNum) +
               countOf(fleet.countsAt(when).dedicated, Metric::HibernatedNum);
    };
    const qint64 night = inUse(at(3, 3));        // Wednesday 03:00
    const qint64 morning = inUse(at(3, 10, 30)); // Wednesday 10:30
    const qint64 sunday = inUse(at(7, 10, 30));
    QVERIFY2(morning > 4 * std::max<qint64>(night, 1),
             qPrintable(QStringLiteral("%1 vs %2").arg(morning).arg(night)));
    QVERIFY(morning > 2 * std::max<qint64>(sunday, 1));
    // Logins pile up through the morning.
    QVERIFY(inUse(at(3, 7, 0)) < inUse(at(3, 8, 30)));
    QVERIFY(inUse(at(3, 8, 30)) < inUse(at(3, 10, 30)));
    // Idle desktops are stopped or hibernated at night.
    QVERIFY(stopped(at(3, 3)) > stopped(at(3, 10, 30)));
    // Someone works the night shift.
    QVERIFY(night > 0);
}

void TestFleet::fleetChangesFromMinuteToMinute()
{
    Fleet fleet(options(24, -1, 1));
    int changes = 0;
    FleetCounts previous = fleet.countsAt(at(3, 8, 0));
    for (int minute = 1; minute <= 10; ++minute) {
        const FleetCounts& now = fleet.countsAt(at(3, 8, minute));
        changes += (now.pools != previous.pools || now.dedicated != previous.dedicated) ? 1 : 0;
        previous = now;
    }
    QVERIFY2(changes >= 8, qPrintable(QString::number(changes)));
    // Within one minute the answer stays put.
    const FleetCounts first = fleet.countsAt(at(3, 9, 0).addSecs(5));
    QVERIFY(fleet.countsAt(at(3, 9, 0).addSecs(55)).pools == first.pools);
}

void TestFleet::tenThousandPoolsAreQuick()
{
    QElapsedTimer timer;
    timer.start();
    constexpr int kPools = 10000; // the large project (kMaxPools is 100,000 for benches)
    Fleet fleet(options(kPools));
    const qint64 generated = timer.elapsed();
    const FleetCounts& counts = fleet.countsAt(at(3, 10, 30));
    const qint64 counted = timer.elapsed() - generated;
    qInfo("10,000 pools, %d desktops: generated in %lld ms, counted in %lld ms",
          fleet.desktopCount(), generated, counted);
    QCOMPARE(static_cast<int>(counts.pools.size()), kPools);
    // Well under a second; sanitizers slow everything down several times.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 kLimitMs = 5000;
#else
    constexpr qint64 kLimitMs = 1000;
#endif
    QVERIFY2(generated < kLimitMs, qPrintable(QString::number(generated)));
    QVERIFY2(counted < kLimitMs, qPrintable(QString::number(counted)));
    // A second request within the minute is served from the cache.
    timer.restart();
    fleet.countsAt(at(3, 10, 30).addSecs(20));
    QVERIFY(timer.elapsed() < kLimitMs / 50);
}

QTEST_GUILESS_MAIN(TestFleet)
#include "tst_fleet.moc"
