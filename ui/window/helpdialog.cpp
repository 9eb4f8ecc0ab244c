#include "ui/window/helpdialog.h"

#include "core/api/statistics.h"
#include "ui/style/metricstyle.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace wsdash {

namespace {

QString row(const QString& term, const QString& definition)
{
    return QStringLiteral("<tr><td style=\"padding:2px 12px 2px 0\"><b>%1</b></td>"
                          "<td style=\"padding:2px 0\">%2</td></tr>")
        .arg(term.toHtmlEscaped(), definition.toHtmlEscaped());
}

} // namespace

HelpDialog::HelpDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("wsdash help"));
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setAccessibleName(tr("Help text"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

HelpDialog::~HelpDialog() = default;

QString HelpDialog::html()
{
    QString page = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(tr("The counts"),
                            tr("Each tile lists one family of counts; each count is a number of "
                               "desktops. <i>Share</i> is the count's part of all desktops the "
                               "filters cover; <i>Change</i> is the difference to the previous "
                               "refresh; <i>vs 24 h</i> the difference to the value recorded 24 "
                               "hours earlier, shown once the history reaches that far back."));
    page += QStringLiteral("<table>") +
            row(MetricStyle::label(Metric::TotalNum), MetricStyle::definition(Metric::TotalNum)) +
            QStringLiteral("</table>");
    for (Family family : kAllFamilies) {
        page +=
            QStringLiteral("<h3>%1</h3><table>").arg(MetricStyle::label(family).toHtmlEscaped());
        for (Metric metric : familyMetrics(family))
            page += row(MetricStyle::label(metric), MetricStyle::definition(metric));
        page += QStringLiteral("</table>");
    }
    page += QStringLiteral("<h2>%1</h2><table>").arg(tr("The window"));
    page += row(tr("Data as of"), tr("When the numbers on screen were fetched. “Stale” means the "
                                     "latest refresh failed and older numbers are shown."));
    page += row(tr("Auto-refresh"), tr("Fetches the statistics again at the chosen interval; F5 "
                                       "fetches them now."));
    page += row(tr("Alerts"), tr("Rules such as “Faulty > 0” mark a count in red or amber on the "
                                 "tiles and in the table (Tools ▸ Alerts…)."));
    page += row(tr("Trends"), tr("The recorded history of the counts (Tools ▸ Trends…, Ctrl+T)."));
    page += QStringLiteral("</table>");
    page += QStringLiteral("<h2>%1</h2><table>").arg(tr("Keys"));
    page += row(QStringLiteral("F5"), tr("Refresh now"));
    page += row(QStringLiteral("Ctrl+F"), tr("Find a pool in the table"));
    page += row(QStringLiteral("Ctrl+C"),
                tr("Copy the selected rows of the table, or every row shown"));
    page += row(QStringLiteral("Ctrl+T"), tr("Trends"));
    page += row(QStringLiteral("Ctrl+S"), tr("Save a PDF report"));
    page += row(QStringLiteral("Alt+F, Alt+V, Alt+T, Alt+H"), tr("Open the menus"));
    page += QStringLiteral("</table>");
    return page;
}

} // namespace wsdash
