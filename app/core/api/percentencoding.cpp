#include "core/api/percentencoding.h"

#include <QByteArray>

#include <algorithm>

namespace wsdash {

namespace {

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.' || c == '~';
}

// Works on the bytes: a round trip through QString::fromUtf8 would drop a leading U+FEFF.
QString percentEncodeBytes(const QByteArray& utf8)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(utf8.size() * 3);
    for (const char c : utf8) {
        if (isUnreserved(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%');
            out.append(kHex[byte >> 4]);
            out.append(kHex[byte & 0x0F]);
        }
    }
    return QString::fromLatin1(out);
}

} // namespace

QString percentEncode(const QString& text)
{
    return percentEncodeBytes(text.toUtf8());
}

QString canonicalQueryString(const QList<QueryParameter>& parameters)
{
    // Sort on the UTF-8 bytes of name, then value: the byte order of the SDK signers.
    QList<QPair<QByteArray, QByteArray>> sorted;
    sorted.reserve(parameters.size());
    for (const QueryParameter& p : parameters)
        sorted.append({p.first.toUtf8(), p.second.toUtf8()});
    std::sort(sorted.begin(), sorted.end());

    QString result;
    for (const auto& [name, value] : sorted) {
        if (!result.isEmpty())
            result.append(QLatin1Char('&'));
        result += percentEncodeBytes(name) + QLatin1Char('=') + percentEncodeBytes(value);
    }
    return result;
}

} // namespace wsdash
