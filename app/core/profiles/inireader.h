#pragma once

#include "core/base/expected.h"
#include "core/base/fileerror.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace wsdash {

struct IniEntry
{
    QString key;
    QString value;
    int line = 0;
};

struct IniSection
{
    QString name;
    int line = 0; // of the [name] header
    QList<IniEntry> entries;

    std::optional<IniEntry> entry(const QString& key) const;
};

struct IniDocument
{
    QList<IniSection> sections;

    const IniSection* section(const QString& name,
                              Qt::CaseSensitivity cs = Qt::CaseSensitive) const;
};

// A small, strict reader for INI files such as the Huawei Cloud SDK credentials file. Accepts
// [section] headers, "key = value" (or "key: value") lines, blank lines and whole-line comments
// starting with # or ;. Values are trimmed; one pair of surrounding quotes is removed.
// Everything else is an error naming the line: a key outside a section, a line without '=',
// a key or section given twice, a malformed header, invalid UTF-8, NUL bytes.
class IniReader final
{
public:
    static constexpr qint64 kMaxFileSize = 1024 * 1024;

    static Expected<IniDocument, FileError> parse(const QByteArray& data, const QString& fileName);
    static Expected<IniDocument, FileError> readFile(const QString& path);
};

} // namespace wsdash
