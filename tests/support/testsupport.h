#pragma once

#include <QByteArray>
#include <QString>

namespace wsdash::test {

// The contents of a fixture under tests/data, or a failed QVERIFY-friendly empty array.
QByteArray readTestData(const QString& name);

// The path of a built executable (e.g. "app/wsdash") below the build tree.
QString builtExecutable(const QString& relativePath);

} // namespace wsdash::test
