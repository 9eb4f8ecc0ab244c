#include "collector/collectorhistory.h"

#include "core/base/settingslocation.h"
#include "core/history/datalocation.h"

#include <QSettings>

namespace wsdash {

Expected<HistoryLocation, QString> collectorHistoryLocation(const QString& url, const QString& file,
                                                            const QProcessEnvironment& env)
{
    if (!url.isEmpty())
        return HistoryLocation::parse(url);
    if (!file.isEmpty())
        return HistoryLocation::sqliteFile(file);
    const std::unique_ptr<QSettings> settings = openSettings(env);
    return historyLocation(std::nullopt, settings.get(), env);
}

Expected<std::unique_ptr<HistoryDatabase>, HistoryError>
openCollectorHistory(const HistoryLocation& location, std::chrono::milliseconds retryFor)
{
    HistoryOptions options = HistoryOptions::at(location);
    options.retryFor = retryFor;
    options.quickCheck = true; // a long-running process: check the file once at start
    return HistoryDatabase::open(options);
}

} // namespace wsdash
