// `wsdash --check`: the plug-in line and exit status for thresholds on both sides (pure), and
// the built executable against a local HTTP server: what it asked for, what it printed, what
// it recorded.
#include "cli/checkcommand.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QString kProject = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");

// total 120, error 4, ready 30; pools A (70: error 3, ready 5), B (30: error 0, ready 20),
// C (0 desktops), D (20: error 1, ready 5; no login counts reported).
DesktopStatistics statistics()
{
    DesktopStatistics s;
    auto counts = [](std::int64_t total, std::int64_t errors, std::optional<std::int64_t> ready) {
        StateCounts c;
        c.setValue(Metric::TotalNum, total);
        c.setHasFamily(Family::Run, true);
        c.setValue(Metric::ErrorNum, errors);
        if (ready) {
            c.setHasFamily(Family::Login, true);
            c.setValue(Metric::ReadyNum, ready);
        }
        return c;
    };
    s.totals = counts(120, 4, 30);
    s.pools = QList<PoolStatistics>{
        {QStringLiteral("id-a"), QStringLiteral("Pool A"), counts(70, 3, 5)},
        {QStringLiteral("id-b"), QStringLiteral("Pool|B"), counts(30, 0, 20)},
        {QStringLiteral("id-c"), QStringLiteral("Pool C"), counts(0, 0, 0)},
        {QStringLiteral("id-d"), QStringLiteral("Pool A"), counts(20, 1, std::nullopt)}};
    return s;
}

CheckOptions check(const char* subject, const char* warning, const char* critical,
                   bool eachPool = false)
{
    CheckOptions c;
    c.subject = QString::fromUtf8(subject);
    QString field = c.subject;
    c.share = field.endsWith(QLatin1Char('%'));
    if (c.share)
        field.chop(1);
    c.metric = *metricFromField(field);
    if (*warning)
        c.warning = *NagiosRange::parse(QString::fromUtf8(warning));
    if (*critical)
        c.critical = *NagiosRange::parse(QString::fromUtf8(critical));
    c.eachPool = eachPool;
    return c;
}

const QByteArray kBody = R"({"total_num": 120,
  "run_state_statistics": {"stop_num": 20, "active_num": 95, "error_num": 4, "hibernated_num": 1},
  "desktop_pool_statistics": [
    {"desktop_pool_id": "id-a", "desktop_pool_name": "Pool A", "total_num": 70,
     "run_state_statistics": {"stop_num": 10, "active_num": 57, "error_num": 3, "hibernated_num": 0}},
    {"desktop_pool_id": "id-b", "desktop_pool_name": "Pool B", "total_num": 50,
     "run_state_statistics": {"stop_num": 10, "active_num": 38, "error_num": 1, "hibernated_num": 1}}]})";

// Command-line arguments from one string split at spaces.
QStringList args(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestCheckCommand final : public QObject
{
    Q_OBJECT

private:
    using Run = ProcessRun;

    std::unique_ptr<TestHttpServer> m_server;
    std::unique_ptr<QTemporaryDir> m_data;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("CHECKACCESSKEY000001"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("check-secret-key-0000"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), kProject);
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), m_data->path());
        return env;
    }

    Run run(const QStringList& arguments, bool withEndpoint = true)
    {
        const QStringList endpoint{QStringLiteral("--endpoint"), m_server->baseUrl(),
                                   QStringLiteral("--timeout"), QStringLiteral("10")};
        return runBuilt(QStringLiteral("app/wsdash"),
                        withEndpoint ? endpoint + arguments : arguments, environment());
    }

    QString historyFile() const { return m_data->filePath(QStringLiteral("history.db")); }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestHttpServer>();
        QVERIFY(m_server->listen());
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
    }

    void cleanup()
    {
        m_server.reset();
        m_data.reset();
    }

    void evaluatesTheTotal_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("critical");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("line");
        QTest::addRow("below both")
            << "error_num"
            << "5"
            << "10" << 0 << "WSDASH OK - error_num=4 | error_num=4;5;10;0;120";
        QTest::addRow("at the warning level is OK")
            << "error_num"
            << "4"
            << "10" << 0 << "WSDASH OK - error_num=4 | error_num=4;4;10;0;120";
        QTest::addRow("above warning")
            << "error_num"
            << "3"
            << "10" << 1 << "WSDASH WARNING - error_num=4 | error_num=4;3;10;0;120";
        QTest::addRow("above critical")
            << "error_num"
            << "1"
            << "3" << 2 << "WSDASH CRITICAL - error_num=4 | error_num=4;1;3;0;120";
        QTest::addRow("critical only")
            << "error_num"
            << ""
            << "0" << 2 << "WSDASH CRITICAL - error_num=4 | error_num=4;;0;0;120";
        QTest::addRow("low side ok")
            << "ready_num"
            << "20:"
            << "10:" << 0 << "WSDASH OK - ready_num=30 | ready_num=30;20:;10:;0;120";
        QTest::addRow("low side warning")
            << "ready_num"
            << "40:"
            << "20:" << 1 << "WSDASH WARNING - ready_num=30 | ready_num=30;40:;20:;0;120";
        QTest::addRow("low side critical")
            << "ready_num"
            << "50:"
            << "35:" << 2 << "WSDASH CRITICAL - ready_num=30 | ready_num=30;50:;35:;0;120";
        QTest::addRow("inside range")
            << "error_num"
            << "@1:5"
            << "" << 1 << "WSDASH WARNING - error_num=4 | error_num=4;@1:5;;0;120";
        QTest::addRow("share warning")
            << "error_num%"
            << "3"
            << "10" << 1
            << "WSDASH WARNING - error_num%=3.33% (4 of 120) | error_num_pct=3.33%;3;10;0;100";
        QTest::addRow("share low side")
            << "ready_num%"
            << "30:"
            << "20:" << 1
            << "WSDASH WARNING - ready_num%=25% (30 of 120) | ready_num_pct=25%;30:;20:;0;100";
        QTest::addRow("not reported")
            << "attach_error_num"
            << "1"
            << "5" << 3 << "WSDASH UNKNOWN - attach_error_num was not reported by the API.";
    }

    void evaluatesTheTotal()
    {
        QFETCH(QString, subject);
        QFETCH(QString, warning);
        QFETCH(QString, critical);
        QFETCH(int, status);
        QFETCH(QString, line);
        const CheckOutcome outcome =
            evaluateCheck(check(subject.toUtf8().constData(), warning.toUtf8().constData(),
                                critical.toUtf8().constData()),
                          statistics());
        QCOMPARE(outcome.line, line);
        QCOMPARE(outcome.status, status);
    }

    void evaluatesEachPool()
    {
        // Pool A and the second "Pool A" share a name: both are labelled by their IDs.
        CheckOutcome outcome = evaluateCheck(check("error_num", "0", "2", true), statistics());
        QCOMPARE(outcome.status, 2);
        QCOMPARE(outcome.line,
                 QStringLiteral("WSDASH CRITICAL - error_num: 1 CRITICAL, 1 WARNING of 4 pools; "
                                "worst id-a=3 | 'id-a::error_num'=3;0;2;0;70 "
                                "'Pool_B::error_num'=0;0;2;0;30 'Pool C::error_num'=0;0;2;0;0 "
                                "'id-d::error_num'=1;0;2;0;20"));

        outcome = evaluateCheck(check("error_num", "5", "10", true), statistics());
        QCOMPARE(outcome.status, 0);
        QVERIFY(outcome.line.startsWith(QLatin1String("WSDASH OK - error_num: 4 pools OK | ")));

        // Shares: pool C has no desktops and pool D no login counts: both are skipped.
        outcome = evaluateCheck(check("ready_num%", "50:", "10:", true), statistics());
        QCOMPARE(outcome.status, 2);
        QCOMPARE(outcome.line,
                 QStringLiteral("WSDASH CRITICAL - ready_num%: 1 CRITICAL of 2 pools; worst "
                                "id-a=7.14% (5 of 70); 2 pools without a value skipped | "
                                "'id-a::ready_num_pct'=7.14%;50:;10:;0;100 "
                                "'Pool_B::ready_num_pct'=66.67%;50:;10:;0;100"));

        DesktopStatistics none = statistics();
        none.pools.reset();
        QCOMPARE(evaluateCheck(check("error_num", "1", "", true), none).status, 3);
        none.pools = QList<PoolStatistics>();
        QCOMPARE(evaluateCheck(check("error_num", "1", "", true), none).line,
                 QStringLiteral("WSDASH UNKNOWN - no desktop pools were reported."));
    }

    void checksTheServersNumbers_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("query");
        const QByteArray total = "statistics_type=run-state";
        const QByteArray pools = "desktop_type=POOLED&statistics_type=run-state";
        QTest::addRow("ok") << args("--check error_num --warning 5 --critical 10") << 0
                            << QByteArray("WSDASH OK - error_num=4 | error_num=4;5;10;0;120\n")
                            << total;
        QTest::addRow("warning") << args("--check error_num --warning 3 --critical 10") << 1
                                 << QByteArray(
                                        "WSDASH WARNING - error_num=4 | error_num=4;3;10;0;120\n")
                                 << total;
        QTest::addRow("critical") << args("--check error_num --warning 1 --critical 3") << 2
                                  << QByteArray(
                                         "WSDASH CRITICAL - error_num=4 | error_num=4;1;3;0;120\n")
                                  << total;
        QTest::addRow("low side critical")
            << args("--check active_num --warning 100: --critical 96:") << 2
            << QByteArray("WSDASH CRITICAL - active_num=95 | active_num=95;100:;96:;0;120\n")
            << total;
        QTest::addRow("low side ok")
            << args("--check active_num --warning 90: --critical 80:") << 0
            << QByteArray("WSDASH OK - active_num=95 | active_num=95;90:;80:;0;120\n") << total;
        QTest::addRow("share") << args("--check=stop_num% --warning=15 --critical=20") << 1
                               << QByteArray("WSDASH WARNING - stop_num%=16.67% (20 of 120) | "
                                             "stop_num_pct=16.67%;15;20;0;100\n")
                               << total;
        QTest::addRow("each pool")
            << args("--check error_num --warning 0 --critical 2 --each-pool") << 2
            << QByteArray("WSDASH CRITICAL - error_num: 1 CRITICAL, 1 WARNING of 2 pools; worst "
                          "Pool A=3 | "
                          "'Pool A::error_num'=3;0;2;0;70 'Pool B::error_num'=1;0;2;0;50\n")
            << pools;
        QTest::addRow("total_num needs no statistics type")
            << args("--check total_num --critical 100:") << 0
            << QByteArray("WSDASH OK - total_num=120 | total_num=120;;100:;0;120\n")
            << QByteArray();
    }

    void checksTheServersNumbers()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, query);
        m_server->enqueue(ScriptedResponse::json(200, kBody));
        const Run r = run(arguments);
        QCOMPARE(r.out, line);
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().at(0).rawQuery, query);
        QVERIFY(QFile::exists(historyFile())); // every successful fetch is recorded
    }

    void unknownWhenTheRequestFails()
    {
        m_server->enqueue(ScriptedResponse::json(
            403, R"({"error_code": "WKS.0006", "error_msg": "Access denied"})"));
        const Run r = run({QStringLiteral("--check"), QStringLiteral("error_num"),
                           QStringLiteral("--warning"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith("WSDASH UNKNOWN - request failed: "), r.out.constData());
        QVERIFY(r.out.contains("WKS.0006"));
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY(!QFile::exists(historyFile())); // nothing to record
    }

    // A partly invalid answer (the window would show the rest) is no answer for a check: UNKNOWN
    // (the plug-in's exit 3, as for every failed request), naming the JSON path; nothing recorded.
    void unknownForAPartlyInvalidAnswer()
    {
        QByteArray body = kBody;
        body.replace(R"("error_num": 3)", R"("error_num": -3)");
        QVERIFY(body != kBody);
        m_server->enqueue(ScriptedResponse::json(200, body));
        const Run r = run({QStringLiteral("--check"), QStringLiteral("error_num"),
                           QStringLiteral("--warning"), QStringLiteral("1")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith("WSDASH UNKNOWN - "), r.out.constData());
        QVERIFY2(r.out.contains("desktop_pool_statistics[0].run_state_statistics.error_num"),
                 r.out.constData());
        QVERIFY(!QFile::exists(historyFile()));
    }

    void unknownForUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("says");
        QTest::addRow("no threshold") << args("--check error_num") << QByteArray("needs --warning");
        QTest::addRow("unknown metric")
            << args("--check errors --warning 1") << QByteArray("not a count");
        QTest::addRow("bad range")
            << args("--check error_num --warning 1:0") << QByteArray("starts above its end");
        QTest::addRow("with --export") << args("--check error_num --warning 1 --export x.csv")
                                       << QByteArray("cannot be combined");
        QTest::addRow("wrong statistics type")
            << args("--check error_num --warning 1 --statistics-type login-state")
            << QByteArray("needs --statistics-type run-state");
        QTest::addRow("unknown option")
            << args("--check error_num --warning 1 --frobnicate") << QByteArray("frobnicate");
    }

    void unknownForUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, says);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.startsWith("WSDASH UNKNOWN - usage: "), r.out.constData());
        QVERIFY2(r.out.contains(says), r.out.constData());
        QCOMPARE(r.out.count('\n'), 1);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void doesNotRecordWithNoHistory()
    {
        m_server->enqueue(ScriptedResponse::json(200, kBody));
        const Run r =
            run({QStringLiteral("--check"), QStringLiteral("error_num"),
                 QStringLiteral("--warning"), QStringLiteral("9"), QStringLiteral("--no-history")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QFile::exists(historyFile()));
    }

    void setsADamagedHistoryAsideAndStillAnswers()
    {
        {
            QFile garbage(historyFile());
            QVERIFY(garbage.open(QIODevice::WriteOnly));
            garbage.write(QByteArray(10000, 'x'));
        }
        m_server->enqueue(ScriptedResponse::json(200, kBody));
        const Run r = run({QStringLiteral("--check"), QStringLiteral("error_num"),
                           QStringLiteral("--warning"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QByteArray("WSDASH WARNING - error_num=4 | error_num=4;3;;0;120\n"));
        QVERIFY2(r.err.startsWith("wsdash: history: The history database is damaged"),
                 r.err.constData());
        QVERIFY(r.err.contains("history.db.damaged-"));
        const QStringList aside =
            QDir(m_data->path()).entryList({QStringLiteral("history.db.damaged-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QFile kept(m_data->filePath(aside.at(0)));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(10000, 'x'));
    }

    // A sample that cannot be recorded is said in the long output and on stderr; the check
    // keeps its own status (issue 14).
    void unrecordedSampleIsSaidInTheLongOutput()
    {
        QVERIFY(QDir().mkpath(historyFile())); // a folder where the database should be
        m_server->enqueue(ScriptedResponse::json(200, kBody));
        const Run r = run({QStringLiteral("--check"), QStringLiteral("error_num"),
                           QStringLiteral("--warning"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.split('\n');
        QCOMPARE(lines.at(0), QByteArray("WSDASH WARNING - error_num=4 | error_num=4;3;;0;120"));
        QVERIFY2(lines.size() >= 2 && lines.at(1).startsWith("wsdash: history: the sample was not "
                                                             "recorded: "),
                 r.out.constData());
        QVERIFY2(r.err.contains("the sample was not recorded"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
