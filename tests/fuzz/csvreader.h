#pragma once

// A strict RFC 4180 reader, independent of the exporter, so that the fuzzer can check that what
// exportCsv() writes reads back to the same fields.

#include <QString>
#include <QStringList>

#include <optional>

namespace wsdash::fuzz {

struct CsvTable
{
    QList<QStringList> rows;
    QString error; // empty when the text is well-formed
};

// Rows end with CRLF (the last one too). A field is either quoted ("" inside stands for ") or
// contains no quote, comma, CR or LF.
inline CsvTable readCsv(const QString& text)
{
    CsvTable table;
    QStringList row;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto endOfRecord = [&](qsizetype at) {
        return at + 1 < n && text.at(at) == QLatin1Char('\r') &&
               text.at(at + 1) == QLatin1Char('\n');
    };
    while (i < n) {
        field.clear();
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            bool closed = false;
            while (i < n) {
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field.append(QLatin1Char('"'));
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field.append(text.at(i));
                ++i;
            }
            if (!closed) {
                table.error = QStringLiteral("unterminated quoted field");
                return table;
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && !endOfRecord(i)) {
                const QChar c = text.at(i);
                if (c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                    table.error =
                        QStringLiteral("quote or line break in an unquoted field at %1").arg(i);
                    return table;
                }
                field.append(c);
                ++i;
            }
        }
        row.append(field);
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            if (i == n) {
                table.error = QStringLiteral("text ends after a comma");
                return table;
            }
            continue;
        }
        if (!endOfRecord(i)) {
            table.error = QStringLiteral("record does not end with CRLF at %1").arg(i);
            return table;
        }
        i += 2;
        table.rows.append(row);
        row.clear();
    }
    return table;
}

} // namespace wsdash::fuzz
