#pragma once

#include "core/api/statistics.h"
#include "core/history/alertevent.h"

#include <QByteArray>
#include <QString>

namespace wsdash {

// The JSON body the collector POSTs to --webhook for one alert level change (docs/COLLECTOR.md):
// {"source": "wsdash-collector", "rule": ..., "level": "critical", "previous_level": "ok",
//  "value": 12, "threshold": 10, "counts": {"total_num": 50, "error_num": 12, ...},
//  "connection": ..., "project_id": ..., "pool_id": ..., "pool_name": ..., "time": ISO 8601}
// `counts` are the counts of the event's scope (the pool, or the project for a total rule).
QByteArray alertPayload(const AlertEvent& event, const QString& connection,
                        const QString& projectId, const DesktopStatistics& statistics);

} // namespace wsdash
