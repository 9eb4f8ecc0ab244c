#pragma once

#include <QFont>
#include <QList>
#include <QString>

class QPainter;
class QRectF;

namespace wsdash {

class PoolTableModel;

// The per-pool table of the report: the totals row, then every pool in the model's sort order;
// the pool name with its ID on a second line (small), then the counts that were reported. Lays
// itself out for a page width and paints a range of rows per page, repeating the header row on
// every page.
class ReportTable final
{
public:
    // `font` is the body font; the header row and totals row use its bold variant.
    ReportTable(const PoolTableModel& model, const QFont& font, const QPainter& painter,
                qreal width);

    int rowCount() const { return m_rows; }
    qreal headerHeight() const { return m_headerHeight; }
    qreal rowHeight() const { return m_rowHeight; }
    // How many rows fit under the header row in `height`.
    int rowsThatFit(qreal height) const;

    // Paints the header row and rows [first, first + count) at `top`; returns the bottom.
    qreal paint(QPainter& painter, qreal left, qreal top, int first, int count) const;

private:
    struct Column
    {
        int modelColumn = 0;
        qreal width = 0;
        bool numeric = false;
    };

    QString cellText(int row, const Column& column) const;

    const PoolTableModel& m_model;
    QFont m_font;
    QFont m_bold;
    QFont m_small;  // the pool ID under the name
    QFont m_header; // the header row
    QList<Column> m_columns;
    int m_rows = 0;
    qreal m_rowHeight = 0;
    qreal m_nameHeight = 0; // the line of the name and the counts
    qreal m_headerHeight = 0;
    qreal m_padding = 0;
};

} // namespace wsdash
