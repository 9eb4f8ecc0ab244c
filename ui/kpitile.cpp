#include "kpitile.h"

#include "metricstyle.h"
#include "theme.h"

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
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    if (family) {
        int line = 0;
        for (Metric metric : familyMetrics(*family))
            addRow(grid, line++, metric);
        grid->setColumnStretch(1, 1);
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

void KpiTile::addRow(QGridLayout* grid, int line, Metric metric)
{
    Row row;
    row.metric = metric;
    const QString field = fieldName(metric);
    row.icon = new QLabel(this);
    row.icon->setObjectName(QLatin1String("icon_") + field);
    row.value = new QLabel(this);
    row.value->setObjectName(QLatin1String("value_") + field);
    row.value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.delta = new QLabel(this);
    row.delta->setObjectName(QLatin1String("delta_") + field);
    row.delta->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

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
        grid->addWidget(row.delta, 1, 0, 1, 3);
        row.icon->setFixedSize(24, 24);
    } else {
        row.name = new QLabel(MetricStyle::label(metric), this);
        row.name->setObjectName(QLatin1String("name_") + field);
        row.share = new QLabel(this);
        row.share->setObjectName(QLatin1String("share_") + field);
        row.share->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.icon->setFixedSize(16, 16);
        grid->addWidget(row.icon, line, 0);
        grid->addWidget(row.name, line, 1);
        grid->addWidget(row.value, line, 2);
        grid->addWidget(row.share, line, 3);
        grid->addWidget(row.delta, line, 4);
        row.name->setBuddy(row.value);
    }
    m_rows.append(row);
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
        row.value->setText(counts ? MetricStyle::count(value) : QStringLiteral("–"));
        row.value->setToolTip(value ? QString() : tr("Not reported by the server"));
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
        QPalette valuePalette = row.value->palette();
        valuePalette.setColor(QPalette::WindowText,
                              isStale() ? muted : palette().color(QPalette::WindowText));
        row.value->setPalette(valuePalette);
        for (QLabel* secondary : {row.share, row.delta}) {
            if (!secondary)
                continue;
            QPalette p = secondary->palette();
            p.setColor(QPalette::WindowText, muted);
            secondary->setPalette(p);
        }
    }
    QPalette subtitlePalette = m_subtitle->palette();
    subtitlePalette.setColor(QPalette::WindowText, muted);
    m_subtitle->setPalette(subtitlePalette);
}

void KpiTile::changeEvent(QEvent* event)
{
    CardFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

} // namespace wsdash
