// libFuzzer target: the Retry-After header of a 429/503 answer, read by parseRetryAfter().
//
// Input: the raw header value.
// Invariants: a delay is never negative; a plain number of seconds gives exactly that many
// seconds (when it fits), a negative one none; an HTTP-date gives its distance from "now"
// (never negative), whatever "now" is.

#include "core/api/apirequest.h"
#include "fuzzcheck.h"

#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace wsdash;
using wsdash::fuzz::printable;

namespace {

bool isDecimal(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray value(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QDateTime now = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
    const auto delay = parseRetryAfter(value, now);
    if (!delay)
        return 0;
    FUZZ_CHECK(delay->count() >= 0, printable(value) + " -> " + QByteArray::number(delay->count()));

    const QByteArray text = value.trimmed();
    if (isDecimal(text) && text.size() <= 15) // fits easily, even in milliseconds
        FUZZ_CHECK(delay->count() == text.toLongLong() * 1000, printable(value));
    if (text.startsWith('-') && isDecimal(text.mid(1)) && text.mid(1).toLongLong() > 0)
        FUZZ_CHECK(false, "negative seconds accepted: " + printable(value));

    // The same value seen a minute later asks for no longer a pause.
    const auto later = parseRetryAfter(value, now.addSecs(60));
    FUZZ_CHECK(later && later->count() >= 0 && later->count() <= delay->count(), printable(value));
    return 0;
}
