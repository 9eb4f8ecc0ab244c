#include "ui/overview/projectsoverview.h"

#include "core/dashboard/overviewfetcher.h"
#include "ui/overview/overviewmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace wsdash {

namespace {

// Failed rows say so in red in the Status column.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(OverviewModel::FailedRole).toBool())
            option->palette.setColor(QPalette::Text, QColor(0xc4, 0x2b, 0x1c));
    }
};

} // namespace

ProjectsOverview::ProjectsOverview(ProfileStore& store, QNetworkAccessManager* network,
                                   const Clock& clock, RequestBudget* budget,
                                   const QProcessEnvironment& env, QWidget* parent)
    : QDialog(parent)
    , m_fetcher(new OverviewFetcher(store, network, clock, budget, this))
{
    setObjectName(QStringLiteral("projectsOverview"));
    setWindowTitle(tr("All projects"));
    m_fetcher->setEnvironment(env);
    m_model = new OverviewModel(*m_fetcher, this);

    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("overviewSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::EditRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("overviewTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    // Long errors wrap in their own row rather than hiding the request ID at the end.
    m_table->setWordWrap(true);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OverviewModel::StatusColumn,
                                                      QHeaderView::Stretch);
    // Project IDs are long: a fixed column, elided in the middle, the whole ID in a tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(OverviewModel::ProjectColumn,
                                                      QHeaderView::Interactive);
    m_table->setColumnWidth(OverviewModel::ProjectColumn, 150);
    m_table->setItemDelegateForColumn(OverviewModel::StatusColumn, new StatusDelegate(m_table));
    m_table->setToolTip(tr("Double-click a project to open it in the dashboard"));
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setObjectName(QStringLiteral("overviewRefreshButton"));
    QPushButton* openButton =
        buttons->addButton(tr("&Open in dashboard"), QDialogButtonBox::ActionRole);
    openButton->setObjectName(QStringLiteral("overviewOpenButton"));
    layout->addWidget(buttons);

    const auto activate = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT profileActivated(index.data(OverviewModel::ProfileNameRole).toString());
    };
    connect(m_table, &QTableView::doubleClicked, this, activate);
    connect(openButton, &QPushButton::clicked, this,
            [this, activate] { activate(m_table->currentIndex()); });
    connect(refreshButton, &QPushButton::clicked, this, &ProjectsOverview::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_fetcher, &OverviewFetcher::rowChanged, this, [this] {
        updateSummary();
        fitStatusColumn();
        m_table->resizeRowsToContents();
    });
    connect(m_fetcher, &OverviewFetcher::rowsReset, this, &ProjectsOverview::updateSummary);
    connect(m_fetcher, &OverviewFetcher::finished, this, &ProjectsOverview::finished);

    resize(980, 360);
}

ProjectsOverview::~ProjectsOverview() = default;

void ProjectsOverview::fitStatusColumn()
{
    const QFontMetrics metrics = m_table->fontMetrics();
    const QAbstractItemModel* model = m_table->model();
    int needed = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString text = model->index(row, OverviewModel::StatusColumn).data().toString();
        // Long errors wrap; short statuses must show whole.
        needed = std::max(needed, std::min(metrics.horizontalAdvance(text) + 16, 360));
    }
    const int shown = m_table->columnWidth(OverviewModel::StatusColumn);
    if (needed <= shown)
        return;
    const QScreen* where = screen();
    const int limit = where ? where->availableGeometry().width() : width() + (needed - shown);
    resize(std::min(limit, width() + needed - shown), height());
}

void ProjectsOverview::refresh()
{
    m_fetcher->start();
}

void ProjectsOverview::updateSummary()
{
    const auto& rows = m_fetcher->rows();
    if (rows.isEmpty()) {
        m_summary->setText(tr("No saved profiles yet: add one under “Manage profiles…”."));
        return;
    }
    int done = 0;
    int failed = 0;
    qint64 desktops = 0;
    for (const OverviewRow& row : rows) {
        if (row.state == OverviewRow::State::Ok) {
            ++done;
            desktops += row.totals.value(Metric::TotalNum).value_or(0);
        } else if (row.state == OverviewRow::State::Failed) {
            ++done;
            ++failed;
        }
    }
    QStringList parts{tr("Projects: %1").arg(rows.size()),
                      tr("desktops in those that answered: %1").arg(QLocale().toString(desktops))};
    if (failed > 0)
        parts.append(tr("failed: %1").arg(failed));
    if (done < rows.size())
        parts.append(tr("answered so far: %1 of %2").arg(done).arg(rows.size()));
    const QString text = parts.join(QStringLiteral(" · "));
    m_summary->setText(text);
}

} // namespace wsdash
