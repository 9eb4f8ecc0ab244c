#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

// Verifies an Expected (core/base/expected.h) and shows its error message when it holds one.
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto& result_ = (expression);                                                        \
        QVERIFY2(result_, result_ ? "" : qPrintable(result_.error().message));                     \
    } while (false)

namespace wsdash::test {

// The contents of a fixture under tests/data, or a failed QVERIFY-friendly empty array.
QByteArray readTestData(const QString& name);

// The path of a built executable (e.g. "app/wsdash") below the build tree.
QString builtExecutable(const QString& relativePath);

// What a child process did.
struct ProcessRun
{
    int exitCode = -1; // -1: did not start, or did not end in time (then killed); -2: crashed
    QByteArray out;
    QByteArray err;
};

// Runs a program to its end while this thread's event loop keeps turning (the child may talk
// to a server of this process), for at most timeoutMs.
ProcessRun runProcess(const QString& program, const QStringList& arguments,
                      const QProcessEnvironment& env, int timeoutMs = 30000);

// The same for a built executable of this tree ("app/wsdash", "app/sim/wsdash-sim").
ProcessRun runBuilt(const QString& relativePath, const QStringList& arguments,
                    const QProcessEnvironment& env, int timeoutMs = 30000);

// Runs the built wsdash; its exit code, or -1 when it did not start, did not finish within
// 60 s or crashed. `err` gets its stderr.
int runWsdash(const QStringList& arguments, const QProcessEnvironment& env, QByteArray* err);

// This process's environment for a child wsdash: no credentials (HUAWEICLOUD_SDK_*,
// WSDASH_IAM_TOKEN), no proxies, no display (offscreen), C.UTF-8. Tests add what they need.
QProcessEnvironment cleanEnvironment();

} // namespace wsdash::test
