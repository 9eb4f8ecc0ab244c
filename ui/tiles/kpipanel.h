#pragma once

#include "core/api/statistics.h"

#include <QWidget>

#include <array>
#include <optional>

class QGridLayout;
class QLabel;

namespace wsdash {

class AlertEvaluator;
class DashboardController;
class KpiTile;
class TileTrends;

// The row of KPI tiles: the total and one tile per requested family. Tiles wrap into a second
// row when the window is too narrow for all of them side by side.
class KpiPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit KpiPanel(QWidget* parent = nullptr);
    ~KpiPanel() override;

    // Shows what the controller holds (the last good data, its deltas, stale or not).
    void showData(const DashboardController& controller);
    // The history behind the tiles (24 h change, sparklines) and the alert levels; both
    // optional (null: the tiles show neither). Used, not owned.
    void setTrends(const TileTrends* trends) { m_trends = trends; }
    void setAlerts(const AlertEvaluator* alerts) { m_alerts = alerts; }
    // Puts the current trends and alert levels on the tiles.
    void showHistory();

    KpiTile* totalTile() const { return m_total; }
    KpiTile* familyTile(Family family) const;

    // True when the tiles do not fit side by side and wrap into rows.
    bool isWrapped() const { return m_wrapped; }

Q_SIGNALS:
    void wrappedChanged(bool wrapped);
    // A count on a tile was activated (click or Enter): drill down, in the dashboard's scope.
    void countActivated(wsdash::Metric metric);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();

    QGridLayout* m_grid = nullptr;
    KpiTile* m_total = nullptr;
    std::array<KpiTile*, kFamilyCount> m_families{};
    QLabel* m_emptyNote = nullptr;
    const TileTrends* m_trends = nullptr;
    const AlertEvaluator* m_alerts = nullptr;
    std::optional<StateCounts> m_shownTotals;
    int m_columns = 0;
    bool m_wrapped = false;
};

} // namespace wsdash
