#pragma once

#include "core/api/statistics.h"
#include "core/api/statisticsquery.h"
#include "core/base/atomicfile.h" // writeFileAtomically(), used by every exporter

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace wsdash {

// What an export says about where its numbers came from.
struct ExportContext
{
    QDateTime generatedAt;
    QString endpoint;
    QString projectId;
    StatisticsQuery query;
    QString requestId;
};

enum class ExportFormat
{
    Json,
    Csv,
    Pdf
};

// The format for a file name's extension (.json, .csv, .pdf), case-insensitive. The PDF report
// is drawn by the widgets library (ui/reportwriter.h); this library writes JSON and CSV.
std::optional<ExportFormat> exportFormatForPath(const QString& path);

// The statistics object in the API's own field names and shape; a count that was not reported
// is absent.
QJsonObject statisticsToJson(const DesktopStatistics& statistics);

// {"generated_at", "endpoint", "project_id", "query", "request_id", "statistics"}.
QByteArray exportJson(const ExportContext& context, const DesktopStatistics& statistics);

// UTF-8, RFC 4180: a header row, a "total" row, then one "pool" row per pool. An empty cell
// means not reported.
QByteArray exportCsv(const DesktopStatistics& statistics);
QStringList csvHeader();

// The JSON or CSV export (exactly the bytes of exportJson() or exportCsv()) written to `path`
// atomically (AtomicFile) as it is produced, in pieces of about 1 MiB: the file is never held
// in memory as a whole. Returns an error message on failure. Not for ExportFormat::Pdf.
std::optional<QString> writeExport(const QString& path, ExportFormat format,
                                   const ExportContext& context,
                                   const DesktopStatistics& statistics);

// RFC 4180 quoting of one field; a text starting with = + - @ tab or CR gets a leading
// apostrophe, so that spreadsheets do not run it as a formula.
QString csvField(const QString& text);

} // namespace wsdash
