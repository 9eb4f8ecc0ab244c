#include "core/base/settingslocation.h"

#include "core/base/settingsformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace wsdash {

QString settingsFilePath(const QProcessEnvironment& env)
{
    const QString custom = env.value(QStringLiteral("WSDASH_CONFIG_DIR"));
    const QString dir = !custom.isEmpty()
                            ? custom
                            : QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("wsdash.ini"));
}

std::unique_ptr<QSettings> openSettings(const QProcessEnvironment& env)
{
    return std::make_unique<QSettings>(settingsFilePath(env), settingsFormat());
}

} // namespace wsdash
