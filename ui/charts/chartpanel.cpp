#include "ui/charts/chartpanel.h"

#include "core/dashboard/dashboardcontroller.h"
#include "core/dashboard/drilldown.h"
#include "ui/charts/donutchart.h"
#include "ui/charts/poolbarchart.h"
#include "ui/style/cardframe.h"
#include "ui/style/emptystates.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wsdash {

namespace {

constexpr int kMaxBars = kRankedPools;
constexpr int kBarPitch = 22; // pixels per bar: less, and the axis hides pool names

} // namespace

ChartPanel::ChartPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chartPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);

    for (Family family : kAllFamilies) {
        const auto i = static_cast<std::size_t>(family);
        auto* card = new CardFrame(this);
        auto* cardLayout = new QVBoxLayout(card);
        cardLayout->setContentsMargins(4, 4, 4, 4);
        card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
        card->setMaximumWidth(240);
        card->setVisible(false);
        m_donutCards[i] = card;
        layout->addWidget(card, 1);
    }

    m_barCard = new CardFrame(this);
    auto* barLayout = new QVBoxLayout(m_barCard);
    barLayout->setContentsMargins(10, 6, 6, 4);
    barLayout->setSpacing(2);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Per pool:"), m_barCard);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_familyBox = new QComboBox(m_barCard);
    m_familyBox->setObjectName(QStringLiteral("barFamilyBox"));
    m_familyBox->setAccessibleName(tr("State family of the per-pool chart"));
    m_familyBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    title->setBuddy(m_familyBox);
    m_scaleBox = new QComboBox(m_barCard);
    m_scaleBox->setObjectName(QStringLiteral("barScaleBox"));
    m_scaleBox->setAccessibleName(tr("Scale of the per-pool chart"));
    m_scaleBox->addItem(tr("% of each pool"), true);
    m_scaleBox->addItem(tr("desktops"), false);
    m_scaleBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_caption = new QLabel(m_barCard);
    m_caption->setObjectName(QStringLiteral("barCaption"));
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setWordWrap(true);
    header->addWidget(title);
    header->addWidget(m_familyBox);
    header->addWidget(m_scaleBox);
    header->addStretch(1);
    barLayout->addLayout(header);
    barLayout->addWidget(m_caption);

    m_barStack = new QStackedWidget(m_barCard);
    m_bars = new PoolBarChart(m_barStack);
    m_barPlaceholder = new QLabel(m_barStack);
    m_barPlaceholder->setObjectName(QStringLiteral("barPlaceholder"));
    m_barPlaceholder->setAlignment(Qt::AlignCenter);
    m_barPlaceholder->setWordWrap(true);
    m_barStack->addWidget(m_bars);
    m_barStack->addWidget(m_barPlaceholder);
    m_barStack->setCurrentWidget(m_barPlaceholder);
    barLayout->addWidget(m_barStack, 1);
    layout->addWidget(m_barCard, 4);
    m_bars->installEventFilter(this);

    connect(m_bars, &PoolBarChart::segmentClicked, this,
            [this](const QString& poolId, Metric metric) {
                if (DrillPlan::whyNotOffered(metric).isEmpty())
                    Q_EMIT poolCountActivated(metric, poolId);
            });
    connect(m_bars, &PoolBarChart::barClicked, this, [this](const QString& poolId) {
        if (!poolId.isEmpty())
            Q_EMIT poolActivated(poolId);
    });
    connect(m_scaleBox, &QComboBox::activated, this, [this](int index) {
        setBarsShowShares(m_scaleBox->itemData(index).toBool());
        Q_EMIT barsShowSharesChanged(m_shares);
    });
    connect(m_familyBox, &QComboBox::activated, this, [this](int index) {
        const QVariant chosen = m_familyBox->itemData(index);
        setBarFamily(chosen.isValid() ? std::optional<Family>(static_cast<Family>(chosen.toInt()))
                                      : std::nullopt);
        Q_EMIT barFamilyChanged(m_barFamily);
    });
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::showData(const DashboardController& controller)
{
    m_missingPools = EmptyStates::missingPools(controller);
    const auto& current = controller.current();
    m_stale = controller.state() == DashboardController::State::Stale;
    m_dark = Theme::isDark(palette());
    if (current)
        m_statistics = current->statistics;
    else
        m_statistics.reset();
    const StateCounts* totals = m_statistics ? &m_statistics->totals : nullptr;

    for (Family family : kAllFamilies) {
        const auto i = static_cast<std::size_t>(family);
        const bool shown = totals && totals->hasFamily(family);
        m_donutCards[i]->setStale(m_stale);
        if (m_donuts[i])
            m_donuts[i]->setCounts(shown ? totals : nullptr, m_dark, m_stale);
    }
    updateDonutVisibility();

    // The family box offers the families in the data.
    m_familyBox->clear();
    if (totals) {
        for (Family family : kAllFamilies) {
            if (totals->hasFamily(family))
                m_familyBox->addItem(MetricStyle::label(family), static_cast<int>(family));
        }
    }
    if (m_familyBox->count() == 0)
        m_familyBox->addItem(MetricStyle::label(Metric::TotalNum));
    const int wanted = m_barFamily ? m_familyBox->findData(static_cast<int>(*m_barFamily)) : -1;
    m_familyBox->setCurrentIndex(std::max(wanted, 0));
    // Keep the chosen family for later refreshes even when this one lacks it.
    m_familyBox->setEnabled(m_familyBox->count() > 1);

    // Taken off this thread with the answer; a result made otherwise (tests, a replay) is
    // digested here.
    if (current && current->poolDigest)
        m_digest = current->poolDigest;
    else if (m_statistics && m_statistics->pools)
        m_digest = std::make_shared<const PoolDigest>(digestPools(*m_statistics->pools));
    else
        m_digest.reset();
    m_barCard->setStale(m_stale);
    m_shownBars = -1;
    rebuildBars();
}

void ChartPanel::setBarsShowShares(bool shares)
{
    m_shares = shares;
    m_scaleBox->setCurrentIndex(m_scaleBox->findData(shares));
    m_shownBars = -1;
    rebuildBars();
}

void ChartPanel::setDonutsAllowed(bool allowed)
{
    if (allowed == m_donutsAllowed)
        return;
    m_donutsAllowed = allowed;
    updateDonutVisibility();
}

void ChartPanel::updateDonutVisibility()
{
    // The per-pool bars need room to stay readable: in a narrow window the donuts (the same
    // numbers as the tiles) make way for them.
    constexpr int kDonutWidth = 160;
    constexpr int kReadableBars = 460;
    const StateCounts* totals = m_statistics ? &m_statistics->totals : nullptr;
    const bool hasBars = m_statistics && m_statistics->pools && !m_statistics->pools->isEmpty();
    int donuts = 0;
    for (Family family : kAllFamilies)
        donuts += totals && totals->hasFamily(family) ? 1 : 0;
    const bool room = !hasBars || width() - donuts * (kDonutWidth + 8) >= kReadableBars;
    for (Family family : kAllFamilies) {
        const bool shown = m_donutsAllowed && room && totals && totals->hasFamily(family);
        if (shown)
            donut(family);
        m_donutCards[static_cast<std::size_t>(family)]->setVisible(shown);
    }
}

DonutChart* ChartPanel::donut(Family family)
{
    const auto i = static_cast<std::size_t>(family);
    if (m_donuts[i])
        return m_donuts[i];
    CardFrame* card = m_donutCards[i];
    auto* chart = new DonutChart(family, card);
    card->layout()->addWidget(chart);
    // Where Tab would reach it had it been made with its card: after the last widget before
    // the card that takes focus (the card itself takes none, and setTabOrder needs one that does).
    QWidget* before = card->previousInFocusChain();
    while (before != card && (before == chart || before->focusPolicy() == Qt::NoFocus))
        before = before->previousInFocusChain();
    if (before != card)
        QWidget::setTabOrder(before, chart);
    connect(chart, &DonutChart::sliceActivated, this, &ChartPanel::countActivated);
    const StateCounts* totals = m_statistics ? &m_statistics->totals : nullptr;
    chart->setCounts(totals && totals->hasFamily(family) ? totals : nullptr, m_dark, m_stale);
    m_donuts[i] = chart;
    return chart;
}

void ChartPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateDonutVisibility();
}

void ChartPanel::setBarFamily(std::optional<Family> family)
{
    m_barFamily = family;
    const int index = family ? m_familyBox->findData(static_cast<int>(*family)) : -1;
    if (index >= 0)
        m_familyBox->setCurrentIndex(index);
    m_shownBars = -1;
    rebuildBars();
}

QList<Metric> ChartPanel::barMetrics() const
{
    const QVariant chosen = m_familyBox->currentData();
    if (!chosen.isValid())
        return {Metric::TotalNum};
    return familyMetrics(static_cast<Family>(chosen.toInt()));
}

int ChartPanel::labelWidth() const
{
    // Before the first layout the chart has no width yet: assume a common one.
    const int width = m_bars->width() > 100 ? m_bars->width() : 600;
    return std::clamp(width * 3 / 10, 90, 240);
}

int ChartPanel::barsThatFit() const
{
    const bool legendAbove =
        barMetrics().size() > 1 && !PoolBarChart::legendBeside(m_bars->height());
    const int usable = m_bars->height() - (legendAbove ? 78 : 44);
    return std::clamp(usable / kBarPitch, 2, kMaxBars);
}

void ChartPanel::rebuildBars()
{
    if (!m_statistics || !m_statistics->pools || m_statistics->pools->isEmpty()) {
        m_barPlaceholder->setText(m_missingPools);
        m_barStack->setCurrentWidget(m_barPlaceholder);
        m_caption->clear();
        m_bars->setBars({}, {}, PoolBarChart::Scale::Counts, 0, m_dark, m_stale);
        return;
    }
    const QList<PoolStatistics>& pools = *m_statistics->pools;

    const int fit = barsThatFit();
    const int poolCount = static_cast<int>(pools.size());
    // All pools when they fit; else the largest, and one bar for the rest.
    const int top = poolCount <= fit ? poolCount : fit - 1;
    const bool beside = PoolBarChart::legendBeside(m_bars->height());
    if (top == m_shownBars && labelWidth() == m_shownLabelWidth && beside == m_shownLegendBeside)
        return;
    m_shownBars = top;
    m_shownLegendBeside = beside;
    m_shownLabelWidth = labelWidth();

    const QList<Metric> metrics = barMetrics();
    QList<PoolBarChart::Bar> bars;
    bars.reserve(top + 1);
    const PoolDigest& digest = *m_digest;
    // "Other": the sums over all pools, less the named pools' values (of the metrics shown).
    std::array<qint64, kMetricCount> rest = digest.sums;
    for (int k = 0; k < top && k < digest.largest.size(); ++k) {
        const PoolStatistics& pool = pools[digest.largest[k]];
        PoolBarChart::Bar bar;
        bar.poolId = pool.id;
        bar.name = pool.name.isEmpty() ? pool.id : pool.name;
        for (Metric metric : metrics) {
            const qint64 value = pool.counts.value(metric).value_or(0);
            bar.values[static_cast<std::size_t>(metric)] = value;
            rest[static_cast<std::size_t>(metric)] -= value;
        }
        bars.append(bar);
    }
    const int others = poolCount - static_cast<int>(bars.size());
    if (others > 0) {
        PoolBarChart::Bar other;
        other.name = tr("Other (%Ln pools)", nullptr, others);
        for (Metric metric : metrics)
            other.values[static_cast<std::size_t>(metric)] = rest[static_cast<std::size_t>(metric)];
        bars.append(other);
        m_caption->setText(tr("The %1 largest of %2 pools; “Other” sums up the remaining %3.")
                               .arg(QLocale().toString(static_cast<int>(bars.size()) - 1),
                                    QLocale().toString(poolCount), QLocale().toString(others)));
    } else {
        m_caption->setText(tr("All %Ln pool(s), largest first.", nullptr, poolCount));
    }
    // Invalid values have no bar segment (and are not in "Other"): say how many are missing.
    int invalid = 0;
    for (Metric metric : metrics)
        invalid += digest.invalid[static_cast<std::size_t>(metric)];
    if (invalid > 0) {
        m_caption->setText(m_caption->text() + QLatin1Char(' ') +
                           tr("%Ln invalid value(s) left out.", nullptr, invalid));
    }
    m_caption->setToolTip(m_caption->text());
    m_bars->setBars(bars, metrics,
                    m_shares ? PoolBarChart::Scale::Shares : PoolBarChart::Scale::Counts,
                    m_shownLabelWidth, m_dark, m_stale);
    m_barStack->setCurrentWidget(m_bars);
}

bool ChartPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_bars && event->type() == QEvent::Resize && m_statistics) {
        // More or fewer bars fit: rebuild only when the count changes.
        const int fit = barsThatFit();
        const int poolCount =
            m_statistics->pools ? static_cast<int>(m_statistics->pools->size()) : 0;
        const int top = poolCount <= fit ? poolCount : fit - 1;
        if (top != m_shownBars || labelWidth() != m_shownLabelWidth ||
            PoolBarChart::legendBeside(m_bars->height()) != m_shownLegendBeside) {
            rebuildBars();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChartPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_statistics) {
        m_dark = Theme::isDark(palette());
        // Queued: the charts below this panel get the new palette after it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_shownBars = -1;
                rebuildBars();
            },
            Qt::QueuedConnection);
    }
}

QList<QPair<QString, qreal>> ChartPanel::donutSlices(Family family)
{
    return donut(family)->slices();
}

bool ChartPanel::isDonutVisible(Family family) const
{
    return !m_donutCards[static_cast<std::size_t>(family)]->isHidden();
}

QStringList ChartPanel::barCategories() const
{
    return m_barStack->currentWidget() == m_bars ? m_bars->categories() : QStringList();
}

QList<qreal> ChartPanel::barValues(Metric metric) const
{
    return m_bars->values(metric);
}

QString ChartPanel::barPoolId(int bar) const
{
    return m_bars->poolIdAt(bar);
}

QPoint ChartPanel::barCenter(int bar) const
{
    return m_bars->barCenter(bar);
}

QWidget* ChartPanel::barChartViewport() const
{
    return m_bars->viewport();
}

QString ChartPanel::barCaption() const
{
    return m_caption->text();
}

} // namespace wsdash
