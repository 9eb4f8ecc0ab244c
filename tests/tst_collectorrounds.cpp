// The Collector class in this process with two connections to one simulator, one of them with
// a wrong secret key: the refused one is stopped after its first request, the other goes on
// polling and recording round after round.
#include "collector/collector.h"
#include "core/history/historydatabase.h"
#include "sim/simulator.h"
#include "support/fixedclock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wsdash;
using namespace wsdash::test;

class TestCollectorRounds final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusedConnectionStopsWhileTheOtherGoesOn()
    {
        FixedClock clock(QDateTime::currentDateTimeUtc());
        sim::SimulatorConfig config;
        config.fleet.pools = 4;
        config.fleet.timeZone = QTimeZone::utc();
        config.rateLimit = 0;
        sim::Simulator simulator(config, clock);
        QVERIFY(simulator.start());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());

        const Credentials good = simulator.clientCredentials();
        const Credentials bad = Credentials::permanent(
            good.accessKey, QStringLiteral("WrongSecretKeyWrongSecretKeyWrongSecret0"));
        QList<CollectorConnection> connections{
            {QStringLiteral("good"), QString(), simulator.endpoint(), simulator.projectId(), good},
            {QStringLiteral("bad"), QString(), simulator.endpoint(), simulator.projectId(), bad}};
        CollectorOptions options;
        options.query = StatisticsQuery::everything();
        options.interval = std::chrono::milliseconds(50);
        options.callsPerMinute = 100000;
        options.historyPath = dir.filePath(QStringLiteral("history.db"));
        QProcessEnvironment env;
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), dir.path());
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), dir.path());
        QString outText;
        QString errText;
        QTextStream out(&outText);
        QTextStream err(&errText);
        Collector collector(options, connections, out, err, env);
        QSignalSpy rounds(&collector, &Collector::roundFinished);
        QSignalSpy finished(&collector, &Collector::finished);
        QVERIFY(collector.start());
        QTRY_VERIFY_WITH_TIMEOUT(rounds.size() >= 5, 20000);
        collector.shutdown(0);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().constFirst().toInt(), 0);
        out.flush();
        err.flush();

        const int done = static_cast<int>(rounds.size());
        QCOMPARE(outText.count(QStringLiteral("connection=bad ")), 1);
        QCOMPARE(outText.count(QStringLiteral("status=auth_failed")), 1);
        QVERIFY(outText.count(QStringLiteral("connection=good ")) >= done - 1);
        QCOMPARE(errText.count(QStringLiteral("AUTHENTICATION FAILED")), 1);
        QVERIFY(errText.contains(QStringLiteral("\"bad\"")));

        HistoryOptions historyOptions;
        historyOptions.path = options.historyPath;
        historyOptions.readOnly = true;
        auto db = HistoryDatabase::open(historyOptions);
        QVERIFY(db);
        const auto series = (*db)->listSeries();
        QVERIFY(series);
        QCOMPARE(series->size(), 1);
        QCOMPARE(series->constFirst().key.source, QStringLiteral("good"));
    }
};

QTEST_GUILESS_MAIN(TestCollectorRounds)
#include "tst_collectorrounds.moc"
