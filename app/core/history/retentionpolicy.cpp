#include "core/history/retentionpolicy.h"

namespace wsdash {

std::chrono::milliseconds bucketLength(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:
        return std::chrono::milliseconds(0);
    case Resolution::FiveMinutes:
        return std::chrono::minutes(5);
    case Resolution::Hourly:
        return std::chrono::hours(1);
    }
    return std::chrono::milliseconds(0);
}

const char* resolutionName(Resolution resolution)
{
    switch (resolution) {
    case Resolution::Raw:
        return "raw";
    case Resolution::FiveMinutes:
        return "5min";
    case Resolution::Hourly:
        return "1h";
    }
    return "raw";
}

std::chrono::milliseconds RetentionPolicy::keep(Resolution resolution) const
{
    switch (resolution) {
    case Resolution::Raw:
        return raw;
    case Resolution::FiveMinutes:
        return fiveMinutes;
    case Resolution::Hourly:
        return hourly;
    }
    return raw;
}

QDateTime RetentionPolicy::horizon(Resolution resolution, const QDateTime& now) const
{
    return now.addMSecs(-keep(resolution).count());
}

bool RetentionPolicy::isValid() const
{
    return raw.count() > 0 && raw <= fiveMinutes && fiveMinutes <= hourly;
}

qint64 bucketStart(qint64 msSinceEpoch, Resolution resolution)
{
    const qint64 step = bucketLength(resolution).count();
    if (step <= 0)
        return msSinceEpoch;
    qint64 start = (msSinceEpoch / step) * step;
    if (start > msSinceEpoch) // negative times round towards zero
        start -= step;
    return start;
}

} // namespace wsdash
