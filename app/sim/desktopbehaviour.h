#pragma once

#include "sim/fleettypes.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>
#include <optional>

namespace wsdash::sim {

// What one desktop is for: drawn once when the fleet is built (16 bytes, so that a fleet of a
// million desktops stays small).
struct DesktopProfile
{
    enum class Usage : std::uint8_t
    {
        Assigned, // a dedicated desktop or one of a static pool: bound to its user
        Dynamic,  // a dynamic pool's desktop: bound to whoever logs in, released afterwards
        Spare,    // not handed out (yet); now and then being assigned
    };
    enum class Power : std::uint8_t
    {
        AlwaysOn,
        StopWhenIdle,
        HibernateWhenIdle
    };
    enum Trait : std::uint8_t
    {
        LunchBreak = 1,
        LeavesDisconnected = 2
    };

    std::uint32_t key = 0;      // this desktop's random bits
    std::int32_t pool = -1;     // index of its pool; -1 for a dedicated desktop
    std::uint16_t start = 540;  // usual start of its user's work, minutes after local midnight
    std::uint16_t length = 510; // usual working minutes
    WorkPattern pattern = WorkPattern::Office;
    Usage usage = Usage::Assigned;
    Power power = Power::AlwaysOn;
    std::uint8_t traits = 0;
};

// The state of a desktop as a pure function of its profile, the seed and the local time:
// no history is kept, so any moment can be asked for in any order and the same seed always
// gives the same answer. Mornings bring logins, lunch and evenings disconnects and logoffs,
// idle desktops are stopped or hibernated, and a few fail now and then.
//
// The families always agree: a stopped or hibernated desktop is unregistered; a faulty one is
// unable to connect; only an assigned, running desktop can be in use or disconnected.
class DesktopBehaviour final
{
public:
    explicit DesktopBehaviour(std::uint64_t seed)
        : m_seed(seed)
    {}

    // `localMinute` counts minutes from local midnight of Julian day 0 (see localMinute()).
    // `incident` is true while the desktop's pool has an outage that cuts its sessions.
    DesktopState stateAt(const DesktopProfile& desktop, std::int64_t localMinute,
                         bool incident) const;

    static std::int64_t localMinute(const QDateTime& when, const QTimeZone& zone);

private:
    struct Session
    {
        std::int64_t start = 0;
        std::int64_t end = 0;
    };

    bool worksOn(const DesktopProfile& desktop, std::int64_t day) const;
    std::optional<Session> sessionOn(const DesktopProfile& desktop, std::int64_t day) const;
    bool inEpisode(const DesktopProfile& desktop, std::uint64_t salt, std::int64_t minute,
                   int block, int perTenThousand, int minLength, int maxLength) const;
    AttachState dynamicAssignment(const DesktopProfile& desktop, const Session& session,
                                  std::int64_t minute) const;
    std::optional<AttachState> spareAssignment(const DesktopProfile& desktop,
                                               std::int64_t minute) const;

    std::uint64_t m_seed;
};

} // namespace wsdash::sim
