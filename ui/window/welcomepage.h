#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace wsdash {

// What the main window shows when it opens with no connection (the launcher's first start):
// try the demo, add a connection, import one from another tool, or use the one the
// environment describes; and one line on where keys are kept. Lives inside the window, in
// place of the dashboard, until a connection is chosen.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    ~WelcomePage() override;

    // "Use HUAWEICLOUD_SDK_AK … (cn-north-4, project …)": a ready connection from the
    // environment. An empty description hides the offer.
    void setEnvironmentConnection(const QString& description);
    // Where saved keys go, e.g. "the system keychain (Secret Service)".
    void setKeyStorage(const QString& where);
    // A problem to show above the choices (e.g. a remembered profile that cannot be opened).
    void setNotice(const QString& text);

Q_SIGNALS:
    void demoRequested();
    void addConnectionRequested();
    void importFromEnvironmentRequested();
    void importFromSdkFileRequested();
    void importFromKooCliRequested();
    void environmentConnectionRequested();

private:
    QLabel* m_notice = nullptr;
    QPushButton* m_environment = nullptr;
    QLabel* m_environmentText = nullptr;
    QLabel* m_keys = nullptr;
};

} // namespace wsdash
