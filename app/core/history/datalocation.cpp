#include "core/history/datalocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
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

QString historyUrlSettingsKey()
{
    return QStringLiteral("History/url");
}

Expected<HistoryLocation, QString> historyLocation(const std::optional<HistoryLocation>& given,
                                                   const QSettings* settings,
                                                   const QProcessEnvironment& env)
{
    if (given)
        return *given;
    const QString configured =
        settings ? settings->value(historyUrlSettingsKey()).toString().trimmed() : QString();
    if (configured.isEmpty())
        return HistoryLocation::sqliteFile(historyDatabasePath(env));
    auto location = HistoryLocation::parse(configured);
    if (!location) {
        return QCoreApplication::translate("wsdash", "%1 in %2: %3")
            .arg(historyUrlSettingsKey(), QDir::toNativeSeparators(settings->fileName()),
                 location.error());
    }
    return location;
}

} // namespace wsdash
