#include "core/api/requestbudget.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace wsdash {

RequestBudget::RequestBudget(const Clock& clock)
    : RequestBudget(clock, Options())
{}

RequestBudget::RequestBudget(const Clock& clock, Options options)
    : m_clock(clock)
    , m_options(options)
    , m_tokens(0)
    , m_last(clock.now())
{
    m_options.callsPerMinute = std::max(1, m_options.callsPerMinute);
    m_options.burst = std::max(1, m_options.burst);
    m_options.reservedForInteractive =
        std::clamp(m_options.reservedForInteractive, 0, m_options.burst - 1);
    m_tokens = m_options.burst;
}

void RequestBudget::refill(const QDateTime& now) const
{
    const qint64 elapsed = m_last.msecsTo(now);
    if (elapsed > 0) {
        m_tokens =
            std::min<double>(m_options.burst, m_tokens + static_cast<double>(elapsed) *
                                                             m_options.callsPerMinute / 60000.0);
    }
    // A clock that went back does not refill; the bucket continues from the new time.
    m_last = now;
}

double RequestBudget::floorFor(Priority priority) const
{
    return priority == Priority::Background ? m_options.reservedForInteractive : 0;
}

bool RequestBudget::tryAcquire(Priority priority, int calls)
{
    QMutexLocker lock(&m_mutex);
    refill(m_clock.now());
    // A tiny epsilon absorbs the rounding of the refill arithmetic.
    if (calls <= 0 || m_tokens - calls < floorFor(priority) - 1e-9)
        return calls <= 0;
    m_tokens -= calls;
    return true;
}

std::chrono::milliseconds RequestBudget::timeUntilAvailable(Priority priority, int calls) const
{
    QMutexLocker lock(&m_mutex);
    refill(m_clock.now());
    const double missing = floorFor(priority) + calls - m_tokens;
    if (missing <= 1e-9)
        return std::chrono::milliseconds(0);
    if (floorFor(priority) + calls > m_options.burst)
        return std::chrono::milliseconds::max(); // never: more than the bucket holds
    return std::chrono::milliseconds(
        static_cast<qint64>(std::ceil(missing * 60000.0 / m_options.callsPerMinute)));
}

std::chrono::milliseconds RequestBudget::retryInterval(Priority priority, int calls) const
{
    return std::clamp(timeUntilAvailable(priority, calls), std::chrono::milliseconds(1),
                      std::chrono::milliseconds(1000));
}

double RequestBudget::available() const
{
    QMutexLocker lock(&m_mutex);
    refill(m_clock.now());
    return m_tokens;
}

} // namespace wsdash
