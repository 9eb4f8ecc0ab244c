#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wsdash {

// The state of one alert rule for one scope. Ordered: a higher level is worse.
enum class AlertLevel : int
{
    Ok = 0,
    Warning = 1,
    Critical = 2
};

// "ok", "warning", "critical" (stored in the alert log and in rule texts; not translated).
const char* alertLevelName(AlertLevel level);
std::optional<AlertLevel> alertLevelFromName(const QString& name);

// A change of an alert's level, as reported by AlertEvaluator and kept in the alert log.
struct AlertEvent
{
    QDateTime at;   // the time of the snapshot that caused the change
    QString rule;   // the rule in its canonical text form (AlertRule::toText())
    QString poolId; // empty = the total
    QString poolName;
    AlertLevel from = AlertLevel::Ok;
    AlertLevel to = AlertLevel::Ok;
    std::optional<double> value;     // the value that caused the change (share rules: percent)
    std::optional<double> threshold; // of the level entered (of the level left when clearing)

    friend bool operator==(const AlertEvent& a, const AlertEvent& b)
    {
        return a.at == b.at && a.rule == b.rule && a.poolId == b.poolId &&
               a.poolName == b.poolName && a.from == b.from && a.to == b.to && a.value == b.value &&
               a.threshold == b.threshold;
    }
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::AlertEvent)
