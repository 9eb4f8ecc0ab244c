#pragma once

#include "core/api/statistics.h"

#include <QChartView>
#include <QList>
#include <QPair>

class QPieSeries;

namespace wsdash {

// A donut of one state family: a slice per state, the share of the first state in the hole.
// Internal to the chart layer (ui/charts); the rest of the UI talks to ChartPanel.
class DonutChart final : public QChartView
{
    Q_OBJECT

public:
    explicit DonutChart(Family family, QWidget* parent = nullptr);
    ~DonutChart() override;

    Family family() const { return m_family; }
    void setCounts(const StateCounts* counts, bool dark, bool stale);
    // The slices as shown: label and value (the placeholder ring of an empty family is left out).
    QList<QPair<QString, qreal>> slices() const;

Q_SIGNALS:
    // A slice was clicked, or Enter pressed on the current slice (arrow keys choose it).
    void sliceActivated(wsdash::Metric metric);

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    Family m_family;
    QPieSeries* m_series = nullptr;
    QString m_centerTop;
    QString m_centerBottom;
    bool m_dark = false;
    int m_current = -1; // the slice chosen by keyboard
    void markCurrent();
};

} // namespace wsdash
