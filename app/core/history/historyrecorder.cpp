#include "historyrecorder.h"

#include "dashboardcontroller.h"
#include "snapshotstore.h"

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
    const StatisticsRequest& request = controller.request();
    const QString source = controller.profileName().isEmpty() ? request.endpoint.toDisplayString()
                                                              : controller.profileName();
    return {source, request.projectId, controller.query().canonicalQueryString()};
}

void HistoryRecorder::onResult(const StatisticsResult& result)
{
    if (!result.ok())
        return;
    const StatisticsRequest& request = m_controller.request();
    const QString source = m_controller.profileName().isEmpty() ? request.endpoint.toDisplayString()
                                                                : m_controller.profileName();
    Snapshot snapshot;
    snapshot.takenAt =
        result.receivedAt.isValid() ? result.receivedAt.toUTC() : QDateTime::currentDateTimeUtc();
    // The query the result answered, not the filters chosen since.
    snapshot.key = {source, request.projectId, result.query.canonicalQueryString()};
    snapshot.statistics = *result.statistics;
    m_store.record(snapshot);
    ++m_recorded;
}

} // namespace wsdash
