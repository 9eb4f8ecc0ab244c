// wsdash-sim's command line, and the executable itself: first line, credentials, a real fetch.
#include "core/api/statisticsclient.h"
#include "sim/democredentials.h"
#include "sim/simulatorcommandline.h"
#include "support/clienttestsupport.h"
#include "support/testsupport.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace wsdash;
using namespace wsdash::sim;

namespace {

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN",
          "HUAWEICLOUD_SDK_PROJECT_ID", "WSDASH_IAM_TOKEN"})
        env.remove(QLatin1String(name));
    return env;
}

Expected<SimulatorCommandLine, QString> parse(const QStringList& arguments,
                                              const QProcessEnvironment& env = cleanEnvironment())
{
    return SimulatorCommandLineParser::parse(QStringList{QStringLiteral("wsdash-sim")} + arguments,
                                             env);
}

// A running wsdash-sim; stopped (by its process ID) when the test ends.
class SimProcess
{
public:
    explicit SimProcess(const QStringList& arguments,
                        const QProcessEnvironment& env = cleanEnvironment())
    {
        m_process.setProcessEnvironment(env);
        m_process.start(test::builtExecutable(QStringLiteral("app/sim/wsdash-sim")), arguments);
    }
    ~SimProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(3000))
                m_process.kill();
            m_process.waitForFinished(3000);
        }
    }

    // The first line of stdout, once it is complete.
    QString firstLine()
    {
        while (!m_process.canReadLine()) {
            if (!m_process.waitForReadyRead(10000))
                return {};
        }
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }

    QProcess& process() { return m_process; }

private:
    QProcess m_process;
};

StatisticsResult fetchFrom(const QUrl& url, const QString& projectId,
                           const Credentials& credentials, const StatisticsQuery& query)
{
    QNetworkAccessManager network;
    StatisticsClient client(&network, SystemClock::instance());
    StatisticsRequest request;
    request.endpoint = Endpoint::fromUrl(url.toString()).value();
    request.projectId = projectId;
    request.credentials = credentials;
    request.query = query;
    request.timeout = std::chrono::milliseconds(5000);
    return test::fetchOnce(client, request);
}

const QRegularExpression
    kFirstLine(QStringLiteral("^wsdash-sim listening on (http://127\\.0\\.0\\.1:(\\d+))$"));

} // namespace

class TestSimulatorCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void flags();
    void credentialsFromEnvironment();
    void invalidArguments_data();
    void invalidArguments();
    void help();

    void executableServesTheDemoFleet();
    void executableUsesEnvironmentCredentials();
    void executableRefusesBadArguments();
};

void TestSimulatorCli::defaults()
{
    const auto parsed = parse({});
    QVERIFY(parsed);
    const SimulatorConfig& c = parsed->config;
    QCOMPARE(parsed->mode, SimulatorCommandLine::Mode::Run);
    QCOMPARE(c.port, quint16(0));
    QCOMPARE(c.fleet.pools, 24);
    QCOMPARE(c.fleet.effectiveDesktops(), FleetOptions::defaultDesktops(24));
    QCOMPARE(c.fleet.seed, std::uint64_t(1));
    QCOMPARE(c.projectId, QLatin1String(kDemoProjectId));
    QCOMPARE(c.credentials.accessKey, QLatin1String(kDemoAccessKey));
    QCOMPARE(c.credentials.secretKey, QLatin1String(kDemoSecretKey));
    QCOMPARE(c.credentials.iamToken, QLatin1String(kDemoIamToken));
    QCOMPARE(c.rateLimit, 200);
    QCOMPARE(c.faults.fault, Fault::None);
    QVERIFY(!parsed->quiet);
}

void TestSimulatorCli::flags()
{
    const auto parsed = parse({QStringLiteral("--port"),
                               QStringLiteral("8123"),
                               QStringLiteral("--pools=10000"),
                               QStringLiteral("--desktops"),
                               QStringLiteral("5"),
                               QStringLiteral("--seed"),
                               QStringLiteral("18446744073709551615"),
                               QStringLiteral("--project-id"),
                               QStringLiteral("my_project-1"),
                               QStringLiteral("--time-zone"),
                               QStringLiteral("Asia/Shanghai"),
                               QStringLiteral("--rate-limit"),
                               QStringLiteral("0"),
                               QStringLiteral("--latency"),
                               QStringLiteral("250"),
                               QStringLiteral("--failure-rate"),
                               QStringLiteral("0.25"),
                               QStringLiteral("--fault"),
                               QStringLiteral("truncated-body"),
                               QStringLiteral("--fault-count"),
                               QStringLiteral("3"),
                               QStringLiteral("--slow-body"),
                               QStringLiteral("100"),
                               QStringLiteral("--quiet")});
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error()));
    const SimulatorConfig& c = parsed->config;
    QCOMPARE(c.port, quint16(8123));
    QCOMPARE(c.fleet.pools, 10000);
    QCOMPARE(c.fleet.desktops, 5);
    QCOMPARE(c.fleet.seed, std::numeric_limits<std::uint64_t>::max());
    QCOMPARE(c.projectId, QStringLiteral("my_project-1"));
    QCOMPARE(c.fleet.timeZone.id(), QByteArray("Asia/Shanghai"));
    QCOMPARE(c.rateLimit, 0);
    QCOMPARE(c.faults.latency.count(), 250);
    QCOMPARE(c.faults.failureRate, 0.25);
    QCOMPARE(c.faults.fault, Fault::TruncatedBody);
    QCOMPARE(c.faults.faultCount, 3);
    QCOMPARE(c.faults.slowBodyDuration.count(), 100);
    QVERIFY(parsed->quiet);

    // --local-time picks a zone in which it is that time now.
    const auto morning = parse({QStringLiteral("--local-time"), QStringLiteral("10:30")});
    QVERIFY(morning);
    const QTime local =
        QDateTime::currentDateTimeUtc().toTimeZone(morning->config.fleet.timeZone).time();
    QVERIFY2(std::abs(local.secsTo(QTime(10, 30))) <= 120, qPrintable(local.toString()));
}

void TestSimulatorCli::credentialsFromEnvironment()
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("MYACCESSKEY000000000"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("my secret"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), QStringLiteral("abcdef"));
    env.insert(QStringLiteral("WSDASH_IAM_TOKEN"), QStringLiteral("MIItoken"));
    auto parsed = parse({}, env);
    QVERIFY(parsed);
    QCOMPARE(parsed->config.credentials.accessKey, QStringLiteral("MYACCESSKEY000000000"));
    QCOMPARE(parsed->config.credentials.secretKey, QStringLiteral("my secret"));
    QCOMPARE(parsed->config.credentials.iamToken, QStringLiteral("MIItoken"));
    QCOMPARE(parsed->config.projectId, QStringLiteral("abcdef"));
    // The flag wins over the environment.
    parsed = parse({QStringLiteral("--project-id"), QStringLiteral("fromflag")}, env);
    QCOMPARE(parsed->config.projectId, QStringLiteral("fromflag"));

    env.remove(QStringLiteral("HUAWEICLOUD_SDK_SK"));
    QVERIFY(!parse({}, env));
}

void TestSimulatorCli::invalidArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("too many pools")
        << QStringList{QStringLiteral("--pools"), QStringLiteral("100001")};
    QTest::addRow("negative pools") << QStringList{QStringLiteral("--pools"), QStringLiteral("-1")};
    QTest::addRow("port out of range")
        << QStringList{QStringLiteral("--port"), QStringLiteral("70000")};
    QTest::addRow("seed not a number")
        << QStringList{QStringLiteral("--seed"), QStringLiteral("abc")};
    QTest::addRow("failure rate above 1")
        << QStringList{QStringLiteral("--failure-rate"), QStringLiteral("2")};
    QTest::addRow("unknown fault")
        << QStringList{QStringLiteral("--fault"), QStringLiteral("explode")};
    QTest::addRow("fault count zero")
        << QStringList{QStringLiteral("--fault-count"), QStringLiteral("0")};
    QTest::addRow("project with a slash")
        << QStringList{QStringLiteral("--project-id"), QStringLiteral("a/b")};
    QTest::addRow("unknown time zone")
        << QStringList{QStringLiteral("--time-zone"), QStringLiteral("Nowhere/City")};
    QTest::addRow("bad local time")
        << QStringList{QStringLiteral("--local-time"), QStringLiteral("25:00")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("--pool"), QStringLiteral("3")};
    QTest::addRow("positional") << QStringList{QStringLiteral("extra")};
}

void TestSimulatorCli::invalidArguments()
{
    QFETCH(QStringList, arguments);
    const auto parsed = parse(arguments);
    QVERIFY(!parsed);
    QVERIFY(!parsed.error().isEmpty());
}

void TestSimulatorCli::help()
{
    const auto parsed = parse({QStringLiteral("--help")});
    QVERIFY(parsed);
    QCOMPARE(parsed->mode, SimulatorCommandLine::Mode::Help);
    for (const char* flag : {"--port", "--pools", "--desktops", "--seed", "--project-id",
                             "--latency", "--failure-rate", "--fault", "--slow-body"})
        QVERIFY2(parsed->helpText.contains(QLatin1String(flag)), flag);
}

void TestSimulatorCli::executableServesTheDemoFleet()
{
    SimProcess sim({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--pools"),
                    QStringLiteral("5"), QStringLiteral("--seed"), QStringLiteral("9"),
                    QStringLiteral("--quiet")});
    const QString line = sim.firstLine();
    const QRegularExpressionMatch match = kFirstLine.match(line);
    QVERIFY2(match.hasMatch(), qPrintable(line));
    QVERIFY(match.captured(2).toInt() > 0);

    const auto query = StatisticsQuery::fromStrings({QStringLiteral("POOLED")},
                                                    {QStringLiteral("login-state")}, {});
    const StatisticsResult result = fetchFrom(
        QUrl(match.captured(1)), QLatin1String(kDemoProjectId),
        Credentials::permanent(QLatin1String(kDemoAccessKey), QLatin1String(kDemoSecretKey)),
        query.value());
    QVERIFY2(result.ok(), qPrintable(result.error.toOneLine()));
    QCOMPARE(result.statistics->pools->size(), 5);
    QVERIFY(result.statistics->totals.hasFamily(Family::Login));

    // The demo token works as well.
    const StatisticsResult byToken =
        fetchFrom(QUrl(match.captured(1)), QLatin1String(kDemoProjectId),
                  Credentials::token(QLatin1String(kDemoIamToken)), StatisticsQuery());
    QVERIFY2(byToken.ok(), qPrintable(byToken.error.toOneLine()));
}

void TestSimulatorCli::executableUsesEnvironmentCredentials()
{
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QStringLiteral("MYACCESSKEY000000000"));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QStringLiteral("my/secret+key"));
    SimProcess sim({QStringLiteral("--pools"), QStringLiteral("2"), QStringLiteral("--project-id"),
                    QStringLiteral("envproject"), QStringLiteral("--quiet")},
                   env);
    const QRegularExpressionMatch match = kFirstLine.match(sim.firstLine());
    QVERIFY(match.hasMatch());
    const QUrl url(match.captured(1));
    const QString project = QStringLiteral("envproject");

    const StatisticsResult ok =
        fetchFrom(url, project,
                  Credentials::permanent(QStringLiteral("MYACCESSKEY000000000"),
                                         QStringLiteral("my/secret+key")),
                  StatisticsQuery());
    QVERIFY2(ok.ok(), qPrintable(ok.error.toOneLine()));

    const StatisticsResult demo = fetchFrom(
        url, project,
        Credentials::permanent(QLatin1String(kDemoAccessKey), QLatin1String(kDemoSecretKey)),
        StatisticsQuery());
    QVERIFY(!demo.ok());
    QCOMPARE(demo.error.httpStatus, 401);
    QCOMPARE(demo.error.code, QStringLiteral("APIG.0301"));

    // The secret key is never printed.
    sim.process().terminate();
    QVERIFY(sim.process().waitForFinished(3000));
    const QByteArray output = sim.process().readAll() + sim.process().readAllStandardError();
    QVERIFY(!output.contains("my/secret+key"));
    QVERIFY(output.contains("MYACCESSKEY000000000"));
}

void TestSimulatorCli::executableRefusesBadArguments()
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(test::builtExecutable(QStringLiteral("app/sim/wsdash-sim")),
                  {QStringLiteral("--pools"), QStringLiteral("lots")});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardOutput().isEmpty());
    QVERIFY(process.readAllStandardError().contains("--pools"));
}

QTEST_GUILESS_MAIN(TestSimulatorCli)
#include "tst_simulatorcli.moc"
