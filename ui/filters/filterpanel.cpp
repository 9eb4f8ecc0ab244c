#include "ui/filters/filterpanel.h"

#include "core/base/backgroundrelease.h"
#include "ui/filters/poolpickermodel.h"
#include "ui/filters/poolpickerproxy.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPromise>
#include <QPushButton>
#include <QRegularExpression>
#include <QThreadPool>
#include <QVBoxLayout>

namespace wsdash {

namespace {

QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QCheckBox* checkBox(const QString& text, const char* name, QWidget* parent)
{
    auto* box = new QCheckBox(text, parent);
    box->setObjectName(QLatin1String(name));
    box->setAccessibleName(text);
    return box;
}

} // namespace

FilterPanel::FilterPanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("filterPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);

    layout->addWidget(sectionLabel(tr("Desktop type"), this));
    m_dedicated =
        checkBox(MetricStyle::label(DesktopType::Dedicated), "desktopTypeDedicated", this);
    m_pooled = checkBox(MetricStyle::label(DesktopType::Pooled), "desktopTypePooled", this);
    layout->addWidget(m_dedicated);
    layout->addWidget(m_pooled);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("pooledHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    layout->addSpacing(8);
    layout->addWidget(sectionLabel(tr("Statistics"), this));
    m_attach = checkBox(MetricStyle::label(Family::Attach), "statisticsAttach", this);
    m_run = checkBox(MetricStyle::label(Family::Run), "statisticsRun", this);
    m_login = checkBox(MetricStyle::label(Family::Login), "statisticsLogin", this);
    for (QCheckBox* box : {m_attach, m_run, m_login})
        layout->addWidget(box);

    layout->addSpacing(8);
    auto* poolHeader = new QHBoxLayout;
    auto* poolTitle = sectionLabel(tr("Desktop pools"), this);
    m_clearPools = new QPushButton(tr("Clear"), this);
    m_clearPools->setObjectName(QStringLiteral("clearPoolsButton"));
    m_clearPools->setAccessibleName(tr("Clear the pool selection"));
    poolHeader->addWidget(poolTitle);
    poolHeader->addStretch(1);
    poolHeader->addWidget(m_clearPools);
    layout->addLayout(poolHeader);
    m_poolSummary = new QLabel(this);
    m_poolSummary->setObjectName(QStringLiteral("poolSelectionLabel"));
    m_poolSummary->setWordWrap(true);
    layout->addWidget(m_poolSummary);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("poolSearch"));
    m_search->setPlaceholderText(tr("Search pools"));
    m_search->setAccessibleName(tr("Search the pool list"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_poolModel = new PoolPickerModel(this);
    m_poolProxy = new PoolPickerProxy(this);
    m_poolProxy->setPoolModel(m_poolModel);
    m_poolList = new QListView(this);
    m_poolList->setObjectName(QStringLiteral("poolList"));
    m_poolList->setAccessibleName(tr("Desktop pools to include"));
    m_poolList->setModel(m_poolProxy);
    m_poolList->setUniformItemSizes(true);
    m_poolList->setTextElideMode(Qt::ElideMiddle);
    m_poolList->setMinimumHeight(80);
    layout->addWidget(m_poolList, 1);

    m_poolStatus = new QLabel(this);
    m_poolStatus->setObjectName(QStringLiteral("poolListStatus"));
    m_poolStatus->setWordWrap(true);
    m_reloadPools = new QPushButton(tr("Reload"), this);
    m_reloadPools->setObjectName(QStringLiteral("reloadPoolsButton"));
    m_reloadPools->setAccessibleName(tr("Reload the pool list"));
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_poolStatus, 1);
    statusRow->addWidget(m_reloadPools, 0, Qt::AlignTop);
    layout->addLayout(statusRow);

    auto* pasteLabel = new QLabel(tr("Add pool IDs by hand:"), this);
    layout->addWidget(pasteLabel);
    auto* pasteRow = new QHBoxLayout;
    m_paste = new QLineEdit(this);
    m_paste->setObjectName(QStringLiteral("pastePoolIds"));
    m_paste->setPlaceholderText(tr("id1, id2, …"));
    m_paste->setAccessibleName(tr("Pool IDs to add"));
    pasteLabel->setBuddy(m_paste);
    m_addPasted = new QPushButton(tr("Add"), this);
    m_addPasted->setObjectName(QStringLiteral("addPoolIdsButton"));
    m_addPasted->setAccessibleName(tr("Add the pool IDs"));
    pasteRow->addWidget(m_paste, 1);
    pasteRow->addWidget(m_addPasted);
    layout->addLayout(pasteRow);
    m_poolError = new QLabel(this);
    m_poolError->setObjectName(QStringLiteral("poolIdError"));
    m_poolError->setWordWrap(true);
    m_poolError->setVisible(false);
    layout->addWidget(m_poolError);

    for (QCheckBox* box : {m_dedicated, m_pooled, m_attach, m_run, m_login})
        connect(box, &QCheckBox::toggled, this, &FilterPanel::onChecksChanged);
    connect(m_poolModel, &PoolPickerModel::checkedChanged, this, &FilterPanel::onPoolChecksChanged);
    connect(m_search, &QLineEdit::textChanged, m_poolProxy, &PoolPickerProxy::setFilterText);
    connect(m_clearPools, &QPushButton::clicked, this, [this] {
        m_poolModel->setCheckedIds({});
        onPoolChecksChanged();
    });
    connect(m_addPasted, &QPushButton::clicked, this, &FilterPanel::addPastedIds);
    connect(m_paste, &QLineEdit::returnPressed, this, &FilterPanel::addPastedIds);
    connect(m_reloadPools, &QPushButton::clicked, this, &FilterPanel::reloadPoolsRequested);

    setQuery(StatisticsQuery());
}

FilterPanel::~FilterPanel() = default;

void FilterPanel::setQuery(const StatisticsQuery& query)
{
    m_updating = true;
    m_query = query;
    m_dedicated->setChecked(query.includesDesktopType(DesktopType::Dedicated));
    m_pooled->setChecked(query.includesDesktopType(DesktopType::Pooled));
    m_attach->setChecked(query.includesFamily(Family::Attach));
    m_run->setChecked(query.includesFamily(Family::Run));
    m_login->setChecked(query.includesFamily(Family::Login));
    m_poolModel->setCheckedIds(query.poolIds());
    m_updating = false;
    updatePoolSummary();
    updateHint();
}

void FilterPanel::onChecksChanged()
{
    if (m_updating)
        return;
    QList<DesktopType> types;
    if (m_dedicated->isChecked())
        types.append(DesktopType::Dedicated);
    if (m_pooled->isChecked())
        types.append(DesktopType::Pooled);
    QList<StatisticsType> statistics;
    if (m_attach->isChecked())
        statistics.append(StatisticsType::AttachState);
    if (m_run->isChecked())
        statistics.append(StatisticsType::RunState);
    if (m_login->isChecked())
        statistics.append(StatisticsType::LoginState);
    m_query.setDesktopTypes(types);
    m_query.setStatisticsTypes(statistics);
    updateHint();
    Q_EMIT queryChanged(m_query);
}

void FilterPanel::onPoolChecksChanged()
{
    if (m_updating)
        return;
    if (const auto error = m_query.setPoolIds(m_poolModel->checkedIds())) {
        showPoolError(error->message);
        return;
    }
    showPoolError({});
    updatePoolSummary();
    Q_EMIT queryChanged(m_query);
}

void FilterPanel::addPastedIds()
{
    static const QRegularExpression separators(QStringLiteral("[,;\\r\\n\\t]+"));
    const QString text = m_paste->text().trimmed();
    if (text.isEmpty())
        return;
    QStringList ids = text.split(separators, Qt::SkipEmptyParts);
    for (QString& id : ids)
        id = id.trimmed();
    StatisticsQuery candidate = m_query;
    if (const auto error = candidate.setPoolIds(m_query.poolIds() + ids)) {
        showPoolError(error->message);
        return;
    }
    m_query = candidate;
    m_updating = true;
    m_poolModel->setCheckedIds(m_query.poolIds());
    m_updating = false;
    m_paste->clear();
    QStringList unknown;
    for (const QString& id : std::as_const(ids)) {
        if (m_poolsLoaded && !m_poolModel->isKnown(id))
            unknown.append(id);
    }
    showPoolError({});
    if (!unknown.isEmpty()) {
        m_poolError->setText(
            tr("Not in the pool list, added anyway: %1").arg(unknown.join(QStringLiteral(", "))));
        m_poolError->setVisible(true);
    }
    updatePoolSummary();
    Q_EMIT queryChanged(m_query);
}

void FilterPanel::showPoolError(const QString& message)
{
    QPalette p = m_poolError->palette();
    p.setColor(QPalette::WindowText, palette().color(QPalette::BrightText));
    m_poolError->setPalette(p);
    m_poolError->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
    m_poolError->setVisible(!message.isEmpty());
}

void FilterPanel::updatePoolSummary()
{
    const int selected = static_cast<int>(m_query.poolIds().size());
    m_poolSummary->setText(selected == 0 ? tr("All pools (none selected)")
                                         : tr("%n pool(s) selected", nullptr, selected));
    m_clearPools->setEnabled(selected > 0);
}

void FilterPanel::updateHint()
{
    const bool pooled = m_query.includesDesktopType(DesktopType::Pooled);
    QString text;
    if (m_query.desktopTypes().isEmpty())
        text = tr("None checked: all desktops, without the per-pool breakdown.");
    else if (!pooled)
        text =
            tr("The per-pool breakdown needs “%1”.").arg(MetricStyle::label(DesktopType::Pooled));
    else
        text = tr("The per-pool breakdown covers pooled desktops only.");
    m_hint->setText(text);
    QPalette p = m_hint->palette();
    p.setColor(QPalette::WindowText, Theme::mutedText(palette()));
    m_hint->setPalette(p);
    m_hint->setToolTip(tr("The Desktop Statistics API returns desktop_pool_statistics only when "
                          "POOLED is requested."));
}

void FilterPanel::setPoolsLoading()
{
    m_poolStatus->setText(tr("Loading the pool list…"));
    m_reloadPools->setEnabled(false);
}

void FilterPanel::setPools(const QList<DesktopPool>& pools, const std::optional<ApiError>& error)
{
    const quint64 generation = ++m_poolsGeneration;
    if (pools.size() < m_offThreadPools) {
        m_preparingPools = false;
        showPools(PoolPickerModel::prepare(pools, m_poolModel->checkedIdSet()),
                  static_cast<int>(pools.size()), error);
        return;
    }
    // 100,000 pools: the rows and their order are made on a worker thread (issue 18); the
    // list shows the old pools meanwhile.
    m_preparingPools = true;
    auto promise = std::make_shared<QPromise<PoolPickerModel::Contents>>();
    auto* watcher = new QFutureWatcher<PoolPickerModel::Contents>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation, error, listed = static_cast<int>(pools.size())] {
                watcher->deleteLater();
                QFuture<PoolPickerModel::Contents> future = watcher->future();
                if (future.resultCount() == 0)
                    return;
                if (generation != m_poolsGeneration) { // a newer list came meanwhile
                    releaseInBackground(future.takeResult());
                    return;
                }
                m_preparingPools = false;
                showPools(future.takeResult(), listed, error);
            });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, pools, checked = m_poolModel->checkedIdSet()] {
        promise->addResult(PoolPickerModel::prepare(pools, checked));
        promise->finish();
    });
}

void FilterPanel::showPools(PoolPickerModel::Contents contents, int listed,
                            const std::optional<ApiError>& error)
{
    m_updating = true;
    m_poolModel->setContents(std::move(contents));
    m_updating = false;
    m_reloadPools->setEnabled(true);
    m_poolsLoaded = !error.has_value();
    if (error) {
        // Short here (the panel is narrow); the whole error in the tooltip.
        m_poolStatus->setText(tr("The pool list could not be loaded (%1).")
                                  .arg(error->code.isEmpty() ? error->kindName() : error->code));
        m_poolStatus->setToolTip(error->toOneLine());
    } else {
        m_poolStatus->setToolTip(QString());
        m_poolStatus->setText(tr("%Ln pool(s) in the project", nullptr, listed));
    }
    Q_EMIT poolsShown();
}

} // namespace wsdash
