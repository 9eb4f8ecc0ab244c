#include "core/history/datalocation.h"

#include <QDir>
#include <QStandardPaths>

namespace wsdash {

QString dataDirectory(const QProcessEnvironment& env)
{
    const QString custom = env.value(QStringLiteral("WSDASH_DATA_DIR"));
    if (!custom.isEmpty())
        return QDir(custom).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString historyDatabasePath(const QProcessEnvironment& env)
{
    return QDir(dataDirectory(env)).filePath(QStringLiteral("history.db"));
}

} // namespace wsdash
