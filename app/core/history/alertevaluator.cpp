#include "core/history/alertevaluator.h"

#include <QSet>

#include <algorithm>

namespace wsdash {

AlertEvaluator::AlertEvaluator()
    : AlertEvaluator(Options())
{}

AlertEvaluator::AlertEvaluator(Options options)
    : m_options(options)
{}

void AlertEvaluator::setRules(const QList<AlertRule>& rules)
{
    QHash<QString, RuleState> kept;
    for (const AlertRule& rule : rules) {
        const QString text = rule.toText();
        kept.insert(text, m_states.value(text));
    }
    m_rules = rules;
    m_states = std::move(kept);
}

void AlertEvaluator::reset()
{
    for (RuleState& state : m_states)
        state.clear();
}

QList<AlertEvent> AlertEvaluator::evaluate(const QDateTime& at, const DesktopStatistics& statistics)
{
    QList<AlertEvent> events;
    for (const AlertRule& rule : m_rules) {
        RuleState& states = m_states[rule.toText()];
        if (rule.scope == AlertRule::Scope::Total) {
            if (!rule.isInvalidIn(statistics.totals))
                step(rule, states, QString(), QString(), rule.valueOf(statistics.totals), at,
                     events);
            continue;
        }
        QSet<QString> seen;
        if (statistics.pools) {
            for (const PoolStatistics& pool : *statistics.pools) {
                seen.insert(pool.id);
                if (rule.isInvalidIn(pool.counts))
                    continue; // not evaluated: the alert keeps its level until a valid value
                step(rule, states, pool.id, pool.name, rule.valueOf(pool.counts), at, events);
            }
        }
        // Pools that are gone: their alerts clear, their state is dropped.
        const QStringList known = states.keys();
        for (const QString& poolId : known) {
            if (seen.contains(poolId))
                continue;
            const QString name = states.value(poolId).poolName;
            step(rule, states, poolId, name, std::nullopt, at, events);
            states.remove(poolId);
        }
    }
    return events;
}

void AlertEvaluator::step(const AlertRule& rule, RuleState& states, const QString& poolId,
                          const QString& poolName, std::optional<double> value, const QDateTime& at,
                          QList<AlertEvent>& events)
{
    ScopeState& state = states[poolId];
    state.poolName = poolName;
    const bool gap =
        state.lastSeen.isValid() && state.lastSeen.msecsTo(at) > m_options.maxGap.count();
    state.lastSeen = at;
    state.value = value;

    AlertLevel level = AlertLevel::Ok;
    for (const AlertLevel candidate : {AlertLevel::Warning, AlertLevel::Critical}) {
        QDateTime& since = state.breachSince[static_cast<std::size_t>(candidate) - 1];
        const auto limit = rule.threshold(candidate);
        if (!limit || !value || !rule.breaches(*value, *limit)) {
            since = QDateTime();
            continue;
        }
        if (!since.isValid() || (gap && state.level < candidate))
            since = at;
        if (since.secsTo(at) >= rule.sustain.count())
            level = candidate;
    }
    if (level == state.level)
        return;

    AlertEvent event;
    event.at = at;
    event.rule = rule.toText();
    event.poolId = poolId;
    event.poolName = poolName;
    event.from = state.level;
    event.to = level;
    event.value = value;
    event.threshold = rule.threshold(level == AlertLevel::Ok ? state.level : level);
    events.append(event);
    state.level = level;
    state.levelSince = at;
}

void AlertEvaluator::restore(const QList<AlertEvent>& events)
{
    for (const AlertEvent& event : events) {
        const bool known =
            std::any_of(m_rules.cbegin(), m_rules.cend(),
                        [&event](const AlertRule& r) { return r.toText() == event.rule; });
        if (!known)
            continue;
        ScopeState& state = m_states[event.rule][event.poolId];
        state.level = event.to;
        state.levelSince = event.at;
        state.poolName = event.poolName;
        state.value = event.value;
        // A level entered stays while the next snapshots still breach it.
        state.breachSince[0] = event.to >= AlertLevel::Warning ? event.at : QDateTime();
        state.breachSince[1] = event.to >= AlertLevel::Critical ? event.at : QDateTime();
        state.lastSeen = event.at;
    }
}

AlertLevel AlertEvaluator::level(const AlertRule& rule, const QString& poolId) const
{
    const auto states = m_states.constFind(rule.toText());
    if (states == m_states.constEnd())
        return AlertLevel::Ok;
    const auto state = states->constFind(poolId);
    return state == states->constEnd() ? AlertLevel::Ok : state->level;
}

AlertLevel AlertEvaluator::highestLevel(Metric metric, const QString& poolId) const
{
    AlertLevel worst = AlertLevel::Ok;
    for (const AlertRule& rule : m_rules) {
        const bool scopeMatches = poolId.isEmpty() == (rule.scope == AlertRule::Scope::Total);
        if (rule.metric == metric && scopeMatches)
            worst = std::max(worst, level(rule, poolId));
    }
    return worst;
}

AlertLevel AlertEvaluator::highestLevel() const
{
    AlertLevel worst = AlertLevel::Ok;
    for (const RuleState& states : m_states) {
        for (const ScopeState& state : states)
            worst = std::max(worst, state.level);
    }
    return worst;
}

QList<AlertEvaluator::ActiveAlert> AlertEvaluator::activeAlerts() const
{
    QList<ActiveAlert> result;
    for (const AlertRule& rule : m_rules) {
        const QString text = rule.toText();
        const RuleState states = m_states.value(text);
        QStringList pools = states.keys();
        pools.sort();
        for (const QString& poolId : pools) {
            const ScopeState& state = states[poolId];
            if (state.level != AlertLevel::Ok)
                result.append(
                    {text, poolId, state.poolName, state.level, state.levelSince, state.value});
        }
    }
    return result;
}

} // namespace wsdash
