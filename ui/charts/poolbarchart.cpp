#include "ui/charts/poolbarchart.h"

#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

namespace wsdash {

PoolBarChart::PoolBarChart(QWidget* parent)
    // The chart is given here: QChartView(parent) makes a default chart that setChart() would
    // release without deleting (a leak that LeakSanitizer finds).
    : QChartView(new QChart, parent)
{
    setObjectName(QStringLiteral("poolBarChart"));
    setAccessibleName(tr("Desktops per pool"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(260, 130);
    setFrameShape(QFrame::NoFrame);
    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(4, 0, 8, 0));
    chart->legend()->setAlignment(Qt::AlignTop);
}

PoolBarChart::~PoolBarChart() = default;

QString PoolBarChart::uniqueLabel(const QString& name, const QStringList& taken,
                                  int labelWidth) const
{
    const QFontMetrics metrics(chart()->font());
    QString label = metrics.elidedText(name, Qt::ElideMiddle, labelWidth);
    // Category labels must be unique: pools may share a name.
    QString candidate = label;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = label + QStringLiteral(" (%1)").arg(n);
    return candidate;
}

void PoolBarChart::setBars(const QList<Bar>& bars, const QList<Metric>& metrics, Scale scale,
                           int labelWidth, bool dark, bool stale)
{
    m_bars = bars;
    m_metrics = metrics;
    m_scale = scale;
    m_labels.clear();
    QChart* c = chart();
    c->removeAllSeries();
    const auto axes = c->axes();
    for (QAbstractAxis* axis : axes) {
        c->removeAxis(axis);
        delete axis;
    }
    m_series = nullptr;

    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    setBackgroundBrush(pal.color(QPalette::Base));
    c->legend()->setLabelColor(text);
    c->legend()->setAlignment(legendBeside(height()) ? Qt::AlignRight : Qt::AlignTop);
    c->legend()->setVisible(!bars.isEmpty() && metrics.size() > 1);
    if (bars.isEmpty())
        return;

    const QFontMetrics fontMetrics(c->font());
    for (const Bar& bar : bars) {
        QString suffix;
        if (scale == Scale::Shares) {
            // Every bar is as long as the others: the label says how many desktops it holds.
            qint64 sum = 0;
            for (Metric metric : metrics)
                sum += bar.values[static_cast<std::size_t>(metric)];
            suffix = QStringLiteral(" · ") + QLocale().toString(sum);
        }
        // The name is elided so that name and count together fit the label width.
        const int nameWidth = std::max(40, labelWidth - fontMetrics.horizontalAdvance(suffix));
        m_labels.append(uniqueLabel(bar.name, m_labels, nameWidth) + suffix);
    }

    if (scale == Scale::Shares)
        m_series = new QHorizontalPercentBarSeries;
    else
        m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.7);
    qint64 maxTotal = 0;
    std::vector<qint64> sums(static_cast<std::size_t>(bars.size()), 0);
    for (Metric metric : metrics) {
        auto* set = new QBarSet(MetricStyle::label(metric));
        QColor color = MetricStyle::color(metric, dark);
        if (stale)
            color.setAlphaF(0.45f);
        set->setColor(color);
        set->setBorderColor(color);
        // The axis runs bottom to top: append the last bar first so that the first is on top.
        for (qsizetype i = bars.size() - 1; i >= 0; --i) {
            const qint64 value = bars[i].values[static_cast<std::size_t>(metric)];
            set->append(static_cast<qreal>(value));
            sums[static_cast<std::size_t>(i)] += value;
        }
        m_series->append(set);
    }
    for (qint64 sum : sums)
        maxTotal = std::max(maxTotal, sum);
    c->addSeries(m_series);

    auto* categories = new QBarCategoryAxis;
    QStringList reversed(m_labels.crbegin(), m_labels.crend());
    categories->append(reversed);
    categories->setLabelsColor(text);
    categories->setGridLineVisible(false);
    // The names are elided above, to a width chosen from the chart's; the axis must not cut
    // them again (it does so to "..." when it was first laid out at a small size).
    categories->setTruncateLabels(false);
    categories->setLinePenColor(pal.color(QPalette::Mid));
    c->addAxis(categories, Qt::AlignLeft);
    m_series->attachAxis(categories);

    auto* values = new QValueAxis;
    if (scale == Scale::Shares) {
        values->setRange(0, 100);
        values->setTickCount(5);
        values->setLabelFormat(QStringLiteral("%d%%"));
    } else {
        values->setRange(0, static_cast<qreal>(std::max<qint64>(maxTotal, 1)));
        values->setLabelFormat(QStringLiteral("%d"));
        values->applyNiceNumbers();
        if (values->max() <= 4)
            values->setTickCount(static_cast<int>(values->max()) + 1);
    }
    values->setLabelsColor(text);
    values->setGridLineColor(pal.color(QPalette::Midlight));
    values->setLinePenColor(pal.color(QPalette::Mid));
    c->addAxis(values, Qt::AlignBottom);
    m_series->attachAxis(values);

    const auto count = bars.size();
    connect(m_series, &QAbstractBarSeries::clicked, this, [this, count](int index, QBarSet* set) {
        const int bar = static_cast<int>(count - 1 - index);
        Q_EMIT barClicked(poolIdAt(bar));
        const qsizetype setIndex = m_series->barSets().indexOf(set);
        if (!poolIdAt(bar).isEmpty() && setIndex >= 0 && setIndex < m_metrics.size())
            Q_EMIT segmentClicked(poolIdAt(bar), m_metrics.at(setIndex));
    });
    connect(m_series, &QAbstractBarSeries::hovered, this,
            [this, count](bool status, int index, QBarSet* set) {
                if (!status) {
                    QToolTip::hideText();
                    return;
                }
                const int bar = static_cast<int>(count - 1 - index);
                const qsizetype setIndex = m_series->barSets().indexOf(set);
                QString tip = QStringLiteral("%1\n%2: %3")
                                  .arg(m_bars.value(bar).name, set->label(),
                                       MetricStyle::count(static_cast<qint64>(set->at(index))));
                if (setIndex >= 0 && setIndex < m_metrics.size())
                    tip += QLatin1Char('\n') + MetricStyle::definition(m_metrics.at(setIndex));
                QToolTip::showText(QCursor::pos(), tip, this);
            });
    // The legend says what each colour counts, in the help page's words.
    const QList<QLegendMarker*> markers = c->legend()->markers(m_series);
    for (qsizetype i = 0; i < markers.size() && i < m_metrics.size(); ++i) {
        const QString definition = MetricStyle::definition(m_metrics.at(i));
        connect(markers.at(i), &QLegendMarker::hovered, this, [this, definition](bool over) {
            if (over)
                QToolTip::showText(QCursor::pos(), definition, this);
            else
                QToolTip::hideText();
        });
    }
}

QList<qreal> PoolBarChart::values(Metric metric) const
{
    QList<qreal> result;
    if (!m_series)
        return result;
    const qsizetype setIndex = m_metrics.indexOf(metric);
    if (setIndex < 0)
        return result;
    const QBarSet* set = m_series->barSets().at(setIndex);
    for (int i = set->count() - 1; i >= 0; --i)
        result.append(set->at(i));
    return result;
}

QString PoolBarChart::poolIdAt(int bar) const
{
    return bar >= 0 && bar < m_bars.size() ? m_bars[bar].poolId : QString();
}

QPoint PoolBarChart::barCenter(int bar) const
{
    if (!m_series || bar < 0 || bar >= m_bars.size())
        return {};
    qreal sum = 0;
    for (Metric metric : m_metrics)
        sum += static_cast<qreal>(m_bars[bar].values[static_cast<std::size_t>(metric)]);
    const qreal middle = m_scale == Scale::Shares ? 50 : sum / 2;
    const auto index = static_cast<qreal>(m_bars.size() - 1 - bar);
    const QPointF scene = chart()->mapToPosition(QPointF(middle, index), m_series);
    return mapFromScene(scene);
}

} // namespace wsdash
