#include "ui/reports/reportwriter.h"

#include "core/base/atomicfile.h"
#include "core/dashboard/dashboardcontroller.h"
#include "core/version.h"
#include "ui/charts/chartpanel.h"
#include "ui/reports/dashboardimage.h"
#include "ui/reports/reporttable.h"
#include "ui/style/emptystates.h"
#include "ui/style/theme.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/tiles/kpipanel.h"
#include "ui/window/freshnessbar.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <functional>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("wsdash::ReportWriter", text);
}

const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x5f, 0x66, 0x70);

// Paper is light: a dark window is drawn with the light palette while the report is painted.
class LightPalette final
{
public:
    // `redraw` re-renders what picks its colours when data arrives (the charts).
    explicit LightPalette(std::function<void()> redraw)
        : m_saved(QApplication::palette())
        , m_swapped(Theme::isDark(m_saved))
        , m_redraw(std::move(redraw))
    {
        if (m_swapped)
            swapTo(Theme::lightPalette());
    }
    ~LightPalette()
    {
        if (m_swapped)
            swapTo(m_saved);
    }
    LightPalette(const LightPalette&) = delete;
    LightPalette& operator=(const LightPalette&) = delete;

private:
    void swapTo(const QPalette& palette)
    {
        QApplication::setPalette(palette);
        // Palette changes reach widgets as events, and the charts rebuild on a queued call.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents();
        m_redraw();
    }

    QPalette m_saved;
    bool m_swapped;
    std::function<void()> m_redraw;
};

// A widget as a picture at about 200 dpi on paper, fitted into `box` (aspect kept, top left).
// Returns the height used.
qreal drawWidget(QPainter& painter, QWidget& widget, const QRectF& box)
{
    if (widget.width() <= 0 || widget.height() <= 0 || !widget.isVisible())
        return 0;
    const qreal dpi = painter.device()->logicalDpiX();
    const qreal scale = std::clamp(box.width() / dpi * 200.0 / widget.width(), 1.0, 3.0);
    const QImage image = DashboardImage::render(widget, scale);
    QSizeF size(box.width(), box.width() * widget.height() / widget.width());
    if (size.height() > box.height())
        size.scale(box.size(), Qt::KeepAspectRatio);
    painter.drawImage(QRectF(box.topLeft(), size), image);
    return size.height();
}

} // namespace

ReportWriter::ReportWriter(MainWindow& window)
    : m_window(window)
{}

QList<QPair<QString, QString>> ReportWriter::headerFields() const
{
    const DashboardController& controller = m_window.controller();
    const StatisticsRequest& request = controller.request();
    const auto& current = controller.current();
    QList<QPair<QString, QString>> fields;
    if (!controller.profileName().isEmpty())
        fields.append({tr("Profile"), controller.profileName()});
    QString where = request.endpoint.toDisplayString();
    if (!request.endpoint.region().isEmpty())
        where = tr("%1 (region %2)").arg(where, request.endpoint.region());
    fields.append({tr("Endpoint"), where});
    fields.append({tr("Project"), request.projectId});
    fields.append(
        {tr("Filters"), FreshnessBar::describeFilters(current ? current->query : controller.query(),
                                                      controller.pools())});
    if (current) {
        QString when = FreshnessBar::formatTime(current->receivedAt);
        if (controller.state() == DashboardController::State::Stale)
            when = tr("%1 (stale: the latest refresh failed)").arg(when);
        fields.append({tr("Data as of"), when});
        fields.append({tr("Request ID"),
                       current->requestId.isEmpty() ? QStringLiteral("–") : current->requestId});
    }
    if (const auto& error = controller.lastError())
        fields.append({tr("Latest refresh"), error->toOneLine()});
    return fields;
}

std::optional<QString> ReportWriter::paint(QPagedPaintDevice& device) const
{
    const DashboardController& controller = m_window.controller();
    if (!controller.current())
        return tr("there is no data to report yet");
    const LightPalette light([this, &controller] { m_window.chartPanel()->showData(controller); });
    QPainter painter;
    if (!painter.begin(&device))
        return tr("cannot draw on the output device");
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);

    const qreal dpi = device.logicalDpiY();
    const auto mm = [dpi](qreal millimetres) { return millimetres / 25.4 * dpi; };
    const QRectF page(0, 0, device.width(), device.height());
    QFont body = QApplication::font();
    body.setPointSizeF(7.5);
    QFont small = body;
    small.setPointSizeF(7);
    QFont label = body;
    label.setBold(true);
    QFont title = body;
    title.setPointSizeF(15);
    title.setBold(true);

    // Header: title, then the facts that make the numbers trustworthy, two columns.
    qreal y = 0;
    painter.setPen(kText);
    painter.setFont(title);
    const QFontMetricsF titleMetrics(title, &device);
    painter.drawText(QRectF(0, y, page.width(), titleMetrics.height()), Qt::AlignLeft,
                     tr("Workspace desktop statistics"));
    painter.setFont(small);
    painter.setPen(kMuted);
    painter.drawText(QRectF(0, y, page.width(), titleMetrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     tr("wsdash %1").arg(QLatin1String(kVersion)));
    y += titleMetrics.height() + mm(2);

    const QList<QPair<QString, QString>> fields = headerFields();
    const QFontMetricsF bodyMetrics(body, &device);
    const qreal lineHeight = bodyMetrics.height() * 1.3;
    const qreal columnWidth = page.width() / 2;
    qreal labelWidth = 0;
    for (const auto& field : fields)
        labelWidth =
            std::max(labelWidth, QFontMetricsF(label, &device).horizontalAdvance(field.first));
    labelWidth += mm(3);
    const int perColumn = static_cast<int>((fields.size() + 1) / 2);
    for (int i = 0; i < fields.size(); ++i) {
        const qreal x = i < perColumn ? 0 : columnWidth;
        const qreal rowY = y + (i % perColumn) * lineHeight;
        painter.setPen(kMuted);
        painter.setFont(label);
        painter.drawText(QRectF(x, rowY, labelWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         fields[i].first);
        painter.setPen(kText);
        painter.setFont(body);
        const qreal valueWidth = columnWidth - labelWidth - mm(4);
        painter.drawText(QRectF(x + labelWidth, rowY, valueWidth, lineHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         bodyMetrics.elidedText(fields[i].second, Qt::ElideMiddle, valueWidth));
    }
    y += perColumn * lineHeight + mm(2);
    painter.setPen(QPen(kMuted, 0));
    painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
    y += mm(3);

    // The KPI tiles and the charts as on screen.
    const qreal footer = QFontMetricsF(small, &device).height() + mm(2);
    y +=
        drawWidget(painter, *m_window.kpiPanel(), QRectF(0, y, page.width(), page.height() * 0.25));
    y += mm(2);
    y += drawWidget(painter, *m_window.chartPanel(),
                    QRectF(0, y, page.width(), page.height() * 0.3));
    y += mm(4);

    // The per-pool table, continued on further pages.
    const PoolTableModel& model = *m_window.poolTable()->model();
    const ReportTable table(model, body, painter, page.width());
    const qreal captionHeight = QFontMetricsF(label, &device).height() * 1.5;
    const qreal tableArea = page.height() - footer - captionHeight;
    int firstPageRows = table.rowsThatFit(tableArea - y);
    if (firstPageRows < 4 && firstPageRows < table.rowCount())
        firstPageRows = 0; // a lone header row at the foot of a page helps nobody
    const int otherPageRows = std::max(1, table.rowsThatFit(tableArea));
    const int rest = std::max(0, table.rowCount() - firstPageRows);
    const int pages = 1 + (rest + otherPageRows - 1) / otherPageRows;

    const auto drawFooter = [&](int pageNumber) {
        painter.setFont(small);
        painter.setPen(kMuted);
        const QRectF line(0, page.height() - footer + mm(2), page.width(), footer - mm(2));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Project %1 · data as of %2")
                             .arg(controller.request().projectId,
                                  FreshnessBar::formatTime(controller.current()->receivedAt)));
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(pageNumber).arg(pages));
    };
    const auto drawCaption = [&](const QString& text) {
        painter.setFont(label);
        painter.setPen(kText);
        painter.drawText(QRectF(0, y, page.width(), captionHeight), Qt::AlignLeft | Qt::AlignTop,
                         text);
        y += captionHeight;
    };

    if (model.poolCount() == 0) {
        drawCaption(tr("Desktop pools"));
        painter.setFont(body);
        const QString reason = EmptyStates::missingPools(controller);
        painter.drawText(QRectF(0, y, page.width(), lineHeight * 3), Qt::TextWordWrap,
                         reason.isEmpty() ? tr("No desktop pools in scope.") : reason);
        drawFooter(1);
        return std::nullopt;
    }

    int row = 0;
    for (int pageNumber = 1; pageNumber <= pages; ++pageNumber) {
        if (pageNumber > 1) {
            if (!device.newPage())
                return tr("cannot start page %1").arg(pageNumber);
            y = 0;
        }
        const int count = pageNumber == 1 ? firstPageRows : otherPageRows;
        if (count > 0) {
            drawCaption(pageNumber == 1 || row == 0
                            ? tr("Desktop pools: %1 (totals first)").arg(model.poolCount())
                            : tr("Desktop pools (continued)"));
            table.paint(painter, 0, y, row, count);
            row += count;
        }
        drawFooter(pageNumber);
    }
    return std::nullopt;
}

std::optional<QString> ReportWriter::writePdf(const QString& path) const
{
    AtomicFile file(path);
    if (auto error = file.begin())
        return error;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
        writer.setTitle(tr("Workspace desktop statistics — project %1")
                            .arg(m_window.controller().request().projectId));
        writer.setCreator(tr("wsdash %1").arg(QLatin1String(kVersion)));
        if (auto error = paint(writer)) {
            file.discard();
            return error;
        }
    } // the writer's last bytes reach the file when it is destroyed
    // Every failed write of the PDF writer is remembered and reported here, with the system's
    // reason: a full disk never publishes a truncated report.
    return file.commit();
}

} // namespace wsdash
