#pragma once

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace wsdash {

class MainWindow;

// The dashboard as a document for reviews: a header (profile, endpoint and region, project,
// filters, data time, request ID), the KPI tiles and the charts as they are on screen, then the
// per-pool table (every pool, in the table's sort order) continued on further pages when long.
// Paints on a PDF writer or a printer; always in the light theme, which is what paper takes.
class ReportWriter final
{
public:
    explicit ReportWriter(MainWindow& window);

    // Paints every page on `device` (a QPdfWriter or a QPrinter whose page layout is set).
    // Returns an error message when the device cannot be painted on.
    std::optional<QString> paint(QPagedPaintDevice& device) const;

    // A landscape A4 PDF written through a temporary file renamed into place.
    std::optional<QString> writePdf(const QString& path) const;

    // The header's label/value pairs, in order.
    QList<QPair<QString, QString>> headerFields() const;

private:
    MainWindow& m_window;
};

} // namespace wsdash
