#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <variant>

namespace wsdash {

// A path into a JSON document: object keys and array indexes, e.g. {"profiles", 2, "name"}.
using JsonPath = QList<std::variant<QString, int>>;

// Finds where things are in JSON text that QJsonDocument already accepted, so that messages
// about its content can name a line: QJsonDocument keeps no positions.
class JsonLocator final
{
public:
    explicit JsonLocator(QByteArray json)
        : m_json(std::move(json))
    {}

    // The byte offset where the value at `path` starts; when the path leads nowhere, the offset
    // of the deepest value found on the way (0 for the root).
    qsizetype offsetOf(const JsonPath& path) const;
    // 1-based line of a byte offset.
    int lineOf(qsizetype offset) const;
    int lineOf(const JsonPath& path) const { return lineOf(offsetOf(path)); }
    // 1-based column (in bytes) of a byte offset.
    int columnOf(qsizetype offset) const;

    // "profiles[2].name"
    static QString toString(const JsonPath& path);

private:
    qsizetype skipSpace(qsizetype pos) const;
    qsizetype skipString(qsizetype pos, QString* decoded) const;
    qsizetype skipValue(qsizetype pos) const;
    bool at(qsizetype pos, char c) const { return pos < m_json.size() && m_json.at(pos) == c; }

    QByteArray m_json;
};

} // namespace wsdash
