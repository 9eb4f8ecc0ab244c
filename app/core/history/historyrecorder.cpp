#include "core/history/historyrecorder.h"

#include "core/dashboard/dashboardcontroller.h"
#include "core/history/snapshotstore.h"

namespace wsdash {

HistoryRecorder::HistoryRecorder(DashboardController& controller, SnapshotStore& store,
                                 QObject* parent)
    : QObject(parent)
    , m_controller(controller)
    , m_store(store)
{
    connect(&m_controller, &DashboardController::resultDelivered, this, &HistoryRecorder::onResult);
}

SeriesKey HistoryRecorder::keyFor(const DashboardController& controller)
{
    return {controller.seriesSource(), controller.request().projectId,
            controller.query().canonicalQueryString()};
}

void HistoryRecorder::onResult(const StatisticsResult& result)
{
    if (!result.ok())
        return;
    Snapshot snapshot;
    snapshot.takenAt =
        result.receivedAt.isValid() ? result.receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    // The query the result answered, not the filters chosen since.
    snapshot.key = keyFor(m_controller);
    snapshot.key.query = result.query.canonicalQueryString();
    snapshot.statistics = *result.statistics;
    m_store.record(snapshot);
    ++m_recorded;
}

} // namespace wsdash
