// The history database under many real processes: the built wsdash, 16 (or 8) at once, each
// fetching from a local HTTP server and recording into one history file. Nothing may be lost:
// not a sample under contention, not a sample of a frozen clock, not a damaged file set aside.
#include "support/testhttpserver.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QByteArray kBody = R"({"total_num": 120,
  "run_state_statistics": {"stop_num": 20, "active_num": 95, "error_num": 4, "hibernated_num": 1},
  "desktop_pool_statistics": [
    {"desktop_pool_id": "id-a", "desktop_pool_name": "Pool A", "total_num": 70,
     "run_state_statistics": {"stop_num": 10, "active_num": 57, "error_num": 3, "hibernated_num": 0}},
    {"desktop_pool_id": "id-b", "desktop_pool_name": "Pool B", "total_num": 50,
     "run_state_statistics": {"stop_num": 10, "active_num": 38, "error_num": 1, "hibernated_num": 1}}]})";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestHistoryConcurrency : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data;

    QString historyFile() const { return m_data->filePath(QStringLiteral("history.db")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("CHECKACCESSKEY000001"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("check-secret-key-0000"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"),
                   QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), m_data->path());
        return env;
    }

    // Starts `count` wsdash --check processes at once (optionally through `wrapper`, e.g.
    // faketime) and waits for all of them while this event loop serves their requests.
    QList<Run> runAtOnce(int count, const QStringList& wrapper = {},
                         const QProcessEnvironment& extra = {})
    {
        QProcessEnvironment env = environment();
        for (const QString& key : extra.keys())
            env.insert(key, extra.value(key));
        std::vector<std::unique_ptr<QProcess>> processes;
        const QStringList arguments{QStringLiteral("--endpoint"), m_server->baseUrl(),
                                    QStringLiteral("--timeout"),  QStringLiteral("30"),
                                    QStringLiteral("--check"),    QStringLiteral("error_num"),
                                    QStringLiteral("--warning"),  QStringLiteral("5"),
                                    QStringLiteral("--critical"), QStringLiteral("10")};
        const QString wsdash = builtExecutable(QStringLiteral("app/wsdash"));
        for (int i = 0; i < count; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env);
            if (wrapper.isEmpty())
                process->start(wsdash, arguments);
            else
                process->start(wrapper.first(), wrapper.mid(1) + QStringList{wsdash} + arguments);
            processes.push_back(std::move(process));
        }
        QList<Run> runs;
        QElapsedTimer clock;
        clock.start();
        for (auto& process : processes) {
            while (process->state() != QProcess::NotRunning && clock.elapsed() < 90000)
                QTest::qWait(10); // the server of this process answers meanwhile
            Run run;
            if (process->state() == QProcess::NotRunning &&
                process->exitStatus() == QProcess::NormalExit) {
                run.exitCode = process->exitCode();
            } else {
                process->kill();
                process->waitForFinished(1000);
            }
            run.out = process->readAllStandardOutput();
            run.err = process->readAllStandardError();
            runs.append(run);
        }
        return runs;
    }

    // Raw samples of the total (one per recorded fetch), read straight from the file.
    int recordedSamples(const QString& path)
    {
        int count = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral(
                        "SELECT COUNT(*) FROM samples WHERE resolution = 0 AND scope_id IN "
                        "(SELECT id FROM scopes WHERE pool_id = '')")) &&
                    query.next()) {
                    count = query.value(0).toInt();
                }
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("count"));
        return count;
    }

    QStringList damagedCopies() const
    {
        return QDir(m_data->path())
            .entryList({QStringLiteral("history.db.damaged-*")}, QDir::Files | QDir::Hidden);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setDefaultResponse(ScriptedResponse::json(200, kBody));
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
    }

    // Finding 4: 16 writers at once, several rounds; every one must be recorded.
    void sixteenWritersLoseNoSample()
    {
        constexpr int kWriters = 16;
        constexpr int kRounds = 3;
        int expected = 0;
        for (int round = 0; round < kRounds; ++round) {
            const QList<Run> runs = runAtOnce(kWriters);
            for (const Run& run : runs) {
                QVERIFY2(run.exitCode == 0, run.out.constData());
                QVERIFY2(!run.err.contains("not recorded"), run.err.constData());
                QVERIFY2(!run.out.contains("not recorded"), run.out.constData());
            }
            expected += kWriters;
            QCOMPARE(recordedSamples(historyFile()), expected);
        }
        qInfo("%d processes recorded %d of %d samples", kWriters * kRounds,
              recordedSamples(historyFile()), expected);
    }

    // Finding 3: a frozen clock (faketime) makes every fetch the same millisecond; each
    // keeps its sample.
    void frozenClockKeepsEverySample()
    {
        const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
        if (faketime.isEmpty())
            QSKIP("faketime is not installed (scripts/install-deps.sh)");
        QProcessEnvironment extra;
        // Qt's timers run on the monotonic clock: leave it running.
        extra.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
        // faketime preloads its library before ASan's runtime: let a sanitizer build start.
        const QString asan = qEnvironmentVariable("ASAN_OPTIONS");
        extra.insert(QStringLiteral("ASAN_OPTIONS"),
                     (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                         QStringLiteral("verify_asan_link_order=0"));
        for (int i = 0; i < 3; ++i) {
            const QList<Run> runs = runAtOnce(
                1, {faketime, QStringLiteral("-f"), QStringLiteral("2024-03-01 08:00:00")}, extra);
            QVERIFY2(runs.first().exitCode == 0, runs.first().err.constData());
        }
        QCOMPARE(recordedSamples(historyFile()), 3);
        // All at the same millisecond indeed.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("t"));
        db.setDatabaseName(historyFile());
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("SELECT COUNT(DISTINCT t) FROM samples WHERE resolution = 0")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        query.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("t"));
    }

    // Finding 2: 8 processes find the same damaged file at once. One sets it aside, byte for
    // byte, under a name of its own; no healthy database is renamed; no sample is lost.
    void damagedFileIsSetAsideOnce()
    {
        constexpr int kTrials = 4;
        constexpr int kWriters = 8;
        for (int trial = 0; trial < kTrials; ++trial) {
            init();
            QByteArray garbage(64 * 1024, Qt::Uninitialized);
            QRandomGenerator rng(4242 + trial);
            for (char& c : garbage)
                c = static_cast<char>(rng.bounded(256));
            {
                QFile file(historyFile());
                QVERIFY(file.open(QIODevice::WriteOnly));
                QCOMPARE(file.write(garbage), garbage.size());
            }
            const QList<Run> runs = runAtOnce(kWriters);
            int notices = 0;
            for (const Run& run : runs) {
                QVERIFY2(run.exitCode == 0, run.out.constData());
                QVERIFY2(!run.out.contains("not recorded"), run.out.constData());
                if (run.err.contains("renamed to"))
                    ++notices;
            }
            const QStringList copies = damagedCopies();
            QCOMPARE(copies.size(), 1);
            QCOMPARE(notices, 1);
            QFile copy(m_data->filePath(copies.first()));
            QVERIFY(copy.open(QIODevice::ReadOnly));
            QCOMPARE(QCryptographicHash::hash(copy.readAll(), QCryptographicHash::Sha256),
                     QCryptographicHash::hash(garbage, QCryptographicHash::Sha256));
            QCOMPARE(recordedSamples(historyFile()), kWriters);
        }
    }
};

QTEST_GUILESS_MAIN(TestHistoryConcurrency)
#include "tst_historyconcurrency.moc"
