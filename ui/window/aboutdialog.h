#pragma once

#include <QDialog>

namespace wsdash {

// Help › About: version, licence, the Qt the build was made with and the one it runs on.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // The text shown, for tests and for "Copy" into a support ticket.
    static QString versionText();
};

} // namespace wsdash
