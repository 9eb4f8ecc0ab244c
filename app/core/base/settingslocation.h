#pragma once

#include <QProcessEnvironment>
#include <QSettings>
#include <QString>

#include <memory>

namespace wsdash {

// Where wsdash keeps its settings: $WSDASH_CONFIG_DIR/wsdash.ini when that variable is set
// (tests, portable use), else the platform's user configuration folder.
QString settingsFilePath(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

// The settings file above, in INI format (never holds a secret), written safely (see
// settingsFormat()). Check settingsFileProblem() before relying on what it reads.
std::unique_ptr<QSettings>
openSettings(const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

} // namespace wsdash
