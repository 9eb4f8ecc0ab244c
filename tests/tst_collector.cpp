// wsdash-collector, the built executable against an in-process simulator (on a frozen clock,
// so that every answer has the same counts): rounds recorded in the history, --once, SIGTERM
// within 2 s mid-request, an authentication failure stopping polling, /metrics validated by
// promtool and equal to what the simulator served, alert webhooks that fail and recover, and
// no QtWidgets in the process.
#include "core/api/statisticsclient.h"
#include "core/base/settingslocation.h"
#include "core/history/alertrulesettings.h"
#include "core/history/historydatabase.h"
#include "core/history/historylocation.h"
#include "sim/simulator.h"
#include "support/fixedclock.h"
#include "support/postgresserver.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace wsdash;
using namespace wsdash::test;

namespace {

// A running wsdash-collector whose output is collected as it comes.
class CollectorProcess
{
public:
    CollectorProcess(const QStringList& arguments, const QProcessEnvironment& env)
    {
        m_process.setProcessEnvironment(env);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                         [this] { out += m_process.readAllStandardOutput(); });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process,
                         [this] { err += m_process.readAllStandardError(); });
        m_process.start(builtExecutable(QStringLiteral("app/collector/wsdash-collector")),
                        arguments);
    }
    ~CollectorProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    int count(const char* needle) const { return static_cast<int>(out.count(needle)); }
    int errCount(const char* needle) const { return static_cast<int>(err.count(needle)); }
    bool running() const { return m_process.state() != QProcess::NotRunning; }
    void terminate() { m_process.terminate(); } // SIGTERM
    QProcess& process() { return m_process; }
    // The port of "metrics on http://127.0.0.1:PORT/metrics" on stderr; 0 before it is there.
    quint16 metricsPort() const
    {
        static const QRegularExpression line(QStringLiteral("metrics on http://[^:]+:(\\d+)/"));
        const auto match = line.match(QString::fromUtf8(err));
        return match.hasMatch() ? static_cast<quint16>(match.captured(1).toUInt()) : 0;
    }

    QByteArray out;
    QByteArray err;

private:
    QProcess m_process;
};

// Prometheus text as "name{labels}" -> value (HELP/TYPE lines skipped).
QHash<QString, double> parseMetrics(const QByteArray& text)
{
    QHash<QString, double> values;
    for (const QByteArray& line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype space = line.lastIndexOf(' ');
        values.insert(QString::fromUtf8(line.left(space)), line.mid(space + 1).toDouble());
    }
    return values;
}

QByteArray httpGet(const QUrl& url)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(10000))
        return {};
    QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

} // namespace

class TestCollector final : public QObject
{
    Q_OBJECT

private:
    FixedClock m_clock;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<QTemporaryDir> m_dir;

    QProcessEnvironment environment(bool goodKey = true) const
    {
        QProcessEnvironment env = cleanEnvironment();
        const Credentials c = m_sim->clientCredentials();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), c.accessKey);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"),
                   goodKey ? c.secretKey
                           : QStringLiteral("WrongSecretKeyWrongSecretKeyWrongSecret0"));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_sim->projectId());
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("WSDASH_NO_KEYCHAIN"), QStringLiteral("1"));
        return env;
    }

    QStringList endpointArgs() const
    {
        return {QStringLiteral("--endpoint"), m_sim->url().toString(), QStringLiteral("--timeout"),
                QStringLiteral("10")};
    }

    QString historyFile() const { return m_dir->filePath(QStringLiteral("data/history.db")); }
    QString connectionName() const { return m_sim->endpoint().toDisplayString(); }

    // The distinct sample times recorded for the connection.
    QSet<QDateTime> recordedSamples() const
    {
        HistoryOptions options;
        options.path = historyFile();
        return recordedSamples(options);
    }
    static QSet<QDateTime> recordedSamples(HistoryOptions options)
    {
        options.readOnly = true;
        auto db = HistoryDatabase::open(options);
        if (!db)
            return {};
        QSet<QDateTime> times;
        HistoryExportFilter filter;
        (*db)->exportRows(filter, [&times](const HistoryRow& row) {
            if (row.poolId.isEmpty())
                times.insert(row.point.time);
        });
        return times;
    }

    int statisticsRequests() const
    {
        int n = 0;
        for (const auto& request : m_sim->receivedRequests()) {
            if (request.path.endsWith(QLatin1String("/statistics")))
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    void init()
    {
        // Frozen at the real time: the gateway accepts the collector's signature dates, and
        // the fleet's counts stay the same for the whole test.
        m_clock.setNow(QDateTime::currentDateTimeUtc());
        sim::SimulatorConfig config;
        config.fleet.pools = 6;
        config.fleet.seed = 16;
        config.fleet.timeZone = QTimeZone::utc();
        config.rateLimit = 0;
        m_sim = std::make_unique<sim::Simulator>(config, m_clock);
        QVERIFY(m_sim->start());
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_sim.reset();
        m_dir.reset();
    }

    void linksNoWidgets()
    {
        const ProcessRun ldd =
            runProcess(QStringLiteral("ldd"),
                       {builtExecutable(QStringLiteral("app/collector/wsdash-collector"))},
                       cleanEnvironment());
        QCOMPARE(ldd.exitCode, 0);
        QVERIFY2(ldd.out.contains("libQt6Core"), ldd.out.constData());
        QVERIFY2(ldd.out.contains("libQt6Sql"), ldd.out.constData());
        QVERIFY2(!ldd.out.contains("libQt6Widgets"), ldd.out.constData());
        QVERIFY2(!ldd.out.contains("libQt6Gui"), ldd.out.constData());
    }

    void onceRecordsAndExits()
    {
        const ProcessRun run = runBuilt(QStringLiteral("app/collector/wsdash-collector"),
                                        endpointArgs() << QStringLiteral("--once"), environment());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        static const QRegularExpression logLine(QStringLiteral(
            "^time=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z connection=\\S+ "
            "project_id=\\S+ round=1 status=ok request_id=[0-9a-f]{32} duration_ms=\\d+ "
            "attempts=1 pools=6 desktops=\\d+ recorded=yes$"));
        QVERIFY2(logLine.match(QString::fromUtf8(lines.constFirst())).hasMatch(),
                 lines.constFirst().constData());
        QCOMPARE(recordedSamples().size(), 1);
    }

    // --history-url: rounds recorded into a shared PostgreSQL history, nothing into the file.
    void recordsIntoPostgres()
    {
        if (!PostgresServer::available())
            QSKIP(qPrintable(PostgresServer::unavailableReason()));
        PostgresServer server;
        QVERIFY2(server.start(), qPrintable(server.error()));
        QVERIFY2(server.createDatabase(QStringLiteral("collector")), qPrintable(server.error()));
        const QString url = server.url(QStringLiteral("collector"));
        for (int round = 0; round < 2; ++round) {
            QTest::qWait(5); // two rounds, two sample times
            const ProcessRun run =
                runBuilt(QStringLiteral("app/collector/wsdash-collector"),
                         endpointArgs()
                             << QStringLiteral("--once") << QStringLiteral("--history-url") << url,
                         environment());
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.out.contains("recorded=yes"), run.out.constData());
        }
        const auto location = HistoryLocation::parse(url);
        QVERIFY(location);
        QCOMPARE(recordedSamples(HistoryOptions::at(*location)).size(), 2);
        QVERIFY(!QFile::exists(historyFile()));

        // A URL that is not one is a usage error before anything is sent.
        const ProcessRun bad =
            runBuilt(QStringLiteral("app/collector/wsdash-collector"),
                     endpointArgs() << QStringLiteral("--once") << QStringLiteral("--history-url")
                                    << QStringLiteral("postgresql://u:pw@h/db"),
                     environment());
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("password"), bad.err.constData());
    }

    void onceFailsWithStatus2()
    {
        // Nothing listens there any more.
        const QString url = m_sim->url().toString();
        m_sim->stop();
        const ProcessRun run =
            runBuilt(QStringLiteral("app/collector/wsdash-collector"),
                     args({QStringLiteral("--endpoint"), url, QStringLiteral("--once"),
                           QStringLiteral("--timeout"), QStringLiteral("2")}),
                     environment());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.contains("status=error"), run.out.constData());
        QVERIFY(recordedSamples().isEmpty());
    }

    void profilesAreResolvedBeforePolling()
    {
        // No saved profiles: the collector names the problem and does not start.
        for (const QStringList& which :
             {QStringList{QStringLiteral("--all-profiles")},
              QStringList{QStringLiteral("--profile"), QStringLiteral("prod")}}) {
            const ProcessRun run =
                runBuilt(QStringLiteral("app/collector/wsdash-collector"),
                         which + QStringList{QStringLiteral("--once")}, environment());
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains("no saved profiles") || run.err.contains("no profile"),
                     run.err.constData());
            QVERIFY(run.out.isEmpty());
        }
        QCOMPARE(statisticsRequests(), 0);
    }

    void intervalStaysWithinTheRequestBudget()
    {
        // 1 connection, 180 calls a minute: at most one round every 334 ms.
        QElapsedTimer running;
        running.start();
        CollectorProcess collector(
            endpointArgs() << QStringLiteral("--interval") << QStringLiteral("0.1"), environment());
        QTRY_VERIFY_WITH_TIMEOUT(collector.count("status=ok") >= 3, 20000);
        collector.process().kill();
        const qint64 elapsed = running.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(!collector.running(), 5000);
        QVERIFY2(collector.err.contains("--interval raised to 0.334 s"), collector.err.constData());
        // Rounds start 334 ms apart at the most: never more than elapsed / 334 + 1 of them.
        const int rounds = collector.count("status=");
        QVERIFY2(rounds <= elapsed / 334 + 1,
                 qPrintable(QStringLiteral("%1 rounds in %2 ms").arg(rounds).arg(elapsed)));
    }

    void recordsEveryRound()
    {
        CollectorProcess collector(
            endpointArgs() << QStringLiteral("--interval") << QStringLiteral("0.2")
                           << QStringLiteral("--calls-per-minute") << QStringLiteral("60000"),
            environment());
        QTRY_VERIFY_WITH_TIMEOUT(collector.count("status=ok") >= 4, 20000);
        collector.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(!collector.running(), 5000);
        QCOMPARE(collector.process().exitCode(), 0);
        const int rounds = collector.count("status=ok");
        QCOMPARE(collector.count("recorded=yes"), rounds);
        // One sample per round, each in the history; the simulator answered each once.
        QCOMPARE(recordedSamples().size(), rounds);
        QCOMPARE(statisticsRequests(), rounds);
    }

    void stopsWithinTwoSecondsOfSigterm()
    {
        CollectorProcess collector(
            endpointArgs() << QStringLiteral("--interval") << QStringLiteral("0.5")
                           << QStringLiteral("--calls-per-minute") << QStringLiteral("60000"),
            environment());
        QTRY_VERIFY_WITH_TIMEOUT(collector.count("status=ok") >= 1, 20000);
        // The next answer takes 8 s: SIGTERM arrives while a request is in flight.
        sim::FaultSettings slow;
        slow.latency = std::chrono::milliseconds(8000);
        m_sim->setFaults(slow);
        const int before = statisticsRequests();
        QTRY_VERIFY_WITH_TIMEOUT(statisticsRequests() > before, 5000);
        QElapsedTimer stopping;
        stopping.start();
        collector.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(!collector.running(), 2000);
        QVERIFY2(stopping.elapsed() < 2000, QByteArray::number(stopping.elapsed()).constData());
        QCOMPARE(collector.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(collector.process().exitCode(), 0);
        QVERIFY2(collector.err.contains("signal 15 received"), collector.err.constData());
        // Whole samples only: the answered rounds, none of the interrupted one.
        QCOMPARE(recordedSamples().size(), collector.count("status=ok"));
    }

    void authenticationFailureStopsPolling()
    {
        {
            CollectorProcess collector(
                endpointArgs() << QStringLiteral("--interval") << QStringLiteral("0.1")
                               << QStringLiteral("--calls-per-minute") << QStringLiteral("60000")
                               << QStringLiteral("--metrics-listen")
                               << QStringLiteral("127.0.0.1:0"),
                environment(false));
            QTRY_VERIFY_WITH_TIMEOUT(collector.metricsPort() != 0, 10000);
            const QUrl metrics(
                QStringLiteral("http://127.0.0.1:%1/metrics").arg(collector.metricsPort()));
            // Rounds go on (the metrics count them) while the refused connection is not polled.
            QTRY_VERIFY_WITH_TIMEOUT(
                parseMetrics(httpGet(metrics)).value(QStringLiteral("wsdash_rounds_total")) >= 10,
                20000);
            QCOMPARE(statisticsRequests(), 1);
            QCOMPARE(collector.count("status=auth_failed"), 1);
            QCOMPARE(collector.count("status="), 1);
            QCOMPARE(collector.errCount("AUTHENTICATION FAILED"), 1);
            QVERIFY2(collector.err.contains("APIG.0301"), collector.err.constData());
            const auto values = parseMetrics(httpGet(metrics));
            const QString labels = QStringLiteral("{connection=\"%1\",project_id=\"%2\"}")
                                       .arg(connectionName(), m_sim->projectId());
            QCOMPARE(values.value(QStringLiteral("wsdash_polling_stopped") + labels), 1.0);
            QCOMPARE(values.value(QStringLiteral("wsdash_up") + labels), 0.0);
            QCOMPARE(values.value(QStringLiteral("wsdash_request_errors_total{connection=\"%1\","
                                                 "project_id=\"%2\",code=\"APIG.0301\"}")
                                      .arg(connectionName(), m_sim->projectId())),
                     1.0);
        }
        // A restart with the same key does not send it again.
        const ProcessRun again =
            runBuilt(QStringLiteral("app/collector/wsdash-collector"),
                     endpointArgs() << QStringLiteral("--once"), environment(false));
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("were refused before"), again.err.constData());
        QCOMPARE(statisticsRequests(), 1);
    }

    void metricsEqualWhatTheSimulatorServed()
    {
        CollectorProcess collector(endpointArgs() << QStringLiteral("--metrics-listen")
                                                  << QStringLiteral("127.0.0.1:0"),
                                   environment());
        QTRY_VERIFY_WITH_TIMEOUT(collector.count("status=ok") >= 1, 20000);
        QVERIFY(collector.metricsPort() != 0);
        const QByteArray text = httpGet(
            QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(collector.metricsPort())));
        QVERIFY(text.contains("# TYPE wsdash_desktops gauge"));
        const auto values = parseMetrics(text);

        // What the simulator serves for the same query (its clock is frozen).
        StatisticsClient client;
        QSignalSpy finished(&client, &StatisticsClient::finished);
        StatisticsRequest request;
        request.endpoint = m_sim->endpoint();
        request.projectId = m_sim->projectId();
        request.credentials = m_sim->clientCredentials();
        request.query = StatisticsQuery::everything();
        client.fetch(request);
        QVERIFY(finished.wait(10000));
        const auto result = finished.constFirst().constFirst().value<StatisticsResult>();
        QVERIFY(result.ok());
        QVERIFY(result.statistics->pools);
        QCOMPARE(result.statistics->pools->size(), 6);

        const QString common = QStringLiteral("connection=\"%1\",project_id=\"%2\","
                                              "desktop_type=\"DEDICATED,POOLED\"")
                                   .arg(connectionName(), m_sim->projectId());
        int compared = 0;
        for (const PoolStatistics& pool : *result.statistics->pools) {
            const QString poolLabels =
                common + QStringLiteral(",pool_id=\"%1\",pool_name=\"%2\"").arg(pool.id, pool.name);
            QCOMPARE(
                values.value(QStringLiteral("wsdash_pool_size_desktops{%1}").arg(poolLabels), -1),
                static_cast<double>(*pool.counts.value(Metric::TotalNum)));
            for (const MetricInfo& info : allMetrics()) {
                if (!info.family || !pool.counts.value(info.metric))
                    continue;
                QString state = QLatin1String(info.field);
                state.chop(4); // _num
                const char* family = *info.family == Family::Attach ? "attach"
                                     : *info.family == Family::Run  ? "run"
                                                                    : "login";
                const QString key = QStringLiteral("wsdash_desktops{%1,family=\"%2\",state=\"%3\"}")
                                        .arg(poolLabels, QLatin1String(family), state);
                QVERIFY2(values.contains(key), qPrintable(key));
                QCOMPARE(values.value(key), static_cast<double>(*pool.counts.value(info.metric)));
                ++compared;
            }
        }
        QVERIFY(compared >= 6 * 12);
        QCOMPARE(values.value(QStringLiteral("wsdash_project_size_desktops{%1}").arg(common)),
                 static_cast<double>(*result.statistics->totals.value(Metric::TotalNum)));
        const QString health = QStringLiteral("{connection=\"%1\",project_id=\"%2\"}")
                                   .arg(connectionName(), m_sim->projectId());
        QCOMPARE(values.value(QStringLiteral("wsdash_up") + health), 1.0);
        QCOMPARE(values.value(QStringLiteral("wsdash_request_duration_seconds_count") + health),
                 1.0);
        const double lastSuccess =
            values.value(QStringLiteral("wsdash_last_success_timestamp_seconds") + health);
        QVERIFY(std::abs(lastSuccess - QDateTime::currentSecsSinceEpoch()) < 60);

        // A real Prometheus parser accepts the exposition.
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool not found (Debian package prometheus): exposition not validated");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(text);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(20000));
        const QByteArray problems = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0, problems.constData());
    }

    void onceDeliversItsAlertsBeforeExiting()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("WSDASH_COLLECTOR_WEBHOOK_BACKOFF_MS"), QStringLiteral("200"));
        {
            const auto settings = openSettings(env);
            AlertRuleSettings::save(
                *settings, connectionName(),
                {*AlertRule::parse(QStringLiteral("each-pool total_num > warning 0"))});
        }
        TestHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::json(502, "{}"));
        receiver.setDefaultResponse(ScriptedResponse::json(200, "{}"));
        const ProcessRun run =
            runBuilt(QStringLiteral("app/collector/wsdash-collector"),
                     endpointArgs() << QStringLiteral("--once") << QStringLiteral("--webhook")
                                    << receiver.baseUrl(),
                     env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // One alert per pool (6), the first sent twice.
        QCOMPARE(run.out.count("event=alert"), 6);
        QCOMPARE(receiver.requestCount(), 7);
        QSet<QString> pools;
        for (const RecordedRequest& request : receiver.requests()) {
            const QJsonObject alert = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(alert.value(QStringLiteral("level")).toString(), QStringLiteral("warning"));
            pools.insert(alert.value(QStringLiteral("pool_id")).toString());
        }
        QCOMPARE(pools.size(), 6);
    }

    void webhookFailsThenRecovers()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("WSDASH_COLLECTOR_WEBHOOK_BACKOFF_MS"), QStringLiteral("200"));
        {
            const auto settings = openSettings(env);
            AlertRuleSettings::save(*settings, connectionName(),
                                    {*AlertRule::parse(QStringLiteral("total_num > critical 0"))});
        }
        TestHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::json(503, "{\"error\":\"down\"}"));
        receiver.setDefaultResponse(ScriptedResponse::json(200, "{\"ok\":true}"));

        CollectorProcess collector(endpointArgs() << QStringLiteral("--webhook")
                                                  << receiver.baseUrl() + QStringLiteral("/hook"),
                                   env);
        QTRY_VERIFY_WITH_TIMEOUT(receiver.requestCount() >= 2, 20000);
        QVERIFY2(collector.err.contains("delivery failed (HTTP 503)"), collector.err.constData());
        QCOMPARE(collector.count("event=alert"), 1);
        const RecordedRequest& first = receiver.requests().at(0);
        const RecordedRequest& second = receiver.requests().at(1);
        QCOMPARE(first.method, QByteArray("POST"));
        QCOMPARE(first.path, QStringLiteral("/hook"));
        QCOMPARE(second.body, first.body);
        const QJsonObject alert = QJsonDocument::fromJson(second.body).object();
        QCOMPARE(alert.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("total_num > critical 0"));
        QCOMPARE(alert.value(QStringLiteral("level")).toString(), QStringLiteral("critical"));
        QCOMPARE(alert.value(QStringLiteral("previous_level")).toString(), QStringLiteral("ok"));
        QCOMPARE(alert.value(QStringLiteral("connection")).toString(), connectionName());
        QCOMPARE(alert.value(QStringLiteral("project_id")).toString(), m_sim->projectId());
        QVERIFY(alert.value(QStringLiteral("counts"))
                    .toObject()
                    .value(QStringLiteral("total_num"))
                    .toDouble() > 0);
        QVERIFY(
            QDateTime::fromString(alert.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs)
                .isValid());
        // Polling went on: the next round is not held up by the webhook (no new alert, though).
        collector.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(!collector.running(), 2000);
        QCOMPARE(receiver.requestCount(), 2);

        // The change is in the alert log, as the window logs it.
        HistoryOptions options;
        options.path = historyFile();
        options.readOnly = true;
        auto db = HistoryDatabase::open(options);
        VERIFY_OK(db);
        const auto log = (*db)->alertLog(QDateTime::currentDateTimeUtc().addDays(-1),
                                         QDateTime::currentDateTimeUtc().addDays(1));
        VERIFY_OK(log);
        QCOMPARE(log->size(), 1);
        QCOMPARE(log->constFirst().event.to, AlertLevel::Critical);
    }
};

QTEST_GUILESS_MAIN(TestCollector)
#include "tst_collector.moc"
