#pragma once

#include "core/api/statistics.h"
#include "ui/table/pooltablecontents.h"
#include "ui/table/tabletext.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace wsdash {

class DashboardController;
class FrozenColumnView;
class PoolFilterProxyModel;
class PoolTableModel;

// The per-pool table with its text filter, pool count, totals row and copy as TSV. Explains
// itself when there is nothing to list.
class PoolTablePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PoolTablePanel(QWidget* parent = nullptr);
    ~PoolTablePanel() override;

    // Shows the controller's current pools. Up to offThreadThreshold() pools at once; more are
    // prepared (totals, sort) on a worker thread while the old rows stay, and swapped in with
    // one cheap reset (issue 18: 100,000 pools). dataShown() follows either way; of two calls
    // in quick succession only the later one's data is shown.
    void showData(const DashboardController& controller);
    // The same for a pool list (none: no per-pool breakdown) and why it is missing.
    void showPools(const std::optional<QList<PoolStatistics>>& pools, const QString& reason);
    void setOffThreadThreshold(int pools) { m_offThreadPools = pools; }
    int offThreadThreshold() const { return m_offThreadPools; }
    // Data handed to showData() is being prepared; the table still shows what it showed.
    bool isPreparing() const { return m_preparing; }

    // Selects a pool's row (clearing a filter that hides it) and scrolls to it.
    bool selectPool(const QString& poolId);
    // The selected rows or, with none selected, every row shown, as tab-separated values with a
    // header line; also put on the clipboard. Emits copied().
    QString copySelection();
    // The pool IDs of the selected rows (the totals row has none).
    QStringList selectedPoolIds() const;

    // Rows the table shows at least, beside its header.
    static constexpr int kMinimumRows = 8;
    // The visible columns of the given rows of the view (view order) as TSV.
    QString selectionAsTsv() const;
    // Every row the filter lets through (totals row first, in the sort order), visible
    // columns only; empty when there are no pools.
    QString tableAsText(TableTextFormat format) const;

    QTableView* view() const { return m_view; }
    PoolTableModel* model() const { return m_model; }
    PoolFilterProxyModel* proxy() const { return m_proxy; }
    QLineEdit* filterEdit() const { return m_filter; }

Q_SIGNALS:
    // A count cell was clicked, or Enter pressed on it: drill down into that pool's count
    // (an empty pool ID for the totals row: all pools in scope).
    void countActivated(wsdash::Metric metric, const QString& poolId);
    // Rows were put on the clipboard.
    void copied(int rows);
    // What the latest showData() was given is in the table now.
    void dataShown();

private:
    void activateCell(const QModelIndex& index);
    void showContents(PoolTableContents contents, const QString& placeholderReason);
    void restoreSelection(const QStringList& poolIds, const QString& currentPool,
                          int currentColumn);
    void updateCountLabel();
    void updateColumns();
    void updatePlaceholder();

    PoolTableModel* m_model = nullptr;
    PoolFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr; // the FrozenColumnView: the Pool column stays in view
    FrozenColumnView* m_frozenView = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_copy = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QString m_placeholderReason;
    bool m_columnsSized = false;
    int m_offThreadPools = 2000;
    quint64 m_generation = 0; // of the latest showData()
    bool m_preparing = false;
};

} // namespace wsdash
