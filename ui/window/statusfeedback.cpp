#include "ui/window/statusfeedback.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QStatusBar>
#include <QToolButton>
#include <QUrl>

namespace wsdash {

StatusFeedback::StatusFeedback(QStatusBar* bar)
    : QObject(bar)
    , m_bar(bar)
{
    m_openFolder = new QToolButton(bar);
    m_openFolder->setObjectName(QStringLiteral("openFolderButton"));
    m_openFolder->setText(tr("Open folder"));
    m_openFolder->setAccessibleName(tr("Open the folder of the saved file"));
    m_openFolder->setAutoRaise(true);
    m_openFolder->setVisible(false);
    bar->addPermanentWidget(m_openFolder);
    connect(m_openFolder, &QToolButton::clicked, this, [this] {
        if (!m_folder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });
    // The button belongs to the message: it goes when the message does.
    connect(bar, &QStatusBar::messageChanged, this, [this](const QString& message) {
        if (message.isEmpty()) {
            m_openFolder->setVisible(false);
            m_folder.clear();
        }
    });
}

StatusFeedback::~StatusFeedback() = default;

void StatusFeedback::fileSaved(const QString& path)
{
    const QFileInfo file(path);
    m_bar->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(file.absoluteFilePath())),
                       kTimeoutMs);
    m_folder = file.absolutePath();
    m_openFolder->setVisible(true);
}

void StatusFeedback::rowsCopied(int rows)
{
    m_openFolder->setVisible(false);
    m_folder.clear();
    m_bar->showMessage(rows > 0 ? tr("Copied %n row(s) to the clipboard", nullptr, rows)
                                : tr("Nothing to copy: the table is empty"),
                       kTimeoutMs);
}

} // namespace wsdash
