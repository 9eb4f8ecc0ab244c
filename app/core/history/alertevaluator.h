#pragma once

#include "core/api/statistics.h"
#include "core/history/alertevent.h"
#include "core/history/alertrule.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <array>
#include <chrono>

namespace wsdash {

// Watches snapshots against alert rules and reports when an alert changes level
// (ok -> warning -> critical -> ok, or any jump).
//
// Per rule and scope (the total, or each pool for an each-pool rule), each level has its own
// breach start: the time of the first snapshot of an unbroken run of snapshots that breach
// that level's threshold. A level is entered when its run has lasted the rule's "for"
// duration (at once when it is 0); the alert's level is the highest level entered. An alert
// clears as soon as one snapshot no longer breaches (no hysteresis). A count that is not
// reported does not breach; a pool that is missing from a snapshot clears its alerts.
// When snapshots stop for longer than maxGap, runs that have not yet entered their level
// start again; a level already entered stays as long as the next snapshot still breaches.
class AlertEvaluator final
{
public:
    struct Options
    {
        std::chrono::milliseconds maxGap = std::chrono::minutes(10);
    };

    struct ActiveAlert
    {
        QString rule;
        QString poolId; // empty = the total
        QString poolName;
        AlertLevel level = AlertLevel::Ok;
        QDateTime since;
        std::optional<double> value; // of the last snapshot
    };

    AlertEvaluator();
    explicit AlertEvaluator(Options options);

    // Keeps the state of rules whose text is unchanged; forgets the others.
    void setRules(const QList<AlertRule>& rules);
    const QList<AlertRule>& rules() const { return m_rules; }

    // Feeds one snapshot; returns the changes in rule order, the total before the pools.
    QList<AlertEvent> evaluate(const QDateTime& at, const DesktopStatistics& statistics);

    AlertLevel level(const AlertRule& rule, const QString& poolId = QString()) const;
    // The worst level of the rules on `metric` (count or share) for the total (empty poolId)
    // or one pool: what a KPI tile or a table row shows.
    AlertLevel highestLevel(Metric metric, const QString& poolId = QString()) const;
    // The worst level of all (for a tray icon).
    AlertLevel highestLevel() const;
    QList<ActiveAlert> activeAlerts() const;
    void reset();
    // Takes up the levels the alert log last recorded (oldest first), so that after a restart
    // an alert that is still on is not reported again; events of other rules are ignored.
    void restore(const QList<AlertEvent>& events);

private:
    struct ScopeState
    {
        AlertLevel level = AlertLevel::Ok;
        QDateTime levelSince;
        std::array<QDateTime, 2> breachSince; // warning, critical
        QDateTime lastSeen;
        QString poolName;
        std::optional<double> value;
    };
    using RuleState = QHash<QString, ScopeState>; // by pool ID; '' = total

    void step(const AlertRule& rule, RuleState& states, const QString& poolId,
              const QString& poolName, std::optional<double> value, const QDateTime& at,
              QList<AlertEvent>& events);

    Options m_options;
    QList<AlertRule> m_rules;
    QHash<QString, RuleState> m_states; // by rule text
};

} // namespace wsdash
