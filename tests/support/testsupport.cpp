#include "testsupport.h"

#include <QFile>

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

} // namespace wsdash::test
