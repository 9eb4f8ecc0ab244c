#include "core/version.h"
#include "ui/window/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace wsdash;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionLicenceAndQt()
    {
        AboutDialog dialog;
        const auto* text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QLatin1String(kVersion)));
        QVERIFY(text->text().contains(QStringLiteral("MIT")));
        QVERIFY(text->text().contains(QStringLiteral("Built with Qt " QT_VERSION_STR)));
        QVERIFY(text->text().contains(QLatin1String(qVersion())));
    }

    void copiesVersionText()
    {
        AboutDialog dialog;
        QPushButton* copy = nullptr;
        const auto buttons = dialog.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text() == QStringLiteral("Copy version"))
                copy = b;
        }
        QVERIFY(copy);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), AboutDialog::versionText());
        QVERIFY(AboutDialog::versionText().startsWith(QStringLiteral("wsdash ") +
                                                      QLatin1String(kVersion)));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
