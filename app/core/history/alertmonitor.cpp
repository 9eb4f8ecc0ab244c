#include "core/history/alertmonitor.h"

#include "core/history/snapshotstore.h"

namespace wsdash {

AlertMonitor::AlertMonitor(SnapshotStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{}

void AlertMonitor::feed(const SeriesKey& key, const QDateTime& at,
                        const DesktopStatistics& statistics)
{
    const QList<AlertEvent> events = m_evaluator.evaluate(at, statistics);
    if (events.isEmpty())
        return;
    if (m_store)
        m_store->recordAlertEvents(key, events);
    Q_EMIT alertsChanged(events);
}

} // namespace wsdash
