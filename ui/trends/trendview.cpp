#include "ui/trends/trendview.h"

#include "core/base/clock.h"
#include "core/dashboard/dashboardcontroller.h"
#include "core/history/historyrecorder.h"
#include "core/history/snapshotstore.h"
#include "ui/charts/trendchart.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace wsdash {

TrendView::TrendView(SnapshotStore& store, const SeriesKey& key, const QList<Metric>& metrics,
                     const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_key(key)
    , m_metrics(metrics)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("trendView"));
    setWindowTitle(tr("Trends"));
    auto* layout = new QVBoxLayout(this);

    auto* controls = new QHBoxLayout();
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("trendScope"));
    m_scope->addItem(tr("Total"), QString());
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("trendRange"));
    m_range->addItem(tr("Last hour"), QVariant::fromValue(Range::Hour));
    m_range->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::Day));
    m_range->addItem(tr("Last 7 days"), QVariant::fromValue(Range::Week));
    m_range->addItem(tr("Last 30 days"), QVariant::fromValue(Range::Month));
    m_range->addItem(tr("Custom range"), QVariant::fromValue(Range::Custom));
    // The first query looks a month back; the range then narrows to the smallest one that
    // holds the recorded points (see requery()), so the chart opens on data, not on a blank.
    m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(Range::Month)));
    const QDateTime now = m_clock.now().toLocalTime();
    m_from = new QDateTimeEdit(now.addDays(-1), this);
    m_to = new QDateTimeEdit(now, this);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setMinimumWidth(edit->sizeHint().width() + 16);
        edit->setVisible(false);
    }
    auto* scopeLabel = new QLabel(tr("&Scope:"), this);
    scopeLabel->setBuddy(m_scope);
    auto* rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    controls->addWidget(scopeLabel);
    controls->addWidget(m_scope);
    controls->addSpacing(12);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_range);
    controls->addWidget(m_from);
    m_dash = new QLabel(QStringLiteral("–"), this);
    m_dash->setVisible(false);
    controls->addWidget(m_dash);
    controls->addWidget(m_to);
    controls->addStretch(1);
    layout->addLayout(controls);

    // The counts: the total first, then a row per family.
    auto* checks = new QGridLayout();
    checks->setHorizontalSpacing(16);
    int row = 0;
    int column = 0;
    std::optional<Family> lastFamily;
    const bool dark = Theme::isDark(palette());
    for (Metric metric : m_metrics) {
        const std::optional<Family> family = metricInfo(metric).family;
        // A row per family (label, then up to five counts); the total has a row of its own.
        if (family != lastFamily || column > 5) {
            if (column > 0)
                ++row;
            if (family && family != lastFamily)
                checks->addWidget(new QLabel(MetricStyle::label(*family) + QLatin1Char(':'), this),
                                  row, 0);
            column = 1;
            lastFamily = family;
        }
        auto* check = new QCheckBox(MetricStyle::label(metric), this);
        check->setObjectName(QLatin1String(metricInfo(metric).field));
        check->setIcon(MetricStyle::icon(metric, dark));
        // The total is off by default: on one axis with it the small counts lie flat.
        check->setChecked(metric == Metric::ErrorNum || metric == Metric::AttachErrorNum);
        connect(check, &QCheckBox::toggled, this, [this] {
            if (m_last)
                display(*m_last);
        });
        checks->addWidget(check, row, column++);
        m_checks.append(check);
    }
    checks->setColumnStretch(7, 1);
    layout->addLayout(checks);

    m_stack = new QStackedWidget(this);
    m_chart = new TrendChart(m_stack);
    m_empty = new QLabel(m_stack);
    m_empty->setObjectName(QStringLiteral("trendEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    QPalette muted = m_empty->palette();
    muted.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_empty->setPalette(muted);
    m_stack->addWidget(m_chart);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    auto* bottom = new QHBoxLayout();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("trendStatus"));
    bottom->addWidget(m_status, 1);
    m_export = new QPushButton(tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("trendExport"));
    bottom->addWidget(m_export);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &TrendView::exportClicked);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &TrendView::requery);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_chooseRange = false; // a range chosen is kept
        const bool custom = m_range->currentData().value<Range>() == Range::Custom;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        m_dash->setVisible(custom);
        requery();
    });
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TrendView::requery);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TrendView::requery);

    resize(900, 560);
    m_store.listPools(m_key, this, [this](const Expected<QList<PoolInfo>, HistoryError>& pools) {
        if (pools) {
            const QSignalBlocker blocker(m_scope);
            for (const PoolInfo& pool : *pools)
                m_scope->addItem(pool.name.isEmpty() ? pool.id : pool.name, pool.id);
        }
        Q_EMIT poolsListed();
    });
    requery();
}

TrendView::~TrendView() = default;

QList<Metric> TrendView::metricsFor(const QList<Family>& families)
{
    QList<Metric> metrics{Metric::TotalNum};
    for (Family family : {Family::Attach, Family::Run, Family::Login}) {
        if (families.contains(family))
            metrics += familyMetrics(family);
    }
    return metrics;
}

QAction* TrendView::createAction(QWidget* window, const DashboardController& controller,
                                 SnapshotStore& store, const Clock& clock)
{
    auto* action = new QAction(tr("Trends…"), window);
    action->setObjectName(QStringLiteral("trendsAction"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    action->setToolTip(tr("Recorded counts over time (Ctrl+T)"));
    connect(action, &QAction::triggered, window, [window, &controller, &store, &clock] {
        QList<Family> families;
        for (StatisticsType type : controller.query().statisticsTypes())
            families.append(familyOf(type));
        auto* view = new TrendView(store, HistoryRecorder::keyFor(controller), metricsFor(families),
                                   clock, window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->show();
    });
    return action;
}

void TrendView::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(range)));
}

void TrendView::setCustomRange(const QDateTime& from, const QDateTime& to)
{
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDateTime(from.toLocalTime());
        m_to->setDateTime(to.toLocalTime());
    }
    if (m_range->currentData().value<Range>() == Range::Custom)
        requery();
    else
        setRange(Range::Custom);
}

void TrendView::setPool(const QString& poolId)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(poolId)));
}

void TrendView::setMetricChecked(Metric metric, bool checked)
{
    const int index = static_cast<int>(m_metrics.indexOf(metric));
    if (index >= 0)
        m_checks.at(index)->setChecked(checked);
}

bool TrendView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

QString TrendView::emptyText() const
{
    return m_empty->text();
}

QStringList TrendView::poolIds() const
{
    QStringList ids;
    for (int i = 1; i < m_scope->count(); ++i)
        ids.append(m_scope->itemData(i).toString());
    return ids;
}

TrendView::Range TrendView::rangeHolding(const TrendSeries& series) const
{
    if (series.points.isEmpty())
        return Range::Month;
    const qint64 age = series.points.constFirst().time.secsTo(m_clock.now());
    if (age <= 3600)
        return Range::Hour;
    if (age <= 24 * 3600)
        return Range::Day;
    if (age <= 7 * 24 * 3600)
        return Range::Week;
    return Range::Month;
}

QColor TrendView::distinctColor(Metric metric, bool dark, const QList<QColor>& used)
{
    // The count's own colour unless a line has it already (Faulty and Assignment failed are
    // both red on the tiles); then the first free one of a qualitative palette.
    const QColor own = MetricStyle::color(metric, dark);
    if (!used.contains(own))
        return own;
    static const QList<QColor> light{QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0x6a, 0x3d, 0x9a), QColor(0x8c, 0x56, 0x4b),
                                     QColor(0x59, 0x59, 0x59), QColor(0xb1, 0x9c, 0x00)};
    static const QList<QColor> darkOnes{QColor(0x56, 0xb4, 0xe9), QColor(0xf0, 0xc0, 0x40),
                                        QColor(0x40, 0xd0, 0xa0), QColor(0xe8, 0x9c, 0xc8),
                                        QColor(0x9e, 0xc9, 0xff), QColor(0xff, 0x9a, 0x4d),
                                        QColor(0xc0, 0xa0, 0xf0), QColor(0xd0, 0xa0, 0x80),
                                        QColor(0xc8, 0xc8, 0xc8), QColor(0xe0, 0xe0, 0x60)};
    for (const QColor& candidate : dark ? darkOnes : light) {
        if (!used.contains(candidate))
            return candidate;
    }
    return own;
}

QDateTime TrendView::rangeFrom() const
{
    const QDateTime now = m_clock.now().toUTC();
    switch (m_range->currentData().value<Range>()) {
    case Range::Hour:
        return now.addSecs(-3600);
    case Range::Day:
        return now.addDays(-1);
    case Range::Week:
        return now.addDays(-7);
    case Range::Month:
        return now.addDays(-30);
    case Range::Custom:
        break;
    }
    return m_from->dateTime().toUTC();
}

QDateTime TrendView::rangeTo() const
{
    if (m_range->currentData().value<Range>() == Range::Custom)
        return m_to->dateTime().toUTC();
    return m_clock.now().toUTC();
}

void TrendView::requery()
{
    SeriesRequest request;
    request.key = m_key;
    request.poolId = m_scope->currentData().toString();
    request.from = rangeFrom();
    request.to = rangeTo();
    request.maxPoints = 2500;
    m_shownFrom = request.from;
    m_shownTo = request.to;
    const int generation = ++m_generation;
    ++m_queries;
    m_status->setText(tr("Loading…"));
    m_store.series(request, this,
                   [this, generation](const Expected<TrendSeries, HistoryError>& series) {
                       if (generation != m_generation)
                           return; // a newer query is on its way
                       if (!series) {
                           m_last.reset();
                           m_empty->setText(series.error().message);
                           m_stack->setCurrentWidget(m_empty);
                           m_status->clear();
                           Q_EMIT shown();
                           return;
                       }
                       if (m_chooseRange) {
                           m_chooseRange = false;
                           const Range fitting = rangeHolding(*series);
                           if (fitting != Range::Month) {
                               setRange(fitting); // queries again
                               return;
                           }
                       }
                       m_last = *series;
                       display(*series);
                   });
}

void TrendView::display(const TrendSeries& series)
{
    if (series.points.isEmpty()) {
        m_empty->setText(tr("No history recorded yet for this connection and filter"));
        m_stack->setCurrentWidget(m_empty);
        m_status->clear();
        m_export->setEnabled(false);
        Q_EMIT shown();
        return;
    }
    const bool dark = Theme::isDark(palette());
    QList<TrendChart::Line> lines;
    QList<QColor> used;
    for (int i = 0; i < m_metrics.size(); ++i) {
        if (!m_checks.at(i)->isChecked())
            continue;
        const Metric metric = m_metrics.at(i);
        TrendChart::Line line{MetricStyle::label(metric), distinctColor(metric, dark, used), {}};
        used.append(line.color);
        for (const TrendPoint& point : series.points) {
            if (const auto& value = point.value(metric))
                line.points.append(
                    QPointF(static_cast<qreal>(point.time.toMSecsSinceEpoch()), value->average));
        }
        lines.append(line);
    }
    m_chart->setLines(lines, m_shownFrom.toMSecsSinceEpoch(), m_shownTo.toMSecsSinceEpoch());
    m_stack->setCurrentWidget(m_chart);
    m_export->setEnabled(true);
    const QString resolution = series.resolution == Resolution::Raw ? tr("each refresh")
                               : series.resolution == Resolution::FiveMinutes
                                   ? tr("5-minute averages")
                                   : tr("hourly averages");
    m_status->setText(
        tr("%n point(s), %1", nullptr, static_cast<int>(series.points.size())).arg(resolution));
    Q_EMIT shown();
}

void TrendView::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export history"), QDir::home().filePath(QStringLiteral("wsdash-history.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void TrendView::exportTo(const QString& path)
{
    HistoryExportFilter filter;
    filter.since = m_shownFrom;
    filter.until = m_shownTo;
    filter.projectId = m_key.projectId;
    filter.source = m_key.source;
    filter.query = m_key.query; // the series shown, not the other filters of the connection
    m_store.exportCsv(filter, path, this, [this, path](const Expected<int, HistoryError>& rows) {
        if (!rows) {
            m_status->setText(tr("Export failed: %1").arg(rows.error().message));
            Q_EMIT failed(rows.error().message);
            return;
        }
        m_status->setText(
            tr("%n row(s) written to %1", nullptr, *rows).arg(QDir::toNativeSeparators(path)));
        Q_EMIT exported(*rows);
    });
}

} // namespace wsdash
