// PoolTableModel and PoolFilterProxyModel: the model's shape under QAbstractItemModelTester,
// the totals row, sorting (totals first, ties by name), filtering, and the time to load and
// sort 10,000 pools.

#include "dashboardtestdata.h"
#include "poolfilterproxymodel.h"
#include "pooltablemodel.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

class TestPoolTableModel : public QObject
{
    Q_OBJECT

private:
    static qint64 countAt(const QAbstractItemModel& model, int row, Metric metric)
    {
        return model.index(row, PoolTableModel::columnOf(metric))
            .data(PoolTableModel::SortRole)
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
    }

    void modelShapeAndTotalsRow()
    {
        PoolTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const DesktopStatistics statistics = makeStatistics(4);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setPools(*statistics.pools);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.columnCount(), PoolTableModel::ColumnCount);
        QCOMPARE(model.poolCount(), 4);
        QVERIFY(model.isTotalsRow(0));

        const PoolStatistics& second = statistics.pools->at(1);
        const int row = model.rowOfPool(second.id);
        QVERIFY(row > 0);
        QCOMPARE(model.index(row, PoolTableModel::NameColumn).data().toString(), second.name);
        QCOMPARE(model.index(row, PoolTableModel::IdColumn).data().toString(), second.id);
        for (int m = 0; m < kMetricCount; ++m) {
            const auto metric = static_cast<Metric>(m);
            QCOMPARE(countAt(model, row, metric), *second.counts.value(metric));
            qint64 sum = 0;
            for (const PoolStatistics& pool : *statistics.pools)
                sum += *pool.counts.value(metric);
            QCOMPARE(countAt(model, 0, metric), sum);
        }
        const QModelIndex active = model.index(row, PoolTableModel::columnOf(Metric::ActiveNum));
        QCOMPARE(active.data().toString(),
                 QString::number(*second.counts.value(Metric::ActiveNum)));
        QCOMPARE(active.data(PoolTableModel::ShareRole).toDouble(),
                 *second.counts.share(Metric::ActiveNum));
        QVERIFY(model.index(0, 0).data(PoolTableModel::TotalsRowRole).toBool());
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("All 4 pools"));
        QCOMPARE(
            model.headerData(PoolTableModel::columnOf(Metric::UnableToConnectNum), Qt::Horizontal)
                .toString(),
            QStringLiteral("Unable to connect"));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
        QVERIFY(!model.data(QModelIndex()).isValid());

        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void unreportedCountsAreNotZeros()
    {
        PoolStatistics pool;
        pool.id = QStringLiteral("p");
        pool.name = QStringLiteral("Only run state");
        pool.counts.setValue(Metric::TotalNum, 8);
        pool.counts.setValue(Metric::ActiveNum, 8);
        PoolTableModel model;
        model.setPools({pool});
        const QModelIndex attached = model.index(1, PoolTableModel::columnOf(Metric::AttachedNum));
        QCOMPARE(attached.data().toString(), QStringLiteral("n/a"));
        QCOMPARE(attached.data(PoolTableModel::SortRole).toLongLong(), -1);
        QVERIFY(!model.isColumnReported(PoolTableModel::columnOf(Metric::AttachedNum)));
        QVERIFY(model.isColumnReported(PoolTableModel::columnOf(Metric::ActiveNum)));
        QVERIFY(model.isColumnReported(PoolTableModel::NameColumn));
    }

    void sortingKeepsSelectionOnItsPool()
    {
        PoolTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPools(*makeStatistics(8).pools);
        const QString id = model.index(3, 0).data(PoolTableModel::PoolIdRole).toString();
        const QPersistentModelIndex kept = model.index(3, PoolTableModel::TotalColumn);
        const QPersistentModelIndex totals = model.index(0, 0);
        model.sort(PoolTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(kept.data(PoolTableModel::PoolIdRole).toString(), id);
        QCOMPARE(kept.column(), int(PoolTableModel::TotalColumn));
        QCOMPARE(totals.row(), 0);
        QCOMPARE(model.rowOfPool(id), kept.row());
    }

    void sortingKeepsTotalsFirst_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addRow("total desc") << int(PoolTableModel::TotalColumn) << Qt::DescendingOrder;
        QTest::addRow("total asc") << int(PoolTableModel::TotalColumn) << Qt::AscendingOrder;
        QTest::addRow("active desc")
            << PoolTableModel::columnOf(Metric::ActiveNum) << Qt::DescendingOrder;
        QTest::addRow("name asc") << int(PoolTableModel::NameColumn) << Qt::AscendingOrder;
        QTest::addRow("name desc") << int(PoolTableModel::NameColumn) << Qt::DescendingOrder;
    }

    void sortingKeepsTotalsFirst()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        PoolTableModel model;
        PoolFilterProxyModel proxy;
        proxy.setPoolModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPools(*makeStatistics(30).pools);
        proxy.sort(column, order);

        QVERIFY(proxy.index(0, 0).data(PoolTableModel::TotalsRowRole).toBool());
        for (int row = 2; row < proxy.rowCount(); ++row) {
            const QModelIndex a = proxy.index(row - 1, column);
            const QModelIndex b = proxy.index(row, column);
            if (column == PoolTableModel::NameColumn) {
                const int c = a.data().toString().localeAwareCompare(b.data().toString());
                QVERIFY(order == Qt::AscendingOrder ? c <= 0 : c >= 0);
                continue;
            }
            const qint64 va = a.data(PoolTableModel::SortRole).toLongLong();
            const qint64 vb = b.data(PoolTableModel::SortRole).toLongLong();
            QVERIFY(order == Qt::AscendingOrder ? va <= vb : va >= vb);
            if (va == vb) {
                // Ties in name order either way.
                const QString na =
                    proxy.index(row - 1, PoolTableModel::NameColumn).data().toString();
                const QString nb = proxy.index(row, PoolTableModel::NameColumn).data().toString();
                QVERIFY2(na.localeAwareCompare(nb) < 0, qPrintable(na + QLatin1String(" / ") + nb));
            }
        }
    }

    void filteringMatchesNameOrId_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("visible");
        QTest::addRow("all") << QString() << 12;
        QTest::addRow("name, any case") << QStringLiteral("pool 01") << 3; // 010, 011, 012
        QTest::addRow("id") << QStringLiteral("pool-00007") << 1;
        QTest::addRow("chinese") << QStringLiteral("研发") << 1;
        QTest::addRow("nothing") << QStringLiteral("zzz") << 0;
    }

    void filteringMatchesNameOrId()
    {
        QFETCH(QString, text);
        QFETCH(int, visible);
        PoolTableModel model;
        PoolFilterProxyModel proxy;
        proxy.setPoolModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPools(
            *makeStatistics(12, 10, {QStringLiteral("华东研发中心-图形工作站池-第二批次")}).pools);
        proxy.setFilterText(text);
        QCOMPARE(proxy.visiblePoolCount(), visible);
        // The totals row stays, and stays the sum of all pools.
        QCOMPARE(proxy.rowCount(), visible + 1);
    }

    void tenThousandPoolsLoadAndSortQuickly()
    {
        const DesktopStatistics statistics = makeStatistics(10000);
        PoolTableModel model;
        PoolFilterProxyModel proxy;
        proxy.setPoolModel(&model);
        proxy.sort(PoolTableModel::TotalColumn, Qt::DescendingOrder);

        QElapsedTimer timer;
        timer.start();
        model.setPools(*statistics.pools);
        const qint64 loadMs = timer.elapsed();
        QCOMPARE(proxy.rowCount(), 10001);

        timer.restart();
        proxy.sort(PoolTableModel::columnOf(Metric::ActiveNum), Qt::AscendingOrder);
        const qint64 sortMs = timer.elapsed();
        timer.restart();
        proxy.setFilterText(QStringLiteral("Pool 09"));
        const qint64 filterMs = timer.elapsed();
        qInfo("10,000 pools: load + sort by total %lld ms, sort by running %lld ms, filter %lld ms",
              loadMs, sortMs, filterMs);
        QCOMPARE(proxy.visiblePoolCount(), 10); // Pool 090 ... Pool 099
        // Generous bounds for a loaded 2-core CI machine; the measured times are printed.
        QVERIFY2(loadMs < 1000, qPrintable(QString::number(loadMs)));
        QVERIFY2(sortMs < 1000, qPrintable(QString::number(sortMs)));
    }
};

QTEST_MAIN(TestPoolTableModel)
#include "tst_pooltablemodel.moc"
