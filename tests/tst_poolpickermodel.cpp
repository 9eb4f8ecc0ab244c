// PoolPickerModel: the filter panel's pool list under QAbstractItemModelTester: duplicates
// dropped, checked IDs kept across a new list, pasted IDs the list does not know shown first
// and marked, check boxes through setData. PoolPickerProxy shows the rows in the order and with
// the filter of the QSortFilterProxyModel it replaced; the filter panel prepares a long list
// off the UI thread, and of two lists the later one wins.
#include "ui/filters/filterpanel.h"
#include "ui/filters/poolpickermodel.h"
#include "ui/filters/poolpickerproxy.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QThreadPool>

using namespace wsdash;

namespace {

DesktopPool pool(const QString& id, const QString& name)
{
    DesktopPool p;
    p.id = id;
    p.name = name;
    p.type = QStringLiteral("DYNAMIC");
    p.desktopCount = 12;
    return p;
}

QStringList column(const QAbstractItemModel& model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

// The panel's proxy before issue 18: sorted by the case-folded shown text, filtered by a fixed
// string in SearchRole, case-insensitively.
class ReferenceProxy final : public QSortFilterProxyModel
{
public:
    explicit ReferenceProxy(QAbstractItemModel* model)
    {
        setSourceModel(model);
        setFilterRole(PoolPickerModel::SearchRole);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        sort(0);
    }

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override
    {
        return left.data().toString().toCaseFolded() < right.data().toString().toCaseFolded();
    }
};

QList<DesktopPool> manyPools(int count, const QString& prefix)
{
    QList<DesktopPool> pools;
    for (int i = 0; i < count; ++i)
        pools.append(pool(QStringLiteral("%1-%2").arg(prefix).arg(i), QString()));
    return pools;
}

// Lets every worker task finish and the watchers deliver what they report.
void settle()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestPoolPickerModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsEachPoolOnceByName()
    {
        PoolPickerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPools({pool(QStringLiteral("p1"), QStringLiteral("财务部 桌面池")),
                        pool(QStringLiteral("p2"), QString()),
                        pool(QStringLiteral("p1"), QStringLiteral("duplicate"))});
        QCOMPARE(model.rowCount(), 2);
        // A pool without a name shows its ID.
        QCOMPARE(column(model, Qt::DisplayRole),
                 (QStringList{QStringLiteral("财务部 桌面池"), QStringLiteral("p2")}));
        QCOMPARE(column(model, PoolPickerModel::PoolIdRole),
                 (QStringList{QStringLiteral("p1"), QStringLiteral("p2")}));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QLatin1String("p1")));
        QVERIFY(model.index(0, 0)
                    .data(PoolPickerModel::SearchRole)
                    .toString()
                    .contains(QLatin1String("p1")));
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsUserCheckable));
    }

    void checksThroughSetDataAndKeepsThemAcrossLists()
    {
        PoolPickerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPools({pool(QStringLiteral("p1"), QStringLiteral("one")),
                        pool(QStringLiteral("p2"), QStringLiteral("two"))});
        QSignalSpy checked(&model, &PoolPickerModel::checkedChanged);
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(model.checkedIds(), QStringList{QStringLiteral("p2")});
        // Checking it again changes nothing and says nothing.
        QVERIFY(model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(checked.size(), 1);
        // Only the check state can be set.
        QVERIFY(!model.setData(model.index(1, 0), QStringLiteral("x"), Qt::EditRole));

        // A new list keeps the check, also when the pool moved.
        model.setPools({pool(QStringLiteral("p2"), QStringLiteral("two")),
                        pool(QStringLiteral("p3"), QStringLiteral("three"))});
        QCOMPARE(model.index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void pastedIdsTheListDoesNotKnowComeFirstAndMarked()
    {
        PoolPickerModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPools({pool(QStringLiteral("p1"), QStringLiteral("one"))});
        model.setCheckedIds(
            {QStringLiteral("zz-pasted"), QStringLiteral("p1"), QStringLiteral("aa-pasted")});
        QCOMPARE(column(model, PoolPickerModel::PoolIdRole),
                 (QStringList{QStringLiteral("aa-pasted"), QStringLiteral("zz-pasted"),
                              QStringLiteral("p1")}));
        QCOMPARE(model.index(0, 0).data(PoolPickerModel::KnownRole).toBool(), false);
        QVERIFY(model.index(0, 0).data().toString().contains(QLatin1String("aa-pasted")));
        QVERIFY(!model.isKnown(QStringLiteral("aa-pasted")));
        QVERIFY(model.isKnown(QStringLiteral("p1")));

        // Once the list has the pool, it is an ordinary row.
        model.setPools({pool(QStringLiteral("p1"), QStringLiteral("one")),
                        pool(QStringLiteral("aa-pasted"), QStringLiteral("found"))});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(column(model, Qt::DisplayRole).count(QStringLiteral("found")), 1);
        QCOMPARE(model.checkedIds(), (QStringList{QStringLiteral("aa-pasted"), QStringLiteral("p1"),
                                                  QStringLiteral("zz-pasted")}));
    }

    void proxyShowsTheOrderAndMatchesOfTheSortFilterProxy()
    {
        PoolPickerModel model;
        PoolPickerProxy proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setPoolModel(&model);
        model.setPools({pool(QStringLiteral("p2"), QStringLiteral("beta")),
                        pool(QStringLiteral("p1"), QStringLiteral("Alpha")),
                        pool(QStringLiteral("p3"), QString()),
                        pool(QStringLiteral("p4"), QStringLiteral("alpha")), // a tie: list order
                        pool(QStringLiteral("p5"), QStringLiteral("财务部 桌面池")),
                        pool(QStringLiteral("p6"), QStringLiteral("Beta 2"))});
        model.setCheckedIds({QStringLiteral("zz-pasted"), QStringLiteral("aa-pasted")});
        ReferenceProxy reference(&model);
        QCOMPARE(
            column(proxy, PoolPickerModel::PoolIdRole),
            (QStringList{QStringLiteral("aa-pasted"), QStringLiteral("p1"), QStringLiteral("p4"),
                         QStringLiteral("p2"), QStringLiteral("p6"), QStringLiteral("p3"),
                         QStringLiteral("zz-pasted"), QStringLiteral("p5")}));
        QCOMPARE(column(proxy, PoolPickerModel::PoolIdRole),
                 column(reference, PoolPickerModel::PoolIdRole));
        for (const QString& text :
             {QStringLiteral("ALP"), QStringLiteral("p"), QStringLiteral("beta p2"),
              QStringLiteral("a p"), QStringLiteral("桌面"), QStringLiteral(" p3"),
              QStringLiteral("nothing")}) {
            proxy.setFilterText(text);
            reference.setFilterFixedString(text);
            QCOMPARE(column(proxy, PoolPickerModel::PoolIdRole),
                     column(reference, PoolPickerModel::PoolIdRole));
        }
        QCOMPARE(proxy.rowCount(), 0);

        // Checks go through to the model and come back as the row's check state.
        proxy.setFilterText(QStringLiteral("beta"));
        QCOMPARE(proxy.rowCount(), 2);
        QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
        QVERIFY(proxy.setData(proxy.index(1, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().constFirst().toModelIndex(), proxy.index(1, 0));
        QVERIFY(model.checkedIds().contains(QStringLiteral("p6")));
        QCOMPARE(proxy.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        // Checks that add no row change no row.
        model.setCheckedIds({QStringLiteral("zz-pasted"), QStringLiteral("aa-pasted")});
        QCOMPARE(proxy.index(1, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.rowCount(), 8);
    }

    void panelPreparesALongListOffTheThreadAndTheLaterListWins_data()
    {
        QTest::addColumn<int>("secondCount");
        QTest::addRow("second list shown at once") << 5;
        QTest::addRow("second list prepared too") << 3000;
    }

    void panelPreparesALongListOffTheThreadAndTheLaterListWins()
    {
        QFETCH(int, secondCount);
        FilterPanel panel;
        panel.setOffThreadThreshold(1000);
        QAbstractItemModelTester tester(panel.poolModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy shown(&panel, &FilterPanel::poolsShown);
        panel.setPools(manyPools(20000, QStringLiteral("first")), std::nullopt);
        QVERIFY(panel.isPreparingPools());
        QCOMPARE(panel.poolModel()->rowCount(), 0); // the old list stays meanwhile
        panel.setPools(manyPools(secondCount, QStringLiteral("second")), std::nullopt);
        QVERIFY(shown.size() == 1 || shown.wait(10000));
        settle(); // the first list's preparation has ended too
        QCOMPARE(shown.size(), 1);
        QVERIFY(!panel.isPreparingPools());
        QCOMPARE(panel.poolModel()->rowCount(), secondCount);
        QVERIFY(panel.poolModel()->isKnown(QStringLiteral("second-0")));
        QVERIFY(!panel.poolModel()->isKnown(QStringLiteral("first-0")));
        auto* status = panel.findChild<QLabel*>(QStringLiteral("poolListStatus"));
        QVERIFY(status);
        QVERIFY(status->text().contains(QLocale().toString(secondCount)));
    }
};

QTEST_MAIN(TestPoolPickerModel)
#include "tst_poolpickermodel.moc"
