#include "ui/window/mainwindow.h"

#include "core/base/clock.h"
#include "core/dashboard/dashboardcontroller.h"
#include "core/profiles/diagnosis.h"
#include "ui/charts/chartpanel.h"
#include "ui/filters/filterpanel.h"
#include "ui/reports/exportmenu.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/window/aboutdialog.h"
#include "ui/window/errorbanner.h"
#include "ui/window/freshnessbar.h"
#include "ui/window/helpdialog.h"
#include "ui/window/statusfeedback.h"
#include "ui/window/warningbanner.h"
#include "ui/window/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace wsdash {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kMainSplitterKey = QStringLiteral("window/mainSplitter");
// Earlier versions kept a splitter of charts and table under "window/contentSplitter".
const QString kContentSplitterKey = QStringLiteral("window/contentPanes");
const QString kAutoRefreshKey = QStringLiteral("dashboard/autoRefreshSeconds");
const QString kBarFamilyKey = QStringLiteral("dashboard/barFamily");
const QString kBarSharesKey = QStringLiteral("dashboard/barShares");

} // namespace

MainWindow::MainWindow(DashboardController& controller, const Clock& clock, QSettings* settings,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_clock(clock)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    buildToolBar();
    updateConnectionText();

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("windowPages"));
    auto* central = new QWidget(m_pages);
    m_dashboard = central;
    m_pages->addWidget(central);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ErrorBanner(central);
    m_warning = new WarningBanner(central);
    m_freshness = new FreshnessBar(controller, clock, central);
    layout->addWidget(m_banner);
    layout->addWidget(m_warning);
    layout->addWidget(m_freshness);

    m_mainSplitter = new QSplitter(Qt::Horizontal, central);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->setChildrenCollapsible(true);
    auto* filterScroll = new QScrollArea(m_mainSplitter);
    filterScroll->setObjectName(QStringLiteral("filterScroll"));
    filterScroll->setWidgetResizable(true);
    filterScroll->setFrameShape(QFrame::NoFrame);
    filterScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a Tab stop of its own: focus goes to the filters, and the area scrolls to them.
    filterScroll->setFocusPolicy(Qt::NoFocus);
    m_filters = new FilterPanel(filterScroll);
    filterScroll->setWidget(m_filters);
    filterScroll->setMinimumWidth(190);

    // Two panes, one above the other: the tiles and charts (they scroll rather than force the
    // window larger than the screen or a --screenshot size) and the pool table, which always
    // keeps at least PoolTablePanel::kMinimumRows rows in view, also in a 1024x640 window.
    m_contentSplitter = new QSplitter(Qt::Vertical, m_mainSplitter);
    m_contentSplitter->setObjectName(QStringLiteral("contentSplitter"));
    m_contentSplitter->setChildrenCollapsible(false);
    auto* contentScroll = new QScrollArea(m_contentSplitter);
    contentScroll->setObjectName(QStringLiteral("contentScroll"));
    contentScroll->setWidgetResizable(true);
    contentScroll->setFrameShape(QFrame::NoFrame);
    // Nothing here scrolls sideways: the tiles wrap and the charts shrink instead.
    contentScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    contentScroll->setFocusPolicy(Qt::NoFocus);
    auto* content = new QWidget(contentScroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 8, 8, 0);
    contentLayout->setSpacing(8);
    m_kpis = new KpiPanel(content);
    contentLayout->addWidget(m_kpis);
    m_charts = new ChartPanel(content);
    m_charts->setMinimumHeight(kChartsMinimumHeight);
    contentLayout->addWidget(m_charts, 1);
    contentScroll->setWidget(content);

    auto* tablePane = new QWidget(m_contentSplitter);
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(8, 0, 8, 8);
    m_table = new PoolTablePanel(tablePane);
    tableLayout->addWidget(m_table);
    m_contentSplitter->addWidget(contentScroll);
    m_contentSplitter->addWidget(tablePane);
    m_contentSplitter->setStretchFactor(0, 1);
    m_contentSplitter->setStretchFactor(1, 1);

    m_mainSplitter->addWidget(filterScroll);
    m_mainSplitter->addWidget(m_contentSplitter);
    m_mainSplitter->setStretchFactor(0, 0);
    m_mainSplitter->setStretchFactor(1, 1);
    m_mainSplitter->setSizes({240, 1040});
    layout->addWidget(m_mainSplitter, 1);
    setCentralWidget(m_pages);

    m_filters->setQuery(controller.query());
    connect(m_filters, &FilterPanel::queryChanged, &m_controller, &DashboardController::setQuery);
    connect(m_filters, &FilterPanel::reloadPoolsRequested, this, [this] {
        m_filters->setPoolsLoading();
        m_controller.loadPools();
    });
    connect(&m_controller, &DashboardController::resultDelivered, this, &MainWindow::onResult);
    connect(&m_controller, &DashboardController::loadingChanged, this, [this] {
        // Before the first data the panels say "Loading…"; later, data stays while loading.
        if (!m_controller.current())
            render();
        m_freshness->refresh();
    });
    connect(&m_controller, &DashboardController::nextRefreshChanged, m_freshness,
            &FreshnessBar::refresh);
    connect(&m_controller, &DashboardController::queryChanged, m_freshness, &FreshnessBar::refresh);
    connect(&m_controller, &DashboardController::waitingForBudgetChanged, m_freshness,
            &FreshnessBar::refresh);
    connect(&m_controller, &DashboardController::blockedChanged, this, &MainWindow::render);
    connect(m_table, &PoolTablePanel::dataShown, this, [this] {
        if (m_tablePending == 0 || m_tablePending != m_resultsReceived)
            return;
        m_tablePending = 0;
        Q_EMIT resultShown(m_tablePendingOk);
    });
    connect(&m_controller, &DashboardController::poolsLoaded, this, [this] {
        m_poolsPending = true;
        m_filters->setPools(m_controller.pools(), m_controller.poolsError());
    });
    // At once, or once a long list was prepared off the UI thread.
    connect(m_filters, &FilterPanel::poolsShown, this, [this] {
        if (!std::exchange(m_poolsPending, false))
            return;
        Q_EMIT poolsShown();
    });
    // When the tiles wrap, the donuts (the same numbers) make way for the per-pool chart.
    connect(m_kpis, &KpiPanel::wrappedChanged, m_charts,
            [this](bool wrapped) { m_charts->setDonutsAllowed(!wrapped); });
    connect(m_charts, &ChartPanel::poolActivated, m_table, &PoolTablePanel::selectPool);
    connect(m_charts, &ChartPanel::barFamilyChanged, this, [this](std::optional<Family> family) {
        if (m_settings)
            m_settings->setValue(kBarFamilyKey, family ? static_cast<int>(*family) : -1);
    });
    connect(m_charts, &ChartPanel::barsShowSharesChanged, this, [this](bool shares) {
        if (m_settings)
            m_settings->setValue(kBarSharesKey, shares);
    });
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    connect(m_contentSplitter, &QSplitter::splitterMoved, this,
            [this] { m_contentSplitterMoved = true; });
    connect(m_kpis, &KpiPanel::wrappedChanged, this, &MainWindow::balanceContent);
    m_contentSplitter->installEventFilter(this);
    connect(m_banner, &ErrorBanner::retryRequested, &m_controller, &DashboardController::refresh);
    connect(m_banner, &ErrorBanner::editConnectionRequested, this,
            &MainWindow::editConnectionRequested);
    connect(m_banner, &ErrorBanner::testConnectionRequested, this,
            &MainWindow::testConnectionRequested);

    m_exports = new ExportMenu(*this);
    m_toolBar->insertWidget(m_toolBarAnchor, m_exports->button());
    m_exports->button()->setFocusPolicy(Qt::TabFocus);
    m_toolBar->insertSeparator(m_toolBarAnchor);

    // Feedback after every save, export and copy.
    m_feedback = new StatusFeedback(statusBar());
    statusBar()->addPermanentWidget(m_connection);
    connect(m_exports, &ExportMenu::saved, m_feedback, &StatusFeedback::fileSaved);
    connect(m_exports, &ExportMenu::copied, m_feedback, &StatusFeedback::rowsCopied);
    connect(m_table, &PoolTablePanel::copied, m_feedback, &StatusFeedback::rowsCopied);
    buildMenus();

    restoreSettings();
    render();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildToolBar()
{
    auto* bar = addToolBar(tr("Main"));
    m_toolBar = bar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_refresh = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshAction"));
    m_refresh->setShortcuts({QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R)});
    m_refresh->setToolTip(tr("Fetch the statistics now (F5)"));
    connect(m_refresh, &QAction::triggered, &m_controller, &DashboardController::refresh);
    bar->addAction(m_refresh);
    if (QWidget* button = bar->widgetForAction(m_refresh)) {
        button->setObjectName(QStringLiteral("refreshButton"));
        button->setAccessibleName(tr("Refresh"));
        button->setFocusPolicy(Qt::TabFocus);
    }
    bar->addSeparator();

    auto* autoLabel = new QLabel(tr("&Auto-refresh:"), bar);
    m_autoRefresh = new QComboBox(bar);
    m_autoRefresh->setObjectName(QStringLiteral("autoRefreshBox"));
    m_autoRefresh->setAccessibleName(tr("Auto-refresh interval"));
    autoLabel->setBuddy(m_autoRefresh);
    m_autoRefresh->addItem(tr("Off"), 0);
    m_autoRefresh->addItem(tr("every 30 s"), 30);
    m_autoRefresh->addItem(tr("every 1 min"), 60);
    m_autoRefresh->addItem(tr("every 5 min"), 300);
    bar->addWidget(autoLabel);
    bar->addWidget(m_autoRefresh);
    connect(m_autoRefresh, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int seconds = m_autoRefresh->itemData(index).toInt();
        m_controller.setAutoRefreshInterval(std::chrono::seconds(seconds));
        if (m_settings)
            m_settings->setValue(kAutoRefreshKey, seconds);
    });

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBarAnchor = bar->addWidget(spacer);
    // Where the data comes from: in the status bar (the toolbar keeps room for its controls).
    m_connection = new QLabel(this);
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_connection->setContentsMargins(0, 0, 8, 0);

    m_help = new QAction(style()->standardIcon(QStyle::SP_MessageBoxQuestion), tr("&Help"), this);
    m_help->setObjectName(QStringLiteral("helpAction"));
    m_help->setShortcut(QKeySequence::HelpContents);
    m_help->setToolTip(tr("What every count means, and the keys (F1)"));
    connect(m_help, &QAction::triggered, this, [this] {
        HelpDialog dialog(this);
        dialog.exec();
    });
    m_about = new QAction(style()->standardIcon(QStyle::SP_MessageBoxInformation),
                          tr("&About wsdash"), this);
    m_about->setObjectName(QStringLiteral("aboutAction"));
    m_about->setToolTip(tr("Version, licence and Qt version"));
    connect(m_about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    bar->addAction(m_help);
    if (QWidget* button = bar->widgetForAction(m_help)) {
        button->setObjectName(QStringLiteral("helpButton"));
        button->setFocusPolicy(Qt::TabFocus);
    }
}

void MainWindow::buildMenus()
{
    QMenuBar* bar = menuBar();
    bar->setObjectName(QStringLiteral("menuBar"));
    QMenu* file = bar->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addActions(m_exports->actions());
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu* view = bar->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_refresh);
    QMenu* every = view->addMenu(tr("&Auto-refresh"));
    auto* group = new QActionGroup(every);
    for (int i = 0; i < m_autoRefresh->count(); ++i) {
        QAction* choice = every->addAction(m_autoRefresh->itemText(i));
        choice->setCheckable(true);
        choice->setActionGroup(group);
        choice->setChecked(i == m_autoRefresh->currentIndex());
        connect(choice, &QAction::triggered, m_autoRefresh,
                [this, i] { m_autoRefresh->setCurrentIndex(i); });
        connect(m_autoRefresh, &QComboBox::currentIndexChanged, choice,
                [choice, i](int index) { choice->setChecked(index == i); });
    }
    view->addSeparator();
    for (QAction* action : m_table->actions())
        view->addAction(action);
    for (QAction* action : m_table->view()->actions())
        view->addAction(action);

    m_toolsMenu = bar->addMenu(tr("&Tools"));
    m_toolsMenu->setObjectName(QStringLiteral("toolsMenu"));

    QMenu* help = bar->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_help);
    help->addAction(m_about);
}

void MainWindow::updateConnectionText()
{
    const StatisticsRequest& request = m_controller.request();
    setWindowTitle(tr("wsdash — Workspace desktops — project %1").arg(request.projectId));
    const QString where = m_controller.profileName().isEmpty() ? request.endpoint.toDisplayString()
                                                               : m_controller.profileName();
    m_connection->setText(tr("%1 · project %2").arg(where, request.projectId));
    m_connection->setToolTip(request.endpoint.toDisplayString());
}

void MainWindow::addToolBarWidget(QWidget* widget)
{
    m_toolBar->insertWidget(m_toolBarAnchor, widget);
}

void MainWindow::addToolBarAction(QAction* action)
{
    m_toolBar->insertAction(m_toolBarAnchor, action);
    if (QWidget* button = m_toolBar->widgetForAction(action)) {
        button->setFocusPolicy(Qt::TabFocus);
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(action->text().remove(QLatin1Char('&')));
    }
    m_toolsMenu->addAction(action);
}

void MainWindow::showWelcome(WelcomePage* page)
{
    if (m_welcome && m_welcome != page)
        m_welcome->deleteLater();
    m_welcome = page;
    m_pages->addWidget(page);
    m_pages->setCurrentWidget(page);
    m_refresh->setEnabled(false);
    m_autoRefresh->setEnabled(false);
    m_exports->button()->setEnabled(false);
    setWindowTitle(tr("wsdash — Workspace desktops"));
    m_connection->clear();
    page->setFocus();
}

bool MainWindow::isShowingWelcome() const
{
    return m_welcome && m_pages->currentWidget() == m_welcome;
}

void MainWindow::showTestResult(const Diagnosis& diagnosis)
{
    const auto& current = m_controller.current();
    m_banner->showRefusal(diagnosis, current ? current->receivedAt : QDateTime());
}

void MainWindow::connectionChanged()
{
    if (m_welcome) {
        m_pages->setCurrentWidget(m_dashboard);
        m_refresh->setEnabled(true);
        m_autoRefresh->setEnabled(true);
        m_exports->button()->setEnabled(true);
        m_welcome->deleteLater();
        m_welcome = nullptr;
    }
    updateConnectionText();
    m_filters->setQuery(m_controller.query());
    render();
    start();
}

void MainWindow::setAutoRefreshSeconds(int seconds)
{
    const int index = m_autoRefresh->findData(seconds);
    m_autoRefresh->setCurrentIndex(index >= 0 ? index : 0);
}

void MainWindow::start()
{
    if (!m_controller.request().endpoint.isValid())
        return;
    if (m_controller.isBlocked()) { // refused before: nothing is sent until the user acts
        m_filters->setPools({}, m_controller.blockedBy());
        render();
        return;
    }
    m_filters->setPoolsLoading();
    m_controller.loadPools();
    m_controller.refresh();
}

void MainWindow::render()
{
    m_kpis->showData(m_controller);
    m_charts->showData(m_controller);
    m_table->showData(m_controller);
    renderStatus();
}

// The banner and the freshness line.
void MainWindow::renderStatus()
{
    const auto& current = m_controller.current();
    if (const auto& refused = m_controller.blockedBy()) {
        const StatisticsRequest& request = m_controller.request();
        DiagnosisContext context;
        context.mode = request.credentials.mode;
        context.endpoint = request.endpoint;
        context.projectId = request.projectId;
        context.localNow = m_clock.now();
        m_banner->showRefusal(diagnose(*refused, context),
                              current ? current->receivedAt : QDateTime());
    } else if (const auto& error = m_controller.lastError()) {
        m_banner->showError(*error, current ? current->receivedAt : QDateTime());
    } else {
        m_banner->clear();
    }
    // Problems of the data shown (also while an error says it is stale); gone with the next
    // clean answer.
    if (current)
        m_warning->showProblems(current->problems, current->requestId, &*current->statistics);
    else
        m_warning->clear();
    m_freshness->refresh();
}

void MainWindow::onResult(const StatisticsResult& result)
{
    // A result is shown in three steps, each an event of its own (tiles and status; charts;
    // table), so that with a large project the window answers input and paints between them
    // instead of stalling for their sum (issue 18; the stall probe in docs/PERFORMANCE.md).
    // Each step shows what the controller holds then; a newer result ends an older one's steps.
    const quint64 received = ++m_resultsReceived;
    const bool ok = result.ok();
    m_kpis->showData(m_controller);
    renderStatus();
    balanceContent(); // the tiles' height follows what they show
    QTimer::singleShot(0, this, [this, received, ok] {
        if (received != m_resultsReceived)
            return;
        m_charts->showData(m_controller);
        QTimer::singleShot(0, this, [this, received, ok] {
            if (received != m_resultsReceived)
                return;
            // Shown at once, or (a large project) once prepared off this thread.
            m_tablePending = received;
            m_tablePendingOk = ok;
            m_table->showData(m_controller);
        });
    });
}

void MainWindow::resizeEvent(QResizeEvent* event)
{
    QMainWindow::resizeEvent(event);
    // Until the user moves it, the filter column takes a share of wide windows.
    if (!m_splitterMoved) {
        // Never narrower than the filters' texts need ("Common (dedicated) desktops").
        const auto* scroll = findChild<QScrollArea*>(QStringLiteral("filterScroll"));
        const int needed = m_filters->minimumSizeHint().width() +
                           (scroll ? scroll->verticalScrollBar()->sizeHint().width() : 0);
        const int filters = std::max(needed, std::clamp(width() / 6, 220, 320));
        m_mainSplitter->setSizes({filters, std::max(width() - filters, 1)});
    }
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // The panes are shared out once the splitter has its new height (the window's own resize
    // event comes before its children's).
    if (watched == m_contentSplitter && event->type() == QEvent::Resize)
        balanceContent();
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::balanceContent()
{
    // Until the user moves it: the tiles in full when there is room, the rest shared by the
    // charts and the table; in a short window the table keeps its rows and the tiles scroll.
    if (m_contentSplitterMoved)
        return;
    const int available = m_contentSplitter->height() - m_contentSplitter->handleWidth();
    if (available <= 0)
        return;
    const int tiles = m_kpis->sizeHint().height() + 16;
    const int tableMinimum = m_contentSplitter->widget(1)->minimumSizeHint().height();
    const int table = std::max(tableMinimum, (available - tiles) / 2);
    m_contentSplitter->setSizes({std::max(available - table, 1), table});
}

void MainWindow::restoreSettings()
{
    if (!m_settings)
        return;
    restoreGeometry(m_settings->value(kGeometryKey).toByteArray());
    restoreState(m_settings->value(kStateKey).toByteArray());
    m_splitterMoved =
        m_mainSplitter->restoreState(m_settings->value(kMainSplitterKey).toByteArray());
    m_contentSplitterMoved =
        m_contentSplitter->restoreState(m_settings->value(kContentSplitterKey).toByteArray());
    setAutoRefreshSeconds(m_settings->value(kAutoRefreshKey, 0).toInt());
    m_charts->setBarsShowShares(m_settings->value(kBarSharesKey, true).toBool());
    const int family = m_settings->value(kBarFamilyKey, static_cast<int>(Family::Run)).toInt();
    m_charts->setBarFamily(family >= 0 && family < kFamilyCount
                               ? std::optional<Family>(static_cast<Family>(family))
                               : std::nullopt);
}

void MainWindow::saveSettings()
{
    if (!m_settings)
        return;
    m_settings->setValue(kGeometryKey, saveGeometry());
    m_settings->setValue(kStateKey, saveState());
    m_settings->setValue(kMainSplitterKey, m_mainSplitter->saveState());
    // Kept only once the user has moved it: until then it follows the window's size.
    if (m_contentSplitterMoved)
        m_settings->setValue(kContentSplitterKey, m_contentSplitter->saveState());
    else
        m_settings->remove(kContentSplitterKey);
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace wsdash
