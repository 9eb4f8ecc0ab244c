#include "ui/tiles/kpitile.h"

#include "core/dashboard/drilldown.h"
#include "ui/style/activationfilter.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"
#include "ui/tiles/sparkline.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wsdash {

namespace {

QString fieldName(Metric metric)
{
    return QLatin1String(metricInfo(metric).field);
}

} // namespace

KpiTile::KpiTile(std::optional<Family> family, QWidget* parent)
    : CardFrame(parent)
    , m_family(family)
{
    setFocusPolicy(Qt::NoFocus);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(4);

    m_title = new QLabel(
        family ? MetricStyle::label(*family) : MetricStyle::label(Metric::TotalNum), this);
    m_title->setObjectName(QStringLiteral("title"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    auto* grid = new QGridLayout;
    m_grid = grid;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(2);
    if (family) {
        addHeader(grid);
        int line = 1;
        for (Metric metric : familyMetrics(*family))
            addRow(grid, line++, metric);
        grid->setColumnStretch(1, 1);
        sizeColumns();
    } else {
        addRow(grid, 0, Metric::TotalNum);
        grid->setColumnStretch(3, 1);
    }
    layout->addLayout(grid);

    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setVisible(false);
    layout->addWidget(m_subtitle);
    layout->addStretch(1);

    setAccessibleName(m_title->text());
    updateColors();
    setCounts(nullptr, {});
}

KpiTile::~KpiTile() = default;

void KpiTile::addHeader(QGridLayout* grid)
{
    const auto add = [&](const char* key, int column) {
        auto* head = new QLabel(this);
        head->setObjectName(QLatin1String("head_") + QLatin1String(key));
        head->setAlignment(Qt::AlignRight | Qt::AlignBottom);
        grid->addWidget(head, 0, column);
        return head;
    };
    m_heads[kCountColumn] = add("count", kCountColumn);
    m_heads[kShareColumn] = add("share", kShareColumn);
    m_heads[kChangeColumn] = add("change", kChangeColumn);
    m_heads[kAgoColumn] = add("ago", kAgoColumn);
    m_heads[kAgoColumn]->setVisible(false);
    retranslateHeader();
}

void KpiTile::retranslateHeader()
{
    if (!m_heads[kCountColumn])
        return;
    m_heads[kCountColumn]->setText(tr("Count"));
    m_heads[kCountColumn]->setToolTip(tr("Desktops in this state"));
    m_heads[kShareColumn]->setText(tr("Share"));
    m_heads[kShareColumn]->setToolTip(tr("Share of all desktops the filters cover"));
    m_heads[kChangeColumn]->setText(tr("Change"));
    m_heads[kChangeColumn]->setToolTip(tr("Change since the previous refresh"));
    m_heads[kAgoColumn]->setText(tr("vs 24 h"));
    m_heads[kAgoColumn]->setToolTip(tr("Change against the recorded value 24 hours ago"));
}

void KpiTile::sizeColumns()
{
    // Each column is as wide as the longest text it can hold in the current language, so that a
    // later refresh with other numbers never moves or squeezes a column.
    if (!m_grid || !m_family)
        return;
    const QFontMetrics metrics = fontMetrics();
    const QFontMetrics headMetrics = m_heads[kCountColumn]->fontMetrics();
    const auto widest = [&](int column, const QStringList& samples) {
        int width = headMetrics.horizontalAdvance(m_heads[column]->text());
        for (const QString& sample : samples)
            width = std::max(width, metrics.horizontalAdvance(sample));
        m_grid->setColumnMinimumWidth(column, width + 2);
    };
    widest(kCountColumn,
           {MetricStyle::count(88888), MetricStyle::notReported(), MetricStyle::invalid()});
    widest(kShareColumn, {MetricStyle::share(1.0), MetricStyle::share(0.999)});
    widest(kChangeColumn, {MetricStyle::delta(-8888), MetricStyle::delta(8888)});
    widest(kAgoColumn, {MetricStyle::delta(-8888), MetricStyle::delta(8888)});
}

void KpiTile::addRow(QGridLayout* grid, int line, Metric metric)
{
    Row row;
    row.metric = metric;
    const QString field = fieldName(metric);
    row.band = new QWidget(this); // first, so that the row's labels are drawn over it
    row.band->setObjectName(QLatin1String("band_") + field);
    row.band->setAutoFillBackground(true);
    row.band->setVisible(false);
    row.icon = new QLabel(this);
    row.icon->setObjectName(QLatin1String("icon_") + field);
    row.value = new QLabel(this);
    row.value->setObjectName(QLatin1String("value_") + field);
    row.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.delta = new QLabel(this);
    row.delta->setObjectName(QLatin1String("delta_") + field);
    row.delta->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.trend = new QLabel(this);
    row.trend->setObjectName(QLatin1String("trend_") + field);
    row.trend->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.trend->setVisible(false);
    row.spark = new Sparkline(this);
    row.spark->setObjectName(QLatin1String("spark_") + field);
    row.spark->setVisible(false);
    row.alert = new QLabel(this);
    row.alert->setObjectName(QLatin1String("alert_") + field);
    row.alert->setVisible(false);

    if (!m_family) {
        // The total: a large number with its change below.
        QFont big = row.value->font();
        big.setPointSizeF(big.pointSizeF() * 2.2);
        big.setBold(true);
        row.value->setFont(big);
        row.value->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        row.delta->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(row.icon, 0, 0, Qt::AlignVCenter);
        grid->addWidget(row.value, 0, 1);
        grid->addWidget(row.spark, 0, 2, Qt::AlignVCenter);
        grid->addWidget(row.delta, 1, 0, 1, 4);
        grid->addWidget(row.trend, 2, 0, 1, 4);
        grid->addWidget(row.alert, 3, 0, 1, 4);
        grid->addWidget(row.band, 0, 0, 4, 4);
        row.trend->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        row.icon->setFixedSize(24, 24);
    } else {
        row.name = new QLabel(MetricStyle::label(metric), this);
        row.name->setObjectName(QLatin1String("name_") + field);
        row.share = new QLabel(this);
        row.share->setObjectName(QLatin1String("share_") + field);
        row.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.icon->setFixedSize(16, 16);
        row.name->setToolTip(MetricStyle::definition(metric));
        grid->addWidget(row.icon, line, 0);
        grid->addWidget(row.name, line, 1);
        grid->addWidget(row.value, line, kCountColumn);
        grid->addWidget(row.share, line, kShareColumn);
        grid->addWidget(row.delta, line, kChangeColumn);
        grid->addWidget(row.trend, line, kAgoColumn);
        grid->addWidget(row.spark, line, kAgoColumn + 1);
        grid->addWidget(row.alert, line, kAgoColumn + 2);
        grid->addWidget(row.band, line, 0, 1, kAgoColumn + 3);
        row.name->setBuddy(row.value);
    }
    m_rows.append(row);
    makeDrillable(row);
}

void KpiTile::makeDrillable(const Row& row)
{
    QLabel* handle = row.name ? row.name : row.value;
    const QString why = DrillPlan::whyNotOffered(row.metric);
    if (!why.isEmpty()) {
        handle->setToolTip(why);
        return;
    }
    handle->setToolTip(tr("Click, or press Enter, to list these desktops."));
    const Metric metric = row.metric;
    for (QLabel* label : {row.name, row.value}) {
        if (!label)
            continue;
        auto* filter = new ActivationFilter(label);
        connect(filter, &ActivationFilter::activated, this,
                [this, metric] { Q_EMIT countActivated(metric); });
    }
    if (row.name)
        row.value->setFocusPolicy(Qt::NoFocus); // one Tab stop per row: its name
}

const KpiTile::Row* KpiTile::rowOf(Metric metric) const
{
    for (const Row& row : m_rows) {
        if (row.metric == metric)
            return &row;
    }
    return nullptr;
}

void KpiTile::setCounts(const StateCounts* counts, const DeltaFunction& delta)
{
    const std::optional<qint64> total = counts ? counts->value(Metric::TotalNum) : std::nullopt;
    QStringList description;
    for (Row& row : m_rows) {
        const Count value = counts ? counts->value(row.metric) : std::nullopt;
        const bool invalid = counts && counts->isInvalid(row.metric);
        row.value->setText(counts ? MetricStyle::count(*counts, row.metric) : QStringLiteral("–"));
        if (invalid) {
            row.value->setToolTip(
                tr("The server sent an invalid value at %1: it is not counted anywhere.")
                    .arg(countPath(row.metric)));
        } else if (row.name || !value || !DrillPlan::whyNotOffered(row.metric).isEmpty()) {
            row.value->setToolTip(value ? QString() : tr("Not reported by the server"));
        } else {
            row.value->setToolTip(tr("Click, or press Enter, to list these desktops."));
        }
        if (row.invalid != invalid) {
            row.invalid = invalid;
            updateValueColor(row);
        }
        QString shareText;
        if (row.share) {
            const auto share = counts ? counts->share(row.metric) : std::nullopt;
            shareText = share ? MetricStyle::share(*share) : QString();
            row.share->setText(shareText);
            row.share->setToolTip(
                share ? tr("%1 of %2 desktops")
                            .arg(MetricStyle::count(value), MetricStyle::count(total))
                      : QString());
        }
        const std::optional<qint64> change = counts && delta ? delta(row.metric) : std::nullopt;
        QString deltaText;
        if (change)
            deltaText = MetricStyle::delta(*change);
        if (!m_family && change)
            deltaText = tr("%1 since the previous refresh").arg(deltaText);
        else if (!m_family && counts)
            deltaText = tr("No earlier refresh to compare with");
        row.delta->setText(deltaText);
        row.delta->setToolTip(change ? tr("Change since the previous refresh")
                                     : tr("No earlier refresh with the same filters"));
        description.append(
            QStringLiteral("%1: %2%3%4")
                .arg(row.name ? row.name->text() : m_title->text(), row.value->text(),
                     shareText.isEmpty() ? QString() : QStringLiteral(", ") + shareText,
                     change ? QStringLiteral(", ") + row.delta->text() : QString()));
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

void KpiTile::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
    m_subtitle->setVisible(!text.isEmpty());
}

void KpiTile::setStale(bool stale)
{
    if (isStale() == stale)
        return;
    CardFrame::setStale(stale);
    updateColors();
}

void KpiTile::setTrends(const TrendFunction& trend)
{
    // The "vs 24 h" column shows only once the history reaches that far back.
    bool pastKnown = false;
    for (Row& row : m_rows) {
        if (!trend) {
            row.trend->setVisible(false);
            row.spark->setVisible(false);
            continue;
        }
        const Trend t = trend(row.metric);
        pastKnown = pastKnown || t.pastKnown;
        QString text;
        if (t.pastKnown && t.changeAgo) {
            text = m_family ? MetricStyle::delta(*t.changeAgo)
                            : tr("%1 vs 24 h ago").arg(MetricStyle::delta(*t.changeAgo));
        }
        row.trend->setText(text);
        row.trend->setToolTip(tr("Change against the recorded value 24 hours ago"));
        row.trend->setVisible(t.pastKnown);
        row.spark->setValues(t.recent);
        row.spark->setVisible(true);
    }
    if (m_heads[kAgoColumn])
        m_heads[kAgoColumn]->setVisible(pastKnown);
}

void KpiTile::setAlertLevel(Metric metric, AlertLevel level)
{
    for (Row& row : m_rows) {
        if (row.metric == metric && row.level != level) {
            row.level = level;
            updateAlert(row);
        }
    }
}

void KpiTile::updateAlert(Row& row)
{
    const bool on = row.level != AlertLevel::Ok;
    const QString words = row.level == AlertLevel::Critical ? tr("\u26a0 critical")
                          : on                              ? tr("\u26a0 warning")
                                                            : QString();
    // A family tile's row shows a symbol of its own per level (two tiles fit side by side);
    // the words are its tooltip and accessible name. The total tile has room for the words.
    row.alert->setAccessibleName(words);
    row.alert->setText(!m_family || !on                    ? words
                       : row.level == AlertLevel::Critical ? QStringLiteral("\u203c")
                                                           : QStringLiteral("\u26a0"));
    row.alert->setVisible(on);
    row.band->setVisible(on);
    // Grey on a red or amber band is hard to read: the row's secondary texts take the full
    // text colour while the alert is on.
    const QColor secondaryColor =
        on ? palette().color(QPalette::WindowText) : Theme::mutedText(palette());
    for (QLabel* secondary : {row.share, row.delta, row.trend}) {
        if (!secondary)
            continue;
        QPalette p = secondary->palette();
        p.setColor(QPalette::WindowText, secondaryColor);
        secondary->setPalette(p);
    }
    if (on) {
        const bool dark = Theme::isDark(palette());
        const QColor background =
            row.level == AlertLevel::Critical
                ? (dark ? QColor(0x6b, 0x1d, 0x1d) : QColor(0xfd, 0xd8, 0xd8))
                : (dark ? QColor(0x5c, 0x43, 0x0a) : QColor(0xff, 0xec, 0xb3));
        QPalette p = row.band->palette();
        p.setColor(QPalette::Window, background);
        row.band->setPalette(p);
        QFont bold = row.alert->font();
        bold.setBold(true);
        row.alert->setFont(bold);
        row.alert->setToolTip(words + QStringLiteral(": ") +
                              tr("An alert rule on this count is at level %1")
                                  .arg(QLatin1String(alertLevelName(row.level))));
    }
}

QString KpiTile::trendText(Metric metric) const
{
    const Row* row = rowOf(metric);
    return row && row->trend->isVisibleTo(this) ? row->trend->text() : QString();
}

QString KpiTile::alertText(Metric metric) const
{
    const Row* row = rowOf(metric);
    return row ? row->alert->accessibleName() : QString();
}

const Sparkline* KpiTile::sparkline(Metric metric) const
{
    const Row* row = rowOf(metric);
    return row ? row->spark : nullptr;
}

QString KpiTile::valueText(Metric metric) const
{
    const Row* row = rowOf(metric);
    return row ? row->value->text() : QString();
}

QString KpiTile::shareText(Metric metric) const
{
    const Row* row = rowOf(metric);
    return row && row->share ? row->share->text() : QString();
}

QString KpiTile::deltaText(Metric metric) const
{
    const Row* row = rowOf(metric);
    return row ? row->delta->text() : QString();
}

void KpiTile::updateColors()
{
    const bool dark = Theme::isDark(palette());
    const QColor muted = Theme::mutedText(palette());
    for (Row& row : m_rows) {
        const int size = row.icon->width();
        row.icon->setPixmap(
            MetricStyle::icon(row.metric, dark).pixmap(QSize(size, size), devicePixelRatioF()));
        updateValueColor(row);
        updateAlert(row);
    }
    for (QLabel* head : m_heads) {
        if (!head)
            continue;
        QPalette p = head->palette();
        p.setColor(QPalette::WindowText, muted);
        head->setPalette(p);
    }
    QPalette subtitlePalette = m_subtitle->palette();
    subtitlePalette.setColor(QPalette::WindowText, muted);
    m_subtitle->setPalette(subtitlePalette);
}

void KpiTile::updateValueColor(Row& row)
{
    // An invalid count reads as a warning: dark amber on a light amber ground (light amber on
    // brown in the dark theme), whatever the stale state.
    const bool dark = Theme::isDark(palette());
    QPalette p = row.value->palette();
    p.setColor(QPalette::WindowText, row.invalid ? MetricStyle::invalidText(dark)
                                     : isStale() ? Theme::mutedText(palette())
                                                 : palette().color(QPalette::WindowText));
    p.setColor(QPalette::Window, MetricStyle::invalidBackground(dark));
    row.value->setPalette(p);
    row.value->setAutoFillBackground(row.invalid);
}

void KpiTile::changeEvent(QEvent* event)
{
    CardFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
    if (event->type() == QEvent::LanguageChange)
        retranslateHeader();
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        sizeColumns();
}

} // namespace wsdash
