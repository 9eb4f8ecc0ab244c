#pragma once

#include "core/api/poolranking.h"
#include "core/api/statistics.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <array>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace wsdash {

class CardFrame;
class DashboardController;
class DonutChart;
class PoolBarChart;

// The one chart layer of the window. Everything that touches Qt Charts lives in ui/charts;
// the rest of the UI sees only this class (Qt Charts is deprecated from Qt 6.10 in favour of
// Qt Graphs: this folder is the one place to change).
//
// A donut per requested family, and per-pool stacked bars for a chosen family: the largest
// pools that fit, the rest folded into one "Other" bar. Clicking a pool's bar emits
// poolActivated().
class ChartPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    void showData(const DashboardController& controller);
    // Whether the donuts may be shown (the window hides them when narrow: the KPI tiles carry
    // the same numbers).
    void setDonutsAllowed(bool allowed);

    // The family of the per-pool bars; empty means total desktops only.
    std::optional<Family> barFamily() const { return m_barFamily; }
    void setBarFamily(std::optional<Family> family);
    // Bars as desktop counts (false) or as shares of each bar (true, the default).
    bool barsShowShares() const { return m_shares; }
    void setBarsShowShares(bool shares);

    // What is drawn, for tests and accessibility (a donut never shown yet is made for it).
    QList<QPair<QString, qreal>> donutSlices(Family family);
    bool isDonutVisible(Family family) const;
    QStringList barCategories() const;
    QList<qreal> barValues(Metric metric) const;
    QString barPoolId(int bar) const;
    // Where bar `bar` is, in the coordinates of barChartViewport().
    QPoint barCenter(int bar) const;
    QWidget* barChartViewport() const;
    QString barCaption() const;

Q_SIGNALS:
    void poolActivated(const QString& poolId);
    // Drill-down: a donut slice (the dashboard's scope) or a pool's bar segment.
    void countActivated(wsdash::Metric metric);
    void poolCountActivated(wsdash::Metric metric, const QString& poolId);
    void barFamilyChanged(std::optional<Family> family);
    void barsShowSharesChanged(bool shares);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuildBars();
    int barsThatFit() const;
    int labelWidth() const;
    void updateDonutVisibility();
    DonutChart* donut(Family family);
    QList<Metric> barMetrics() const;

    // Made when first shown: a narrow window (and a 1280x800 --screenshot) never shows them.
    std::array<DonutChart*, kFamilyCount> m_donuts{};
    std::array<CardFrame*, kFamilyCount> m_donutCards{};
    CardFrame* m_barCard = nullptr;
    QComboBox* m_familyBox = nullptr;
    QComboBox* m_scaleBox = nullptr;
    QLabel* m_caption = nullptr;
    QStackedWidget* m_barStack = nullptr;
    PoolBarChart* m_bars = nullptr;
    QLabel* m_barPlaceholder = nullptr;

    std::optional<DesktopStatistics> m_statistics;
    QString m_missingPools; // why there are no bars
    std::optional<Family> m_barFamily = Family::Run;
    // Of the shown pools: the largest first, sums and invalid counts (taken with the answer).
    std::shared_ptr<const PoolDigest> m_digest;
    int m_shownBars = 0;
    int m_shownLabelWidth = 0;
    bool m_shownLegendBeside = false;
    bool m_donutsAllowed = true;
    bool m_shares = true;
    bool m_stale = false;
    bool m_dark = false;
};

} // namespace wsdash
