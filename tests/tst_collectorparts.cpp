// The collector's parts without a process: its command line, the request budget's shortest
// interval, the metrics exposition (escaping, validated by promtool), logfmt lines, and the
// webhook notifier's retries against a local receiver that fails, then recovers.
#include "collector/collectorlog.h"
#include "collector/collectoroptions.h"
#include "collector/metricsregistry.h"
#include "collector/metricsserver.h"
#include "collector/webhooknotifier.h"
#include "core/api/statisticsclient.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace wsdash;
using namespace wsdash::test;

namespace {

QProcessEnvironment credentials()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("COLLECTORACCESSKEY01"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("collector-secret-key-0000"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"),
               QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
    return env;
}

Expected<CollectorOptions, UsageError> parse(const char* text,
                                             const QProcessEnvironment& env = credentials())
{
    return parseCollectorCommandLine(
        QStringList{QStringLiteral("wsdash-collector")} +
            QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts),
        env);
}

StatisticsResult answer()
{
    StateCounts pool;
    pool.setValue(Metric::TotalNum, 10);
    pool.setHasFamily(Family::Run, true);
    pool.setValue(Metric::ErrorNum, 2);
    pool.setValue(Metric::ActiveNum, 8);
    StatisticsResult result;
    DesktopStatistics statistics;
    statistics.totals = pool;
    statistics.pools = QList<PoolStatistics>{
        {QStringLiteral("p-1"), QStringLiteral("Lab \"A\" \\ night\nshift"), pool}};
    result.statistics = statistics;
    result.receivedAt = QDateTime::fromSecsSinceEpoch(1700000000, QTimeZone::utc());
    return result;
}

} // namespace

class TestCollectorParts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAConnectionFromTheEnvironment()
    {
        const auto options = parse("--endpoint http://127.0.0.1:9 --interval 30 --once");
        QVERIFY2(options, options ? "" : qPrintable(options.error().message));
        QVERIFY(options->direct);
        QCOMPARE(options->direct->projectId, QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9"));
        QCOMPARE(options->interval, std::chrono::milliseconds(30000));
        QVERIFY(options->once);
        // No filter: both desktop types and all three families, as the window.
        QCOMPARE(options->query, StatisticsQuery::everything());
        QVERIFY(!options->metricsEnabled);
    }

    void refusesWhatItMustRefuse_data()
    {
        QTest::addColumn<QString>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("nothing to poll") << ""
                                         << "Say what to poll";
        QTest::addRow("profile and endpoint") << "--profile a --endpoint http://127.0.0.1:9"
                                              << "not both";
        QTest::addRow("non-loopback metrics")
            << "--endpoint http://127.0.0.1:9 --metrics-listen 192.168.1.5:9464"
            << "not a loopback address";
        QTest::addRow("metrics without port")
            << "--endpoint http://127.0.0.1:9 --metrics-listen 127.0.0.1"
            << "ADDRESS:PORT";
        QTest::addRow("http webhook elsewhere")
            << "--endpoint http://127.0.0.1:9 --webhook http://hooks.example.com/x"
            << "https://";
        QTest::addRow("interval zero") << "--endpoint http://127.0.0.1:9 --interval 0"
                                       << "--interval must be";
        QTest::addRow("project override of many profiles")
            << "--profile a --profile b --project-id p1"
            << "one --profile";
    }

    void refusesWhatItMustRefuse()
    {
        QFETCH(QString, arguments);
        QFETCH(QString, message);
        const auto options = parse(arguments.toUtf8().constData());
        QVERIFY(!options);
        QVERIFY2(options.error().message.contains(message), qPrintable(options.error().message));
    }

    void acceptsExplicitWildcardsAndLoopback_data()
    {
        QTest::addColumn<QString>("listen");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::addRow("ipv4 loopback") << "127.0.0.1:9464"
                                       << "127.0.0.1" << 9464;
        QTest::addRow("ipv6 loopback") << "[::1]:9464"
                                       << "::1" << 9464;
        QTest::addRow("localhost") << "localhost:1234"
                                   << "127.0.0.1" << 1234;
        QTest::addRow("every interface") << "0.0.0.0:9464"
                                         << "0.0.0.0" << 9464;
    }

    void acceptsExplicitWildcardsAndLoopback()
    {
        QFETCH(QString, listen);
        QFETCH(QString, address);
        QFETCH(int, port);
        QHostAddress parsed;
        quint16 parsedPort = 0;
        QCOMPARE(parseListenAddress(listen, parsed, parsedPort), std::nullopt);
        QCOMPARE(parsed, QHostAddress(address));
        QCOMPARE(parsedPort, port);
    }

    void intervalNeverBeatsTheBudget()
    {
        QCOMPARE(minimumInterval(1, 180), std::chrono::milliseconds(334));
        QCOMPARE(minimumInterval(10, 180), std::chrono::milliseconds(3334));
        QCOMPARE(minimumInterval(300, 180), std::chrono::milliseconds(100000));
    }

    void logfmtKeepsOneEventOnOneLine()
    {
        QCOMPARE(logfmtLine({{QStringLiteral("status"), QStringLiteral("ok")},
                             {QStringLiteral("error"), QStringLiteral("a \"b\"\nc=d")},
                             {QStringLiteral("request_id"), QString()}}),
                 QStringLiteral("status=ok error=\"a \\\"b\\\"\\nc=d\" request_id=\"\""));
    }

    void escapesLabelValues()
    {
        QCOMPARE(MetricsRegistry::escapeLabelValue(QStringLiteral("a\\b\"c\nd")),
                 QStringLiteral("a\\\\b\\\"c\\nd"));
    }

    void rendersTheExposition()
    {
        MetricsRegistry registry;
        registry.addConnection(QStringLiteral("prod \"eu\""), QStringLiteral("p1"),
                               StatisticsQuery::everything());
        StatisticsResult ok = answer();
        registry.recordAnswer(QStringLiteral("prod \"eu\""), ok, 0.3);
        StatisticsResult failed;
        failed.error.code = QStringLiteral("APIG.0308");
        registry.recordAnswer(QStringLiteral("prod \"eu\""), failed, 12);
        registry.countRound();
        const QByteArray text = registry.render();
        const QByteArray labels =
            "connection=\"prod \\\"eu\\\"\",project_id=\"p1\",desktop_type=\"DEDICATED,POOLED\"";
        QVERIFY2(text.contains(
                     QByteArray("wsdash_desktops{" + labels +
                                ",pool_id=\"p-1\",pool_name=\"Lab \\\"A\\\" \\\\ night\\nshift\","
                                "family=\"run\",state=\"error\"} 2")),
                 text.constData());
        QVERIFY(
            text.contains(QByteArray("wsdash_pool_size_desktops{" + labels + ",pool_id=\"p-1\",")));
        QVERIFY(text.contains("# TYPE wsdash_request_duration_seconds histogram\n"));
        QVERIFY(text.contains("wsdash_request_duration_seconds_bucket{connection=\"prod "
                              "\\\"eu\\\"\",project_id=\"p1\",le=\"0.5\"} 1"));
        QVERIFY(text.contains("wsdash_request_duration_seconds_bucket{connection=\"prod "
                              "\\\"eu\\\"\",project_id=\"p1\",le=\"+Inf\"} 2"));
        QVERIFY(text.contains("wsdash_request_errors_total{connection=\"prod "
                              "\\\"eu\\\"\",project_id=\"p1\",code=\"APIG.0308\"} 1"));
        QVERIFY(text.contains("wsdash_up{connection=\"prod \\\"eu\\\"\",project_id=\"p1\"} 0"));
        QVERIFY(text.contains("wsdash_last_success_timestamp_seconds{connection=\"prod "
                              "\\\"eu\\\"\",project_id=\"p1\"} 1700000000"));
        QVERIFY(text.contains("wsdash_rounds_total 1\n"));

        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty())
            QSKIP("promtool not found (Debian package prometheus): exposition not validated");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY(check.waitForStarted());
        check.write(text);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(20000));
        QVERIFY2(
            check.exitCode() == 0,
            QByteArray(check.readAllStandardOutput() + check.readAllStandardError()).constData());
    }

    void servesMetricsOverHttp()
    {
        MetricsServer server([] { return QByteArray("wsdash_rounds_total 3\n"); });
        QCOMPARE(server.listen(QHostAddress::LocalHost, 0), std::nullopt);
        QNetworkAccessManager network;
        auto get = [&](const QString& path, int* status) {
            QNetworkReply* reply = network.get(QNetworkRequest(
                QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.port()).arg(path))));
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(5000);
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            const QByteArray type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
            reply->deleteLater();
            return QByteArray(body + "|" + type);
        };
        int status = 0;
        QCOMPARE(get(QStringLiteral("/metrics"), &status),
                 QByteArray("wsdash_rounds_total 3\n|text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(status, 200);
        get(QStringLiteral("/nothing"), &status);
        QCOMPARE(status, 404);
    }

    void webhookRetriesWithBackoffUntilDelivered()
    {
        TestHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.enqueue(ScriptedResponse::json(500, "{}"));
        receiver.enqueue(ScriptedResponse::json(502, "{}"));
        receiver.setDefaultResponse(ScriptedResponse::json(204, ""));
        WebhookNotifier::Options options;
        options.initialBackoff = std::chrono::milliseconds(100);
        WebhookNotifier notifier(QUrl(receiver.baseUrl() + QStringLiteral("/h")), options);
        QSignalSpy delivered(&notifier, &WebhookNotifier::delivered);
        QSignalSpy failed(&notifier, &WebhookNotifier::failed);
        notifier.post("{\"n\":1}");
        notifier.post("{\"n\":2}"); // waits behind the first: order is kept
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        QCOMPARE(delivered.at(0).at(0).toInt(), 3); // two failures, then delivered
        QCOMPARE(delivered.at(1).at(0).toInt(), 1);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(0).at(1).toLongLong(), 100); // the pause doubles
        QCOMPARE(failed.at(1).at(1).toLongLong(), 200);
        QCOMPARE(receiver.requestCount(), 4);
        QCOMPARE(receiver.requests().at(3).body, QByteArray("{\"n\":2}"));
        // The pauses were waited out, not skipped.
        QVERIFY(receiver.requests().at(2).receivedAtMs - receiver.requests().at(0).receivedAtMs >=
                300);
    }

    void webhookQueueIsBoundedAndGivesUp()
    {
        TestHttpServer receiver;
        QVERIFY(receiver.listen());
        receiver.setDefaultResponse(ScriptedResponse::json(503, "{}"));
        WebhookNotifier::Options options;
        options.initialBackoff = std::chrono::milliseconds(10);
        options.maxAttempts = 2;
        options.queueLimit = 3;
        WebhookNotifier notifier(QUrl(receiver.baseUrl()), options);
        QSignalSpy dropped(&notifier, &WebhookNotifier::dropped);
        QSignalSpy failed(&notifier, &WebhookNotifier::failed);
        for (int i = 0; i < 5; ++i)
            notifier.post(QByteArray::number(i)); // returns at once
        QVERIFY(notifier.queued() <= 3);
        QCOMPARE(dropped.size(), 2);
        // Each message left is tried twice, then given up (retry in -1).
        QTRY_COMPARE_WITH_TIMEOUT(notifier.queued(), 0, 10000);
        int givenUp = 0;
        for (const auto& args : failed)
            givenUp += args.at(1).toLongLong() < 0 ? 1 : 0;
        QCOMPARE(givenUp, 3);
        QCOMPARE(receiver.requestCount(), 6);
    }
};

QTEST_GUILESS_MAIN(TestCollectorParts)
#include "tst_collectorparts.moc"
