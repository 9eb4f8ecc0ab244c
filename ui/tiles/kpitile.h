#pragma once

#include "core/api/statistics.h"
#include "core/history/alertevent.h"
#include "ui/style/cardframe.h"

#include <QList>

#include <array>
#include <functional>
#include <optional>

class QGridLayout;
class QLabel;

namespace wsdash {
class Sparkline;
}

namespace wsdash {

// One KPI tile: the total (large), or one state family as a grid with a row per state — icon,
// name, count, share of the total, change since the previous refresh and, once the history
// reaches back that far, change against 24 h ago; the columns have titles. States are told apart by
// text and icon shape, never by colour alone.
class KpiTile final : public CardFrame
{
    Q_OBJECT

public:
    using DeltaFunction = std::function<std::optional<qint64>(Metric)>;
    // From the history: the change against 24 h ago and recent values of a count.
    struct Trend
    {
        bool pastKnown = false; // a point near 24 h ago exists
        std::optional<qint64> changeAgo;
        QList<double> recent;
    };
    using TrendFunction = std::function<Trend(Metric)>;

    // A tile for `family`, or the total tile when empty.
    explicit KpiTile(std::optional<Family> family, QWidget* parent = nullptr);
    ~KpiTile() override;

    std::optional<Family> family() const { return m_family; }

    // Shows counts (nullptr: nothing to show); `delta` gives the change since the previous
    // refresh, when there is one.
    void setCounts(const StateCounts* counts, const DeltaFunction& delta);
    void setSubtitle(const QString& text);
    void setStale(bool stale);
    // Without a function (no history) the trend texts and sparklines are hidden.
    void setTrends(const TrendFunction& trend);
    // Highlights a count's row (background, icon and text) while an alert is on.
    void setAlertLevel(Metric metric, AlertLevel level);

    // The texts on the tile, for tests and accessibility.
    QString valueText(Metric metric) const;
    QString shareText(Metric metric) const;
    QString deltaText(Metric metric) const;
    QString trendText(Metric metric) const;
    QString alertText(Metric metric) const;
    const Sparkline* sparkline(Metric metric) const;

Q_SIGNALS:
    // A count's row was clicked, or Enter pressed on it (drill-down); never for counts that
    // cannot be listed (their tool tip says why).
    void countActivated(wsdash::Metric metric);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        Metric metric;
        QLabel* icon = nullptr;
        QLabel* name = nullptr;
        QLabel* value = nullptr;
        QLabel* share = nullptr;
        QLabel* delta = nullptr;
        QLabel* trend = nullptr;
        Sparkline* spark = nullptr;
        QLabel* alert = nullptr;
        QWidget* band = nullptr; // the row's background while an alert is on
        AlertLevel level = AlertLevel::Ok;
        bool invalid = false; // the answer held an invalid value of this count
    };

    // The grid's columns of a family tile (0: icon, 1: name; sparkline and alert after).
    static constexpr int kCountColumn = 2;
    static constexpr int kShareColumn = 3;
    static constexpr int kChangeColumn = 4;
    static constexpr int kAgoColumn = 5;

    void addHeader(QGridLayout* grid);
    void retranslateHeader();
    void sizeColumns();
    void addRow(QGridLayout* grid, int line, Metric metric);
    void makeDrillable(const Row& row);
    void updateColors();
    void updateAlert(Row& row);
    void updateValueColor(Row& row);
    const Row* rowOf(Metric metric) const;

    std::optional<Family> m_family;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QGridLayout* m_grid = nullptr;
    std::array<QLabel*, kAgoColumn + 1> m_heads{}; // column titles of a family tile
    QList<Row> m_rows;
};

} // namespace wsdash
