// The first ten minutes of a new user, with the built wsdash in a real X server (Xvfb, openbox,
// the xcb platform) driven by real key events (xdotool):
//  - the launcher (plain `wsdash`, empty configuration) shows a window within 3 s, and
//    "Try the demo" reaches data; the next start opens on the demo by itself;
//  - a wrong secret key with the shortest auto-refresh for two minutes (sped up 60 times)
//    sends at most 2 badly signed requests, far from the gateway's lock-out at 5;
//  - a 503 at start-up followed by recovery loads the pool list again without Reload.
// Skips (exit code 77) when Xvfb, openbox or xdotool is not installed.

#include "sim/simulator.h"
#include "support/testsupport.h"
#include "support/xserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace wsdash;

namespace {

constexpr int kSpeedUp = 60; // 30 s auto-refresh every 0.5 s: two minutes in two seconds

class Journeys final : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment environment(const QTemporaryDir& home) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), m_x.display());
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("WSDASH_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("WSDASH_TEST_AUTO_REFRESH_SPEEDUP"), QString::number(kSpeedUp));
        for (const char* name : {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK",
                                 "HUAWEICLOUD_SDK_PROJECT_ID", "HUAWEICLOUD_SDK_REGION"})
            env.remove(QLatin1String(name));
        return env;
    }

    static void setAutoRefresh(const QTemporaryDir& home, int seconds)
    {
        QSettings settings(home.filePath(QStringLiteral("config/wsdash.ini")),
                           QSettings::IniFormat);
        settings.setValue(QStringLiteral("dashboard/autoRefreshSeconds"), seconds);
    }

    // Starts the built wsdash; the window's ID once it is shown, and how long that took.
    QString startWindow(QProcess& app, const QStringList& arguments, const QProcessEnvironment& env,
                        qint64* shownAfterMs)
    {
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        app.start(test::builtExecutable(QStringLiteral("app/wsdash")), arguments);
        QString id;
        while (id.isEmpty() && clock.elapsed() < 20000 && app.state() != QProcess::NotRunning) {
            id = m_x.findWindow(QStringLiteral("^wsdash"));
            if (id.isEmpty())
                QTest::qWait(50);
        }
        *shownAfterMs = clock.elapsed();
        return id;
    }

    // The rows of the recorded history (what reached the dashboard), read by `wsdash --history`.
    static int historyRows(const QTemporaryDir& home, const QProcessEnvironment& env)
    {
        QByteArray err;
        const QString csv = home.filePath(QStringLiteral("history.csv"));
        if (test::runWsdash({QStringLiteral("--history"), csv}, env, &err) != 0)
            return -1;
        QFile file(csv);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return static_cast<int>(file.readAll().count('\n')) - 1; // minus the header
    }

    void closeWindow(QProcess& app, const QString& id)
    {
        // As a user does: the window manager's close (WM_DELETE_WINDOW), not a signal.
        m_x.xdotool({QStringLiteral("windowactivate"), QStringLiteral("--sync"), id});
        m_x.xdotool(
            {QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("alt+F4")});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
    }

    test::XServer m_x;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_x.start(&error), qPrintable(error));
    }

    void launcherOpensWelcomeThenDemo()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QProcessEnvironment env = environment(home);
        QProcess app;
        qint64 shownAfter = 0;
        const QString id = startWindow(app, {}, env, &shownAfter);
        QVERIFY2(!id.isEmpty(), "plain wsdash opened no window");
        qInfo("launcher: window shown after %lld ms", shownAfter);
        QVERIFY2(shownAfter <= 3000, qPrintable(QStringLiteral("%1 ms").arg(shownAfter)));
        QCOMPARE(m_x.xdotool({QStringLiteral("getwindowname"), id}),
                 QStringLiteral("wsdash — Workspace desktops"));

        // "Try the demo" by its mnemonic, as a keyboard user would.
        m_x.xdotool({QStringLiteral("windowactivate"), QStringLiteral("--sync"), id});
        m_x.xdotool(
            {QStringLiteral("key"), QStringLiteral("--clearmodifiers"), QStringLiteral("alt+d")});
        QTRY_VERIFY_WITH_TIMEOUT(
            m_x.xdotool({QStringLiteral("getwindowname"), id}).contains(QStringLiteral("project")),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(historyRows(home, env) > 0, 20000);
        closeWindow(app, id);

        // The next start opens on the demo by itself.
        QProcess again;
        const QString second = startWindow(again, {}, env, &shownAfter);
        QVERIFY(!second.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_x.xdotool({QStringLiteral("getwindowname"), second})
                                     .contains(QStringLiteral("project")),
                                 10000);
        closeWindow(again, second);
    }

    void badKeyIsNotSentAgain_data()
    {
        QTest::addColumn<bool>("goodKey");
        QTest::addColumn<int>("minimumCalls");
        QTest::addColumn<int>("maximumCalls");
        // The control: with the right key the sped-up auto-refresh does call again and again.
        QTest::addRow("right key") << true << 3 << 1000;
        QTest::addRow("wrong secret key") << false << 1 << 2;
    }

    void badKeyIsNotSentAgain()
    {
        QFETCH(bool, goodKey);
        QFETCH(int, minimumCalls);
        QFETCH(int, maximumCalls);
        sim::Simulator simulator;
        QVERIFY(simulator.start());
        int signed401 = 0;
        int statistics200 = 0;
        connect(&simulator, &sim::Simulator::requestHandled, this,
                [&](const QByteArray&, const QByteArray& target, int status) {
                    signed401 += status == 401 ? 1 : 0;
                    statistics200 += status == 200 && target.contains("/statistics") ? 1 : 0;
                });
        QTemporaryDir home;
        QVERIFY(home.isValid());
        setAutoRefresh(home, 30); // the shortest choice
        QProcessEnvironment env = environment(home);
        const Credentials credentials = simulator.clientCredentials();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), credentials.accessKey);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"),
                   goodKey ? credentials.secretKey : QStringLiteral("not-the-secret-key-at-all"));
        QProcess app;
        qint64 shownAfter = 0;
        const QString id = startWindow(app,
                                       {QStringLiteral("--endpoint"), simulator.url().toString(),
                                        QStringLiteral("--project-id"), simulator.projectId()},
                                       env, &shownAfter);
        QVERIFY(!id.isEmpty());
        // Two minutes of auto-refresh (sped up): the measured period, not a wait for an event.
        QTest::qWait(120000 / kSpeedUp + 500);
        const int calls = goodKey ? statistics200 : signed401;
        qInfo("%d %s in two minutes of auto-refresh", calls,
              goodKey ? "successful refreshes" : "badly signed requests");
        QVERIFY2(calls >= minimumCalls && calls <= maximumCalls,
                 qPrintable(QString::number(calls)));
        closeWindow(app, id);
    }

    void poolPickerRecoversAfter503()
    {
        sim::Simulator simulator;
        QVERIFY(simulator.start());
        sim::FaultSettings faults;
        faults.fault = sim::Fault::ServiceUnavailable;
        faults.faultCount = 8; // the first statistics call and pool list, with their retries
        simulator.setFaults(faults);
        int pools503 = 0;
        int pools200 = 0;
        connect(&simulator, &sim::Simulator::requestHandled, this,
                [&](const QByteArray&, const QByteArray& target, int status) {
                    if (!target.contains("/desktop-pools"))
                        return;
                    pools503 += status == 503 ? 1 : 0;
                    pools200 += status == 200 ? 1 : 0;
                });
        QTemporaryDir home;
        QVERIFY(home.isValid());
        setAutoRefresh(home, 30);
        QProcessEnvironment env = environment(home);
        const Credentials credentials = simulator.clientCredentials();
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), credentials.accessKey);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), credentials.secretKey);
        QProcess app;
        qint64 shownAfter = 0;
        const QString id = startWindow(app,
                                       {QStringLiteral("--endpoint"), simulator.url().toString(),
                                        QStringLiteral("--project-id"), simulator.projectId()},
                                       env, &shownAfter);
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(pools503 > 0, 15000);
        // No key, no click: the next successful refresh asks for the pool list again.
        QTRY_VERIFY_WITH_TIMEOUT(pools200 > 0, 30000);
        closeWindow(app, id);
    }
};

} // namespace

int main(int argc, char* argv[])
{
    if (!test::XServer::toolsAvailable()) {
        std::fputs("SKIP: Xvfb, openbox or xdotool is not installed\n", stderr);
        return 77;
    }
    QCoreApplication app(argc, argv);
    Journeys journeys;
    return QTest::qExec(&journeys, argc, argv);
}

#include "tst_journeys.moc"
