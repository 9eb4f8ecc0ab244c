#pragma once

#include "core/base/expected.h"
#include "core/history/retentionpolicy.h"
#include "core/history/trendtypes.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>

namespace wsdash {

class HistoryConnection;

struct CompactionStats
{
    std::array<int, kResolutionCount> aggregated{}; // bucket rows (re)written per resolution
    std::array<int, kResolutionCount> deleted{};    // rows past their retention per resolution
    int alertEventsDeleted = 0;
};

// Downsampling and retention, in one transaction:
//  1. every complete 5-minute bucket with new raw points is (re)computed from the raw points,
//  2. every complete hourly bucket with new 5-minute points is (re)computed from those,
//  3. points older than their resolution's retention are deleted (alert events after the
//     hourly retention).
// A bucket holds, per count, the average of the fetches in it (a real number) and their
// minimum and maximum; the hourly average is the average of the 5-minute averages weighted by
// their number of fetches, so it equals the average of all the fetches of the hour.
// "New points" are tracked by a watermark per resolution (table compaction) that a write
// lowers, so late points from another process are aggregated too, as long as the raw points
// of their bucket are still kept.
class HistoryCompactor final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::HistoryCompactor)

public:
    HistoryCompactor(HistoryConnection& connection, const RetentionPolicy& retention);

    Expected<CompactionStats, HistoryError> compact(const QDateTime& now);

private:
    std::optional<HistoryError> aggregate(Resolution target, qint64 nowMs, CompactionStats& stats);

    HistoryConnection& m_connection;
    RetentionPolicy m_retention;
};

} // namespace wsdash
