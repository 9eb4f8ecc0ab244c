#pragma once

#include "core/base/expected.h"
#include "core/history/historylocation.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

class QSettings;

namespace wsdash {

// Where wsdash keeps its data (the history database): $WSDASH_DATA_DIR when that variable is
// set (tests, portable use), else the platform's application data folder
// (QStandardPaths::AppDataLocation, e.g. ~/.local/share/wsdash/wsdash on Linux).
QString dataDirectory(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// <data folder>/history.db
QString
historyDatabasePath(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// The settings key that names the history location (a file path or a postgresql:// URL; never
// a password): "History/url".
QString historyUrlSettingsKey();

// Where the history is: `given` (--history-url) when set, else the History/url setting when
// `settings` has one, else the SQLite file historyDatabasePath(env). The reason (naming the
// setting) when the setting is not a valid location.
Expected<HistoryLocation, QString>
historyLocation(const std::optional<HistoryLocation>& given, const QSettings* settings,
                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

} // namespace wsdash
