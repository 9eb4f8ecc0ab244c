#pragma once

#include "core/base/expected.h"

#include <QCoreApplication>
#include <QString>

namespace wsdash {

// A threshold range of the Monitoring Plugins Development Guidelines, as --warning and
// --critical take it:
//
//   N        alert when the value is < 0 or > N      (for counts: above N)
//   N:       alert when the value is < N
//   ~:N      alert when the value is > N
//   M:N      alert when the value is < M or > N
//   @M:N     alert when M <= value <= N              (inside the range)
//
// M and N are decimal numbers (a sign and a fraction are allowed); ~ is minus infinity;
// M <= N is required. Endpoints belong to the range, so "10" does not alert at 10.
class NagiosRange
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::NagiosRange)

public:
    static Expected<NagiosRange, QString> parse(const QString& text);

    bool alerts(double value) const;
    // How far the value lies on the alerting side (0 when it does not alert): to pick the
    // worst of several values of the same status.
    double excess(double value) const;
    // The range as given (trimmed): what performance data repeats.
    const QString& text() const { return m_text; }

private:
    QString m_text;
    double m_start = 0;
    double m_end = 0;
    bool m_startInfinite = false;
    bool m_endInfinite = false;
    bool m_inside = false;
};

} // namespace wsdash
