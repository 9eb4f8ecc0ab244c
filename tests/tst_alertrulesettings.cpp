// AlertRuleSettings: rules saved per profile in the settings file, as text.
#include "core/history/alertrulesettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;

class TestAlertRuleSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoadsPerProfile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wsdash.ini"));
        const QList<AlertRule> prod{*AlertRule::parse(QStringLiteral("error_num > 0")),
                                    *AlertRule::parse(QStringLiteral(
                                        "each-pool unable_to_connect_num% > warning 10 for 5m"))};
        const QList<AlertRule> other{*AlertRule::parse(QStringLiteral("ready_num < 3"))};
        {
            QSettings settings(path, QSettings::IniFormat);
            AlertRuleSettings::save(settings, QStringLiteral("prod/eu west"), prod);
            AlertRuleSettings::save(settings, QString(), other);
        }
        QSettings settings(path, QSettings::IniFormat);
        QStringList problems;
        QCOMPARE(AlertRuleSettings::load(settings, QStringLiteral("prod/eu west"), &problems),
                 prod);
        QCOMPARE(AlertRuleSettings::load(settings, QString(), &problems), other);
        QVERIFY(AlertRuleSettings::load(settings, QStringLiteral("prod"), &problems).isEmpty());
        QVERIFY(problems.isEmpty());

        // Saving fewer rules removes the rest.
        AlertRuleSettings::save(settings, QStringLiteral("prod/eu west"), {prod.at(1)});
        QCOMPARE(AlertRuleSettings::load(settings, QStringLiteral("prod/eu west")).size(), 1);
        settings.sync();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("each-pool unable_to_connect_num% > warning 10 for 5m"),
                 text.constData());
    }

    void skipsAndReportsRulesThatNoLongerParse()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("wsdash.ini")), QSettings::IniFormat);
        settings.beginGroup(AlertRuleSettings::group(QStringLiteral("p")));
        settings.beginWriteArray(QStringLiteral("rules"), 2);
        settings.setArrayIndex(0);
        settings.setValue(QStringLiteral("rule"), QStringLiteral("broken_num > 1"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("rule"), QStringLiteral("error_num > 1"));
        settings.endArray();
        settings.endGroup();
        QStringList problems;
        const auto rules = AlertRuleSettings::load(settings, QStringLiteral("p"), &problems);
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.at(0).toText(), QStringLiteral("error_num > critical 1"));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.at(0).contains(QLatin1String("broken_num")));
    }
};

QTEST_GUILESS_MAIN(TestAlertRuleSettings)
#include "tst_alertrulesettings.moc"
