#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QToolButton;

namespace wsdash {

class MainWindow;

// The window's "Export" menu: the dashboard as a 2x PNG or a PDF report, printing, the table
// as CSV or JSON (the schemas of `wsdash --export`), and the table on the clipboard as Markdown
// or TSV. Every file is written through a temporary file renamed into place.
class ExportMenu final : public QObject
{
    Q_OBJECT

public:
    // Asks where to save: (dialog title, suggested file name, name filter) -> path, or empty
    // when the user cancelled. A file dialog by default; tests put their own.
    using FileChooser =
        std::function<QString(const QString& title, const QString& name, const QString& filter)>;

    explicit ExportMenu(MainWindow& window);
    ~ExportMenu() override;

    QToolButton* button() const { return m_button; }
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    // What the actions do once a path is chosen. Each returns an error message on failure.
    std::optional<QString> savePicture(const QString& path) const;
    std::optional<QString> saveReport(const QString& path) const;
    std::optional<QString> saveTable(const QString& path) const; // .csv or .json
    // Puts the table on the clipboard and returns the text (empty when there is no table).
    QString copyTable(bool markdown);
    // The actions of the menu, for the window's File menu.
    QList<QAction*> actions() const;

    // 2x: twice the logical size in pixels, for sharp pictures on HiDPI screens and slides.
    static constexpr qreal kPictureScale = 2.0;

Q_SIGNALS:
    // A file was written (for the status line); `path` is the file's path.
    void saved(const QString& path);
    // Rows of the table were put on the clipboard (0: the table was empty).
    void copied(int rows);

private:
    QAction* addAction(const QString& text, const QString& objectName,
                       const QKeySequence& shortcut);
    void runSave(const QString& title, const QString& name, const QString& filter,
                 const std::function<std::optional<QString>(const QString&)>& save);
    void print();
    void updateEnabled();
    QString suggestedName(const QString& extension) const;

    MainWindow& m_window;
    QToolButton* m_button = nullptr;
    QList<QAction*> m_needData; // disabled until there is data
    FileChooser m_chooser;
};

} // namespace wsdash
