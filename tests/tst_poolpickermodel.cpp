// PoolPickerModel: the filter panel's pool list under QAbstractItemModelTester: duplicates
// dropped, checked IDs kept across a new list, pasted IDs the list does not know shown first
// and marked, check boxes through setData.
#include "ui/filters/poolpickermodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
};

QTEST_MAIN(TestPoolPickerModel)
#include "tst_poolpickermodel.moc"
