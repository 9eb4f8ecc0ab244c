#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace wsdash::test {

// The contents of a fixture under tests/data, or a failed QVERIFY-friendly empty array.
QByteArray readTestData(const QString& name);

// The path of a built executable (e.g. "app/wsdash") below the build tree.
QString builtExecutable(const QString& relativePath);

// Runs the built wsdash to its end while this thread's event loop keeps running (the child may
// talk to a server of this process). Returns its exit code, or -1 when it did not start, did
// not finish within 60 s or crashed; `err` gets its stderr.
int runWsdash(const QStringList& arguments, const QProcessEnvironment& env, QByteArray* err);

} // namespace wsdash::test
