#include "support/testsupport.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>

namespace wsdash::test {

QByteArray readTestData(const QString& name)
{
    QFile file(QStringLiteral(WSDASH_TESTDATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString builtExecutable(const QString& relativePath)
{
    return QStringLiteral(WSDASH_BINARY_DIR "/") + relativePath;
}

ProcessRun runProcess(const QString& program, const QStringList& arguments,
                      const QProcessEnvironment& env, int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, arguments);
    ProcessRun run;
    if (!process.waitForStarted(10000))
        return run;
    // QSignalSpy::wait turns the event loop, so a server of this process keeps answering.
    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        run.err = process.readAllStandardError();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

ProcessRun runBuilt(const QString& relativePath, const QStringList& arguments,
                    const QProcessEnvironment& env, int timeoutMs)
{
    return runProcess(builtExecutable(relativePath), arguments, env, timeoutMs);
}

int runWsdash(const QStringList& arguments, const QProcessEnvironment& env, QByteArray* err)
{
    const ProcessRun run = runBuilt(QStringLiteral("app/wsdash"), arguments, env, 60000);
    *err = run.err;
    return run.exitCode == -2 ? -1 : run.exitCode;
}

QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith(QLatin1String("HUAWEICLOUD_SDK_")) ||
            name == QLatin1String("WSDASH_IAM_TOKEN") || name == QLatin1String("DISPLAY") ||
            name == QLatin1String("WAYLAND_DISPLAY") ||
            name.endsWith(QLatin1String("_proxy"), Qt::CaseInsensitive)) {
            env.remove(name);
        }
    }
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace wsdash::test
