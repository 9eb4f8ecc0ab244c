#include "ui/tiles/kpipanel.h"

#include "core/dashboard/dashboardcontroller.h"
#include "core/history/alertevaluator.h"
#include "core/history/tiletrends.h"
#include "ui/style/metricstyle.h"
#include "ui/tiles/kpitile.h"

#include <QGridLayout>
#include <QLabel>
#include <QResizeEvent>

#include <algorithm>

namespace wsdash {

KpiPanel::KpiPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("kpiPanel"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);

    m_total = new KpiTile(std::nullopt, this);
    m_total->setObjectName(QStringLiteral("kpiTile_total"));
    for (Family family : kAllFamilies) {
        auto* tile = new KpiTile(family, this);
        tile->setObjectName(QLatin1String("kpiTile_") + QLatin1String(familyObjectKey(family)));
        tile->setVisible(false);
        m_families[static_cast<std::size_t>(family)] = tile;
    }
    for (KpiTile* tile : {m_total, m_families[0], m_families[1], m_families[2]})
        connect(tile, &KpiTile::countActivated, this, &KpiPanel::countActivated);
    m_emptyNote = new QLabel(this);
    m_emptyNote->setObjectName(QStringLiteral("emptyNote"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setVisible(false);
    relayout();
}

KpiPanel::~KpiPanel() = default;

KpiTile* KpiPanel::familyTile(Family family) const
{
    return m_families[static_cast<std::size_t>(family)];
}

void KpiPanel::showData(const DashboardController& controller)
{
    const auto& current = controller.current();
    const bool stale = controller.state() == DashboardController::State::Stale;
    const StateCounts* totals = current ? &current->statistics->totals : nullptr;
    const auto delta = [&controller](Metric metric) { return controller.totalsDelta(metric); };

    m_total->setCounts(totals, delta);
    m_total->setStale(stale);
    const StatisticsQuery& query = current ? current->query : controller.query();
    QString scope = MetricStyle::scope(query.desktopTypes());
    if (!query.poolIds().isEmpty()) {
        scope += QStringLiteral(" · ") +
                 tr("%n selected pool(s)", nullptr, static_cast<int>(query.poolIds().size()));
    }
    m_total->setSubtitle(scope);

    for (Family family : kAllFamilies) {
        KpiTile* tile = familyTile(family);
        const bool shown = totals ? totals->hasFamily(family) : query.includesFamily(family);
        tile->setVisible(shown);
        tile->setCounts(totals, delta);
        tile->setStale(stale);
    }

    const QString empty = controller.emptyExplanation();
    m_emptyNote->setText(empty);
    m_emptyNote->setVisible(!empty.isEmpty());
    m_shownTotals = totals ? std::optional<StateCounts>(*totals) : std::nullopt;
    showHistory();
    m_columns = 0; // force a new arrangement: the set of tiles may have changed
    relayout();
}

void KpiPanel::showHistory()
{
    KpiTile::TrendFunction trend;
    if (m_trends && m_shownTotals) {
        const StateCounts counts = *m_shownTotals;
        const TileTrends* trends = m_trends;
        trend = [counts, trends](Metric metric) {
            KpiTile::Trend t;
            t.pastKnown = trends->hasPast();
            t.changeAgo = trends->changeAgo(metric, counts.value(metric));
            t.recent = trends->recent(metric);
            return t;
        };
    }
    QList<KpiTile*> tiles{m_total};
    for (KpiTile* tile : m_families)
        tiles.append(tile);
    for (KpiTile* tile : tiles) {
        tile->setTrends(trend);
        for (const MetricInfo& info : allMetrics()) {
            tile->setAlertLevel(info.metric,
                                m_alerts ? m_alerts->highestLevel(info.metric) : AlertLevel::Ok);
        }
    }
    m_columns = 0;
    relayout();
}

void KpiPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void KpiPanel::relayout()
{
    QList<QWidget*> tiles{m_total};
    for (KpiTile* tile : m_families) {
        if (!tile->isHidden())
            tiles.append(tile);
    }
    // The panel may be as narrow as its widest tile: the tiles then go one under the other
    // (the window never scrolls sideways for them).
    int widest = 0;
    for (QWidget* tile : tiles)
        widest = std::max(widest, tile->minimumSizeHint().width());
    setMinimumWidth(widest);
    // As many tiles side by side as fit at their natural width: all, half of them, or one.
    const int count = static_cast<int>(tiles.size());
    const auto fits = [&](int perRow) {
        for (int first = 0; first < count; first += perRow) {
            int needed = 0;
            for (int i = first; i < std::min(count, first + perRow); ++i)
                needed += tiles[i]->sizeHint().width() + m_grid->horizontalSpacing();
            if (needed - m_grid->horizontalSpacing() > width())
                return false;
        }
        return true;
    };
    int columns = count;
    if (!fits(columns))
        columns = fits((count + 1) / 2) ? (count + 1) / 2 : 1;
    const bool wrapped = columns < count;
    if (wrapped != m_wrapped) {
        m_wrapped = wrapped;
        Q_EMIT wrappedChanged(wrapped);
    }
    if (columns == m_columns)
        return;
    m_columns = columns;

    for (QWidget* tile : tiles)
        m_grid->removeWidget(tile);
    m_grid->removeWidget(m_emptyNote);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (int i = 0; i < count; ++i)
        m_grid->addWidget(tiles[i], i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_grid->setColumnStretch(c, c == 0 && count > 1 ? 2 : 3);
    m_grid->addWidget(m_emptyNote, (count + columns - 1) / columns, 0, 1, columns);
}

} // namespace wsdash
