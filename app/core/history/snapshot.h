#pragma once

#include "core/api/statistics.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace wsdash {

// Which recorded series a snapshot belongs to: where the numbers came from (a profile name, or
// the endpoint when no profile is used), the project, and the canonical query string. Counts
// of different queries are not comparable (a pool filter or a desktop type changes the totals),
// so each query is a series of its own.
struct SeriesKey
{
    QString source;
    QString projectId;
    QString query; // StatisticsQuery::canonicalQueryString(); empty = the default query

    friend bool operator==(const SeriesKey& a, const SeriesKey& b)
    {
        return a.source == b.source && a.projectId == b.projectId && a.query == b.query;
    }
    friend bool operator!=(const SeriesKey& a, const SeriesKey& b) { return !(a == b); }
};

// The source the --demo simulator's series are recorded under, by the window and the command
// line alike: its endpoint has a new port every run, and the window's label is translated.
inline QString demoSeriesSource()
{
    return QStringLiteral("demo");
}

// One successful fetch, as recorded in the history.
struct Snapshot
{
    QDateTime takenAt; // UTC
    SeriesKey key;
    DesktopStatistics statistics;
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::SeriesKey)
Q_DECLARE_METATYPE(wsdash::Snapshot)
