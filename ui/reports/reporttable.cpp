#include "ui/reports/reporttable.h"

#include "ui/table/pooltablemodel.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace wsdash {

namespace {

const QColor kRule(0xc8, 0xcc, 0xd2);
const QColor kStripe(0xf3, 0xf5, 0xf7);
const QColor kHeaderBackground(0xe4, 0xe8, 0xee);
const QColor kTotals(0xea, 0xef, 0xf7);
const QColor kText(0x1f, 0x23, 0x28);
const QColor kMuted(0x5f, 0x66, 0x70);

// The narrowest width at which a header fits on two lines without breaking a word.
qreal headerWidth(const QFontMetricsF& metrics, const QString& text)
{
    qreal width = 0;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        width = std::max(width, metrics.horizontalAdvance(word));
    const qreal twoLines = metrics.lineSpacing() * 2.5;
    while (
        metrics.boundingRect(QRectF(0, 0, width, twoLines * 4), Qt::TextWordWrap, text).height() >
        twoLines)
        width *= 1.05;
    return width;
}

} // namespace

ReportTable::ReportTable(const PoolTableModel& model, const QFont& font, const QPainter& painter,
                         qreal width)
    : m_model(model)
    , m_font(font)
    , m_bold(font)
    , m_small(font)
    , m_header(font)
{
    m_bold.setBold(true);
    m_small.setPointSizeF(font.pointSizeF() * 0.78);
    m_header = m_bold;
    m_header.setPointSizeF(font.pointSizeF() * 0.9);
    QPaintDevice* device = painter.device();
    const QFontMetricsF metrics(m_font, device);
    const QFontMetricsF boldMetrics(m_bold, device);
    const QFontMetricsF headerMetrics(m_header, device);
    m_padding = metrics.height() * 0.35;
    // Room for CJK fallback glyphs, which stand taller than Latin ones.
    m_nameHeight = metrics.height() * 1.2;
    m_rowHeight = m_nameHeight + QFontMetricsF(m_small, device).height() + m_padding;
    m_headerHeight = headerMetrics.height() * 2 + m_padding * 2;
    m_rows = model.rowCount();

    // Counts: as wide as the largest number or the widest header word.
    qreal used = 0;
    QList<Column> counts;
    for (int column = PoolTableModel::TotalColumn; column < PoolTableModel::ColumnCount; ++column) {
        if (!model.isColumnReported(column))
            continue;
        qreal widest =
            headerWidth(headerMetrics, model.headerData(column, Qt::Horizontal).toString());
        if (m_rows > 0) {
            const qint64 largest = model.data(model.index(0, column), PoolTableModel::SortRole)
                                       .toLongLong(); // the totals row holds the largest count
            widest = std::max(widest, boldMetrics.horizontalAdvance(QLocale().toString(largest)));
        }
        counts.append({column, widest + m_padding * 2, true});
        used += counts.last().width;
    }
    // The name (and the ID under it) takes what is left.
    m_columns.append({PoolTableModel::NameColumn,
                      std::max(width - used, metrics.averageCharWidth() * 24), false});
    m_columns.append(counts);
}

int ReportTable::rowsThatFit(qreal height) const
{
    return std::max(0, static_cast<int>((height - m_headerHeight) / m_rowHeight));
}

QString ReportTable::cellText(int row, const Column& column) const
{
    const QModelIndex index = m_model.index(row, column.modelColumn);
    if (!column.numeric)
        return index.data(Qt::DisplayRole).toString();
    const qint64 value = index.data(PoolTableModel::SortRole).toLongLong();
    return value < 0 ? QStringLiteral("–") : QLocale().toString(value);
}

qreal ReportTable::paint(QPainter& painter, qreal left, qreal top, int first, int count) const
{
    painter.save();
    qreal width = 0;
    for (const Column& column : m_columns)
        width += column.width;

    // Header row: wrapped names on a tinted band.
    painter.fillRect(QRectF(left, top, width, m_headerHeight), kHeaderBackground);
    painter.setFont(m_header);
    painter.setPen(kText);
    qreal x = left;
    for (const Column& column : m_columns) {
        const QRectF cell(x + m_padding, top + m_padding, column.width - m_padding * 2,
                          m_headerHeight - m_padding * 2);
        const Qt::Alignment align = column.numeric ? Qt::AlignRight : Qt::AlignLeft;
        painter.drawText(cell, static_cast<int>(align | Qt::AlignBottom | Qt::TextWordWrap),
                         m_model.headerData(column.modelColumn, Qt::Horizontal).toString());
        x += column.width;
    }
    qreal y = top + m_headerHeight;

    const QFontMetricsF metrics(m_font, painter.device());
    const QFontMetricsF smallMetrics(m_small, painter.device());
    for (int row = first; row < std::min(first + count, m_rows); ++row) {
        const bool totals = m_model.isTotalsRow(row);
        if (totals || (row - first) % 2 == 1)
            painter.fillRect(QRectF(left, y, width, m_rowHeight), totals ? kTotals : kStripe);
        painter.setFont(totals ? m_bold : m_font);
        // Pool rows: the name and the counts on one line (so that copied text keeps them
        // together), the ID small and muted beneath. The totals row has no ID.
        const QString id =
            totals ? QString() : m_model.index(row, PoolTableModel::IdColumn).data().toString();
        x = left;
        for (const Column& column : m_columns) {
            const QRectF cell(x + m_padding, y, column.width - m_padding * 2, m_rowHeight);
            const QRectF nameLine(cell.left(), cell.top() + m_padding * 0.3, cell.width(),
                                  m_nameHeight);
            if (column.numeric) {
                painter.drawText(id.isEmpty() ? cell : nameLine, Qt::AlignRight | Qt::AlignVCenter,
                                 cellText(row, column));
            } else {
                painter.drawText(
                    id.isEmpty() ? cell : nameLine, Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(cellText(row, column), Qt::ElideMiddle, cell.width()));
                if (!id.isEmpty()) {
                    painter.setFont(m_small);
                    painter.setPen(kMuted);
                    painter.drawText(
                        QRectF(cell.left(), nameLine.bottom(), cell.width(), smallMetrics.height()),
                        Qt::AlignLeft | Qt::AlignTop,
                        smallMetrics.elidedText(id, Qt::ElideMiddle, cell.width()));
                    painter.setFont(m_font);
                    painter.setPen(kText);
                }
            }
            x += column.width;
        }
        y += m_rowHeight;
        painter.setPen(QPen(kRule, 0));
        painter.drawLine(QPointF(left, y), QPointF(left + width, y));
        painter.setPen(kText);
    }
    painter.restore();
    return y;
}

} // namespace wsdash
