#include "ui/charts/donutchart.h"

#include "core/dashboard/drilldown.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QChart>
#include <QKeyEvent>
#include <QPieSeries>
#include <QPieSlice>
#include <QToolTip>

namespace wsdash {

namespace {
constexpr char kPlaceholderProperty[] = "wsdashPlaceholder";
}

DonutChart::DonutChart(Family family, QWidget* parent)
    // The chart is given here: QChartView(parent) makes a default chart that setChart() would
    // release without deleting (a leak that LeakSanitizer finds).
    : QChartView(new QChart, parent)
    , m_family(family)
{
    setObjectName(QLatin1String("donut_") + QLatin1String(familyObjectKey(family)));
    setAccessibleName(tr("%1 chart").arg(MetricStyle::label(family)));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(140, 140);
    setFrameShape(QFrame::NoFrame);

    QChart* chart = this->chart();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->setContentsMargins(-8, -8, -8, -8);
    chart->legend()->setVisible(false);
    chart->setTitle(MetricStyle::label(family));
    m_series = new QPieSeries(chart);
    m_series->setHoleSize(0.58);
    m_series->setPieSize(0.92);
    chart->addSeries(m_series);

    setFocusPolicy(Qt::StrongFocus);
    connect(m_series, &QPieSeries::clicked, this, [this](QPieSlice* slice) {
        const QVariant metric = slice->property("wsdashMetric");
        if (metric.isValid())
            Q_EMIT sliceActivated(static_cast<Metric>(metric.toInt()));
    });
    connect(m_series, &QPieSeries::hovered, this, [this](QPieSlice* slice, bool state) {
        if (!state || slice->property(kPlaceholderProperty).toBool()) {
            QToolTip::hideText();
            return;
        }
        const QString whyNot = slice->property("wsdashWhyNot").toString();
        const QVariant metric = slice->property("wsdashMetric");
        const QString definition =
            metric.isValid()
                ? MetricStyle::definition(static_cast<Metric>(metric.toInt())) + QLatin1Char('\n')
                : QString();
        QToolTip::showText(QCursor::pos(),
                           tr("%1: %2 (%3 of this family)")
                                   .arg(slice->label(),
                                        MetricStyle::count(static_cast<qint64>(slice->value())),
                                        MetricStyle::share(slice->percentage())) +
                               QLatin1Char('\n') + definition +
                               (whyNot.isEmpty() ? tr("Click to list these desktops.") : whyNot),
                           this);
    });
}

DonutChart::~DonutChart() = default;

void DonutChart::setCounts(const StateCounts* counts, bool dark, bool stale)
{
    m_dark = dark;
    m_series->clear();
    m_current = -1;
    const QPalette pal = palette();
    setBackgroundBrush(pal.color(QPalette::Base));
    chart()->setTitleBrush(pal.color(QPalette::WindowText));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart()->setTitleFont(titleFont);

    qint64 sum = 0;
    int invalid = 0; // counts the answer held as invalid values: no slice, no share
    QString accessible;
    if (counts) {
        for (Metric metric : familyMetrics(m_family)) {
            const Count value = counts->value(metric);
            invalid += counts->isInvalid(metric) ? 1 : 0;
            if (!value)
                continue;
            sum += *value;
            auto* slice = m_series->append(MetricStyle::label(metric), static_cast<qreal>(*value));
            if (const QString why = DrillPlan::whyNotOffered(metric); why.isEmpty())
                slice->setProperty("wsdashMetric", static_cast<int>(metric));
            else
                slice->setProperty("wsdashWhyNot", why);
            QColor color = MetricStyle::color(metric, dark);
            if (stale)
                color.setAlphaF(0.45f);
            slice->setColor(color);
            slice->setBorderColor(pal.color(QPalette::Base));
            slice->setBorderWidth(1);
            accessible += QStringLiteral("%1 %2; ").arg(slice->label(), MetricStyle::count(*value));
        }
    }
    if (sum == 0) {
        auto* ring = m_series->append(QString(), 1);
        ring->setProperty(kPlaceholderProperty, true);
        ring->setColor(pal.color(QPalette::Midlight));
        ring->setBorderColor(pal.color(QPalette::Midlight));
    }

    const Metric first = MetricStyle::headline(m_family);
    const Count firstValue = counts ? counts->value(first) : std::nullopt;
    if (counts && invalid > 0) {
        // A share of an incomplete sum would be wrong: the hole says why there is none.
        m_centerTop = MetricStyle::invalid();
        m_centerBottom = tr("%n left out", nullptr, invalid);
    } else if (counts && firstValue && sum > 0) {
        m_centerTop =
            MetricStyle::share(static_cast<double>(*firstValue) / static_cast<double>(sum));
        m_centerBottom = MetricStyle::label(first);
    } else {
        m_centerTop = counts ? MetricStyle::notReported() : QString();
        m_centerBottom.clear();
    }
    setAccessibleDescription(accessible);
    viewport()->update();
}

QList<QPair<QString, qreal>> DonutChart::slices() const
{
    QList<QPair<QString, qreal>> result;
    const auto all = m_series->slices();
    for (const QPieSlice* slice : all) {
        if (!slice->property(kPlaceholderProperty).toBool())
            result.append({slice->label(), slice->value()});
    }
    return result;
}

void DonutChart::drawForeground(QPainter* painter, const QRectF& rect)
{
    QChartView::drawForeground(painter, rect);
    if (m_centerTop.isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    const QPointF center = plot.center();
    const qreal hole = std::min(plot.width(), plot.height()) * 0.92 * 0.58;
    painter->save();
    painter->setPen(palette().color(QPalette::WindowText));
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 1.25);
    painter->setFont(big);
    const QRectF top(center.x() - hole / 2, center.y() - hole / 2, hole, hole / 2);
    painter->drawText(top, Qt::AlignHCenter | Qt::AlignBottom, m_centerTop);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter->setFont(small);
    painter->setPen(Theme::mutedText(palette()));
    const QRectF bottom(center.x() - hole / 2, center.y(), hole, hole / 2);
    painter->drawText(bottom, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_centerBottom);
    painter->restore();
}

} // namespace wsdash

namespace wsdash {

void DonutChart::keyPressEvent(QKeyEvent* event)
{
    const auto slices = m_series->slices();
    const int count = static_cast<int>(slices.size());
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Right:
    case Qt::Key_Down: {
        if (count == 0)
            break;
        const bool back = event->key() == Qt::Key_Left || event->key() == Qt::Key_Up;
        for (int step = 0; step < count; ++step) { // the next slice that can be listed
            m_current =
                ((m_current < 0 ? (back ? 0 : -1) : m_current) + (back ? -1 : 1) + count) % count;
            if (slices.at(m_current)->property("wsdashMetric").isValid())
                break;
        }
        markCurrent();
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0 && m_current < count) {
            const QVariant metric = slices.at(m_current)->property("wsdashMetric");
            if (metric.isValid())
                Q_EMIT sliceActivated(static_cast<Metric>(metric.toInt()));
            return;
        }
        break;
    default:
        break;
    }
    QChartView::keyPressEvent(event);
}

void DonutChart::focusOutEvent(QFocusEvent* event)
{
    m_current = -1;
    markCurrent();
    QChartView::focusOutEvent(event);
}

void DonutChart::markCurrent()
{
    const auto slices = m_series->slices();
    for (int i = 0; i < slices.size(); ++i)
        slices.at(i)->setExploded(i == m_current);
    if (m_current >= 0 && m_current < slices.size()) {
        QToolTip::showText(
            mapToGlobal(rect().center()),
            tr("%1: press Enter to list these desktops.").arg(slices.at(m_current)->label()), this);
    }
}

} // namespace wsdash
