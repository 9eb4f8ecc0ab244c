#include "collector/collectorhistory.h"

#include "core/history/datalocation.h"

#include <QDir>

namespace wsdash {

QString collectorHistoryDisplayName(const QString& location, const QProcessEnvironment& env)
{
    return QDir::toNativeSeparators(location.isEmpty() ? historyDatabasePath(env) : location);
}

Expected<std::unique_ptr<HistoryDatabase>, HistoryError>
openCollectorHistory(const QString& location, std::chrono::milliseconds retryFor,
                     const QProcessEnvironment& env)
{
    HistoryOptions options;
    options.path = location.isEmpty() ? historyDatabasePath(env) : location;
    options.retryFor = retryFor;
    options.quickCheck = true; // a long-running process: check the file once at start
    return HistoryDatabase::open(options);
}

} // namespace wsdash
