// libFuzzer target: the query filters as a user types them (command line, filter panel).
//
// Input: text split into lines; line 1 is the desktop-type item, line 2 the statistics-type item
// (each may be a comma-separated list; an empty line is no item), every further line one
// pool-ID item. Text is UTF-8, or UTF-16LE after a FF FE byte-order mark (a QString from a
// widget can hold any UTF-16, lone surrogates included).
//
// Invariants of an accepted query:
//   - the canonical query string holds only unreserved characters, '%XX' with upper-case hex,
//     '=' and '&', and percent-decoding it gives back exactly parameters(), in byte order;
//   - pool IDs are non-empty, at most 128 characters, free of spaces and control characters,
//     sorted and unique, at most 500; types are sorted and unique;
//   - feeding the query's own values back to fromStrings() gives the same query;
//   - the URL sent carries exactly the canonical query string that is signed.

#include "core/api/endpoint.h"
#include "core/api/statisticsquery.h"
#include "fuzzcheck.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace wsdash;
using wsdash::fuzz::printable;

namespace {

QString decodeInput(const std::uint8_t* data, std::size_t size)
{
    if (size >= 2 && data[0] == 0xFF && data[1] == 0xFE) {
        const qsizetype units = static_cast<qsizetype>((size - 2) / 2);
        QString text(units, Qt::Uninitialized);
        std::memcpy(text.data(), data + 2, static_cast<std::size_t>(units) * 2);
        return text;
    }
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

QStringList item(const QStringList& lines, qsizetype index)
{
    return index < lines.size() && !lines.at(index).isEmpty() ? QStringList{lines.at(index)}
                                                              : QStringList{};
}

bool isUnreserved(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' ||
           u == '_' || u == '.' || u == '~';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1; // lower-case hex is a violation too
}

// Decodes one strictly encoded component; checks the character set on the way.
QString percentDecode(const QString& text, const QString& whole)
{
    QByteArray bytes;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%')) {
            const int high = i + 1 < text.size() ? hexValue(text.at(i + 1)) : -1;
            const int low = i + 2 < text.size() ? hexValue(text.at(i + 2)) : -1;
            FUZZ_CHECK(high >= 0 && low >= 0, "bad escape in " + printable(whole));
            bytes.append(static_cast<char>(high * 16 + low));
            i += 2;
        } else {
            FUZZ_CHECK(isUnreserved(c), "reserved character in " + printable(whole));
            bytes.append(static_cast<char>(c.unicode()));
        }
    }
    // ConvertInitialBom keeps a leading U+FEFF, which QString::fromUtf8 would strip.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString decoded = utf8.decode(bytes);
    FUZZ_CHECK(!utf8.hasError() && decoded.toUtf8() == bytes,
               "not UTF-8 after decoding: " + printable(whole));
    return decoded;
}

void checkCanonicalQuery(const StatisticsQuery& query)
{
    const QString canonical = query.canonicalQueryString();
    QList<QueryParameter> expected = query.parameters();
    FUZZ_CHECK(canonical.isEmpty() == expected.isEmpty(), printable(canonical));

    QList<QueryParameter> decoded;
    if (!canonical.isEmpty()) {
        for (const QString& pair : canonical.split(QLatin1Char('&'))) {
            const QStringList parts = pair.split(QLatin1Char('='));
            FUZZ_CHECK(parts.size() == 2,
                       "pair without exactly one '=' in " + printable(canonical));
            decoded.append(
                {percentDecode(parts.at(0), canonical), percentDecode(parts.at(1), canonical)});
        }
    }
    const auto byteOrder = [](const QueryParameter& a, const QueryParameter& b) {
        return std::make_pair(a.first.toUtf8(), a.second.toUtf8()) <
               std::make_pair(b.first.toUtf8(), b.second.toUtf8());
    };
    FUZZ_CHECK(std::is_sorted(decoded.cbegin(), decoded.cend(), byteOrder),
               "not in byte order: " + printable(canonical));
    std::sort(expected.begin(), expected.end(), byteOrder);
    FUZZ_CHECK(decoded == expected, "does not decode to parameters(): " + printable(canonical));

    // What is signed is what is sent.
    static const Endpoint endpoint =
        Endpoint::fromUrl(QStringLiteral("https://workspace.example.com/gw")).value();
    const QUrl url = endpoint.urlFor(QStringLiteral("/v2/0123abcd/statistics"), canonical);
    FUZZ_CHECK(url.isValid(), printable(url.errorString()));
    FUZZ_CHECK(url.query(QUrl::FullyEncoded) == canonical,
               printable(url.query(QUrl::FullyEncoded)) + " != " + printable(canonical));
    FUZZ_CHECK(url.hasQuery() == !canonical.isEmpty(), printable(canonical));
}

void checkValues(const StatisticsQuery& query)
{
    const QStringList& ids = query.poolIds();
    FUZZ_CHECK(ids.size() <= StatisticsQuery::kMaxPoolIds, QByteArray::number(ids.size()));
    for (const QString& id : ids) {
        FUZZ_CHECK(!id.isEmpty() && id.size() <= StatisticsQuery::kMaxPoolIdLength, printable(id));
        for (const QChar c : id)
            FUZZ_CHECK(!c.isSpace() && c.category() != QChar::Other_Control, printable(id));
    }
    FUZZ_CHECK(std::adjacent_find(ids.cbegin(), ids.cend(), std::greater_equal<QString>()) ==
                   ids.cend(),
               "pool IDs not sorted and unique");
    const auto& desktop = query.desktopTypes();
    FUZZ_CHECK(std::adjacent_find(desktop.cbegin(), desktop.cend(), std::greater_equal<>()) ==
                   desktop.cend(),
               "desktop types not sorted and unique");
    const auto& statistics = query.statisticsTypes();
    FUZZ_CHECK(std::adjacent_find(statistics.cbegin(), statistics.cend(), std::greater_equal<>()) ==
                   statistics.cend(),
               "statistics types not sorted and unique");

    QStringList desktopNames;
    for (DesktopType type : desktop)
        desktopNames.append(wireName(type));
    QStringList statisticsNames;
    for (StatisticsType type : statistics)
        statisticsNames.append(wireName(type));
    const auto again = StatisticsQuery::fromStrings(desktopNames, statisticsNames, ids);
    FUZZ_CHECK(again.hasValue(), printable(again ? QString() : again.error().message));
    FUZZ_CHECK(*again == query, "fromStrings is not idempotent");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QStringList lines = decodeInput(data, size).split(QLatin1Char('\n'));
    const QStringList poolIds = lines.size() > 2 ? lines.mid(2) : QStringList{};
    const auto query = StatisticsQuery::fromStrings(item(lines, 0), item(lines, 1), poolIds);
    if (!query) {
        FUZZ_CHECK(!query.error().message.isEmpty(), QByteArray());
        return 0;
    }
    checkValues(*query);
    checkCanonicalQuery(*query);
    return 0;
}
