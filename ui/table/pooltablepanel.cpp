#include "ui/table/pooltablepanel.h"

#include "core/base/backgroundrelease.h"
#include "core/dashboard/dashboardcontroller.h"
#include "core/dashboard/drilldown.h"
#include "ui/style/emptystates.h"
#include "ui/style/metricstyle.h"
#include "ui/table/countdelegate.h"
#include "ui/table/frozencolumnview.h"
#include "ui/table/poolfilterproxymodel.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/tabletext.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPromise>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

#include <set>

namespace wsdash {

PoolTablePanel::PoolTablePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("poolTablePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Desktop pools"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("poolTableFilter"));
    m_filter->setPlaceholderText(tr("Filter by pool name or ID (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter the pool table"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("poolTableCount"));
    m_copy = new QPushButton(tr("Copy as TSV"), this);
    m_copy->setObjectName(QStringLiteral("copyTsvButton"));
    m_copy->setToolTip(
        tr("Copy the selected rows, or every row shown, as tab-separated values (Ctrl+C)"));
    m_copy->setAccessibleName(tr("Copy rows as tab-separated values"));
    header->addWidget(title);
    header->addSpacing(8);
    header->addWidget(m_filter, 1);
    header->addWidget(m_count);
    header->addStretch(0);
    header->addWidget(m_copy);
    layout->addLayout(header);

    m_model = new PoolTableModel(this);
    m_proxy = new PoolFilterProxyModel(this);
    m_proxy->setPoolModel(m_model);

    m_stack = new QStackedWidget(this);
    m_frozenView = new FrozenColumnView(m_stack);
    m_view = m_frozenView;
    m_view->setObjectName(QStringLiteral("poolTable"));
    m_view->setAccessibleName(tr("Per-pool statistics"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PoolTableModel::TotalColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // One Tab stop: Tab leaves the table, the arrow keys move inside it.
    m_view->setTabKeyNavigation(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_frozenView->setItemDelegate(new CountDelegate(m_view));
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Pool ID last: it is long and mostly needed for copying.
    m_view->horizontalHeader()->moveSection(PoolTableModel::IdColumn,
                                            PoolTableModel::ColumnCount - 1);
    m_placeholder = new QLabel(m_stack);
    m_placeholder->setObjectName(QStringLiteral("poolTablePlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    // The header, 8 rows and a horizontal scroll bar.
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * (kMinimumRows + 1) +
                             m_view->horizontalScrollBar()->sizeHint().height() +
                             2 * m_view->frameWidth());
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
    layout->addWidget(m_stack, 1);

    auto* copyAction = new QAction(tr("Copy"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, [this] { copySelection(); });
    connect(m_copy, &QPushButton::clicked, this, [this] { copySelection(); });

    // Drill-down: a click on a count cell, or Enter on the current one; a pool's name or ID
    // (also in the frozen Pool column over the table's left edge) lists all its desktops.
    connect(m_view, &QTableView::clicked, this, &PoolTablePanel::activateCell);
    connect(m_frozenView->frozenView(), &QTableView::clicked, this, &PoolTablePanel::activateCell);
    auto* drillAction = new QAction(m_view);
    drillAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    drillAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(drillAction);
    connect(drillAction, &QAction::triggered, this,
            [this] { activateCell(m_view->currentIndex()); });

    auto* findAction = new QAction(tr("Find pool"), this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterText(text);
        updateCountLabel();
        updatePlaceholder();
    });
    updateCountLabel();
    updatePlaceholder();
}

PoolTablePanel::~PoolTablePanel() = default;

void PoolTablePanel::activateCell(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const bool poolCell = index.column() < PoolTableModel::TotalColumn;
    const auto metric =
        poolCell ? Metric::TotalNum : PoolTableModel::metricOfColumn(index.column());
    if (!metric || !DrillPlan::whyNotOffered(*metric).isEmpty())
        return;
    const bool totals = index.data(PoolTableModel::TotalsRowRole).toBool();
    Q_EMIT countActivated(*metric,
                          totals ? QString() : index.data(PoolTableModel::PoolIdRole).toString());
}

void PoolTablePanel::showData(const DashboardController& controller)
{
    const auto& current = controller.current();
    showPools(current ? current->statistics->pools : std::nullopt,
              EmptyStates::missingPools(controller));
}

void PoolTablePanel::showPools(const std::optional<QList<PoolStatistics>>& pools,
                               const QString& reason)
{
    const quint64 generation = ++m_generation;
    if (!pools || pools->size() < m_offThreadPools) {
        m_preparing = false;
        showContents(
            pools ? PoolTableContents::prepare(*pools, m_model->sortColumn(), m_model->sortOrder())
                  : PoolTableContents(),
            reason);
        return;
    }
    // Only values cross to the worker (the pool list is shared, not copied); the contents come
    // back through the watcher, on this thread. A newer showData() makes them stale.
    m_preparing = true;
    auto promise = std::make_shared<QPromise<PoolTableContents>>();
    auto* watcher = new QFutureWatcher<PoolTableContents>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, reason] {
        watcher->deleteLater();
        QFuture<PoolTableContents> future = watcher->future();
        if (future.resultCount() == 0)
            return;
        if (generation != m_generation) { // superseded while it was prepared
            releaseInBackground(future.takeResult());
            return;
        }
        m_preparing = false;
        showContents(future.takeResult(), reason);
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, pools = *pools, column = m_model->sortColumn(), order = m_model->sortOrder()] {
            promise->addResult(PoolTableContents::prepare(pools, column, order));
            promise->finish();
        });
}

void PoolTablePanel::showContents(PoolTableContents contents, const QString& placeholderReason)
{
    m_placeholderReason = placeholderReason;
    // The selection and the current row follow the pools, not the row numbers, across a reload.
    const QStringList selected = selectedPoolIds();
    const QString currentPool = m_view->currentIndex().data(PoolTableModel::PoolIdRole).toString();
    const int currentColumn = m_view->currentIndex().column();
    m_model->setContents(std::move(contents));
    restoreSelection(selected, currentPool, currentColumn);
    updateColumns();
    updateCountLabel();
    updatePlaceholder();
    Q_EMIT dataShown();
}

void PoolTablePanel::updateColumns()
{
    for (int column = PoolTableModel::TotalColumn; column < PoolTableModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, !m_model->isColumnReported(column));
    if (m_model->poolCount() == 0)
        return;
    // The name column grows to fit the names (a sample of them) and the totals label; the other
    // widths are set once from the header texts, and the user's widths stay after that.
    const QFontMetrics metrics = m_view->fontMetrics();
    const QFontMetrics headerMetrics = m_view->horizontalHeader()->fontMetrics();
    // The name column only grows, up to kMaxNameWidth. Measuring a name is text shaping: only
    // the few names estimated widest are measured (PoolTableContents::widestNames), and not
    // at all once the column is as wide as it gets.
    constexpr int kMaxNameWidth = 320;
    if (m_view->columnWidth(PoolTableModel::NameColumn) < kMaxNameWidth) {
        QFont bold = m_view->font();
        bold.setBold(true);
        int nameWidth =
            std::max(headerMetrics.horizontalAdvance(tr("Pool")) + 40,
                     QFontMetrics(bold).horizontalAdvance(
                         m_model->index(0, PoolTableModel::NameColumn).data().toString()) +
                         16);
        for (const QString& name : m_model->widestPoolNames()) {
            if (nameWidth >= kMaxNameWidth)
                break;
            nameWidth = std::max(nameWidth, metrics.horizontalAdvance(name) + 16);
        }
        nameWidth = std::min(nameWidth, kMaxNameWidth);
        if (m_view->columnWidth(PoolTableModel::NameColumn) < nameWidth)
            m_view->setColumnWidth(PoolTableModel::NameColumn, nameWidth);
    }
    if (m_columnsSized)
        return;
    m_view->setColumnWidth(PoolTableModel::IdColumn,
                           metrics.horizontalAdvance(QStringLiteral("0000000000-0000-0000-0000")) +
                               16);
    const int shareWidth = metrics.horizontalAdvance(QStringLiteral("100.0%"));
    for (int column = PoolTableModel::TotalColumn; column < PoolTableModel::ColumnCount; ++column) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        const int width =
            std::max(headerMetrics.horizontalAdvance(header) + 28,
                     metrics.horizontalAdvance(QStringLiteral("00,000")) + shareWidth + 20);
        m_view->setColumnWidth(column, width);
    }
    m_columnsSized = true;
    m_frozenView->syncFrozenColumn();
}

void PoolTablePanel::updateCountLabel()
{
    const int total = m_model->poolCount();
    const int shown = m_proxy->visiblePoolCount();
    QLocale locale;
    if (total == 0)
        m_count->clear();
    else if (shown == total)
        m_count->setText(tr("%Ln pool(s)", nullptr, total));
    else
        m_count->setText(tr("%1 of %2 pools").arg(locale.toString(shown), locale.toString(total)));
    m_copy->setEnabled(total > 0);
}

void PoolTablePanel::updatePlaceholder()
{
    QString reason = m_placeholderReason;
    if (reason.isEmpty() && m_model->poolCount() > 0 && m_proxy->visiblePoolCount() == 0)
        reason = tr("No pool matches “%1”.").arg(m_proxy->filterText());
    // With a filter that matches nothing the table stays (its totals row shows); say why above.
    if (!m_placeholderReason.isEmpty() || m_model->poolCount() == 0) {
        m_placeholder->setText(reason);
        m_stack->setCurrentWidget(m_placeholder);
    } else {
        m_stack->setCurrentWidget(m_view);
        if (!reason.isEmpty())
            m_count->setText(reason);
    }
}

bool PoolTablePanel::selectPool(const QString& poolId)
{
    const int sourceRow = m_model->rowOfPool(poolId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

QString PoolTablePanel::selectionAsTsv() const
{
    std::set<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
        rows.insert(index.row());
    if (rows.empty())
        return {};
    return tableText(*m_view, TableTextFormat::Tsv, QList<int>(rows.cbegin(), rows.cend()));
}

QString PoolTablePanel::tableAsText(TableTextFormat format) const
{
    return m_model->poolCount() == 0 ? QString() : tableText(*m_view, format);
}

QString PoolTablePanel::copySelection()
{
    // The selected rows or, with none, every row shown.
    QString tsv = selectionAsTsv();
    int rows = 0;
    if (!tsv.isEmpty()) {
        std::set<int> selectedRows;
        for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes())
            selectedRows.insert(index.row());
        rows = static_cast<int>(selectedRows.size());
    } else {
        tsv = tableAsText(TableTextFormat::Tsv);
        rows = m_proxy->rowCount();
    }
    if (!tsv.isEmpty())
        QApplication::clipboard()->setText(tsv);
    Q_EMIT copied(rows);
    return tsv;
}

QStringList PoolTablePanel::selectedPoolIds() const
{
    QStringList ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows()) {
        const QString id = index.data(PoolTableModel::PoolIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids;
}

void PoolTablePanel::restoreSelection(const QStringList& poolIds, const QString& currentPool,
                                      int currentColumn)
{
    QItemSelection selection;
    const int lastColumn = m_proxy->columnCount() - 1;
    for (const QString& id : poolIds) {
        const int sourceRow = m_model->rowOfPool(id);
        const QModelIndex index =
            sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
        if (index.isValid())
            selection.select(index, index.siblingAtColumn(lastColumn));
    }
    QItemSelectionModel* model = m_view->selectionModel();
    const int currentRow = m_model->rowOfPool(currentPool);
    if (currentRow >= 0) {
        const QModelIndex current =
            m_proxy->mapFromSource(m_model->index(currentRow, std::max(0, currentColumn)));
        model->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    }
    model->select(selection, QItemSelectionModel::ClearAndSelect);
}

} // namespace wsdash
