#pragma once

#include "core/base/expected.h"
#include "core/history/historydatabase.h"

#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace wsdash {

// The one place the collector opens its history store: `location` is --history FILE, or empty
// for history.db in wsdash's data folder (as `wsdash --check` records). Opened for writing, with
// a quick check, and retrying past a busy file (a window writing to the same file) for up to
// `retryFor` per operation. A store chosen by URL (PostgreSQL) is to be opened here as well.
Expected<std::unique_ptr<HistoryDatabase>, HistoryError>
openCollectorHistory(const QString& location, std::chrono::milliseconds retryFor,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// What the log and the start-up line say about the store (its path).
QString collectorHistoryDisplayName(
    const QString& location,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

} // namespace wsdash
