#pragma once

#include "core/api/statistics.h"

#include <QChartView>
#include <QList>
#include <QStringList>

#include <array>

class QAbstractBarSeries;

namespace wsdash {

// Horizontal stacked bars, one per pool (the largest on top) and one "Other" bar for the
// rest; a segment per state of the chosen family. Internal to the chart layer.
class PoolBarChart final : public QChartView
{
    Q_OBJECT

public:
    struct Bar
    {
        QString poolId; // empty for the "Other" bar
        QString name;   // full name, for the tooltip
        std::array<qint64, kMetricCount> values{};
    };

    // Counts: bar lengths are desktops. Shares: every bar is 100 %, split by state — readable
    // however different the pools' sizes are (the "Other" bar of 10,000 pools included).
    enum class Scale
    {
        Counts,
        Shares
    };

    explicit PoolBarChart(QWidget* parent = nullptr);
    ~PoolBarChart() override;

    // Bars top to bottom; a segment per metric. Pool names are elided to `labelWidth` pixels.
    void setBars(const QList<Bar>& bars, const QList<Metric>& metrics, Scale scale, int labelWidth,
                 bool dark, bool stale);

    // Short charts put the legend beside the bars rather than above them.
    static bool legendBeside(int height) { return height < 230; }

    // What is shown, top to bottom (category labels as drawn, values per metric).
    QStringList categories() const { return m_labels; }
    QList<qreal> values(Metric metric) const;
    QString poolIdAt(int bar) const;
    // The centre of a bar in viewport coordinates (for tests that click it).
    QPoint barCenter(int bar) const;

Q_SIGNALS:
    void barClicked(const QString& poolId);
    // The segment of `metric` in a pool's bar was clicked (never for the "Other" bar).
    void segmentClicked(const QString& poolId, wsdash::Metric metric);

private:
    QString uniqueLabel(const QString& name, const QStringList& taken, int labelWidth) const;

    QList<Bar> m_bars;
    QList<Metric> m_metrics;
    QStringList m_labels;
    QAbstractBarSeries* m_series = nullptr;
    Scale m_scale = Scale::Counts;
};

} // namespace wsdash
