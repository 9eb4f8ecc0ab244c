#pragma once

#include "core/history/alertevaluator.h"
#include "core/history/snapshot.h"

#include <QObject>

namespace wsdash {

class SnapshotStore;

// The window's alerts: evaluates every successful result against the profile's rules and
// records the changes in the alert log (when there is a store).
class AlertMonitor final : public QObject
{
    Q_OBJECT

public:
    // `store` may be null (no history: nothing is logged); used, not owned.
    explicit AlertMonitor(SnapshotStore* store, QObject* parent = nullptr);

    void setRules(const QList<AlertRule>& rules) { m_evaluator.setRules(rules); }
    // The levels last logged (oldest first): see AlertEvaluator::restore().
    void restore(const QList<AlertEvent>& events) { m_evaluator.restore(events); }
    const QList<AlertRule>& rules() const { return m_evaluator.rules(); }
    const AlertEvaluator& evaluator() const { return m_evaluator; }
    SnapshotStore* store() const { return m_store; }

    void feed(const SeriesKey& key, const QDateTime& at, const DesktopStatistics& statistics);

Q_SIGNALS:
    // After feed(), when levels changed (the events are already on their way to the log).
    void alertsChanged(const QList<wsdash::AlertEvent>& events);

private:
    SnapshotStore* m_store;
    AlertEvaluator m_evaluator;
};

} // namespace wsdash
