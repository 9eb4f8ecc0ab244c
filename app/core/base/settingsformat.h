#pragma once

#include "core/base/fileerror.h"

#include <QSettings>
#include <QString>

#include <optional>

namespace wsdash {

// The format of wsdash.ini: Qt's own INI text (files written by QSettings::IniFormat read the
// same), but written safely. Qt's INI writer publishes a file even when its last buffered
// write fails (a full disk leaves a truncated settings file); this one flushes and syncs
// every byte before the file is renamed into place, and on failure keeps the previous file.
// It also refuses to replace a file that cannot be parsed: such a file is the user's to fix,
// not to be rewritten as [General] keys.
QSettings::Format settingsFormat();

// Why the last write of a settings file in this thread failed, in the system's words ("No
// space left on device"); empty when it did not fail.
QString lastSettingsWriteError();

// The first problem that makes a settings file unreadable as INI (binary bytes, text that is
// not UTF-8, a line that is neither a [section], a key=value pair nor a comment), with its
// line; nullopt for a readable or missing file.
std::optional<FileError> settingsFileProblem(const QString& path);

} // namespace wsdash
