// HistoryStatus: the window's history state in the status bar — where the history is, or why
// it is not available (a PostgreSQL server that refuses: its reason), without blocking.
#include "core/history/snapshotstore.h"
#include "support/fixedclock.h"
#include "support/postgresserver.h"
#include "ui/window/historystatus.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;

class TestHistoryStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsALocalFile()
    {
        QTemporaryDir dir;
        test::FixedClock clock;
        SnapshotStore::Options options;
        options.database.path = dir.filePath(QStringLiteral("history.db"));
        SnapshotStore store(options, clock);
        HistoryStatus status;
        status.watch(store, false);
        QTRY_COMPARE(status.text(), QStringLiteral("History: local file"));
        QVERIFY(!status.hasProblem());
        QCOMPARE(status.toolTip(), dir.filePath(QStringLiteral("history.db")));
    }

    // Nothing listens on the port: the label says so with the server's (libpq's) reason, and
    // the window's thread was never held up by the connection attempt.
    void showsWhyPostgresIsNotAvailable()
    {
        const QString url = QStringLiteral("postgresql://wsdash@127.0.0.1:%1/wsdash")
                                .arg(test::PostgresServer::unusedPort());
        test::FixedClock clock;
        SnapshotStore::Options options;
        options.database = HistoryOptions::at(*HistoryLocation::parse(url));
        QElapsedTimer constructing;
        constructing.start();
        SnapshotStore store(options, clock);
        HistoryStatus status;
        status.watch(store, true);
        QVERIFY(constructing.elapsed() < 1000); // the store connects on its own thread
        QCOMPARE(status.text(), QStringLiteral("History: opening…"));
        QTRY_VERIFY_WITH_TIMEOUT(status.hasProblem(), 30000);
        QVERIFY2(status.text().startsWith(QLatin1String("History not available: ")),
                 qPrintable(status.text()));
        QVERIFY2(status.toolTip().contains(QLatin1String("Connection refused")),
                 qPrintable(status.toolTip()));
        QVERIFY(status.toolTip().startsWith(url));
        // The label shows the reason itself, not the URL again.
        QVERIFY2(status.text().contains(QLatin1String("Connection refused")),
                 qPrintable(status.text()));
        QVERIFY(!status.text().contains(url));
        QVERIFY(status.text().size() < 120); // the whole reason is in the tool tip
    }

    void showsABadSetting()
    {
        HistoryStatus status;
        status.showProblem(QStringLiteral("History/url in /x/wsdash.ini: The history URL must "
                                          "not contain a password"));
        QVERIFY(status.hasProblem());
        QVERIFY(status.text().contains(QLatin1String("History/url")));
    }
};

QTEST_MAIN(TestHistoryStatus)
#include "tst_historystatus.moc"
