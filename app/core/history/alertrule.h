#pragma once

#include "core/api/statistics.h"
#include "core/base/expected.h"
#include "core/history/alertevent.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <optional>

namespace wsdash {

struct AlertRuleError
{
    QString message;
};

// A threshold on one count, or on its share of total_num, for the total or for each pool,
// with a warning and/or a critical level and an optional "sustained for" time.
//
// Text form (one rule per line; parse() and toText() agree, toText() is canonical):
//
//   [total | each-pool] FIELD[%] OP LEVELS [for DURATION]
//
//   FIELD     a count's API field name, e.g. error_num, attach_error_num
//   %         the share of total_num in percent (0-100) instead of the count
//   OP        >  >=  <  <=   (also ≥ ≤)
//   LEVELS    "warning N", "critical N" or both, in either order; a bare N means "critical N"
//   DURATION  the condition must hold that long before the level is entered: 90s, 5m, 1h
//
//   error_num > 0                                  critical as soon as any desktop is faulty
//   attach_error_num >= warning 5 critical 10
//   each-pool unable_to_connect_num% > warning 10 critical 25 for 5m
//   total ready_num < warning 20 critical 5 for 10m
class AlertRule
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::AlertRule)

public:
    enum class Scope
    {
        Total,
        EachPool
    };
    enum class Comparison
    {
        Greater,
        GreaterOrEqual,
        Less,
        LessOrEqual
    };

    // Another name a count may be written with, e.g. its console name "Faulty" or "故障".
    struct CountName
    {
        QString name;
        Metric metric;
    };

    static Expected<AlertRule, AlertRuleError> parse(const QString& text);
    // Also takes the counts by `names` (case-insensitive, the longest match first) instead
    // of the field name; an unknown count's error lists these names.
    static Expected<AlertRule, AlertRuleError> parse(const QString& text,
                                                     const QList<CountName>& names);
    QString toText() const;

    Metric metric = Metric::ErrorNum;
    bool share = false; // the value is the share of total_num, in percent
    Comparison comparison = Comparison::Greater;
    std::optional<double> warning;
    std::optional<double> critical;
    Scope scope = Scope::Total;
    std::chrono::seconds sustain{0};

    // "error_num" or "error_num%".
    QString subject() const;
    // The rule's value for one scope: the count, or its share in percent. Empty when the count
    // is not reported (or, for a share, total_num is not reported or 0).
    std::optional<double> valueOf(const StateCounts& counts) const;
    // The answer held an invalid value of what the rule reads (its count, or total_num for a
    // share): the evaluator skips the rule for this scope and refresh, neither raising nor
    // clearing its alert.
    bool isInvalidIn(const StateCounts& counts) const
    {
        return counts.isInvalid(metric) || (share && counts.isInvalid(Metric::TotalNum));
    }
    bool breaches(double value, double threshold) const;
    std::optional<double> threshold(AlertLevel level) const;
    // A problem with the rule as a whole (no level; levels in the wrong order; ...).
    std::optional<AlertRuleError> validate() const;

    friend bool operator==(const AlertRule& a, const AlertRule& b)
    {
        return a.toText() == b.toText();
    }
    friend bool operator!=(const AlertRule& a, const AlertRule& b) { return !(a == b); }
};

// Compact text of a duration for rules: "90s", "5m", "2h"; "0s" for zero.
QString formatRuleDuration(std::chrono::seconds duration);
// A number as rules and plug-in output write it: "5", "2.5", "0.125".
QString formatRuleNumber(double value);

} // namespace wsdash
