#pragma once

#include "core/base/expected.h"
#include "core/history/historydatabase.h"
#include "core/history/historylocation.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace wsdash {

// Where the collector records: --history-url URL (a file path or postgresql://), else
// --history FILE, else the History/url setting, else history.db in wsdash's data folder (as
// `wsdash --check` records). The reason when a URL or the setting is not a valid location.
Expected<HistoryLocation, QString>
collectorHistoryLocation(const QString& url, const QString& file,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// The one place the collector opens its history store: opened for writing, with a quick check,
// and retrying past a busy database (a window writing to the same file, other writers of a
// shared PostgreSQL database) for up to `retryFor` per operation.
Expected<std::unique_ptr<HistoryDatabase>, HistoryError>
openCollectorHistory(const HistoryLocation& location, std::chrono::milliseconds retryFor);

} // namespace wsdash
