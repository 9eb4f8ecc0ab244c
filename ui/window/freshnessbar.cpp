#include "ui/window/freshnessbar.h"

#include "core/dashboard/dashboardcontroller.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTimeZone>

#include <algorithm>

namespace wsdash {

namespace {

QString formatInterval(qint64 seconds)
{
    if (seconds < 60)
        return FreshnessBar::tr("%n s", nullptr, static_cast<int>(seconds));
    if (seconds % 60 == 0)
        return FreshnessBar::tr("%n min", nullptr, static_cast<int>(seconds / 60));
    return FreshnessBar::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
}

// The pools by name where the pool list knows them, by ID otherwise.
QString poolNames(const QStringList& ids, const QList<DesktopPool>& pools)
{
    QStringList names;
    for (const QString& id : ids) {
        const auto pool = std::find_if(pools.cbegin(), pools.cend(),
                                       [&id](const DesktopPool& p) { return p.id == id; });
        names.append(pool != pools.cend() && !pool->name.isEmpty() ? pool->name : id);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

FreshnessBar::FreshnessBar(const DashboardController& controller, const Clock& clock,
                           QWidget* parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("freshnessBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 3, 10, 3);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("freshnessLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Data freshness"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setFixedSize(90, 8);
    m_progress->setAccessibleName(tr("Refreshing"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress, 0, Qt::AlignVCenter);
    layout->addWidget(m_label, 1);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &FreshnessBar::refresh);
    m_tick.start();
}

FreshnessBar::~FreshnessBar() = default;

QString FreshnessBar::describeFilters(const StatisticsQuery& query, const QList<DesktopPool>& pools)
{
    QStringList parts;
    parts.append(MetricStyle::scope(query.desktopTypes()));
    QStringList families;
    for (Family family : kAllFamilies) {
        if (query.includesFamily(family))
            families.append(MetricStyle::label(family));
    }
    parts.append(families.isEmpty() ? tr("totals only") : families.join(QStringLiteral(", ")));
    const auto poolCount = query.poolIds().size();
    if (poolCount == 0)
        parts.append(tr("all pools"));
    else if (poolCount <= 2)
        parts.append(tr("pools %1").arg(poolNames(query.poolIds(), pools)));
    else
        parts.append(tr("%n selected pool(s)", nullptr, static_cast<int>(poolCount)));
    return parts.join(QStringLiteral(" · "));
}

void FreshnessBar::refresh()
{
    const auto& current = m_controller.current();
    const bool loading = m_controller.isLoading();
    const bool stale = m_controller.state() == DashboardController::State::Stale;
    QStringList parts;

    if (current) {
        const QString when = formatTime(current->receivedAt);
        parts.append(stale ? tr("<b>⚠ Stale</b>: data as of %1").arg(when)
                           : tr("Data as of <b>%1</b>").arg(when));
    } else {
        parts.append(loading ? tr("Loading…") : tr("No data yet"));
    }
    if (m_controller.isBlocked()) {
        // Nothing goes out until the user acts: a refused key must not be sent again.
        parts.append(tr("<b>auto-refresh paused</b>: the credentials were refused"));
    } else if (m_controller.isWaitingForBudget()) {
        // Not an error: wsdash keeps under the API's 200 calls a minute across all it calls.
        parts.append(tr("waiting for the API rate limit…"));
    } else if (loading && current) {
        parts.append(tr("refreshing…"));
    } else if (m_controller.nextRefreshAt().isValid()) {
        const qint64 seconds =
            std::max<qint64>(0, m_clock.now().secsTo(m_controller.nextRefreshAt()));
        parts.append(tr("next refresh in %1").arg(formatInterval(seconds)));
    } else {
        parts.append(tr("auto-refresh off"));
    }
    const StatisticsRequest& request = m_controller.request();
    const QString where =
        m_controller.profileName().isEmpty()
            ? request.endpoint.toDisplayString()
            : tr("%1 (%2)").arg(m_controller.profileName(), request.endpoint.toDisplayString());
    parts.append(where.toHtmlEscaped());
    parts.append(tr("project %1").arg(request.projectId.toHtmlEscaped()));
    parts.append(
        describeFilters(current ? current->query : m_controller.query(), m_controller.pools())
            .toHtmlEscaped());
    m_label->setText(parts.join(QStringLiteral(" · ")));
    m_progress->setVisible(loading);

    QPalette p = palette();
    p.setColor(QPalette::Window,
               stale ? Theme::warningBackground(p) : p.color(QPalette::AlternateBase));
    setAutoFillBackground(true);
    setPalette(p);
}

QString FreshnessBar::formatTime(const QDateTime& when)
{
    const QDateTime local = when.toLocalTime();
    return QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ') +
           local.timeZoneAbbreviation();
}

QString FreshnessBar::text() const
{
    return m_label->text();
}

} // namespace wsdash
