// PoolTableModel and PoolFilterProxyModel: the model's shape under QAbstractItemModelTester,
// the totals row, sorting (totals first, ties by name), filtering, and the time to load and
// sort 10,000 pools.

#include "core/history/alertevaluator.h"
#include "dashboardtestdata.h"
#include "ui/style/metricstyle.h"
#include "ui/style/translations.h"
#include "ui/table/poolfilterproxymodel.h"
#include "ui/table/pooltablemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QIcon>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

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

    void breachedPoolRowsStandOut()
    {
        PoolTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        DesktopStatistics statistics = makeStatistics(4);
        QList<PoolStatistics>& pools = *statistics.pools;
        for (PoolStatistics& pool : pools) {
            pool.counts.setValue(Metric::ErrorNum, 0);
            pool.counts.setValue(Metric::StopNum, 0);
        }
        pools[1].counts.setValue(Metric::ErrorNum, 3); // critical
        pools[2].counts.setValue(Metric::StopNum, 4);  // warning
        statistics.totals.setValue(Metric::ErrorNum, 3);
        model.setPools(pools);

        AlertEvaluator evaluator;
        QList<AlertRule> rules;
        for (const char* text :
             {"each-pool error_num > 0", "each-pool stop_num >= warning 4", "error_num > 0"}) {
            const auto rule = AlertRule::parse(QLatin1String(text));
            QVERIFY2(rule, qPrintable(rule ? QString() : rule.error().message));
            rules.append(*rule);
        }
        evaluator.setRules(rules);
        const QDateTime now(QDate(2024, 5, 6), QTime(10, 0), QTimeZone::utc());
        evaluator.evaluate(now, statistics);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setAlerts(&evaluator);
        QCOMPARE(changed.count(), 1);

        const auto at = [&model](const QString& poolId, int column, int role) {
            return model.index(model.rowOfPool(poolId), column).data(role);
        };
        const int name = PoolTableModel::NameColumn;
        const int errors = PoolTableModel::columnOf(Metric::ErrorNum);
        const int stops = PoolTableModel::columnOf(Metric::StopNum);
        const int level = PoolTableModel::AlertLevelRole;
        const auto critical = static_cast<int>(AlertLevel::Critical);
        const auto warning = static_cast<int>(AlertLevel::Warning);
        const auto ok = static_cast<int>(AlertLevel::Ok);

        // The critical pool: its row tinted, an icon and a tool tip by the name, the breached
        // count bold on a stronger tint.
        const QString bad = pools[1].id;
        QCOMPARE(at(bad, name, level).toInt(), critical);
        QCOMPARE(at(bad, errors, level).toInt(), critical);
        QCOMPARE(at(bad, stops, level).toInt(), ok);
        QCOMPARE(model.poolAlertLevel(bad), AlertLevel::Critical);
        const QVariant rowTint = at(bad, stops, Qt::BackgroundRole);
        const QVariant cellTint = at(bad, errors, Qt::BackgroundRole);
        QVERIFY(rowTint.canConvert<QColor>() && at(bad, name, Qt::BackgroundRole).isValid());
        QVERIFY(cellTint.value<QColor>().alphaF() > rowTint.value<QColor>().alphaF());
        QVERIFY(!at(bad, name, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(at(bad, errors, Qt::FontRole).value<QFont>().bold());
        QVERIFY(!at(bad, stops, Qt::FontRole).value<QFont>().bold());
        const QString tip = at(bad, name, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("Critical alert")), qPrintable(tip));
        QVERIFY2(tip.contains(MetricStyle::label(Metric::ErrorNum)), qPrintable(tip));
        QVERIFY2(tip.contains(bad), qPrintable(tip)); // the ID, as without an alert
        QVERIFY(!at(bad, name, Qt::AccessibleDescriptionRole).toString().isEmpty());
        QVERIFY(at(bad, errors, Qt::ToolTipRole).toString().contains(QLatin1String("alert")));
        QCOMPARE(at(bad, name, Qt::DisplayRole).toString(), pools[1].name); // text unchanged

        // The warning pool.
        const QString slow = pools[2].id;
        QCOMPARE(at(slow, name, level).toInt(), warning);
        QCOMPARE(at(slow, stops, level).toInt(), warning);
        QVERIFY(at(slow, name, Qt::ToolTipRole).toString().startsWith(QLatin1String("Warning")));
        QVERIFY(!at(slow, name, Qt::DecorationRole).value<QIcon>().isNull());

        // Pools without alerts, and the totals row (a total rule is the tiles' business).
        for (const QString& calm : {pools[0].id, pools[3].id}) {
            QCOMPARE(at(calm, name, level).toInt(), ok);
            QVERIFY(!at(calm, name, Qt::BackgroundRole).isValid());
            QVERIFY(!at(calm, errors, Qt::BackgroundRole).isValid());
            QVERIFY(!at(calm, name, Qt::DecorationRole).isValid());
        }
        QCOMPARE(model.index(0, name).data(level).toInt(), ok);
        QVERIFY(!model.index(0, errors).data(Qt::BackgroundRole).isValid());

        // Sorting moves the highlight with its pool.
        model.sort(PoolTableModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(at(bad, name, level).toInt(), critical);
        QCOMPARE(at(pools[3].id, name, level).toInt(), ok);

        // The next result clears the critical pool; the model is told and forgets its row.
        pools[1].counts.setValue(Metric::ErrorNum, 0);
        evaluator.evaluate(now.addSecs(60), statistics);
        changed.clear();
        model.refreshAlerts();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(at(bad, name, level).toInt(), ok);
        QVERIFY(!at(bad, errors, Qt::BackgroundRole).isValid());
        QCOMPARE(at(slow, name, level).toInt(), warning);
        changed.clear();
        model.refreshAlerts(); // nothing new: no signal
        QCOMPARE(changed.count(), 0);

        model.setAlerts(nullptr);
        QCOMPARE(at(slow, name, level).toInt(), ok);
        QVERIFY(!at(slow, name, Qt::BackgroundRole).isValid());
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
