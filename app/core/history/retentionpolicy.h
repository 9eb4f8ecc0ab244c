#pragma once

#include <QDateTime>

#include <array>
#include <chrono>

namespace wsdash {

// The resolutions the history keeps. Raw points are the fetches themselves; the others are
// buckets aligned to multiples of their step since the Unix epoch (UTC).
enum class Resolution : int
{
    Raw = 0,
    FiveMinutes = 1,
    Hourly = 2
};
inline constexpr int kResolutionCount = 3;
inline constexpr std::array<Resolution, kResolutionCount> kAllResolutions = {
    Resolution::Raw, Resolution::FiveMinutes, Resolution::Hourly};

// The bucket length of an aggregated resolution (zero for Raw).
std::chrono::milliseconds bucketLength(Resolution resolution);
// "raw", "5min", "1h" (CSV and logs; not translated).
const char* resolutionName(Resolution resolution);

// How long each resolution is kept. Defaults: raw 48 hours, 5-minute buckets 30 days, hourly
// buckets 400 days.
struct RetentionPolicy
{
    std::chrono::milliseconds raw = std::chrono::hours(48);
    std::chrono::milliseconds fiveMinutes = std::chrono::hours(24 * 30);
    std::chrono::milliseconds hourly = std::chrono::hours(24 * 400);

    std::chrono::milliseconds keep(Resolution resolution) const;
    // The oldest time a resolution still holds at `now`.
    QDateTime horizon(Resolution resolution, const QDateTime& now) const;
    // False when a finer resolution is kept longer than a coarser one (the compaction needs
    // the finer points of a bucket until that bucket has been aggregated).
    bool isValid() const;
};

// Start of the bucket that contains `msSinceEpoch`.
qint64 bucketStart(qint64 msSinceEpoch, Resolution resolution);

} // namespace wsdash
