#include "ui/window/aboutdialog.h"

#include "core/version.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace wsdash {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About wsdash"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/wsdash.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);

    auto* title =
        new QLabel(QStringLiteral("<h2>wsdash %1</h2>").arg(QLatin1String(kVersion)), this);
    title->setAlignment(Qt::AlignHCenter);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    text->setText(
        tr("<p>A dashboard for Huawei Cloud Workspace desktop statistics.</p>"
           "<p>%1</p>"
           "<p>Licensed under the MIT licence. "
           "<a href=\"https://github.com/wsdash/wsdash\">github.com/wsdash/wsdash</a></p>"
           "<p>Huawei Cloud and Workspace are trademarks of their owners; wsdash is not "
           "affiliated with Huawei.</p>")
            .arg(versionText().toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"))));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy version"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString AboutDialog::versionText()
{
    return tr("wsdash %1 (%2)\nBuilt with Qt %3, running on Qt %4\n%5")
        .arg(QLatin1String(kVersion), QLatin1String(kApplicationId), QLatin1String(QT_VERSION_STR),
             QLatin1String(qVersion()), QSysInfo::prettyProductName());
}

} // namespace wsdash
