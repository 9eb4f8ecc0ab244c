// SnapshotStore: asynchronous recording and reading, answers on the caller's thread, two
// writers (two stores in one process, two processes) on one file, a damaged file reported.
#include "core/history/historydatabase.h"
#include "core/history/historyschema.h"
#include "core/history/snapshotstore.h"
#include "support/fixedclock.h"
#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace wsdash;

namespace {

const QDateTime kStart(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc());

Snapshot snapshot(const QString& source, const QDateTime& at, std::int64_t total, int pools = 3)
{
    Snapshot s;
    s.takenAt = at;
    s.key = {source, QStringLiteral("p1"), QString()};
    s.statistics.totals.setValue(Metric::TotalNum, total);
    QList<PoolStatistics> list;
    for (int i = 0; i < pools; ++i) {
        PoolStatistics pool{QStringLiteral("pool-%1").arg(i), QStringLiteral("Pool %1").arg(i), {}};
        pool.counts.setValue(Metric::TotalNum, total + i);
        list.append(pool);
    }
    s.statistics.pools = list;
    return s;
}

SnapshotStore::Options optionsFor(const QString& path)
{
    SnapshotStore::Options options;
    options.database.path = path;
    options.database.busyTimeout = std::chrono::seconds(20);
    return options;
}

// Waits until everything queued on the store is done.
bool waitIdle(SnapshotStore& store)
{
    bool idle = false;
    QObject context;
    store.whenIdle(&context, [&idle] { idle = true; });
    return QTest::qWaitFor([&idle] { return idle; }, 60000);
}

int rawPoints(const QString& path, const QString& source, const QString& poolId = QString())
{
    HistoryOptions options;
    options.path = path;
    auto db = HistoryDatabase::open(options);
    if (!db)
        return -1;
    SeriesRequest request{{source, QStringLiteral("p1"), QString()},
                          poolId,
                          kStart.addDays(-1),
                          kStart.addDays(30),
                          Resolution::Raw,
                          0};
    auto series = (*db)->series(request, kStart);
    return series ? static_cast<int>(series->points.size()) : -1;
}

} // namespace

class TestSnapshotStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recordsAndAnswersOnTheCallersThread()
    {
        QTemporaryDir dir;
        test::FixedClock clock(kStart.addSecs(300));
        SnapshotStore store(optionsFor(dir.filePath(QStringLiteral("history.db"))), clock);
        QSignalSpy opened(&store, &SnapshotStore::opened);
        QSignalSpy recorded(&store, &SnapshotStore::recorded);
        QSignalSpy failed(&store, &SnapshotStore::failed);

        for (int i = 0; i < 5; ++i)
            store.record(snapshot(QStringLiteral("a"), kStart.addSecs(60 * i), 10 + i));

        std::optional<Expected<TrendSeries, HistoryError>> answer;
        QThread* answeredOn = nullptr;
        SeriesRequest request{{QStringLiteral("a"), QStringLiteral("p1"), QString()},
                              QStringLiteral("pool-2"),
                              kStart,
                              kStart.addSecs(600),
                              {},
                              2500};
        store.series(request, this, [&](const Expected<TrendSeries, HistoryError>& result) {
            answer = result;
            answeredOn = QThread::currentThread();
        });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(*answer);
        QCOMPARE((*answer)->points.size(), 5); // written before the read was asked for
        QCOMPARE((*answer)->points.at(4).value(Metric::TotalNum)->average, 16.0);
        QCOMPARE((*answer)->poolName, QStringLiteral("Pool 2"));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(0).toInt(), HistorySchema::kCurrentVersion); // the schema version
        QCOMPARE(recorded.size(), 5);
        QCOMPARE(recorded.at(0).at(0).toInt(), 4); // total + 3 pools
        QVERIFY(failed.isEmpty());
    }

    void answersTheValueOfADayAgo()
    {
        QTemporaryDir dir;
        test::FixedClock clock(kStart);
        SnapshotStore store(optionsFor(dir.filePath(QStringLiteral("history.db"))), clock);
        store.record(snapshot(QStringLiteral("a"), kStart, 42));
        clock.advance(24 * 3600 + 120);
        std::optional<Expected<std::optional<PastValues>, HistoryError>> answer;
        store.valuesAgo({QStringLiteral("a"), QStringLiteral("p1"), QString()}, QString(),
                        std::chrono::hours(24), std::chrono::minutes(15), this,
                        [&](const auto& result) { answer = result; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
        QVERIFY(*answer);
        QVERIFY(answer->value().has_value());
        QCOMPARE(answer->value()->point.value(Metric::TotalNum)->average, 42.0);
        QCOMPARE(answer->value()->offsetMs, -120000);
    }

    void dropsAnswersForAContextThatIsGone()
    {
        QTemporaryDir dir;
        test::FixedClock clock(kStart);
        SnapshotStore store(optionsFor(dir.filePath(QStringLiteral("history.db"))), clock);
        bool called = false;
        {
            QObject context;
            store.listSeries(&context, [&called](const auto&) { called = true; });
        }
        QVERIFY(waitIdle(store));
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void reportsADamagedFileAndKeepsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, '\x7f'));
        }
        test::FixedClock clock(kStart);
        SnapshotStore store(optionsFor(path), clock);
        QSignalSpy notices(&store, &SnapshotStore::notice);
        QSignalSpy opened(&store, &SnapshotStore::opened);
        QVERIFY(opened.wait(30000) || opened.size() == 1);
        QVERIFY(QTest::qWaitFor([&] { return notices.size() == 1; }, 30000));
        const auto notice = notices.at(0).at(0).value<HistoryNotice>();
        QVERIFY(notice.message.contains(QLatin1String("damaged")));
        QFile aside(notice.setAsidePath);
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), QByteArray(4096, '\x7f'));
        store.record(snapshot(QStringLiteral("a"), kStart, 1));
        QVERIFY(waitIdle(store));
        QCOMPARE(rawPoints(path, QStringLiteral("a")), 1);
    }

    void twoStoresWriteTheSameFileAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        test::FixedClock clock(kStart);
        SnapshotStore first(optionsFor(path), clock);
        SnapshotStore second(optionsFor(path), clock);
        QSignalSpy failedFirst(&first, &SnapshotStore::failed);
        QSignalSpy failedSecond(&second, &SnapshotStore::failed);
        const int count = 150;
        for (int i = 0; i < count; ++i) {
            // The same series from both: disjoint times, and the same pools to create.
            first.record(snapshot(QStringLiteral("shared"), kStart.addSecs(120LL * i), i, 50));
            second.record(
                snapshot(QStringLiteral("shared"), kStart.addSecs(120LL * i + 60), i, 50));
            if (i % 25 == 0) {
                first.compactNow();
                second.compactNow();
            }
        }
        QVERIFY(waitIdle(first));
        QVERIFY(waitIdle(second));
        for (const auto* spy : {&failedFirst, &failedSecond}) {
            if (!spy->isEmpty())
                QFAIL(qPrintable(spy->constFirst().at(0).value<HistoryError>().message));
        }
        QCOMPARE(rawPoints(path, QStringLiteral("shared")), 2 * count);
        QCOMPARE(rawPoints(path, QStringLiteral("shared"), QStringLiteral("pool-49")), 2 * count);
    }

    void twoProcessesWriteTheSameFileAtOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.db"));
        const QString writer = test::builtExecutable(QStringLiteral("tests/historywriter"));
        QVERIFY2(QFile::exists(writer), qPrintable(writer));
        const int count = 120;
        QProcess a;
        QProcess b;
        a.start(writer,
                {path, QStringLiteral("one"), QString::number(count), QStringLiteral("200")});
        b.start(writer,
                {path, QStringLiteral("two"), QString::number(count), QStringLiteral("200")});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QVERIFY2(a.exitStatus() == QProcess::NormalExit && a.exitCode() == 0,
                 a.readAllStandardError().constData());
        QVERIFY2(b.exitStatus() == QProcess::NormalExit && b.exitCode() == 0,
                 b.readAllStandardError().constData());
        QCOMPARE(rawPoints(path, QStringLiteral("one")), count);
        QCOMPARE(rawPoints(path, QStringLiteral("two")), count);
        QCOMPARE(rawPoints(path, QStringLiteral("two"), QStringLiteral("pool-199")), count);
    }

    void exportsCsvAtomically()
    {
        QTemporaryDir dir;
        test::FixedClock clock(kStart.addSecs(600));
        SnapshotStore store(optionsFor(dir.filePath(QStringLiteral("history.db"))), clock);
        store.record(snapshot(QStringLiteral("a"), kStart, 7, 1));
        std::optional<Expected<int, HistoryError>> answer;
        const QString csv = dir.filePath(QStringLiteral("out.csv"));
        store.exportCsv({kStart.addSecs(-60), {}, {}, {}, std::nullopt}, csv, this,
                        [&](const auto& result) { answer = result; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 30000));
        QVERIFY(*answer);
        QCOMPARE(answer->value(), 2);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 4); // header, total, pool, empty after the last CRLF
        QVERIFY(lines.at(0).startsWith("time,source,project_id,query,pool_id,pool_name,"));
        QVERIFY(lines.at(1).startsWith("2024-03-01T08:00:00.000Z,a,p1,,,,raw,1,7,7,7,"));
        QVERIFY(
            lines.at(2).startsWith("2024-03-01T08:00:00.000Z,a,p1,,pool-0,Pool 0,raw,1,7,7,7,"));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStore)
#include "tst_snapshotstore.moc"
