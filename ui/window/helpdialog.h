#pragma once

#include <QDialog>

class QTextBrowser;

namespace wsdash {

// F1: what the window shows, and every count the statistics API reports defined in the words
// the tiles', table's and charts' tooltips use (MetricStyle::definition), in the current
// language.
class HelpDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit HelpDialog(QWidget* parent = nullptr);
    ~HelpDialog() override;

    // The page as HTML.
    static QString html();

    QTextBrowser* browser() const { return m_browser; }

private:
    QTextBrowser* m_browser = nullptr;
};

} // namespace wsdash
