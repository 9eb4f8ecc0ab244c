// libFuzzer target: the body of an HTTP error answer, read by parseErrorBody() and shown with
// ApiError::toOneLine() on stderr and in the status bar.
//
// Input: an optional first line "STATUS[ REASON]" (1-3 digits), then the body. Without such a
// line the whole input is the body of an HTTP 500.
//
// Invariants: the error always has a code and a message and keeps the HTTP status; the one-line
// form contains no line break of any kind and stays short (each part is shortened).

#include "core/api/apierror.h"
#include "fuzzcheck.h"

#include <QRegularExpression>

#include <cstddef>
#include <cstdint>

using namespace wsdash;
using wsdash::fuzz::printable;

namespace {

bool isLineBreak(QChar c)
{
    switch (c.unicode()) {
    case u'\n':
    case u'\r':
    case u'\v':
    case u'\f':
    case 0x0085: // NEXT LINE
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
        return true;
    default:
        return false;
    }
}

// code (80) ": " message (300) " (" detail (200) ")" " [request ID " id (80) "]"
constexpr qsizetype kMaxOneLineLength = 80 + 2 + 300 + 2 + 200 + 1 + 13 + 80 + 1;

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    int status = 500;
    QString reason;
    QByteArray body = input;
    const qsizetype newline = input.indexOf('\n');
    if (newline >= 0) {
        static const QRegularExpression statusLine(QStringLiteral("^([0-9]{1,3})(?: (.*))?$"));
        const auto match = statusLine.match(QString::fromLatin1(input.left(newline)));
        if (match.hasMatch()) {
            status = match.captured(1).toInt();
            reason = match.captured(2);
            body = input.mid(newline + 1);
        }
    }

    ApiError error;
    error.kind = ApiError::Kind::Http;
    error.attempts = 1;
    parseErrorBody(body, status, reason, &error);

    FUZZ_CHECK(error.httpStatus == status, QByteArray::number(error.httpStatus));
    FUZZ_CHECK(!error.code.isEmpty(), printable(body));
    FUZZ_CHECK(!error.message.isEmpty(), printable(body));

    const QString line = error.toOneLine();
    for (const QChar c : line)
        FUZZ_CHECK(!isLineBreak(c), printable(line));
    FUZZ_CHECK(line.size() <= kMaxOneLineLength, QByteArray::number(line.size()));
    FUZZ_CHECK(!line.isEmpty(), printable(body));

    return 0;
}
