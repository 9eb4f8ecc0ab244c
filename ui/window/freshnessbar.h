#pragma once

#include "core/api/desktoppoolclient.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QProgressBar;

namespace wsdash {

class Clock;
class DashboardController;
class StatisticsQuery;

// The always-visible line that makes a screenshot trustworthy: when the data is from, when
// the next refresh is due, where it came from (endpoint or profile, project) and which
// filters it answers. Shows progress while a refresh runs.
class FreshnessBar final : public QFrame
{
    Q_OBJECT

public:
    FreshnessBar(const DashboardController& controller, const Clock& clock,
                 QWidget* parent = nullptr);
    ~FreshnessBar() override;

    // Re-reads the controller.
    void refresh();
    QString text() const;

    // "Common + Pooled desktops · Assignment, Login status · all pools".
    static QString describeFilters(const StatisticsQuery& query,
                                   const QList<DesktopPool>& pools = {});
    // "2026-11-26 09:30:00 CET": a data time in local time, to the second.
    static QString formatTime(const QDateTime& when);

private:
    const DashboardController& m_controller;
    const Clock& m_clock;
    QLabel* m_label = nullptr;
    QProgressBar* m_progress = nullptr;
    QTimer m_tick;
};

} // namespace wsdash
