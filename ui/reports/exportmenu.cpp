#include "ui/reports/exportmenu.h"

#include "core/dashboard/dashboardcontroller.h"
#include "core/dashboard/exporter.h"
#include "ui/reports/dashboardimage.h"
#include "ui/reports/reportwriter.h"
#include "ui/table/poolfilterproxymodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/window/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QStyle>
#include <QToolButton>

namespace wsdash {

ExportMenu::ExportMenu(MainWindow& window)
    : QObject(&window)
    , m_window(window)
{
    setObjectName(QStringLiteral("exportMenu"));
    m_chooser = [this](const QString& title, const QString& name, const QString& filter) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        return QFileDialog::getSaveFileName(&m_window, title, QDir(folder).filePath(name), filter);
    };

    auto* menu = new QMenu(&window);
    menu->setObjectName(QStringLiteral("exportMenuList"));
    m_button = new QToolButton(&window);
    m_button->setObjectName(QStringLiteral("exportButton"));
    m_button->setText(tr("Export"));
    m_button->setAccessibleName(tr("Export and print"));
    m_button->setToolTip(tr("Save a picture or a PDF report, print, export or copy the table"));
    m_button->setIcon(window.style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setMenu(menu);

    connect(addAction(tr("Save picture (PNG, 2x)…"), QStringLiteral("savePictureAction"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)),
            &QAction::triggered, this, [this] {
                runSave(tr("Save the dashboard as a picture"), suggestedName(QStringLiteral("png")),
                        tr("PNG pictures (*.png)"),
                        [this](const QString& path) { return savePicture(path); });
            });
    connect(
        addAction(tr("Save PDF report…"), QStringLiteral("saveReportAction"), QKeySequence::Save),
        &QAction::triggered, this, [this] {
            runSave(tr("Save a PDF report"), suggestedName(QStringLiteral("pdf")),
                    tr("PDF documents (*.pdf)"),
                    [this](const QString& path) { return saveReport(path); });
        });
    connect(addAction(tr("Print…"), QStringLiteral("printAction"), QKeySequence::Print),
            &QAction::triggered, this, &ExportMenu::print);
    menu->addSeparator();
    connect(addAction(tr("Export table as CSV…"), QStringLiteral("exportCsvAction"), {}),
            &QAction::triggered, this, [this] {
                runSave(tr("Export the statistics as CSV"), suggestedName(QStringLiteral("csv")),
                        tr("CSV files (*.csv)"),
                        [this](const QString& path) { return saveTable(path); });
            });
    connect(addAction(tr("Export table as JSON…"), QStringLiteral("exportJsonAction"), {}),
            &QAction::triggered, this, [this] {
                runSave(tr("Export the statistics as JSON"), suggestedName(QStringLiteral("json")),
                        tr("JSON files (*.json)"),
                        [this](const QString& path) { return saveTable(path); });
            });
    menu->addSeparator();
    connect(addAction(tr("Copy table as Markdown"), QStringLiteral("copyMarkdownAction"), {}),
            &QAction::triggered, this, [this] { copyTable(true); });
    connect(addAction(tr("Copy table as TSV"), QStringLiteral("copyTsvAction"), {}),
            &QAction::triggered, this, [this] { copyTable(false); });

    connect(&window.controller(), &DashboardController::resultDelivered, this,
            &ExportMenu::updateEnabled);
    connect(&window.controller(), &DashboardController::stateChanged, this,
            &ExportMenu::updateEnabled);
    updateEnabled();
}

ExportMenu::~ExportMenu() = default;

QList<QAction*> ExportMenu::actions() const
{
    return m_button->menu()->actions();
}

QAction* ExportMenu::addAction(const QString& text, const QString& objectName,
                               const QKeySequence& shortcut)
{
    auto* action = m_button->menu()->addAction(text);
    action->setObjectName(objectName);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        m_window.addAction(action); // shortcuts work without opening the menu
    }
    m_needData.append(action);
    return action;
}

void ExportMenu::updateEnabled()
{
    const bool hasData = m_window.controller().current().has_value();
    for (QAction* action : std::as_const(m_needData))
        action->setEnabled(hasData);
}

QString ExportMenu::suggestedName(const QString& extension) const
{
    const DashboardController& controller = m_window.controller();
    const auto& current = controller.current();
    const QDateTime when = current ? current->receivedAt.toLocalTime() : QDateTime();
    QString project = controller.request().projectId.left(8);
    return QStringLiteral("wsdash-%1-%2.%3")
        .arg(project.isEmpty() ? QStringLiteral("project") : project,
             when.toString(QStringLiteral("yyyyMMdd-HHmm")), extension);
}

void ExportMenu::runSave(const QString& title, const QString& name, const QString& filter,
                         const std::function<std::optional<QString>(const QString&)>& save)
{
    const QString path = m_chooser(title, name, filter);
    if (path.isEmpty())
        return;
    if (const auto error = save(path)) {
        auto* box =
            new QMessageBox(QMessageBox::Warning, title, *error, QMessageBox::Ok, &m_window);
        box->setObjectName(QStringLiteral("exportErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    Q_EMIT saved(path);
}

std::optional<QString> ExportMenu::savePicture(const QString& path) const
{
    return DashboardImage::savePng(DashboardImage::render(m_window, kPictureScale), path);
}

std::optional<QString> ExportMenu::saveReport(const QString& path) const
{
    return ReportWriter(m_window).writePdf(path);
}

std::optional<QString> ExportMenu::saveTable(const QString& path) const
{
    const DashboardController& controller = m_window.controller();
    const auto& current = controller.current();
    if (!current)
        return tr("there is no data to export yet");
    const auto format = exportFormatForPath(path);
    if (!format || *format == ExportFormat::Pdf)
        return tr("%1: the file name must end in .csv or .json").arg(QFileInfo(path).fileName());
    ExportContext context;
    context.generatedAt = current->receivedAt;
    context.endpoint = controller.request().endpoint.toDisplayString();
    context.projectId = controller.request().projectId;
    context.query = current->query;
    context.requestId = current->requestId;
    const DesktopStatistics& statistics = *current->statistics;
    return writeFileAtomically(path, *format == ExportFormat::Json ? exportJson(context, statistics)
                                                                   : exportCsv(statistics));
}

QString ExportMenu::copyTable(bool markdown)
{
    QString text = m_window.poolTable()->tableAsText(markdown ? TableTextFormat::Markdown
                                                              : TableTextFormat::Tsv);
    if (!text.isEmpty())
        QApplication::clipboard()->setText(text);
    Q_EMIT copied(text.isEmpty() ? 0 : m_window.poolTable()->proxy()->rowCount());
    return text;
}

void ExportMenu::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(tr("Workspace desktop statistics"));
    QPrintDialog dialog(&printer, &m_window);
    dialog.setWindowTitle(tr("Print the report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto error = ReportWriter(m_window).paint(printer))
        QMessageBox::warning(&m_window, tr("Print the report"), *error);
}

} // namespace wsdash
