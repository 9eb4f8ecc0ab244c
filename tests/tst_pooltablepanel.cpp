// The pool table in the window (offscreen, real widgets, a real HTTP server): the selection
// follows the pools across refreshes, Copy copies the selection or every row shown and the
// status bar says what was copied, the Pool column stays in view when the table scrolls
// sideways, and only the columns of the requested statistics families show. A long pool list
// is prepared off the UI thread: the table shows the rows the model's own sort gives, keeps a
// sort the user chose meanwhile, and of two lists in quick succession the later one wins.

#include "core/dashboard/dashboardcontroller.h"
#include "dashboardtestdata.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"
#include "ui/style/translations.h"
#include "ui/table/frozencolumnview.h"
#include "ui/table/poolfilterproxymodel.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/window/mainwindow.h"
#include "ui/window/statusfeedback.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QThreadPool>
#include <QToolButton>

using namespace wsdash;
using namespace wsdash::test;

namespace {

struct Window
{
    TestHttpServer server;
    QNetworkAccessManager network;
    FixedClock clock;
    std::unique_ptr<DashboardController> controller;
    std::unique_ptr<MainWindow> window;

    bool open(const StatisticsQuery& query = fullQuery(), QSize size = QSize(1280, 800))
    {
        if (!server.listen())
            return false;
        controller = std::make_unique<DashboardController>(&network, clock);
        StatisticsRequest request = statisticsRequestFor(server);
        request.query = query;
        controller->setRequest(request);
        window = std::make_unique<MainWindow>(*controller, clock, nullptr);
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
    bool refresh(const DesktopStatistics& served)
    {
        server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QSignalSpy shown(window.get(), &MainWindow::resultShown);
        controller->refresh();
        return shown.wait(5000);
    }
    PoolTablePanel* panel() const { return window->poolTable(); }
    QTableView* view() const { return panel()->view(); }
    QString statusText() const { return window->statusBar()->currentMessage(); }
};

// The served numbers with other totals per pool, so that the sort order changes.
DesktopStatistics reordered(DesktopStatistics statistics)
{
    for (PoolStatistics& pool : *statistics.pools)
        pool.counts.setValue(Metric::TotalNum, 1000 - *pool.counts.value(Metric::TotalNum));
    return statistics;
}

// Pools whose totals repeat (ties are broken by name), in an order that is not the sorted one.
QList<PoolStatistics> tiedPools(int count, const QString& prefix)
{
    QList<PoolStatistics> pools = *makeStatistics(count).pools;
    for (int i = 0; i < pools.size(); ++i) {
        PoolStatistics& pool = pools[i];
        pool.id = QStringLiteral("%1-%2").arg(prefix).arg(i);
        pool.name = QStringLiteral("%1 pool %2").arg(prefix).arg((i * 7919) % count);
        pool.counts.setValue(Metric::TotalNum, (i * 31) % 17);
    }
    return pools;
}

QStringList rowIds(const PoolTableModel& model)
{
    QStringList ids;
    for (int row = 1; row <= model.poolCount(); ++row)
        ids.append(model.poolAt(row).id);
    return ids;
}

// Lets every worker task finish and the watchers deliver what they report.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestPoolTablePanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The English plural forms ("6 rows").
        installTranslations(*qApp, QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    void selectionFollowsThePoolsAcrossRefreshes_data()
    {
        QTest::addColumn<int>("offThreadThreshold");
        QTest::addRow("shown at once") << 2000;
        QTest::addRow("prepared off the UI thread") << 0;
    }

    void selectionFollowsThePoolsAcrossRefreshes()
    {
        QFETCH(int, offThreadThreshold);
        Window w;
        QVERIFY(w.open());
        w.panel()->setOffThreadThreshold(offThreadThreshold);
        const DesktopStatistics first = makeStatistics(12);
        QVERIFY(w.refresh(first));
        const QString a = first.pools->at(2).id;
        const QString b = first.pools->at(7).id;
        QVERIFY(w.panel()->selectPool(a));
        const int rowB = w.view()
                             ->model()
                             ->match(w.view()->model()->index(0, 0), PoolTableModel::PoolIdRole, b)
                             .constFirst()
                             .row();
        w.view()->selectionModel()->select(w.view()->model()->index(rowB, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QStringList before = w.panel()->selectedPoolIds();
        QCOMPARE(QSet<QString>(before.cbegin(), before.cend()), (QSet<QString>{a, b}));
        const int rowBefore = w.view()->currentIndex().row();

        // The next refresh sorts the pools differently: the same pools stay selected.
        QVERIFY(w.refresh(reordered(first)));
        const QStringList after = w.panel()->selectedPoolIds();
        QCOMPARE(QSet<QString>(after.cbegin(), after.cend()), (QSet<QString>{a, b}));
        QCOMPARE(w.view()->currentIndex().data(PoolTableModel::PoolIdRole).toString(), a);
        QVERIFY(w.view()->currentIndex().row() != rowBefore); // the rows did move
        // Every cell of a selected row is selected.
        QCOMPARE(w.view()->selectionModel()->selectedRows().size(), 2);
    }

    void offThreadRowsAreTheModelsOwnSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addRow("desktops, descending")
            << int(PoolTableModel::TotalColumn) << Qt::DescendingOrder;
        QTest::addRow("name, ascending") << int(PoolTableModel::NameColumn) << Qt::AscendingOrder;
        QTest::addRow("ID, descending") << int(PoolTableModel::IdColumn) << Qt::DescendingOrder;
    }

    void offThreadRowsAreTheModelsOwnSort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        PoolTablePanel panel;
        panel.setOffThreadThreshold(100);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.view()->sortByColumn(column, order);
        const QList<PoolStatistics> pools = tiedPools(3000, QStringLiteral("a"));
        QSignalSpy shown(&panel, &PoolTablePanel::dataShown);
        panel.showPools(pools, QString());
        QVERIFY(panel.isPreparing());
        QCOMPARE(panel.model()->poolCount(), 0); // the old rows stay meanwhile
        QVERIFY(shown.wait(10000));
        QVERIFY(!panel.isPreparing());

        PoolTableModel reference;
        reference.sort(column, order);
        reference.setPools(pools);
        QCOMPARE(rowIds(*panel.model()), rowIds(reference));
        QCOMPARE(panel.model()->totals(), reference.totals());
        QCOMPARE(panel.proxy()->visiblePoolCount(), 3000);
    }

    void aSortChosenWhileRowsArePreparedIsKept()
    {
        PoolTablePanel panel;
        panel.setOffThreadThreshold(100);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<PoolStatistics> pools = tiedPools(3000, QStringLiteral("b"));
        QSignalSpy shown(&panel, &PoolTablePanel::dataShown);
        panel.showPools(pools, QString()); // prepared sorted by desktops
        panel.view()->sortByColumn(PoolTableModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(shown.wait(10000));
        PoolTableModel reference;
        reference.sort(PoolTableModel::NameColumn, Qt::AscendingOrder);
        reference.setPools(pools);
        QCOMPARE(rowIds(*panel.model()), rowIds(reference));
        QCOMPARE(panel.view()->horizontalHeader()->sortIndicatorSection(),
                 int(PoolTableModel::NameColumn));
    }

    void theLaterOfTwoPoolListsWins_data()
    {
        QTest::addColumn<int>("secondCount");
        QTest::addRow("second shown at once") << 10;
        QTest::addRow("second prepared too") << 2000;
        QTest::addRow("second has no pools") << -1;
    }

    void theLaterOfTwoPoolListsWins()
    {
        QFETCH(int, secondCount);
        PoolTablePanel panel;
        panel.setOffThreadThreshold(100);
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&panel, &PoolTablePanel::dataShown);
        // The first list is large: it is still being prepared when the second one comes.
        panel.showPools(tiedPools(30000, QStringLiteral("first")), QString());
        const std::optional<QList<PoolStatistics>> second =
            secondCount < 0 ? std::nullopt
                            : std::optional(tiedPools(secondCount, QStringLiteral("second")));
        panel.showPools(second, secondCount < 0 ? QStringLiteral("no breakdown") : QString());
        QVERIFY(shown.size() == 1 || shown.wait(10000));
        settle(); // the first list's preparation has ended too, and said so
        QCOMPARE(shown.size(), 1);
        QVERIFY(!panel.isPreparing());
        QCOMPARE(panel.model()->poolCount(), std::max(secondCount, 0));
        if (secondCount > 0)
            QVERIFY(panel.model()->rowOfPool(QStringLiteral("second-0")) > 0);
        QCOMPARE(panel.model()->rowOfPool(QStringLiteral("first-0")), -1);
    }

    void copyCopiesTheSelectionOrEveryRowShown()
    {
        Window w;
        QVERIFY(w.open());
        QVERIFY(w.refresh(makeStatistics(5)));
        auto* copy = w.window->findChild<QPushButton*>(QStringLiteral("copyTsvButton"));
        QApplication::clipboard()->clear();

        // Nothing selected: every row shown (totals row and 5 pools), and the status bar says so.
        QVERIFY(!w.view()->selectionModel()->hasSelection());
        QTest::mouseClick(copy, Qt::LeftButton);
        QString copied = QApplication::clipboard()->text();
        QCOMPARE(copied.count(QLatin1Char('\n')), 1 + 6);
        QCOMPARE(w.statusText(), QStringLiteral("Copied 6 rows to the clipboard"));

        // Two rows selected: those two.
        w.panel()->selectPool(QStringLiteral("pool-00002"));
        w.view()->selectionModel()->select(w.view()->model()->index(4, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::mouseClick(copy, Qt::LeftButton);
        copied = QApplication::clipboard()->text();
        QCOMPARE(copied.count(QLatin1Char('\n')), 1 + 2);
        QVERIFY(copied.contains(QLatin1String("pool-00002")));
        QCOMPARE(w.statusText(), QStringLiteral("Copied 2 rows to the clipboard"));

        // The filter hides rows: with no selection, only the rows shown are copied.
        w.view()->clearSelection();
        w.panel()->filterEdit()->setText(QStringLiteral("Pool 003"));
        QTest::mouseClick(copy, Qt::LeftButton);
        copied = QApplication::clipboard()->text();
        QVERIFY(copied.contains(QLatin1String("Pool 003")));
        QVERIFY(!copied.contains(QLatin1String("Pool 004")));
        QVERIFY(w.statusText().startsWith(QLatin1String("Copied ")));
    }

    void savedFilesOfferTheirFolder()
    {
        Window w;
        QVERIFY(w.open());
        StatusFeedback* feedback = w.window->statusFeedback();
        feedback->fileSaved(QStringLiteral("/tmp/reports/wsdash.pdf"));
        QVERIFY(w.statusText().contains(QLatin1String("/tmp/reports/wsdash.pdf")));
        QVERIFY(feedback->openFolderButton()->isVisible());
        QCOMPARE(feedback->folder(), QStringLiteral("/tmp/reports"));
        // A later message takes the button away.
        feedback->rowsCopied(3);
        QVERIFY(!feedback->openFolderButton()->isVisible());
    }

    void poolColumnStaysInViewWhenScrollingSideways()
    {
        Window w;
        QVERIFY(w.open(fullQuery(), QSize(1024, 640)));
        QVERIFY(w.refresh(makeStatistics(30)));
        auto* view = qobject_cast<FrozenColumnView*>(w.view());
        QVERIFY(view);
        QScrollBar* sideways = view->horizontalScrollBar();
        QVERIFY2(sideways->maximum() > 0, "the table must be wider than its view here");
        sideways->setValue(sideways->maximum());
        QCoreApplication::processEvents();
        // The table's own Pool column has scrolled away; the frozen one is still at the left.
        QVERIFY(view->columnViewportPosition(PoolTableModel::NameColumn) < 0);
        QTableView* frozen = view->frozenView();
        QVERIFY(frozen->isVisible());
        QCOMPARE(frozen->x(), view->frameWidth());
        QCOMPARE(frozen->columnWidth(0), view->columnWidth(PoolTableModel::NameColumn));
        QVERIFY(!frozen->isColumnHidden(PoolTableModel::NameColumn));
        QVERIFY(frozen->isColumnHidden(PoolTableModel::TotalColumn));
        // It shows the same rows, at the same height, scrolled with the table.
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum());
        QCOMPARE(frozen->verticalScrollBar()->value(), view->verticalScrollBar()->value());
        QCOMPARE(frozen->rowHeight(3), view->rowHeight(3));
        // The table stays one Tab stop: the overlay never takes focus.
        QCOMPARE(frozen->focusPolicy(), Qt::NoFocus);
        QVERIFY(!view->tabKeyNavigation());
    }

    // The Pool column fits the widest name wherever its row is (the widest few by an estimate,
    // measured with the font: issue 18), also a Chinese one with fewer characters than others.
    void nameColumnFitsTheWidestNameAnywhere_data()
    {
        QTest::addColumn<QString>("widest");
        QTest::addRow("Latin, sorted last") << QStringLiteral("zz Longest pool name of them all");
        QTest::addRow("Chinese, fewer characters")
            << QStringLiteral("华东区财务部长期云桌面池备用");
    }

    void nameColumnFitsTheWidestNameAnywhere()
    {
        QFETCH(QString, widest);
        Window w;
        QVERIFY(w.open());
        DesktopStatistics served = makeStatistics(3000); // prepared off the UI thread
        for (int i = 0; i < served.pools->size(); ++i)
            (*served.pools)[i].name = QStringLiteral("pool %1 of the long list").arg(i, 4);
        served.pools->last().name = widest; // its row is past the first 2,000 sorted by name
        w.view()->sortByColumn(PoolTableModel::NameColumn, Qt::AscendingOrder);
        QVERIFY(w.refresh(served));
        const int needed = w.view()->fontMetrics().horizontalAdvance(widest) + 16;
        QVERIFY2(needed < 320, "the name must fit under the column's cap");
        QVERIFY(QFontMetrics(w.view()->font()).horizontalAdvance(widest) >
                QFontMetrics(w.view()->font()).horizontalAdvance(served.pools->first().name));
        QVERIFY2(w.view()->columnWidth(PoolTableModel::NameColumn) >= needed,
                 qPrintable(QStringLiteral("column %1 px, the name needs %2 px")
                                .arg(w.view()->columnWidth(PoolTableModel::NameColumn))
                                .arg(needed)));
    }

    void onlyTheRequestedFamiliesHaveColumns()
    {
        Window w;
        StatisticsQuery query = fullQuery();
        query.setStatisticsTypes({StatisticsType::RunState});
        QVERIFY(w.open(query));
        DesktopStatistics served = makeStatistics(4);
        // The server answers the run-state family only.
        for (PoolStatistics& pool : *served.pools) {
            pool.counts.setHasFamily(Family::Attach, false);
            pool.counts.setHasFamily(Family::Login, false);
            for (Metric metric : familyMetrics(Family::Attach) + familyMetrics(Family::Login))
                pool.counts.setValue(metric, std::nullopt);
        }
        served.totals.setHasFamily(Family::Attach, false);
        served.totals.setHasFamily(Family::Login, false);
        for (Metric metric : familyMetrics(Family::Attach) + familyMetrics(Family::Login))
            served.totals.setValue(metric, std::nullopt);
        QVERIFY(w.refresh(served));
        for (const MetricInfo& info : allMetrics()) {
            const int column = PoolTableModel::columnOf(info.metric);
            const bool shown = !info.family || *info.family == Family::Run;
            QVERIFY2(w.view()->isColumnHidden(column) != shown, info.field);
        }
    }
};

QTEST_MAIN(TestPoolTablePanel)
#include "tst_pooltablepanel.moc"
