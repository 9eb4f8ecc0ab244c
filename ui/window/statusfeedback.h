#pragma once

#include <QObject>
#include <QString>

class QStatusBar;
class QToolButton;

namespace wsdash {

// Says in the status bar what a save, export or copy did: the file's name with an
// "Open folder" button, or how many rows went to the clipboard.
class StatusFeedback final : public QObject
{
    Q_OBJECT

public:
    explicit StatusFeedback(QStatusBar* bar);
    ~StatusFeedback() override;

    void fileSaved(const QString& path);
    void rowsCopied(int rows);

    // The folder "Open folder" opens (empty while hidden).
    QString folder() const { return m_folder; }
    QToolButton* openFolderButton() const { return m_openFolder; }

    static constexpr int kTimeoutMs = 20000;

private:
    QStatusBar* m_bar;
    QToolButton* m_openFolder = nullptr;
    QString m_folder;
};

} // namespace wsdash
