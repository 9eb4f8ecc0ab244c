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

int runWsdash(const QStringList& arguments, const QProcessEnvironment& env, QByteArray* err)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(builtExecutable(QStringLiteral("app/wsdash")), arguments);
    if (!process.waitForStarted(10000) || !finished.wait(60000))
        return -1;
    *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace wsdash::test
