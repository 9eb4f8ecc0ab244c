#pragma once

#include "core/base/clock.h"

#include <QDateTime>
#include <QMutex>

#include <chrono>

namespace wsdash {

// One token bucket for every API call wsdash makes, so that the dashboard, background
// recording and any other caller together stay under the API's limit of 200 calls per minute
// and user.
//
// The bucket holds at most `burst` tokens and refills at `callsPerMinute`. In any window of 60
// seconds at most burst + callsPerMinute calls can pass; the defaults (170 per minute, burst
// 25) allow at most 195. The burst is sized for what a user waits on: a drill-down into 10,000
// desktops (20 pages) or an All-projects round of 20 projects goes out at once, and the
// dashboard still has its reserve. Background callers may not take the last
// `reservedForInteractive` tokens, so a refresh the user asked for is not kept waiting by
// recording or by a drill-down's later pages.
//
// Thread-safe. Counts calls within one process; two wsdash processes have a budget each.
class RequestBudget final
{
public:
    enum class Priority
    {
        Interactive,
        Background
    };

    struct Options
    {
        int callsPerMinute = 170;
        int burst = 25;
        int reservedForInteractive = 5;
    };

    explicit RequestBudget(const Clock& clock);
    RequestBudget(const Clock& clock, Options options);

    // Takes `calls` tokens when they are there; false (and nothing taken) when not.
    bool tryAcquire(Priority priority = Priority::Interactive, int calls = 1);
    // How long until tryAcquire() with the same arguments would succeed (zero: now). Callers
    // wait that long (a QTimer) and try again.
    std::chrono::milliseconds timeUntilAvailable(Priority priority = Priority::Interactive,
                                                 int calls = 1) const;
    // How long a caller's single-shot timer waits before trying again: timeUntilAvailable(),
    // but at least 1 ms and at most a second (clocks can jump; a waiter looks again).
    std::chrono::milliseconds retryInterval(Priority priority = Priority::Interactive,
                                            int calls = 1) const;
    // Tokens there now (fractional while refilling).
    double available() const;
    const Options& options() const { return m_options; }

private:
    void refill(const QDateTime& now) const;
    double floorFor(Priority priority) const;

    const Clock& m_clock;
    Options m_options;
    mutable QMutex m_mutex;
    mutable double m_tokens;
    mutable QDateTime m_last;
};

} // namespace wsdash
