#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace wsdash {

enum class TableTextFormat
{
    Tsv,      // tab-separated, a header line, counts as plain numbers (spreadsheets)
    Markdown, // a GitHub-flavoured Markdown table, counts right-aligned (tickets, wikis)
};

// The visible columns of a table view, in the order the user sees them, for the given rows of
// its model (all rows when `rows` is empty) as text to paste. Count cells (PoolTableModel's
// SortRole holds a number) are written as plain integers; other cells as displayed.
QString tableText(const QTableView& view, TableTextFormat format, const QList<int>& rows = {});

} // namespace wsdash
