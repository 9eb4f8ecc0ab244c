#pragma once

#include "core/base/clock.h"

#include <QTimeZone>

namespace wsdash::test {

// A clock tests set by hand.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()))
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void setNow(const QDateTime& now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace wsdash::test
