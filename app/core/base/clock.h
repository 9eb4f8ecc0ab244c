#pragma once

#include <QDateTime>

namespace wsdash {

// The time source of everything that stamps or compares times, injectable for tests.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    // A process-wide instance for callers that do not inject their own.
    static const Clock& instance();
};

} // namespace wsdash
