#include "core/api/jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace wsdash {

qsizetype JsonLocator::skipSpace(qsizetype pos) const
{
    while (pos < m_json.size()) {
        const char c = m_json.at(pos);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            break;
        ++pos;
    }
    return pos;
}

// `pos` is at the opening quote; returns the position after the closing quote.
qsizetype JsonLocator::skipString(qsizetype pos, QString* decoded) const
{
    const qsizetype start = pos;
    ++pos;
    while (pos < m_json.size() && m_json.at(pos) != '"')
        pos += m_json.at(pos) == '\\' ? 2 : 1;
    const qsizetype end = qMin(pos + 1, m_json.size());
    if (decoded) {
        // Let Qt decode the escapes of this one string.
        QByteArray wrapped = m_json.mid(start, end - start);
        wrapped.prepend('[');
        wrapped.append(']');
        *decoded = QJsonDocument::fromJson(wrapped).array().at(0).toString();
    }
    return end;
}

qsizetype JsonLocator::skipValue(qsizetype pos) const
{
    pos = skipSpace(pos);
    if (pos >= m_json.size())
        return pos;
    const char c = m_json.at(pos);
    if (c == '"')
        return skipString(pos, nullptr);
    if (c == '{' || c == '[') {
        const char close = c == '{' ? '}' : ']';
        pos = skipSpace(pos + 1);
        while (pos < m_json.size() && m_json.at(pos) != close) {
            if (c == '{') {
                pos = skipString(skipSpace(pos), nullptr);
                pos = skipSpace(pos);
                if (at(pos, ':'))
                    ++pos;
            }
            pos = skipSpace(skipValue(pos));
            if (at(pos, ','))
                pos = skipSpace(pos + 1);
            else if (!at(pos, close))
                return m_json.size(); // not valid JSON: give up
        }
        return qMin(pos + 1, m_json.size());
    }
    while (pos < m_json.size()) {
        const char d = m_json.at(pos);
        if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\r' || d == '\n')
            break;
        ++pos;
    }
    return pos;
}

qsizetype JsonLocator::offsetOf(const JsonPath& path) const
{
    qsizetype pos = skipSpace(0);
    if (m_json.startsWith("\xEF\xBB\xBF"))
        pos = skipSpace(3);
    for (const auto& step : path) {
        const qsizetype container = pos;
        qsizetype found = -1;
        if (const QString* key = std::get_if<QString>(&step)) {
            if (!at(pos, '{'))
                return container;
            pos = skipSpace(pos + 1);
            while (pos < m_json.size() && !at(pos, '}')) {
                QString name;
                pos = skipSpace(skipString(pos, &name));
                if (at(pos, ':'))
                    ++pos;
                pos = skipSpace(pos);
                if (name == *key) {
                    found = pos;
                    break;
                }
                pos = skipSpace(skipValue(pos));
                if (at(pos, ','))
                    pos = skipSpace(pos + 1);
                else
                    break;
            }
        } else {
            const int index = std::get<int>(step);
            if (!at(pos, '['))
                return container;
            pos = skipSpace(pos + 1);
            for (int i = 0; pos < m_json.size() && !at(pos, ']'); ++i) {
                if (i == index) {
                    found = pos;
                    break;
                }
                pos = skipSpace(skipValue(pos));
                if (at(pos, ','))
                    pos = skipSpace(pos + 1);
                else
                    break;
            }
        }
        if (found < 0)
            return container;
        pos = found;
    }
    return pos;
}

int JsonLocator::lineOf(qsizetype offset) const
{
    return 1 + static_cast<int>(m_json.left(offset).count('\n'));
}

int JsonLocator::columnOf(qsizetype offset) const
{
    if (offset <= 0)
        return 1;
    const qsizetype lineStart = m_json.lastIndexOf('\n', offset - 1) + 1;
    return static_cast<int>(offset - lineStart) + 1;
}

QString JsonLocator::toString(const JsonPath& path)
{
    QString text;
    for (const auto& step : path) {
        if (const QString* key = std::get_if<QString>(&step)) {
            if (!text.isEmpty())
                text += QLatin1Char('.');
            text += *key;
        } else {
            text += QLatin1Char('[') + QString::number(std::get<int>(step)) + QLatin1Char(']');
        }
    }
    return text;
}

} // namespace wsdash
