// HistoryLocation: a file path or a postgresql:// URL, validated; and where the history is
// (--history-url, the History/url setting, the default file).
#include "core/history/datalocation.h"
#include "core/history/historylocation.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;

class TestHistoryLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void files_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("path");
        QTest::addRow("absolute") << "/var/lib/wsdash/history.db"
                                  << "/var/lib/wsdash/history.db";
        QTest::addRow("spaces around") << "  /tmp/h.db "
                                       << "/tmp/h.db";
        QTest::addRow("relative") << "h.db"
                                  << QDir::current().absoluteFilePath(QStringLiteral("h.db"));
        QTest::addRow("home") << "~/h.db" << QDir::home().absoluteFilePath(QStringLiteral("h.db"));
        QTest::addRow("file URL") << "file:///tmp/x%20y.db"
                                  << "/tmp/x y.db";
        QTest::addRow("colon in name") << "/tmp/a:b.db"
                                       << "/tmp/a:b.db";
    }
    void files()
    {
        QFETCH(QString, text);
        QFETCH(QString, path);
        const auto location = HistoryLocation::parse(text);
        QVERIFY2(location, location ? "" : qPrintable(location.error()));
        QCOMPARE(location->kind(), HistoryLocation::Kind::SQLite);
        QVERIFY(!location->isPostgres());
        QCOMPARE(location->path(), path);
        QCOMPARE(location->toDisplayString(), QDir::toNativeSeparators(path));
    }

    void postgres_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("options");
        QTest::addColumn<QString>("display");
        QTest::addRow("full") << "postgresql://wsdash@db.example.com:5433/history"
                              << "db.example.com" << 5433 << "history"
                              << "wsdash"
                              << "connect_timeout='10'"
                              << "postgresql://wsdash@db.example.com:5433/history";
        QTest::addRow("short scheme, no port, no user")
            << "postgres://10.0.0.5/wsdash"
            << "10.0.0.5" << -1 << "wsdash" << QString() << "connect_timeout='10'"
            << "postgresql://10.0.0.5/wsdash";
        QTest::addRow("IPv6") << "postgresql://me@[::1]:6000/h"
                              << "::1" << 6000 << "h"
                              << "me"
                              << "connect_timeout='10'"
                              << "postgresql://me@[::1]:6000/h";
        QTest::addRow("Unix socket")
            << "postgresql:///wsdash?host=/run/postgresql"
            << "/run/postgresql" << -1 << "wsdash" << QString() << "connect_timeout='10'"
            << "postgresql:///wsdash?host=/run/postgresql";
        QTest::addRow("socket with user and port")
            << "postgresql://ops@/h?host=/tmp/pg%20dir&port=5999"
            << "/tmp/pg dir" << 5999 << "h"
            << "ops"
            << "connect_timeout='10'"
            << "postgresql://ops@/h?host=/tmp/pg%20dir&port=5999";
        QTest::addRow("parameters")
            << "postgresql://u@h/d?sslmode=verify-full&connect_timeout=3&application_name=ops"
            << "h" << -1 << "d"
            << "u"
            << "sslmode='verify-full';connect_timeout='3';application_name='ops'"
            << "postgresql://u@h/d?sslmode=verify-full&connect_timeout=3&application_name=ops";
        QTest::addRow("percent-encoded database") << "postgresql://u@h/my%20db"
                                                  << "h" << -1 << "my db"
                                                  << "u"
                                                  << "connect_timeout='10'"
                                                  << "postgresql://u@h/my%20db";
    }
    void postgres()
    {
        QFETCH(QString, text);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, options);
        QFETCH(QString, display);
        const auto location = HistoryLocation::parse(text);
        QVERIFY2(location, location ? "" : qPrintable(location.error()));
        QVERIFY(location->isPostgres());
        QCOMPARE(location->host(), host);
        QCOMPARE(location->port(), port);
        QCOMPARE(location->database(), database);
        QCOMPARE(location->user(), user);
        QCOMPARE(location->connectOptions(), options);
        QVERIFY(location->path().isEmpty());
        QCOMPARE(location->toDisplayString(), display);
        // The display form reads back as the same location.
        const auto again = HistoryLocation::parse(location->toDisplayString());
        QVERIFY2(again, again ? "" : qPrintable(again.error()));
        QCOMPARE(*again, *location);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("empty") << "   "
                               << "empty";
        QTest::addRow("password") << "postgresql://u:secret@h/d"
                                  << "PGPASSWORD";
        QTest::addRow("empty password") << "postgresql://u:@h/d"
                                        << "PGPASSWORD";
        QTest::addRow("password parameter") << "postgresql://u@h/d?password=x"
                                            << "PGPASSWORD";
        QTest::addRow("other scheme") << "mysql://u@h/d"
                                      << "mysql://";
        QTest::addRow("http") << "https://example.com/h.db"
                              << "https://";
        QTest::addRow("no database") << "postgresql://u@h"
                                     << "database";
        QTest::addRow("no database, slash") << "postgresql://u@h/"
                                            << "database";
        QTest::addRow("two path parts") << "postgresql://u@h/a/b"
                                        << "database";
        QTest::addRow("bad port") << "postgresql://u@h:99999/d"
                                  << "postgresql://u@h:99999/d";
        QTest::addRow("port zero") << "postgresql://u@h:0/d"
                                   << "port";
        QTest::addRow("relative socket") << "postgresql:///d?host=run/pg"
                                         << "absolute";
        QTest::addRow("host twice") << "postgresql://u@h/d?host=/run/pg"
                                    << "not both";
        QTest::addRow("unknown parameter") << "postgresql://u@h/d?target_session_attrs=any"
                                           << "target_session_attrs";
        QTest::addRow("bad sslmode") << "postgresql://u@h/d?sslmode=maybe"
                                     << "sslmode";
        QTest::addRow("bad timeout") << "postgresql://u@h/d?connect_timeout=0"
                                     << "connect_timeout";
        QTest::addRow("fragment") << "postgresql://u@h/d#x"
                                  << "fragment";
        QTest::addRow("space in host") << "postgresql://u@bad host/d"
                                       << "not a valid URL";
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        const auto location = HistoryLocation::parse(text);
        QVERIFY2(!location, qPrintable(location ? location->toDisplayString() : QString()));
        QVERIFY2(location.error().contains(mentions), qPrintable(location.error()));
        // Never echoes a password.
        QVERIFY2(!location.error().contains(QLatin1String("secret")), qPrintable(location.error()));
    }

    // --history-url wins over the setting, the setting over the default file.
    void precedence()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcessEnvironment env;
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), dir.path());
        QSettings settings(dir.filePath(QStringLiteral("wsdash.ini")), QSettings::IniFormat);

        auto location = historyLocation(std::nullopt, &settings, env);
        QVERIFY(location);
        QCOMPARE(location->path(), dir.filePath(QStringLiteral("history.db")));
        location = historyLocation(std::nullopt, nullptr, env);
        QVERIFY(location);
        QCOMPARE(location->path(), dir.filePath(QStringLiteral("history.db")));

        settings.setValue(historyUrlSettingsKey(), QStringLiteral("postgresql://team@db/wsdash"));
        location = historyLocation(std::nullopt, &settings, env);
        QVERIFY(location);
        QVERIFY(location->isPostgres());
        QCOMPARE(location->host(), QStringLiteral("db"));

        const auto given = HistoryLocation::parse(QStringLiteral("/tmp/given.db"));
        QVERIFY(given);
        location = historyLocation(*given, &settings, env);
        QVERIFY(location);
        QCOMPARE(location->path(), QStringLiteral("/tmp/given.db"));

        settings.setValue(historyUrlSettingsKey(), QStringLiteral("postgresql://u:pw@db/wsdash"));
        location = historyLocation(std::nullopt, &settings, env);
        QVERIFY(!location);
        QVERIFY2(location.error().startsWith(QLatin1String("History/url in ")),
                 qPrintable(location.error()));
        QVERIFY2(location.error().contains(QLatin1String("PGPASSWORD")),
                 qPrintable(location.error()));
    }
};

QTEST_GUILESS_MAIN(TestHistoryLocation)
#include "tst_historylocation.moc"
