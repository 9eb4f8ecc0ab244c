#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <memory>

namespace wsdash {

// A line chart of counts over time for the trend view: one line per chosen count, x the time
// (ms since the epoch, shown in local time), y the count. Keeps the Qt Charts types inside
// ui/charts.
class TrendChart final : public QWidget
{
    Q_OBJECT

public:
    struct Line
    {
        QString name;
        QColor color;
        QList<QPointF> points; // x: ms since the epoch (UTC), y: the value
    };

    explicit TrendChart(QWidget* parent = nullptr);
    ~TrendChart() override;

    // Replaces the lines; the axes span [fromMs, toMs] and 0 .. the largest value.
    void setLines(const QList<Line>& lines, qint64 fromMs, qint64 toMs);
    // What is drawn, for tests: the names and points of the lines, in order.
    QStringList lineNames() const;
    QList<QPointF> linePoints(int index) const;
    QColor lineColor(int index) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace wsdash
