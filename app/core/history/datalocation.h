#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace wsdash {

// Where wsdash keeps its data (the history database): $WSDASH_DATA_DIR when that variable is
// set (tests, portable use), else the platform's application data folder
// (QStandardPaths::AppDataLocation, e.g. ~/.local/share/wsdash/wsdash on Linux).
QString dataDirectory(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// <data folder>/history.db
QString
historyDatabasePath(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

} // namespace wsdash
