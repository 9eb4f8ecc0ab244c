#include "core/profiles/inireader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("wsdash::IniReader", text);
}

bool isValidKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.\\-]+$"));
    return pattern.match(key).hasMatch();
}

QString unquote(const QString& value)
{
    if (value.size() >= 2) {
        const QChar first = value.front();
        if ((first == QLatin1Char('"') || first == QLatin1Char('\'')) && value.back() == first)
            return value.mid(1, value.size() - 2);
    }
    return value;
}

} // namespace

std::optional<IniEntry> IniSection::entry(const QString& key) const
{
    for (const IniEntry& e : entries) {
        if (e.key == key)
            return e;
    }
    return std::nullopt;
}

const IniSection* IniDocument::section(const QString& name, Qt::CaseSensitivity cs) const
{
    for (const IniSection& s : sections) {
        if (s.name.compare(name, cs) == 0)
            return &s;
    }
    return nullptr;
}

Expected<IniDocument, FileError> IniReader::parse(const QByteArray& data, const QString& fileName)
{
    const auto fail = [&fileName](int line, const QString& reason) {
        return Expected<IniDocument, FileError>(FileError{fileName, line, reason});
    };
    IniDocument document;
    IniSection* current = nullptr;
    QByteArrayView rest(data);
    if (rest.startsWith("\xEF\xBB\xBF"))
        rest = rest.sliced(3);
    int lineNumber = 0;
    while (!rest.isEmpty()) {
        ++lineNumber;
        const qsizetype end = rest.indexOf('\n');
        QByteArrayView raw = end < 0 ? rest : rest.first(end);
        rest = end < 0 ? QByteArrayView() : rest.sliced(end + 1);
        if (raw.endsWith('\r'))
            raw.chop(1);
        if (raw.contains('\0'))
            return fail(lineNumber, tr("the line contains a NUL byte; is this a text file?"));
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder.decode(raw);
        if (decoder.hasError())
            return fail(lineNumber, tr("the line is not valid UTF-8 text"));
        const QString line = text.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';')))
            continue;

        if (line.startsWith(QLatin1Char('['))) {
            if (!line.endsWith(QLatin1Char(']')))
                return fail(lineNumber, tr("a section header must end with ']'"));
            const QString name = line.mid(1, line.size() - 2).trimmed();
            if (name.isEmpty() || name.contains(QLatin1Char('[')) ||
                name.contains(QLatin1Char(']')))
                return fail(lineNumber, tr("malformed section header %1").arg(line));
            for (const IniSection& s : std::as_const(document.sections)) {
                if (s.name == name) {
                    return fail(
                        lineNumber,
                        tr("section [%1] appears twice (first on line %2)").arg(name).arg(s.line));
                }
            }
            document.sections.append(IniSection{name, lineNumber, {}});
            current = &document.sections.back();
            continue;
        }

        const qsizetype equals = line.indexOf(QLatin1Char('='));
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        qsizetype separator = equals;
        if (separator < 0 || (colon >= 0 && colon < separator))
            separator = colon;
        if (separator < 0)
            return fail(lineNumber, tr("expected \"key = value\", a [section] or a comment"));
        const QString key = line.left(separator).trimmed();
        if (key.isEmpty())
            return fail(lineNumber, tr("the key before '%1' is empty").arg(line.at(separator)));
        if (!isValidKey(key)) {
            return fail(
                lineNumber,
                tr("\"%1\" is not a valid key (letters, digits, _ . - only)").arg(key.left(40)));
        }
        if (!current)
            return fail(lineNumber, tr("key \"%1\" comes before any [section]").arg(key));
        if (const auto previous = current->entry(key)) {
            return fail(lineNumber, tr("%1 is set twice in [%2] (first on line %3)")
                                        .arg(key, current->name)
                                        .arg(previous->line));
        }
        current->entries.append(
            IniEntry{key, unquote(line.mid(separator + 1).trimmed()), lineNumber});
    }
    return document;
}

Expected<IniDocument, FileError> IniReader::readFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return FileError{shown, 0, tr("the file does not exist")};
    QFile file(path);
    if (!QFileInfo(path).isFile())
        return FileError{shown, 0, tr("not a file")};
    if (!file.open(QIODevice::ReadOnly))
        return FileError{shown, 0, tr("cannot be read (%1)").arg(file.errorString())};
    if (file.size() > kMaxFileSize)
        return FileError{shown, 0, tr("the file is larger than 1 MiB; not a credentials file")};
    return parse(file.read(kMaxFileSize + 1), shown);
}

} // namespace wsdash
