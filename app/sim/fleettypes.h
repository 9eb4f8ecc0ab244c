#pragma once

#include "core/api/statistics.h"

#include <QDateTime>
#include <QString>
#include <QTimeZone>
#include <QtGlobal>

#include <array>
#include <cstdint>

namespace wsdash::sim {

// The states of one desktop, one per family. The enumerators follow the API order of the
// family's counts (Metric), so that a state maps to its count by offset.
enum class AttachState : std::uint8_t
{
    Attached,
    Unattached,
    Attaching,
    AttachError
};
enum class RunState : std::uint8_t
{
    Stopped,
    Active,
    Error,
    Hibernated
};
enum class LoginState : std::uint8_t
{
    InUse,
    Unregistered,
    UnableToConnect,
    Ready,
    Disconnected
};

struct DesktopState
{
    AttachState attach = AttachState::Unattached;
    RunState run = RunState::Stopped;
    LoginState login = LoginState::Unregistered;

    friend bool operator==(const DesktopState& a, const DesktopState& b)
    {
        return a.attach == b.attach && a.run == b.run && a.login == b.login;
    }
};

// One count per Metric, in API order; index with static_cast<int>(Metric).
using MetricCounts = std::array<qint64, kMetricCount>;

inline void countDesktop(const DesktopState& state, MetricCounts& counts)
{
    ++counts[static_cast<int>(Metric::TotalNum)];
    ++counts[static_cast<int>(Metric::AttachedNum) + static_cast<int>(state.attach)];
    ++counts[static_cast<int>(Metric::StopNum) + static_cast<int>(state.run)];
    ++counts[static_cast<int>(Metric::InUseNum) + static_cast<int>(state.login)];
}

inline void addCounts(MetricCounts& sum, const MetricCounts& more)
{
    for (std::size_t i = 0; i < sum.size(); ++i)
        sum[i] += more[i];
}

inline qint64 countOf(const MetricCounts& counts, Metric metric)
{
    return counts[static_cast<std::size_t>(metric)];
}

// How the users of a pool (or of the dedicated desktops) work.
enum class WorkPattern : std::uint8_t
{
    Office,   // weekdays, arrivals 7:30-10:00, lunch breaks
    Shift,    // around the clock in three shifts, seven days
    Training, // classroom sessions at fixed hours
    Lab,      // graphics/GPU workstations: fewer users, hibernated when idle
    Rollout,  // a new pool being handed out: mostly unassigned desktops
};

enum class PoolType : std::uint8_t
{
    Dynamic,
    Static
};

struct FleetPool
{
    QString id; // UUID-shaped, e.g. "5f0c2a9e-1b7d-4c3e-8a21-0d9e6b4f7a13"
    QString name;
    PoolType type = PoolType::Static;
    WorkPattern pattern = WorkPattern::Office;
    QString availabilityZone;
    QDateTime createdTime;
    int firstDesktop = 0; // index of its first desktop in Fleet::desktops()
    int desktopCount = 0;
};

struct FleetOptions
{
    int pools = 24;
    // Total desktops (pooled and dedicated); negative means the default for the pool count.
    int desktops = -1;
    std::uint64_t seed = 1;
    // The time zone the users live in: it decides when mornings are.
    QTimeZone timeZone = QTimeZone::systemTimeZone();
    QString availabilityZonePrefix = QStringLiteral("cn-north-4");

    static constexpr int kMaxPools = 100000; // the 100,000-pool benchmarks (docs/PERFORMANCE.md)
    static constexpr int kMaxDesktops = 1000000;
    static int defaultDesktops(int pools) { return 25 * pools + 150; }
    // A fixed-offset zone in which `now` is `localTime` (to the minute), so that a demo can
    // show a working morning whatever the hour: zoneWhereItIs(QTime(10, 30), clock.now()).
    static QTimeZone zoneWhereItIs(const QTime& localTime, const QDateTime& now)
    {
        constexpr int kDay = 24 * 3600;
        const int utcSeconds = now.toUTC().time().msecsSinceStartOfDay() / 60000 * 60;
        int offset = localTime.msecsSinceStartOfDay() / 60000 * 60 - utcSeconds;
        if (offset > kDay / 2)
            offset -= kDay;
        if (offset < -kDay / 2)
            offset += kDay;
        return QTimeZone(offset);
    }
    int effectiveDesktops() const { return desktops < 0 ? defaultDesktops(pools) : desktops; }
};

} // namespace wsdash::sim
