#include "ui/desktops/desktopsview.h"

#include "core/dashboard/desktopexport.h"
#include "core/dashboard/exporter.h"
#include "ui/desktops/desktoplistmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace wsdash {

DesktopsView::DesktopsView(QNetworkAccessManager* network, const Clock& clock,
                           RequestBudget* budget, DrillRequest request, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_clock(clock)
    , m_request(std::move(request))
{
    setObjectName(QStringLiteral("desktopsView"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_client = new DesktopListClient(network, clock, this);
    m_client->setRequestBudget(budget);
    m_request.list.filter = m_request.plan.serverFilter();

    m_model = new DesktopListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("drillTitle"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);
    m_selection = new QLabel(this);
    m_selection->setObjectName(QStringLiteral("drillSelection"));
    m_selection->setWordWrap(true);
    m_selection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reconciliation = new QLabel(this);
    m_reconciliation->setObjectName(QStringLiteral("drillReconciliation"));
    m_reconciliation->setWordWrap(true);
    m_reconciliation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_selection);
    layout->addWidget(m_reconciliation);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("drillProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(240);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("drillStatus"));
    m_status->setWordWrap(true);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_status, 1);
    layout->addLayout(progressRow);

    auto* tools = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("drillFilter"));
    m_filter->setClearButtonEnabled(true);
    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("drillCopy"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("drillExport"));
    tools->addWidget(m_filter, 1);
    tools->addWidget(m_copy);
    tools->addWidget(m_export);
    layout->addLayout(tools);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("drillTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DesktopListModel::ComputerNameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->horizontalHeader()->resizeSection(DesktopListModel::DesktopIdColumn, 280);
    m_table->horizontalHeader()->resizeSection(DesktopListModel::CreatedColumn, 190);
    layout->addWidget(m_table, 1);

    auto* copyAction = new QAction(this);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(copyAction);
    const auto copy = [this] { QApplication::clipboard()->setText(copyText()); };
    connect(copyAction, &QAction::triggered, this, copy);
    connect(m_copy, &QPushButton::clicked, this, copy);
    connect(m_export, &QPushButton::clicked, this, &DesktopsView::exportWithDialog);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString& text) { m_proxy->setFilterFixedString(text); });
    auto* closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Close);
    addAction(closeAction);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);

    connect(m_client, &DesktopListClient::pageReceived, this, &DesktopsView::onPage);
    connect(m_client, &DesktopListClient::progress, this, &DesktopsView::onProgress);
    connect(m_client, &DesktopListClient::finished, this, &DesktopsView::onFinished);

    resize(1200, 560);
    retranslate();
}

DesktopsView::~DesktopsView() = default; // the client (a child) cancels its paging

void DesktopsView::start()
{
    m_model->clear();
    m_result.reset();
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_client->list(m_request.list);
    retranslate();
}

QString DesktopsView::selectionText() const
{
    return tr("How these rows were chosen: %1.")
        .arg(m_request.plan.description(m_request.poolNames));
}

QString DesktopsView::reconciliationText() const
{
    const qint64 listed = m_model->rowCount();
    if (!m_result)
        return m_request.statisticsCount
                   ? tr("The statistics said %1.").arg(*m_request.statisticsCount)
                   : QString();
    if (!m_request.statisticsCount)
        return tr("%n desktop(s) are listed; the statistics did not report this count.", nullptr,
                  static_cast<int>(listed));
    const qint64 said = *m_request.statisticsCount;
    const qint64 apart = m_request.statisticsTime.isValid()
                             ? std::max<qint64>(0, m_request.statisticsTime.secsTo(m_finishedAt))
                             : 0;
    if (!m_result->ok()) {
        return tr("The statistics said %1; %2 desktops are listed so far (the list is "
                  "incomplete).")
            .arg(said)
            .arg(listed);
    }
    if (listed == said)
        return tr("The statistics said %1; all %2 are listed.").arg(said).arg(listed);
    return tr("The statistics said %1; %2 desktops are listed now — the two calls were %3 s "
              "apart, and desktops change state meanwhile.")
        .arg(said)
        .arg(listed)
        .arg(apart);
}

QString DesktopsView::statusText() const
{
    return m_status->text();
}

void DesktopsView::onPage(int, const QList<DesktopDetail>& desktops, qint64)
{
    QList<DesktopDetail> kept;
    kept.reserve(desktops.size());
    if (!m_request.plan.hasClientRule()) {
        kept = desktops;
    } else {
        for (const DesktopDetail& desktop : desktops) {
            if (m_request.plan.accepts(desktop))
                kept.append(desktop);
        }
    }
    m_model->append(kept);
    if (m_model->rowCount() > 0 && !m_columnsSized) {
        m_columnsSized = true;
        m_table->resizeColumnsToContents();
    }
}

void DesktopsView::onProgress(int pagesDone, int pagesTotal, qint64 listed, qint64 totalCount)
{
    m_progress->setRange(0, pagesTotal);
    m_progress->setValue(pagesDone);
    m_status->setText(tr("Page %1 of %2: %3 of %4 desktops read from the server.")
                          .arg(pagesDone)
                          .arg(pagesTotal)
                          .arg(listed)
                          .arg(totalCount));
}

void DesktopsView::onFinished(const DesktopListResult& result)
{
    m_result = result;
    m_finishedAt = m_clock.now();
    m_progress->setVisible(false);
    if (result.ok()) {
        m_status->setText(tr("Done: %n page(s) read.", nullptr, result.pagesFetched));
    } else {
        m_status->setText(tr("Page %1 failed: %2. The %3 desktops of the pages before it are "
                             "kept.")
                              .arg(result.failedPage)
                              .arg(result.error->toOneLine())
                              .arg(m_model->rowCount()));
    }
    if (!result.problems.isEmpty())
        m_status->setToolTip(result.problems.join(QLatin1Char('\n')));
    m_reconciliation->setText(reconciliationText());
    Q_EMIT listingFinished(result);
}

QList<DesktopDetail> DesktopsView::shownDesktops() const
{
    QList<DesktopDetail> shown;
    shown.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        shown.append(m_model->desktops().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    return shown;
}

QString DesktopsView::copyText() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            rows.append(row);
    }
    QStringList lines;
    QStringList header;
    for (int column = 0; column < DesktopListModel::ColumnCount; ++column)
        header.append(m_model->headerData(column, Qt::Horizontal).toString());
    lines.append(header.join(QLatin1Char('\t')));
    for (const int row : rows) {
        const DesktopDetail& d =
            m_model->desktops().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
        QStringList cells;
        for (int column = 0; column < DesktopListModel::ColumnCount; ++column)
            cells.append(DesktopListModel::text(d, column));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

std::optional<QString> DesktopsView::exportTo(const QString& path) const
{
    const auto format = exportFormatForPath(path);
    if (!format || *format == ExportFormat::Pdf)
        return tr("The file name must end in .csv or .json.");
    const QList<DesktopDetail> shown = shownDesktops();
    if (*format == ExportFormat::Csv)
        return writeFileAtomically(path, desktopListCsv(shown));
    DesktopExportContext context;
    context.generatedAt = m_finishedAt.isValid() ? m_finishedAt : m_clock.now();
    context.endpoint = m_request.list.endpoint.toDisplayString();
    context.projectId = m_request.list.projectId;
    context.count = QLatin1String(metricInfo(m_request.plan.count()).field);
    context.selection = m_request.plan.description(m_request.poolNames);
    context.statisticsCount = m_request.statisticsCount.value_or(-1);
    context.serverTotal = m_result ? m_result->totalCount : 0;
    return writeFileAtomically(path, desktopListJson(context, shown));
}

void DesktopsView::exportWithDialog()
{
    const QString name = QStringLiteral("desktops-%1.csv")
                             .arg(QLatin1String(metricInfo(m_request.plan.count()).field));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export desktops"), QDir::home().filePath(name), tr("CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (const auto error = exportTo(path))
        QMessageBox::warning(this, tr("Export desktops"), *error);
}

void DesktopsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DesktopsView::retranslate()
{
    const QString title = m_request.scopeLabel.isEmpty()
                              ? m_request.countLabel
                              : tr("%1 — %2").arg(m_request.countLabel, m_request.scopeLabel);
    setWindowTitle(tr("Desktops: %1").arg(title));
    m_title->setText(title);
    m_selection->setText(selectionText());
    m_reconciliation->setText(reconciliationText());
    m_filter->setPlaceholderText(tr("Filter: name, ID, user, IP, state…"));
    m_copy->setText(tr("Copy"));
    m_export->setText(tr("Export…"));
    if (!m_result && m_status->text().isEmpty())
        m_status->setText(tr("Reading the first page…"));
}

} // namespace wsdash
