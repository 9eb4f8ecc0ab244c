#include "core/base/settingsformat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileDevice>
#include <QSaveFile>
#include <QStringConverter>
#include <QTemporaryDir>

#include <utility>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace wsdash {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("wsdash::SettingsFormat", text);
}

thread_local QString t_lastWriteError;

// Qt's INI parser and writer, reached through a scratch file: the only public way to them.
// The scratch is read back and compared, so a failed scratch write is never taken for data.
bool parseIni(const QByteArray& text, QSettings::SettingsMap* map)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return false;
    const QString path = scratch.filePath(QStringLiteral("settings.ini"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.flush())
            return false;
    }
    QSettings settings(path, QSettings::IniFormat);
    if (settings.status() != QSettings::NoError)
        return false;
    map->clear();
    for (const QString& key : settings.allKeys())
        map->insert(key, settings.value(key));
    return true;
}

bool formatIni(const QSettings::SettingsMap& map, QByteArray* text)
{
    if (map.isEmpty()) { // Qt writes no file for no keys
        text->clear();
        return true;
    }
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return false;
    const QString path = scratch.filePath(QStringLiteral("settings.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            settings.setValue(it.key(), it.value());
        settings.sync();
        if (settings.status() != QSettings::NoError)
            return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    *text = file.readAll();
    QSettings::SettingsMap check;
    return parseIni(*text, &check) && check == map;
}

// The first line that makes `bytes` unreadable as INI, or what Qt's parser refuses.
std::optional<FileError> problemInText(const QByteArray& bytes, const QString& path)
{
    const QList<QByteArray> lines = bytes.split('\n');
    QStringDecoder utf8(QStringDecoder::Utf8);
    bool continued = false; // the previous line ended in a backslash: a value goes on
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const bool continuation = std::exchange(continued, line.endsWith('\\'));
        if (line.contains('\0'))
            return FileError{path, i + 1, tr("binary data, not text")};
        [[maybe_unused]] const QString decoded = utf8(line); // sets hasError()
        if (utf8.hasError())
            return FileError{path, i + 1, tr("not UTF-8 text")};
        if (continuation || line.isEmpty() || line.startsWith(';') || line.startsWith('#'))
            continue;
        if (line.startsWith('[')) {
            if (!line.endsWith(']'))
                return FileError{path, i + 1, tr("a [section] line without its closing ]")};
            continue;
        }
        if (!line.contains('='))
            return FileError{path, i + 1, tr("neither a [section] nor a key=value line")};
    }
    QSettings::SettingsMap map;
    if (!parseIni(bytes, &map))
        return FileError{path, 0, tr("not a valid INI file")};
    return std::nullopt;
}

bool readSettings(QIODevice& device, QSettings::SettingsMap& map)
{
    const QByteArray bytes = device.readAll();
    // Qt's parser takes most garbage for keys of [General]: refuse what is not INI text.
    if (problemInText(bytes, QString()))
        return false;
    return parseIni(bytes, &map);
}

bool writeSettings(QIODevice& device, const QSettings::SettingsMap& map)
{
    t_lastWriteError.clear();
    auto* file = qobject_cast<QFileDevice*>(&device);
    if (file) {
        if (const auto problem = settingsFileProblem(file->fileName())) {
            t_lastWriteError = tr("the file cannot be read as settings (%1); it was not "
                                  "overwritten")
                                   .arg(problem->toString());
            return false;
        }
    }
    QByteArray text;
    if (!formatIni(map, &text)) {
        t_lastWriteError = tr("the settings could not be prepared in the temporary folder");
        return false;
    }
    if (device.write(text) != text.size()) {
        t_lastWriteError = device.errorString();
        return false;
    }
    if (file) {
        // Qt publishes the file even when this last flush fails: flush and sync here, and a
        // failure stops the rename.
        if (!file->flush()) {
            t_lastWriteError = file->errorString();
            return false;
        }
#if defined(Q_OS_WIN)
        if (_commit(file->handle()) != 0) {
            t_lastWriteError = file->errorString();
            return false;
        }
#else
        if (::fsync(file->handle()) != 0 && errno != EINVAL) {
            t_lastWriteError = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
#endif
    }
    return true;
}

} // namespace

QSettings::Format settingsFormat()
{
    static const QSettings::Format format =
        QSettings::registerFormat(QStringLiteral("ini"), readSettings, writeSettings);
    return format;
}

QString lastSettingsWriteError()
{
    return t_lastWriteError;
}

std::optional<FileError> settingsFileProblem(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly))
        return FileError{path, 0, file.errorString()};
    return problemInText(file.readAll(), path);
}

} // namespace wsdash
