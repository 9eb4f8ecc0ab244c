#include "sim/fleet.h"

#include "sim/deterministicrandom.h"
#include "sim/poolnamegenerator.h"

#include <QTimeZone>

#include <algorithm>

namespace wsdash::sim {

namespace {

using Power = DesktopProfile::Power;
using Usage = DesktopProfile::Usage;

enum Salt : std::uint64_t
{
    kPoolId = 0x504F4F4C, // POOL
    kPoolPolicy,
    kPoolWeights,
    kDesktops,
    kIncident,
};

// What a pool's desktops have in common: its power policy and, for classrooms, the hours.
struct PoolPolicy
{
    Power power = Power::AlwaysOn;
    std::uint16_t classStart = 540;
    std::uint16_t classLength = 420;
};

Power drawPower(WorkPattern pattern, DeterministicRandom& random)
{
    // Percentages of always-on / stop-when-idle desktops; hibernation takes the rest.
    int alwaysOn = 45;
    int stop = 35;
    switch (pattern) {
    case WorkPattern::Office:
        break;
    case WorkPattern::Lab:
        alwaysOn = 15;
        stop = 15;
        break;
    case WorkPattern::Shift:
        alwaysOn = 100;
        stop = 0;
        break;
    case WorkPattern::Training:
        alwaysOn = 20;
        stop = 80;
        break;
    case WorkPattern::Rollout:
        alwaysOn = 30;
        stop = 70;
        break;
    }
    const int roll = static_cast<int>(random.below(100));
    if (roll < alwaysOn)
        return Power::AlwaysOn;
    return roll < alwaysOn + stop ? Power::StopWhenIdle : Power::HibernateWhenIdle;
}

PoolPolicy drawPolicy(WorkPattern pattern, DeterministicRandom& random)
{
    PoolPolicy policy;
    policy.power = drawPower(pattern, random);
    switch (random.below(3)) {
    case 0: // a morning course
        policy.classStart = 9 * 60;
        policy.classLength = 180;
        break;
    case 1: // an afternoon course
        policy.classStart = 14 * 60;
        policy.classLength = 180;
        break;
    default: // a full day
        policy.classStart = 9 * 60;
        policy.classLength = 450;
        break;
    }
    return policy;
}

DesktopProfile drawDesktop(WorkPattern pattern, PoolType type, int pool, const PoolPolicy& policy,
                           DeterministicRandom& random)
{
    DesktopProfile desktop;
    desktop.key = static_cast<std::uint32_t>(random.next());
    desktop.pool = pool;
    desktop.pattern = pattern;
    desktop.power = policy.power;
    desktop.usage = type == PoolType::Dynamic ? Usage::Dynamic : Usage::Assigned;

    double spare = 0.0;
    double leavesDisconnected = 0.3;
    switch (pattern) {
    case WorkPattern::Office:
        desktop.start = static_cast<std::uint16_t>(450 + random.below(150));
        desktop.length = static_cast<std::uint16_t>(480 + random.below(120));
        spare = 0.04;
        break;
    case WorkPattern::Lab:
        desktop.start = static_cast<std::uint16_t>(540 + random.below(120));
        desktop.length = static_cast<std::uint16_t>(300 + random.below(240));
        spare = 0.08;
        break;
    case WorkPattern::Rollout:
        desktop.start = static_cast<std::uint16_t>(480 + random.below(90));
        desktop.length = 480;
        spare = 0.7;
        break;
    case WorkPattern::Training:
        desktop.start = policy.classStart;
        desktop.length = policy.classLength;
        leavesDisconnected = 0.1;
        break;
    case WorkPattern::Shift: {
        constexpr std::uint16_t kShiftStarts[] = {6 * 60, 14 * 60, 22 * 60};
        desktop.start = kShiftStarts[random.below(3)];
        desktop.length = 480;
        leavesDisconnected = 0.1;
        break;
    }
    }
    if (desktop.usage == Usage::Assigned && random.chance(spare))
        desktop.usage = Usage::Spare;
    if ((pattern == WorkPattern::Office || pattern == WorkPattern::Lab) && random.chance(0.6))
        desktop.traits |= DesktopProfile::LunchBreak;
    if (random.chance(leavesDisconnected))
        desktop.traits |= DesktopProfile::LeavesDisconnected;
    return desktop;
}

QString uuidFrom(std::uint64_t high, std::uint64_t low)
{
    // Version 4 and RFC 4122 variant bits, like the IDs the service hands out.
    high = (high & ~0xF000ULL) | 0x4000ULL;
    low = (low & ~(0xC000ULL << 48)) | (0x8000ULL << 48);
    const QString hex = QString::number(high, 16).rightJustified(16, QLatin1Char('0')) +
                        QString::number(low, 16).rightJustified(16, QLatin1Char('0'));
    return hex.mid(0, 8) + QLatin1Char('-') + hex.mid(8, 4) + QLatin1Char('-') + hex.mid(12, 4) +
           QLatin1Char('-') + hex.mid(16, 4) + QLatin1Char('-') + hex.mid(20, 12);
}

int weightBase(WorkPattern pattern)
{
    switch (pattern) {
    case WorkPattern::Office:
        return 40;
    case WorkPattern::Shift:
        return 60;
    case WorkPattern::Training:
        return 30;
    case WorkPattern::Lab:
        return 12;
    case WorkPattern::Rollout:
        return 20;
    }
    return 40;
}

} // namespace

Fleet::Fleet(FleetOptions options)
    : m_options(std::move(options))
    , m_behaviour(m_options.seed)
{
    m_options.pools = std::clamp(m_options.pools, 0, FleetOptions::kMaxPools);
    m_options.desktops = std::clamp(m_options.effectiveDesktops(), 0, FleetOptions::kMaxDesktops);
    generate();
}

void Fleet::generate()
{
    const std::uint64_t seed = m_options.seed;
    const int poolCount = m_options.pools;
    const std::int64_t desktopTotal = m_options.desktops;

    PoolNameGenerator names(seed);
    std::vector<PoolPolicy> policies;
    std::vector<std::int64_t> weights;
    m_pools.reserve(static_cast<std::size_t>(poolCount));
    policies.reserve(static_cast<std::size_t>(poolCount));
    weights.reserve(static_cast<std::size_t>(poolCount));
    m_poolIndex.reserve(poolCount);
    DeterministicRandom weightRandom(hashOf({seed, kPoolWeights}));
    const QDateTime epoch(QDate(2022, 1, 1), QTime(0, 0), QTimeZone::utc());
    constexpr char kZones[] = {'a', 'b', 'c'};

    for (int i = 0; i < poolCount; ++i) {
        const PoolNameGenerator::Pool named = names.next();
        const auto index = static_cast<std::uint64_t>(i);
        DeterministicRandom random(hashOf({seed, kPoolPolicy, index}));
        FleetPool pool;
        pool.id = uuidFrom(hashOf({seed, kPoolId, index, 1}), hashOf({seed, kPoolId, index, 2}));
        pool.name = named.name;
        pool.type = named.type;
        pool.pattern = named.pattern;
        pool.availabilityZone =
            m_options.availabilityZonePrefix + QLatin1Char(kZones[random.below(3)]);
        pool.createdTime = epoch.addSecs(random.below(3 * 365 * 24 * 3600));
        policies.push_back(drawPolicy(pool.pattern, random));
        const double u = weightRandom.unit();
        weights.push_back(weightBase(pool.pattern) * (100 + static_cast<int>(u * u * u * 1200)));
        m_poolIndex.insert(pool.id, i);
        m_pools.push_back(std::move(pool));
    }

    // About a fifth of the desktops are dedicated; the rest is spread over the pools by weight
    // (cumulative rounding, so that the pool sizes add up exactly).
    const std::int64_t dedicated = poolCount == 0 ? desktopTotal : desktopTotal * 22 / 100;
    const std::int64_t pooled = desktopTotal - dedicated;
    std::int64_t weightTotal = 0;
    for (const std::int64_t w : weights)
        weightTotal += w;

    m_desktops.reserve(static_cast<std::size_t>(desktopTotal));
    DeterministicRandom random(hashOf({seed, kDesktops}));
    std::int64_t cumulative = 0;
    std::int64_t allocated = 0;
    for (int i = 0; i < poolCount; ++i) {
        cumulative += weights[static_cast<std::size_t>(i)];
        const std::int64_t upTo = cumulative * pooled / weightTotal;
        FleetPool& pool = m_pools[static_cast<std::size_t>(i)];
        pool.firstDesktop = static_cast<int>(m_desktops.size());
        pool.desktopCount = static_cast<int>(upTo - allocated);
        allocated = upTo;
        for (int d = 0; d < pool.desktopCount; ++d) {
            m_desktops.push_back(drawDesktop(pool.pattern, pool.type, i,
                                             policies[static_cast<std::size_t>(i)], random));
        }
    }

    m_firstDedicated = static_cast<int>(m_desktops.size());
    for (std::int64_t d = 0; d < dedicated; ++d) {
        // Mostly office users, some graphics workstations, a few round-the-clock desks.
        const auto roll = random.below(100);
        const WorkPattern pattern = roll < 85   ? WorkPattern::Office
                                    : roll < 95 ? WorkPattern::Lab
                                                : WorkPattern::Shift;
        PoolPolicy policy;
        policy.power = drawPower(pattern, random);
        m_desktops.push_back(drawDesktop(pattern, PoolType::Static, -1, policy, random));
    }
}

std::optional<int> Fleet::poolIndex(const QString& poolId) const
{
    const auto it = m_poolIndex.constFind(poolId);
    if (it == m_poolIndex.constEnd())
        return std::nullopt;
    return *it;
}

bool Fleet::poolIncident(int pool, std::int64_t localMinute) const
{
    // A few times a month a pool has an outage (a network or access-gateway problem) during
    // office hours that cuts the sessions of part of its desktops.
    const std::int64_t day = localMinute / (24 * 60);
    const std::uint64_t h = hashOf({m_options.seed, kIncident, static_cast<std::uint64_t>(pool),
                                    static_cast<std::uint64_t>(day)});
    if (h % 100 >= 4)
        return false;
    const std::int64_t start = day * 24 * 60 + 8 * 60 + static_cast<std::int64_t>((h >> 8) % 600);
    const std::int64_t length = 20 + static_cast<std::int64_t>((h >> 20) % 70);
    return localMinute >= start && localMinute < start + length;
}

bool Fleet::incidentAffects(const DesktopProfile& desktop, std::int64_t localMinute) const
{
    return desktop.pool >= 0 && desktop.key % 100 < 40 && poolIncident(desktop.pool, localMinute);
}

DesktopState Fleet::desktopState(int desktop, const QDateTime& when) const
{
    const DesktopProfile& profile = m_desktops.at(static_cast<std::size_t>(desktop));
    const std::int64_t minute = DesktopBehaviour::localMinute(when, m_options.timeZone);
    return m_behaviour.stateAt(profile, minute, incidentAffects(profile, minute));
}

const FleetCounts& Fleet::countsAt(const QDateTime& when)
{
    const std::int64_t minute = DesktopBehaviour::localMinute(when, m_options.timeZone);
    if (minute == m_counts.localMinute)
        return m_counts;

    m_counts.localMinute = minute;
    m_counts.pools.assign(m_pools.size(), MetricCounts{});
    m_counts.dedicated = MetricCounts{};
    m_states.resize(m_desktops.size());
    for (std::size_t p = 0; p < m_pools.size(); ++p) {
        const FleetPool& pool = m_pools[p];
        const bool incident = poolIncident(static_cast<int>(p), minute);
        MetricCounts& counts = m_counts.pools[p];
        for (int d = pool.firstDesktop; d < pool.firstDesktop + pool.desktopCount; ++d) {
            const auto index = static_cast<std::size_t>(d);
            const DesktopProfile& profile = m_desktops[index];
            m_states[index] =
                m_behaviour.stateAt(profile, minute, incident && profile.key % 100 < 40);
            countDesktop(m_states[index], counts);
        }
    }
    for (auto d = static_cast<std::size_t>(m_firstDedicated); d < m_desktops.size(); ++d) {
        m_states[d] = m_behaviour.stateAt(m_desktops[d], minute, false);
        countDesktop(m_states[d], m_counts.dedicated);
    }
    return m_counts;
}

const std::vector<DesktopState>& Fleet::statesAt(const QDateTime& when)
{
    countsAt(when);
    return m_states;
}

} // namespace wsdash::sim
