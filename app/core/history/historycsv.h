#pragma once

#include "core/history/historyreader.h"
#include "core/history/trendtypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace wsdash {

// The CSV form of recorded history (`wsdash --history`, the trend view's export). UTF-8,
// RFC 4180, one header row, then one row per point:
//   time           start of the point, ISO 8601 UTC with milliseconds ("2024-05-01T12:00:00.000Z"),
//                  the fetch time of raw points, the bucket start of aggregated ones
//   source, project_id, query   the series (query: the canonical query string)
//   pool_id, pool_name          empty for the total of the series
//   resolution     raw, 5min or 1h
//   samples        number of fetches in the point
//   <field>, <field>_min, <field>_max   for each count in API order: the value (raw) or the
//                  average over the bucket, and the minimum and maximum; empty = not reported
class HistoryCsv final
{
public:
    static QStringList header();
    static QByteArray headerLine();
    static QByteArray row(const HistoryRow& row);
    // A count as text: integers without a decimal point, averages with up to 3 decimals.
    static QString number(double value);
};

} // namespace wsdash
