#pragma once

#include <QString>
#include <QStringList>

namespace wsdash::test {

// A throw-away PostgreSQL cluster for one test program: initdb into a fresh folder, pg_ctl on a
// free loopback port with its Unix socket in the same folder, trust authentication, superuser
// "wsdash"; stopped (pg_ctl stop -m fast) and removed by stop() or the destructor. Never touches
// a system cluster. As root (CI, containers), the cluster is owned by the "postgres" user
// (runuser), since PostgreSQL refuses to run as root.
//
//   PostgresServer server;
//   if (!PostgresServer::available()) QSKIP(qPrintable(PostgresServer::unavailableReason()));
//   QVERIFY2(server.start(), qPrintable(server.error()));
//   QVERIFY2(server.createDatabase("h1"), qPrintable(server.error()));
//   HistoryLocation::parse(server.url("h1"));
class PostgresServer final
{
public:
    PostgresServer() = default;
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    // The folder with initdb and pg_ctl (the newest /usr/lib/postgresql/*/bin, or
    // $WSDASH_PG_BINDIR); empty when there is none.
    static QString binDirectory();
    static bool available() { return !binDirectory().isEmpty(); }
    // What is missing, for QSKIP.
    static QString unavailableReason();

    bool start();
    void stop();
    bool isRunning() const { return m_running; }
    // Why start() or createDatabase() failed (with the tools' output).
    const QString& error() const { return m_error; }

    bool createDatabase(const QString& name);

    int port() const { return m_port; }
    QString socketDirectory() const { return m_folder; }
    // postgresql://wsdash@127.0.0.1:PORT/NAME
    QString url(const QString& database) const;
    // postgresql://wsdash@/NAME?host=SOCKETDIR&port=PORT (through the Unix socket)
    QString socketUrl(const QString& database) const;
    // A loopback port nothing listens on (for connection failures).
    static int unusedPort();

private:
    bool run(const QString& tool, const QStringList& arguments, int timeoutMs = 60000);

    QString m_folder;
    int m_port = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace wsdash::test
