// The window's history, end to end: the built wsdash runs as a window (offscreen, its own data
// and settings folders) against a server in this process or its --demo simulator, and what it
// left in history.db is read back with HistoryDatabase. Without --no-history the window records
// each fetch; with it the window records nothing (and creates no history); --screenshot neither
// reads nor writes the history. The --demo window and `wsdash --export --demo` with the same
// filters record into one series.
#include "core/history/historydatabase.h"
#include "dashboardtestdata.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>
#include <unistd.h>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QString kAk = QStringLiteral("WINDOWHISTORYKEY0001");
const QString kSk = QStringLiteral("Sk-window-history-not-printed-4Hq");
const QString kProject = QStringLiteral("5f4e3d2c1b0a49382716a5b4c3d2e1f0");

// The window's default filters (everything), as command-line options.
const QStringList kAllFilters{QStringLiteral("--desktop-type"), QStringLiteral("DEDICATED,POOLED"),
                              QStringLiteral("--statistics-type"),
                              QStringLiteral("attach-state,run-state,login-state")};

// What a history file holds: the series and the raw points of each series' total.
struct Recorded
{
    bool exists = false;
    QString error;
    QList<SeriesKey> series;
    QList<int> points; // per series
    int totalPoints() const { return std::accumulate(points.cbegin(), points.cend(), 0); }
};

Recorded readHistory(const QString& dataDir)
{
    Recorded recorded;
    HistoryOptions options;
    options.path = QDir(dataDir).filePath(QStringLiteral("history.db"));
    options.quickCheck = false;
    recorded.exists = QFileInfo::exists(options.path);
    if (!recorded.exists)
        return recorded;
    auto database = HistoryDatabase::open(options);
    if (!database) {
        recorded.error = database.error().message;
        return recorded;
    }
    const auto series = (*database)->listSeries();
    if (!series) {
        recorded.error = series.error().message;
        return recorded;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SeriesInfo& info : *series) {
        const auto points = (*database)->series(
            {info.key, QString(), now.addDays(-1), now.addDays(1), Resolution::Raw, 100000}, now);
        if (!points) {
            recorded.error = points.error().message;
            return recorded;
        }
        recorded.series.append(info.key);
        recorded.points.append(static_cast<int>(points->points.size()));
    }
    return recorded;
}

} // namespace

class TestWindowHistory final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestHttpServer m_server;
    std::unique_ptr<QProcess> m_window;
    QByteArray m_windowErr; // what the window printed so far

    QString folder(const QString& name) const
    {
        QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    QProcessEnvironment environment(const QString& data) const
    {
        QProcessEnvironment env = cleanEnvironment();
        // The controller says on stderr when a result has been handled (waitForAFetch).
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("wsdash.dashboard.debug=true"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder(QStringLiteral("runtime")));
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), folder(QStringLiteral("config")));
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), data);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), kAk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), kSk);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), kProject);
        return env;
    }

    QStringList serverArguments() const
    {
        return {QStringLiteral("--endpoint"), m_server.baseUrl()};
    }

    // Starts the window; it runs until stopWindow().
    bool startWindow(const QStringList& arguments, const QString& data)
    {
        m_window = std::make_unique<QProcess>();
        m_window->setProcessEnvironment(environment(data));
        m_window->start(builtExecutable(QStringLiteral("app/wsdash")), arguments);
        return m_window->waitForStarted(5000);
    }

    // The window has no way to be closed from outside: it is killed, which loses nothing that
    // SQLite committed.
    void stopWindow()
    {
        if (!m_window)
            return;
        QVERIFY2(m_window->state() == QProcess::Running, "the window quit by itself");
        m_window->kill();
        m_window->waitForFinished(5000);
        m_window.reset();
        m_windowErr.clear();
    }

    // Runs a command that ends by itself, with the server answering meanwhile.
    int runToEnd(const QStringList& arguments, const QString& data)
    {
        const ProcessRun run = runBuilt(QStringLiteral("app/wsdash"), arguments, environment(data));
        if (run.exitCode != 0)
            qWarning("wsdash %s: exit %d: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     run.exitCode, run.err.constData());
        return run.exitCode;
    }

    int statisticsRequests() const
    {
        int count = 0;
        for (const RecordedRequest& request : m_server.requests())
            count += request.path.endsWith(QLatin1String("/statistics")) ? 1 : 0;
        return count;
    }

    // The number of results the window's controller has handled so far (its debug log line).
    int handledResults()
    {
        m_windowErr += m_window->readAllStandardError();
        return int(m_windowErr.count("wsdash.dashboard: result"));
    }

    // Waits until the window has asked for statistics and handled the answer: whatever it
    // records is handed over by then.
    bool waitForAFetch(int before)
    {
        const int handled = handledResults();
        if (!QTest::qWaitFor([&] { return statisticsRequests() > before; }, 20000))
            return false;
        return QTest::qWaitFor([&] { return handledResults() > handled; }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.listen());
        m_server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(3))));
    }

    void cleanup() { stopWindow(); }

    void windowRecordsEachFetch()
    {
        const QString data = folder(QStringLiteral("recorded"));
        QVERIFY(startWindow(serverArguments(), data));
        QVERIFY(QTest::qWaitFor([&] { return statisticsRequests() > 0; }, 20000));
        QTRY_VERIFY_WITH_TIMEOUT(readHistory(data).totalPoints() >= 1, 20000);
        stopWindow();

        const Recorded recorded = readHistory(data);
        QVERIFY2(recorded.error.isEmpty(), qPrintable(recorded.error));
        QCOMPARE(recorded.series.size(), 1);
        // The endpoint names the series when no profile is used, as on the command line.
        QCOMPARE(recorded.series.constFirst().source,
                 Endpoint::fromUrl(m_server.baseUrl()).value().toDisplayString());
        QCOMPARE(recorded.series.constFirst().projectId, kProject);
    }

    void noHistoryWindowRecordsNothing()
    {
        // No history yet: none is created.
        const QString fresh = folder(QStringLiteral("fresh"));
        QVERIFY(startWindow(serverArguments() << QStringLiteral("--no-history"), fresh));
        QVERIFY(waitForAFetch(statisticsRequests()));
        stopWindow();
        QVERIFY(!QFileInfo::exists(QDir(fresh).filePath(QStringLiteral("history.db"))));

        // A history there already is opened (to look at) but not added to.
        const QString existing = folder(QStringLiteral("existing"));
        QCOMPARE(runToEnd(serverArguments() << QStringLiteral("--export")
                                            << m_dir.filePath(QStringLiteral("one.json")),
                          existing),
                 0);
        const Recorded before = readHistory(existing);
        QCOMPARE(before.totalPoints(), 1);
        QVERIFY(startWindow(serverArguments() << QStringLiteral("--no-history"), existing));
        QVERIFY(waitForAFetch(statisticsRequests()));
        stopWindow();
        const Recorded after = readHistory(existing);
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QCOMPARE(after.totalPoints(), 1);
    }

    void screenshotNeitherReadsNorWritesTheHistory()
    {
        const QString data = folder(QStringLiteral("screenshot"));
        QCOMPARE(runToEnd(serverArguments() << QStringLiteral("--screenshot")
                                            << m_dir.filePath(QStringLiteral("shot.png")),
                          data),
                 0);
        QVERIFY(QFileInfo::exists(m_dir.filePath(QStringLiteral("shot.png"))));
        QVERIFY(!QFileInfo::exists(QDir(data).filePath(QStringLiteral("history.db"))));
    }

    // Issue 14, finding 7: the window shows the trend of a history it cannot write — root's,
    // mode 0644, in a folder mode 0755 — as an unprivileged user (as root, through setpriv as
    // nobody). Its tiles' trend reads the recorded points; the file is left as it was.
    void windowShowsAHistoryItCannotWrite()
    {
        const bool root = ::geteuid() == 0;
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (root && setpriv.isEmpty())
            QSKIP("running as root and setpriv (util-linux) is missing: no way to run the "
                  "window as a user who cannot write the history");
        const QString data = folder(QStringLiteral("foreign"));
        for (int run = 0; run < 2; ++run) {
            QCOMPARE(runToEnd(serverArguments() + kAllFilters +
                                  QStringList{QStringLiteral("--export"),
                                              m_dir.filePath(QStringLiteral("f%1.json").arg(run))},
                              data),
                     0);
        }
        QCOMPARE(readHistory(data).totalPoints(), 2);
        const QString db = data + QStringLiteral("/history.db");
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        const auto traversable = readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
        QVERIFY(QFile::setPermissions(db, readable | (root ? QFile::WriteOwner : readable)));
        QVERIFY(QFile::setPermissions(data, traversable | (root ? QFile::WriteOwner : readable)));
        QVERIFY(QFile::setPermissions(m_dir.path(), traversable | QFile::WriteOwner));
        const auto giveBack = qScopeGuard([&] {
            QFile::setPermissions(data, traversable | QFile::WriteOwner);
            QFile::setPermissions(m_dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        });
        const auto hash = [&db] {
            QFile file(db);
            return file.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray before = hash();
        const QStringList filesBefore = QDir(data).entryList(QDir::Files | QDir::Hidden);

        // The window's own folders, its user's.
        const QString own = folder(QStringLiteral("foreign-reader"));
        const QString runtime = own + QStringLiteral("/runtime");
        QVERIFY(QDir().mkpath(runtime));
        QVERIFY(
            QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        if (root) {
            for (const QString& path : QStringList{own, runtime})
                QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        }
        QProcessEnvironment env = environment(data);
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("wsdash.dashboard.debug=true;wsdash.trends.debug=true"));
        env.insert(QStringLiteral("HOME"), own);
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), own + QStringLiteral("/config"));
        m_window = std::make_unique<QProcess>();
        m_window->setProcessEnvironment(env);
        const QString wsdash = builtExecutable(QStringLiteral("app/wsdash"));
        if (root) {
            m_window->start(setpriv, QStringList{QStringLiteral("--reuid=65534"),
                                                 QStringLiteral("--regid=65534"),
                                                 QStringLiteral("--clear-groups"),
                                                 QStringLiteral("--"), wsdash} +
                                         serverArguments());
        } else {
            m_window->start(wsdash, serverArguments());
        }
        QVERIFY(m_window->waitForStarted(5000));
        // The tiles' trend after the window's first fetch: the two recorded points (the
        // window's own fetch cannot be recorded).
        const QRegularExpression shown(QStringLiteral("tile trend: ([0-9]+) points"));
        int points = -1;
        const bool seen = QTest::qWaitFor(
            [&] {
                m_windowErr += m_window->readAllStandardError();
                const auto matches = shown.globalMatch(QString::fromUtf8(m_windowErr));
                bool any = false;
                for (auto it = matches; it.hasNext();) {
                    points = it.next().captured(1).toInt();
                    any = true;
                }
                return any && points >= 2;
            },
            30000);
        QVERIFY2(seen, m_windowErr.constData());
        qInfo("the window said: %s", m_windowErr.trimmed().replace('\n', " | ").constData());
        QCOMPARE(points, 2);
        QVERIFY2(!m_windowErr.contains("tile trend: The"), m_windowErr.constData());
        // Its own fetch could not be recorded, and it said so (root could have written it).
        QVERIFY2(m_windowErr.contains("cannot be written (read-only); nothing was recorded"),
                 m_windowErr.constData());
        stopWindow();
        QCOMPARE(hash(), before);
        QCOMPARE(QDir(data).entryList(QDir::Files | QDir::Hidden), filesBefore);
    }

    void demoWindowAndDemoExportShareOneSeries()
    {
        const QString data = folder(QStringLiteral("demo"));
        QVERIFY(startWindow({QStringLiteral("--demo")}, data));
        QTRY_VERIFY_WITH_TIMEOUT(readHistory(data).totalPoints() >= 1, 20000);
        stopWindow();
        const Recorded window = readHistory(data);
        QCOMPARE(window.series.size(), 1);

        // The command line with the window's filters adds to the window's series.
        QCOMPARE(runToEnd(QStringList{QStringLiteral("--demo"), QStringLiteral("--export"),
                                      m_dir.filePath(QStringLiteral("demo.json"))}
                              << kAllFilters,
                          data),
                 0);
        const Recorded both = readHistory(data);
        QVERIFY2(both.error.isEmpty(), qPrintable(both.error));
        QCOMPARE(both.series.size(), 1);
        QCOMPARE(both.series.constFirst(), window.series.constFirst());
        QCOMPARE(both.series.constFirst().source, demoSeriesSource());
        QCOMPARE(both.totalPoints(), window.totalPoints() + 1);
    }
};

QTEST_GUILESS_MAIN(TestWindowHistory)
#include "tst_windowhistory.moc"
