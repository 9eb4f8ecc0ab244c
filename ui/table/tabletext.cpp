#include "ui/table/tabletext.h"

#include "ui/table/pooltablemodel.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QTableView>

namespace wsdash {

namespace {

QString tsvCell(QString text)
{
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return text;
}

QString markdownCell(QString text)
{
    text = tsvCell(std::move(text));
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    return text;
}

QString markdownRow(const QStringList& cells)
{
    return QLatin1String("| ") + cells.join(QLatin1String(" | ")) + QLatin1String(" |");
}

} // namespace

QString tableText(const QTableView& view, TableTextFormat format, const QList<int>& rows)
{
    const QAbstractItemModel* model = view.model();
    if (!model)
        return {};
    QList<int> columns;
    const QHeaderView* header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QList<int> shownRows = rows;
    if (shownRows.isEmpty()) {
        for (int row = 0; row < model->rowCount(); ++row)
            shownRows.append(row);
    }

    const bool markdown = format == TableTextFormat::Markdown;
    const auto cell = [markdown](const QString& text) {
        return markdown ? markdownCell(text) : tsvCell(text);
    };
    QStringList lines;
    QStringList cells;
    QStringList rule;
    for (int column : columns) {
        cells.append(cell(model->headerData(column, Qt::Horizontal).toString()));
        rule.append(PoolTableModel::metricOfColumn(column) ? QStringLiteral("---:")
                                                           : QStringLiteral("---"));
    }
    lines.append(markdown ? markdownRow(cells) : cells.join(QLatin1Char('\t')));
    if (markdown)
        lines.append(markdownRow(rule));
    for (int row : shownRows) {
        cells.clear();
        for (int column : columns) {
            const QModelIndex index = model->index(row, column);
            if (PoolTableModel::metricOfColumn(column)) {
                const qlonglong value = index.data(PoolTableModel::SortRole).toLongLong();
                cells.append(value < 0 ? QString() : QString::number(value));
            } else {
                cells.append(cell(index.data(Qt::DisplayRole).toString()));
            }
        }
        lines.append(markdown ? markdownRow(cells) : cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace wsdash
