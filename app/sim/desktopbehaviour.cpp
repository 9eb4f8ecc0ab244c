#include "sim/desktopbehaviour.h"

#include "sim/deterministicrandom.h"

namespace wsdash::sim {

namespace {

constexpr std::int64_t kMinutesPerDay = 24 * 60;

// Salts that keep the hashes of different questions apart.
enum Salt : std::uint64_t
{
    kWorkday = 1,
    kSessionTime,
    kLunch,
    kShortDisconnect,
    kRunError,
    kAgentFault,
    kBroken,
    kAttachFailure,
    kSpareAssignment,
};

bool within(std::int64_t minute, std::int64_t start, std::int64_t end)
{
    return minute >= start && minute < end;
}

int symmetricJitter(std::uint64_t hash, int range)
{
    return static_cast<int>(hash % static_cast<std::uint64_t>(2 * range + 1)) - range;
}

} // namespace

std::int64_t DesktopBehaviour::localMinute(const QDateTime& when, const QTimeZone& zone)
{
    const QDateTime local = zone.isValid() ? when.toTimeZone(zone) : when.toUTC();
    return local.date().toJulianDay() * kMinutesPerDay +
           local.time().msecsSinceStartOfDay() / 60000;
}

bool DesktopBehaviour::worksOn(const DesktopProfile& desktop, std::int64_t day) const
{
    const bool weekend = day % 7 >= 5; // Julian day 0 was a Monday
    const auto roll =
        hashOf({m_seed, desktop.key, kWorkday, static_cast<std::uint64_t>(day)}) % 100;
    switch (desktop.pattern) {
    case WorkPattern::Office:
        return weekend ? roll < 3 : roll >= 8;
    case WorkPattern::Lab:
        return weekend ? roll < 5 : roll >= 35;
    case WorkPattern::Rollout:
        return !weekend && roll >= 20;
    case WorkPattern::Training:
        return !weekend && roll >= 10;
    case WorkPattern::Shift:
        return (static_cast<std::uint64_t>(day) + desktop.key) % 7 < 5 && roll >= 5;
    }
    return false;
}

std::optional<DesktopBehaviour::Session> DesktopBehaviour::sessionOn(const DesktopProfile& desktop,
                                                                     std::int64_t day) const
{
    if (desktop.usage == DesktopProfile::Usage::Spare || !worksOn(desktop, day))
        return std::nullopt;
    const std::uint64_t h =
        hashOf({m_seed, desktop.key, kSessionTime, static_cast<std::uint64_t>(day)});
    const bool punctual =
        desktop.pattern == WorkPattern::Training || desktop.pattern == WorkPattern::Shift;
    const int startJitter = symmetricJitter(h, punctual ? 5 : 20);
    const int lengthJitter = symmetricJitter(h >> 16, punctual ? 10 : 30);
    Session session;
    session.start = day * kMinutesPerDay + desktop.start + startJitter;
    session.end = session.start + std::max(30, desktop.length + lengthJitter);
    return session;
}

bool DesktopBehaviour::inEpisode(const DesktopProfile& desktop, std::uint64_t salt,
                                 std::int64_t minute, int block, int perTenThousand, int minLength,
                                 int maxLength) const
{
    // An episode starts inside its block and is never longer than a block, so only the
    // current and the previous block can cover this minute.
    const std::int64_t current = minute / block;
    for (std::int64_t b = current - 1; b <= current; ++b) {
        const std::uint64_t h = hashOf({m_seed, desktop.key, salt, static_cast<std::uint64_t>(b)});
        if (static_cast<int>(h % 10000) >= perTenThousand)
            continue;
        const std::int64_t start = b * block + static_cast<std::int64_t>((h >> 16) % block);
        const std::int64_t length =
            minLength + static_cast<std::int64_t>((h >> 32) % (maxLength - minLength + 1));
        if (within(minute, start, start + length))
            return true;
    }
    return false;
}

std::optional<AttachState> DesktopBehaviour::spareAssignment(const DesktopProfile& desktop,
                                                             std::int64_t minute) const
{
    // Now and then an administrator hands a spare desktop to someone: it is being assigned for
    // a few minutes, then assigned for the rest of the day, or the assignment fails.
    const std::int64_t day = minute / kMinutesPerDay;
    const std::uint64_t h =
        hashOf({m_seed, desktop.key, kSpareAssignment, static_cast<std::uint64_t>(day)});
    const std::uint64_t chance = desktop.pattern == WorkPattern::Rollout ? 12 : 3;
    if (h % 100 >= chance)
        return std::nullopt;
    const std::int64_t at =
        day * kMinutesPerDay + 8 * 60 + static_cast<std::int64_t>((h >> 8) % 600);
    const std::int64_t done = at + 2 + static_cast<std::int64_t>((h >> 20) % 8);
    if (minute < at)
        return std::nullopt;
    if (minute < done)
        return AttachState::Attaching;
    // A failed assignment stays failed until the administrator retries, the next day.
    const bool failed = (h >> 32) % 100 < 25;
    return failed ? AttachState::AttachError : AttachState::Attached;
}

AttachState DesktopBehaviour::dynamicAssignment(const DesktopProfile& desktop,
                                                const Session& session, std::int64_t minute) const
{
    // Bound at login: being assigned for a minute or two; now and then the first assignment
    // fails and the user gets the desktop on a second try.
    const std::uint64_t h =
        hashOf({m_seed, desktop.key, kAttachFailure, static_cast<std::uint64_t>(session.start)});
    const std::int64_t failedFor = h % 100 < 3 ? 8 : 0;
    const std::int64_t since = minute - session.start;
    if (since < failedFor)
        return AttachState::AttachError;
    if (since < failedFor + 1 + static_cast<std::int64_t>((h >> 8) % 2))
        return AttachState::Attaching;
    return AttachState::Attached;
}

DesktopState DesktopBehaviour::stateAt(const DesktopProfile& desktop, std::int64_t minute,
                                       bool incident) const
{
    using Usage = DesktopProfile::Usage;
    using Power = DesktopProfile::Power;
    const std::int64_t day = minute / kMinutesPerDay;

    // The user's sessions of yesterday (a night shift) and today.
    std::optional<Session> working;
    std::optional<Session> lingering; // left without logging off
    bool powered = desktop.power == Power::AlwaysOn;
    std::int64_t poweredSince = 0;
    const int linger = desktop.power == Power::AlwaysOn ? 120 : 40;
    for (std::int64_t d = day - 1; d <= day; ++d) {
        const auto session = sessionOn(desktop, d);
        if (!session)
            continue;
        if (within(minute, session->start, session->end))
            working = session;
        else if ((desktop.traits & DesktopProfile::LeavesDisconnected) &&
                 within(minute, session->end, session->end + linger))
            lingering = session;
        // Idle desktops are started by schedule shortly before work and stopped after it.
        if (!powered && within(minute, session->start - 15, session->end + 45)) {
            powered = true;
            poweredSince = session->start - 15;
        }
    }
    const bool booting = desktop.power != Power::AlwaysOn && powered && minute - poweredSince < 3;

    const bool broken =
        hashOf({m_seed, desktop.key, kBroken, static_cast<std::uint64_t>(day / 3)}) % 1000 < 5;
    const bool runError = broken || inEpisode(desktop, kRunError, minute, 240, 60, 10, 120);
    const bool agentFault = incident || inEpisode(desktop, kAgentFault, minute, 60, 150, 2, 20);

    DesktopState state;
    if (runError)
        state.run = RunState::Error;
    else if (powered)
        state.run = RunState::Active;
    else
        state.run =
            desktop.power == Power::HibernateWhenIdle ? RunState::Hibernated : RunState::Stopped;

    const std::optional<Session> bound = working ? working : lingering;
    switch (desktop.usage) {
    case Usage::Assigned:
        state.attach = AttachState::Attached;
        break;
    case Usage::Spare:
        state.attach = spareAssignment(desktop, minute).value_or(AttachState::Unattached);
        break;
    case Usage::Dynamic:
        state.attach = bound ? dynamicAssignment(desktop, *bound, minute) : AttachState::Unattached;
        break;
    }

    // Unregistered twice: the order matters (a booting desktop in error is UnableToConnect).
    // NOLINTNEXTLINE(bugprone-branch-clone)
    if (state.run == RunState::Stopped || state.run == RunState::Hibernated) {
        state.login = LoginState::Unregistered;
    } else if (state.run == RunState::Error || agentFault) {
        state.login = LoginState::UnableToConnect;
    } else if (booting) {
        state.login = LoginState::Unregistered; // the agent has not registered yet
    } else if (state.attach == AttachState::Attached && working) {
        bool away = inEpisode(desktop, kShortDisconnect, minute, 30, 250, 1, 6);
        if (!away && (desktop.traits & DesktopProfile::LunchBreak)) {
            const std::uint64_t h =
                hashOf({m_seed, desktop.key, kLunch, static_cast<std::uint64_t>(day)});
            const std::int64_t lunch =
                day * kMinutesPerDay + 11 * 60 + 45 + static_cast<std::int64_t>(h % 40);
            away = within(minute, lunch, lunch + 25 + static_cast<std::int64_t>((h >> 8) % 35));
        }
        state.login = away ? LoginState::Disconnected : LoginState::InUse;
    } else if (state.attach == AttachState::Attached && lingering) {
        state.login = LoginState::Disconnected;
    } else {
        state.login = LoginState::Ready;
    }
    return state;
}

} // namespace wsdash::sim
