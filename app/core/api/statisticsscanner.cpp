#include "core/api/statisticsscanner.h"

#include "core/api/statisticsparser.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace wsdash {

namespace {

// Deeper than any answer of the API; QJsonDocument's own limit is far higher, so that nothing
// that passes here fails there.
constexpr int kMaxDepth = 64;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The length of the UTF-8 sequence at `p`, or 0 when it is not strict UTF-8: no overlong form,
// no surrogate, nothing past U+10FFFF and no noncharacter. Stricter than QJsonDocument (which
// takes noncharacters), so that a string taken here is taken there too.
int utf8Length(const unsigned char* p, const unsigned char* end)
{
    const unsigned char lead = *p;
    int trail = 0;
    char32_t c = 0;
    char32_t min = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
        trail = 1;
        c = lead & 0x1fu;
        min = 0x80;
    } else if ((lead & 0xf0) == 0xe0) {
        trail = 2;
        c = lead & 0x0fu;
        min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        trail = 3;
        c = lead & 0x07u;
        min = 0x10000;
    } else {
        return 0;
    }
    if (end - p <= trail)
        return 0;
    for (int i = 1; i <= trail; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        c = (c << 6) | (p[i] & 0x3fu);
    }
    const bool nonCharacter = (c & 0xfffe) == 0xfffe || (c >= 0xfdd0 && c <= 0xfdef);
    if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff) || nonCharacter)
        return 0;
    return trail + 1;
}

// A string as written between its quotes.
struct RawString
{
    std::string_view bytes;
    bool escaped = false; // holds a backslash escape
    bool ascii = true;
};

// The metrics of each family, without building a QList for every object read.
struct FamilyFields
{
    std::array<std::array<Metric, kMetricCount>, kFamilyCount> metrics{};
    std::array<int, kFamilyCount> sizes{};

    FamilyFields()
    {
        for (const MetricInfo& info : allMetrics()) {
            if (!info.family)
                continue;
            const auto f = static_cast<std::size_t>(*info.family);
            metrics[f][static_cast<std::size_t>(sizes[f]++)] = info.metric;
        }
    }
};

class Scanner
{
public:
    Scanner(const QByteArray& body, const QList<PoolStatistics>& previous)
        : m_p(body.constData())
        , m_end(body.constData() + body.size())
        , m_previous(previous)
    {}

    // The whole body: one object, then nothing but white space.
    bool statistics(DesktopStatistics* out, qsizetype poolEstimate);

private:
    enum class Member
    {
        Read,
        NotOurs,
        GiveUp,
    };

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }
    bool literal(std::string_view word)
    {
        skipSpace();
        if (static_cast<std::size_t>(m_end - m_p) < word.size() ||
            std::memcmp(m_p, word.data(), word.size()) != 0)
            return false;
        m_p += word.size();
        return true;
    }

    bool rawString(RawString* out);
    // Into *out; when the text equals *same, *out shares it instead of holding a copy.
    bool string(QString* out, const QString* same = nullptr);
    bool skipNumber();
    bool skipValue(int depth);
    bool count(Count* out);
    bool pool(qsizetype index, PoolStatistics* out);
    Member countsMember(std::string_view key, int depth, StateCounts* counts, unsigned* seen);

    // Calls onMember(key) with the position at the member's value; onMember reads the value.
    template <typename OnMember> bool object(int depth, const OnMember& onMember)
    {
        if (depth > kMaxDepth || !take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            RawString key;
            // A key is compared as written: one with an escape is left to QJsonDocument.
            if (!rawString(&key) || key.escaped || !take(':') || !onMember(key.bytes))
                return false;
        } while (take(','));
        return take('}');
    }

    // Calls onElement(index) with the position at each element; onElement reads it.
    template <typename OnElement> bool array(int depth, const OnElement& onElement)
    {
        if (depth > kMaxDepth || !take('['))
            return false;
        if (take(']'))
            return true;
        qsizetype index = 0;
        do {
            if (!onElement(index++))
                return false;
        } while (take(','));
        return take(']');
    }

    const char* m_p;
    const char* const m_end;
    const QList<PoolStatistics>& m_previous;
};

bool Scanner::rawString(RawString* out)
{
    if (!take('"'))
        return false;
    const char* const start = m_p;
    const auto* const uend = reinterpret_cast<const unsigned char*>(m_end);
    while (m_p != m_end) {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c == '"') {
            out->bytes = std::string_view(start, static_cast<std::size_t>(m_p - start));
            ++m_p;
            return true;
        }
        if (c == '\\') {
            out->escaped = true;
            if (m_end - m_p < 2)
                return false;
            switch (m_p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                m_p += 2;
                continue;
            case 'u':
                if (m_end - m_p < 6)
                    return false;
                for (int i = 2; i < 6; ++i) {
                    if (hexValue(m_p[i]) < 0)
                        return false;
                }
                m_p += 6;
                continue;
            default: // QJsonDocument takes any character after a backslash; strict JSON does not
                return false;
            }
        }
        if (c < 0x20) // a raw control character
            return false;
        if (c >= 0x80) {
            out->ascii = false;
            const int length = utf8Length(reinterpret_cast<const unsigned char*>(m_p), uend);
            if (length == 0)
                return false;
            m_p += length;
            continue;
        }
        ++m_p;
    }
    return false; // unterminated
}

// As QJsonDocument decodes it: UTF-8 to UTF-16, each \u escape one UTF-16 unit.
bool Scanner::string(QString* out, const QString* same)
{
    RawString raw;
    if (!rawString(&raw))
        return false;
    const char* p = raw.bytes.data();
    const char* const end = p + raw.bytes.size();
    const auto size = static_cast<qsizetype>(raw.bytes.size());
    if (!raw.escaped) {
        if (same && (raw.ascii ? same->size() == size && QLatin1StringView(p, size) == *same
                               : QAnyStringView::equal(QUtf8StringView(p, size), *same))) {
            *out = *same;
            return true;
        }
        *out = raw.ascii ? QString::fromLatin1(p, size) : QString::fromUtf8(p, size);
        return true;
    }
    QString text;
    text.reserve(size);
    const char* run = p; // plain bytes not yet decoded
    while (p != end) {
        if (*p != '\\') {
            ++p;
            continue;
        }
        if (p != run)
            text.append(QString::fromUtf8(run, p - run));
        char16_t unit = 0;
        switch (p[1]) {
        case 'b':
            unit = u'\b';
            break;
        case 'f':
            unit = u'\f';
            break;
        case 'n':
            unit = u'\n';
            break;
        case 'r':
            unit = u'\r';
            break;
        case 't':
            unit = u'\t';
            break;
        case 'u':
            unit = static_cast<char16_t>((hexValue(p[2]) << 12) | (hexValue(p[3]) << 8) |
                                         (hexValue(p[4]) << 4) | hexValue(p[5]));
            p += 4;
            break;
        default: // " \ /
            unit = static_cast<char16_t>(p[1]);
            break;
        }
        p += 2;
        text.append(QChar(unit));
        run = p;
    }
    if (p != run)
        text.append(QString::fromUtf8(run, p - run));
    *out = std::move(text);
    return true;
}

// A number in a field that is not read: strict JSON, without an exponent and with at most 15
// integer and 30 fraction digits, so that QJsonDocument certainly takes it as well.
bool Scanner::skipNumber()
{
    const char* p = m_p;
    if (p != m_end && *p == '-')
        ++p;
    if (p != m_end && *p == '0') {
        ++p;
    } else {
        int digits = 0;
        for (; p != m_end && isDigit(*p); ++p)
            ++digits;
        if (digits == 0 || digits > 15)
            return false;
    }
    if (p != m_end && *p == '.') {
        ++p;
        int digits = 0;
        for (; p != m_end && isDigit(*p); ++p)
            ++digits;
        if (digits == 0 || digits > 30)
            return false;
    }
    if (p != m_end && (*p == 'e' || *p == 'E'))
        return false;
    m_p = p;
    return true;
}

bool Scanner::skipValue(int depth)
{
    skipSpace();
    if (m_p == m_end)
        return false;
    switch (*m_p) {
    case '{':
        return object(depth + 1, [this, depth](std::string_view) { return skipValue(depth + 1); });
    case '[':
        return array(depth + 1, [this, depth](qsizetype) { return skipValue(depth + 1); });
    case '"': {
        RawString ignored;
        return rawString(&ignored);
    }
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        return skipNumber();
    }
}

// A count: null ("not reported") or a plain integer in 0..kMaxCount. Anything else (a sign, a
// fraction, an exponent, a leading zero, a string) is a problem for StatisticsParser to name.
bool Scanner::count(Count* out)
{
    if (literal("null")) {
        *out = std::nullopt;
        return true;
    }
    const char* p = m_p;
    std::int64_t value = 0;
    int digits = 0;
    if (p != m_end && *p == '0') {
        ++p;
        digits = 1;
    } else {
        for (; p != m_end && isDigit(*p) && digits <= 10; ++p, ++digits)
            value = value * 10 + (*p - '0');
    }
    if (digits == 0 || digits > 10 || value > StatisticsParser::kMaxCount)
        return false;
    if (p != m_end && (*p == '.' || *p == 'e' || *p == 'E' || isDigit(*p)))
        return false;
    m_p = p;
    *out = value;
    return true;
}

// total_num and the three family objects, in a project or a pool object. `seen` records which
// were read: a second one is left to QJsonDocument.
Scanner::Member Scanner::countsMember(std::string_view key, int depth, StateCounts* counts,
                                      unsigned* seen)
{
    static const FamilyFields kFields;
    if (key == "total_num") {
        if (*seen & 1u)
            return Member::GiveUp;
        *seen |= 1u;
        Count total;
        if (!count(&total) || !total) // a missing total_num is a problem
            return Member::GiveUp;
        counts->setValue(Metric::TotalNum, total);
        return Member::Read;
    }
    for (Family family : kAllFamilies) {
        if (key != familyObjectKey(family))
            continue;
        const auto f = static_cast<std::size_t>(family);
        const unsigned bit = 2u << f;
        if (*seen & bit)
            return Member::GiveUp;
        *seen |= bit;
        if (literal("null"))
            return Member::Read;
        counts->setHasFamily(family, true);
        unsigned fieldsSeen = 0;
        const bool ok = object(depth + 1, [&](std::string_view field) {
            for (int i = 0; i < kFields.sizes[f]; ++i) {
                const Metric metric = kFields.metrics[f][static_cast<std::size_t>(i)];
                if (field != metricInfo(metric).field)
                    continue;
                const unsigned fieldBit = 1u << i;
                if (fieldsSeen & fieldBit)
                    return false;
                fieldsSeen |= fieldBit;
                Count value;
                if (!count(&value))
                    return false;
                if (value)
                    counts->setValue(metric, value);
                return true;
            }
            return skipValue(depth + 1);
        });
        return ok ? Member::Read : Member::GiveUp;
    }
    return Member::NotOurs;
}

bool Scanner::pool(qsizetype index, PoolStatistics* out)
{
    out->answerIndex = static_cast<int>(index);
    // The pool in the same place of the previous answer, usually this one again.
    const PoolStatistics* before = index < m_previous.size() ? &m_previous.at(index) : nullptr;
    unsigned seen = 0;
    bool hasId = false;
    bool hasName = false;
    constexpr int depth = 3; // root, desktop_pool_statistics, the pool
    const bool ok = object(depth, [&](std::string_view key) {
        if (key == "desktop_pool_id") {
            if (hasId)
                return false;
            hasId = true;
            // null, empty or not a string: a problem
            return string(&out->id, before ? &before->id : nullptr) && !out->id.isEmpty();
        }
        if (key == "desktop_pool_name") {
            if (hasName)
                return false;
            hasName = true;
            return literal("null") || string(&out->name, before ? &before->name : nullptr);
        }
        switch (countsMember(key, depth, &out->counts, &seen)) {
        case Member::Read:
            return true;
        case Member::NotOurs:
            return skipValue(depth);
        case Member::GiveUp:
            break;
        }
        return false;
    });
    return ok && hasId && (seen & 1u);
}

bool Scanner::statistics(DesktopStatistics* out, qsizetype poolEstimate)
{
    unsigned seen = 0;
    bool hasPools = false;
    constexpr int depth = 1;
    const bool ok = object(depth, [&](std::string_view key) {
        if (key == "desktop_pool_statistics") {
            if (hasPools)
                return false;
            hasPools = true;
            if (literal("null"))
                return true;
            QList<PoolStatistics> pools;
            pools.reserve(poolEstimate);
            const bool read = array(depth + 1, [&](qsizetype index) {
                PoolStatistics pool;
                if (!this->pool(index, &pool))
                    return false;
                pools.append(std::move(pool));
                return true;
            });
            if (read)
                out->pools = std::move(pools);
            return read;
        }
        switch (countsMember(key, depth, &out->totals, &seen)) {
        case Member::Read:
            return true;
        case Member::NotOurs:
            return skipValue(depth);
        case Member::GiveUp:
            break;
        }
        return false;
    });
    if (!ok || !(seen & 1u))
        return false;
    skipSpace();
    return m_p == m_end;
}

} // namespace

std::optional<DesktopStatistics> StatisticsScanner::scan(const QByteArray& body,
                                                         const QList<PoolStatistics>& previous)
{
    // Room for every pool at once: growing the list would copy it and leave up to half of it
    // unused. Each pool object names its ID once (an unescaped quote cannot occur inside a string).
    const qsizetype poolEstimate =
        std::min(body.count(QByteArrayView("\"desktop_pool_id\"")), body.size() / 32);
    DesktopStatistics statistics;
    if (!Scanner(body, previous).statistics(&statistics, poolEstimate))
        return std::nullopt;
    return statistics;
}

} // namespace wsdash
