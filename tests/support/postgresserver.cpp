#include "support/postgresserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTcpServer>
#include <QUuid>

#include <algorithm>
#include <unistd.h>

namespace wsdash::test {

namespace {

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDirectory()
{
    const QString custom = qEnvironmentVariable("WSDASH_PG_BINDIR");
    QStringList candidates;
    if (!custom.isEmpty()) {
        candidates << custom;
    } else {
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString& a, const QString& b) {
            return a.toInt() > b.toInt(); // newest first
        });
        for (const QString& version : versions)
            candidates << root.filePath(version + QStringLiteral("/bin"));
    }
    for (const QString& dir : candidates) {
        if (QFileInfo(dir + QStringLiteral("/initdb")).isExecutable() &&
            QFileInfo(dir + QStringLiteral("/pg_ctl")).isExecutable())
            return dir;
    }
    return QString();
}

QString PostgresServer::unavailableReason()
{
    if (!available()) {
        return QStringLiteral("PostgreSQL server binaries (initdb, pg_ctl) not found in "
                              "/usr/lib/postgresql/*/bin or $WSDASH_PG_BINDIR: install the "
                              "Debian package postgresql to run these tests");
    }
    if (runningAsRoot() && QStandardPaths::findExecutable(QStringLiteral("runuser")).isEmpty())
        return QStringLiteral("running as root needs runuser (util-linux) to start PostgreSQL");
    return QString();
}

int PostgresServer::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}

bool PostgresServer::run(const QString& tool, const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith(QLatin1String("PG")))
            env.remove(name); // nothing of the caller's PostgreSQL settings
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::tempPath());
    const QString program = binDirectory() + QLatin1Char('/') + tool;
    if (runningAsRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForFinished(timeoutMs);
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!finished)
            process.kill();
        m_error = QStringLiteral("%1 %2 failed (%3): %4")
                      .arg(tool, arguments.join(QLatin1Char(' ')),
                           finished ? QStringLiteral("exit %1").arg(process.exitCode())
                                    : QStringLiteral("timed out"),
                           output);
        return false;
    }
    return true;
}

bool PostgresServer::start()
{
    if (m_running)
        return true;
    if (!available()) {
        m_error = unavailableReason();
        return false;
    }
    // Short (a Unix socket path has ~100 bytes) and reachable for the postgres user.
    m_folder = QDir::tempPath() + QStringLiteral("/wsdash-pg-") +
               QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (!QDir().mkpath(m_folder)) {
        m_error = QStringLiteral("cannot create %1").arg(m_folder);
        return false;
    }
    if (runningAsRoot()) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("postgres:postgres"), m_folder});
        if (!chown.waitForFinished(10000) || chown.exitCode() != 0) {
            m_error = QStringLiteral("cannot give %1 to the postgres user: %2")
                          .arg(m_folder, QString::fromLocal8Bit(chown.readAllStandardError()));
            return false;
        }
    }
    const QString data = m_folder + QStringLiteral("/data");
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"),
              QStringLiteral("-U"), QStringLiteral("wsdash"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--no-sync")},
             120000)) {
        return false;
    }
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = unusedPort();
        // Small and quick: no fsync (a throw-away cluster), enough connections for 8 writers
        // and the test's own.
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 "
                                               "-c fsync=off -c max_connections=60")
                                    .arg(m_port)
                                    .arg(m_folder);
        m_running =
            run(QStringLiteral("pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                 m_folder + QStringLiteral("/server.log"), QStringLiteral("-w"),
                 QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("start")});
    }
    if (!m_running) {
        QFile log(m_folder + QStringLiteral("/server.log"));
        if (log.open(QIODevice::ReadOnly))
            m_error += QStringLiteral("\nserver.log: ") + QString::fromLocal8Bit(log.readAll());
    }
    return m_running;
}

bool PostgresServer::createDatabase(const QString& name)
{
    return run(QStringLiteral("createdb"),
               {QStringLiteral("-h"), m_folder, QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("wsdash"), name});
}

void PostgresServer::stop()
{
    if (m_running) {
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_folder + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
        m_running = false;
    }
    if (!m_folder.isEmpty()) {
        QDir(m_folder).removeRecursively();
        m_folder.clear();
    }
}

QString PostgresServer::url(const QString& database) const
{
    return QStringLiteral("postgresql://wsdash@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

QString PostgresServer::socketUrl(const QString& database) const
{
    return QStringLiteral("postgresql://wsdash@/%1?host=%2&port=%3")
        .arg(database, m_folder)
        .arg(m_port);
}

} // namespace wsdash::test
