#pragma once

#include "core/history/snapshot.h"

#include <QObject>

namespace wsdash {

class DashboardController;
class SnapshotStore;
struct StatisticsResult;

// Background recording while the window is open: every successful fetch the controller
// delivers is recorded in the store, under the same series key the command line uses
// (DashboardController::seriesSource(): the profile name, the endpoint when no profile is used,
// or "demo" for the --demo simulator; the project; the canonical query string).
class HistoryRecorder final : public QObject
{
    Q_OBJECT

public:
    // Both must outlive the recorder.
    HistoryRecorder(DashboardController& controller, SnapshotStore& store,
                    QObject* parent = nullptr);

    // The series the controller's current connection and filters are recorded under.
    static SeriesKey keyFor(const DashboardController& controller);
    SeriesKey currentKey() const { return keyFor(m_controller); }
    int recordedCount() const { return m_recorded; }

private:
    void onResult(const StatisticsResult& result);

    DashboardController& m_controller;
    SnapshotStore& m_store;
    int m_recorded = 0;
};

} // namespace wsdash
