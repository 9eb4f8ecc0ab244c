#include "core/api/apirequest.h"

#include "core/version.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>

namespace wsdash {

std::chrono::milliseconds RetryPolicy::backoff(int retry) const
{
    const double random01 = random ? random() : QRandomGenerator::global()->generateDouble();
    const double exponential = static_cast<double>(baseDelay.count()) * std::pow(2.0, retry);
    const double ceiling = std::min(exponential, static_cast<double>(maxDelay.count()));
    const double delay = ceiling / 2.0 + random01 * ceiling / 2.0;
    return std::chrono::milliseconds(static_cast<long long>(std::llround(delay)));
}

bool RetryPolicy::isRetryableStatus(int httpStatus)
{
    return httpStatus == 429 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                         const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok) {
        if (seconds < 0)
            return std::nullopt;
        // Clamped so that an absurd value cannot overflow into a short (or negative) delay.
        constexpr qlonglong kMaxSeconds = std::numeric_limits<qint64>::max() / 1000;
        return std::chrono::milliseconds(std::min(seconds, kMaxSeconds) * 1000);
    }
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeZone(QTimeZone::utc());
    const qint64 ms = now.msecsTo(when);
    return std::chrono::milliseconds(std::max<qint64>(ms, 0));
}

QByteArray userAgent()
{
    return QByteArray("wsdash/") + kVersion + " (Qt " + qVersion() + "; " +
           QSysInfo::productType().toLatin1() + ')';
}

bool isValidProjectId(const QString& projectId)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(projectId).hasMatch();
}

} // namespace wsdash
