#include "ui/charts/trendchart.h"

#include "ui/style/theme.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace wsdash {

struct TrendChart::Private
{
    QChartView* view = nullptr;
    QChart* chart = nullptr;
    QDateTimeAxis* xAxis = nullptr;
    QValueAxis* yAxis = nullptr;
    QList<QLineSeries*> series;
};

TrendChart::TrendChart(QWidget* parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->chart = new QChart();
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->chart->setMargins(QMargins(4, 4, 4, 4));
    d->chart->setBackgroundRoundness(0);
    d->xAxis = new QDateTimeAxis(d->chart);
    d->yAxis = new QValueAxis(d->chart);
    d->yAxis->setLabelFormat(QStringLiteral("%.0f"));
    d->chart->addAxis(d->xAxis, Qt::AlignBottom);
    d->chart->addAxis(d->yAxis, Qt::AlignLeft);
    d->view = new QChartView(d->chart, this);
    d->view->setRenderHint(QPainter::Antialiasing);
    d->view->setMinimumSize(480, 260);
    layout->addWidget(d->view);
}

TrendChart::~TrendChart() = default;

void TrendChart::setLines(const QList<Line>& lines, qint64 fromMs, qint64 toMs)
{
    const bool dark = Theme::isDark(palette());
    d->chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    d->chart->setBackgroundBrush(palette().base());
    d->chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    d->chart->removeAllSeries(); // deletes them
    d->series.clear();
    double maximum = 0;
    for (const Line& line : lines) {
        auto* series = new QLineSeries();
        series->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(2);
        series->setPen(pen);
        series->append(line.points);
        series->setPointsVisible(line.points.size() == 1);
        for (const QPointF& point : line.points)
            maximum = std::max(maximum, point.y());
        d->chart->addSeries(series);
        series->attachAxis(d->xAxis);
        series->attachAxis(d->yAxis);
        d->series.append(series);
    }
    const qint64 spanMs = std::max<qint64>(toMs - fromMs, 1);
    d->xAxis->setFormat(spanMs > 2LL * 24 * 3600 * 1000 ? QStringLiteral("MMM d")
                                                        : QStringLiteral("HH:mm"));
    d->xAxis->setTickCount(7);
    d->xAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs),
                       QDateTime::fromMSecsSinceEpoch(fromMs + spanMs));
    d->yAxis->setRange(0, maximum < 4 ? 4 : std::ceil(maximum * 1.1));
    d->yAxis->applyNiceNumbers();
    const QColor text = palette().color(QPalette::WindowText);
    d->xAxis->setLabelsColor(text);
    d->yAxis->setLabelsColor(text);
}

QStringList TrendChart::lineNames() const
{
    QStringList names;
    for (const QLineSeries* series : d->series)
        names.append(series->name());
    return names;
}

QColor TrendChart::lineColor(int index) const
{
    if (index < 0 || index >= d->series.size())
        return {};
    return d->series.at(index)->pen().color();
}

QList<QPointF> TrendChart::linePoints(int index) const
{
    if (index < 0 || index >= d->series.size())
        return {};
    return d->series.at(index)->points();
}

} // namespace wsdash
