#include "modes/application.h"

#include "core/dashboard/exporter.h"

namespace wsdash {

bool needsWidgets(const CliOptions& options)
{
    switch (options.mode) {
    case CliOptions::Mode::Window:
    case CliOptions::Mode::Screenshot:
        return true;
    case CliOptions::Mode::Export: // the PDF report is drawn by widgets
        return exportFormatForPath(options.exportPath) == ExportFormat::Pdf;
    default:
        return false;
    }
}

} // namespace wsdash
