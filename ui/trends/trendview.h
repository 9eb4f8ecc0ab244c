#pragma once

#include "core/api/statistics.h"
#include "core/history/snapshot.h"
#include "core/history/trendtypes.h"

#include <QColor>
#include <QDateTime>
#include <QDialog>
#include <QList>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace wsdash {

class Clock;
class DashboardController;
class SnapshotStore;
class TrendChart;

// "Trends…": chosen counts of one recorded series over the last hour, day, week, month or a
// custom range, for the total or one pool, from the history (SnapshotStore::series), and an
// export of that range as CSV.
class TrendView final : public QDialog
{
    Q_OBJECT

public:
    enum class Range
    {
        Hour,
        Day,
        Week,
        Month,
        Custom
    };
    Q_ENUM(Range)

    // `metrics`: the counts offered (the total and the families of the current query).
    TrendView(SnapshotStore& store, const SeriesKey& key, const QList<Metric>& metrics,
              const Clock& clock, QWidget* parent = nullptr);
    ~TrendView() override;

    // The counts offered for a query's families: the total, then each family's counts.
    static QList<Metric> metricsFor(const QList<Family>& families);
    // The window's "Trends…" action (Ctrl+T): opens the view of the controller's current
    // series (connection and filters) as a child of `window`.
    static QAction* createAction(QWidget* window, const DashboardController& controller,
                                 SnapshotStore& store, const Clock& clock);

    void setRange(Range range);
    void setCustomRange(const QDateTime& from, const QDateTime& to);
    // Empty = the total.
    void setPool(const QString& poolId);
    void setMetricChecked(Metric metric, bool checked);
    // Writes the range shown as CSV to `path`: the series of the shown connection and query
    // (the total and every pool), not other queries of the connection; emits exported() or
    // failed().
    void exportTo(const QString& path);

    TrendChart* chart() const { return m_chart; }
    bool isEmptyStateShown() const;
    QString emptyText() const;
    QStringList poolIds() const;
    // The number of series() queries made, for tests.
    int queryCount() const { return m_queries; }

Q_SIGNALS:
    // A series has been put on the chart (or the empty state).
    void shown();
    void poolsListed();
    void exported(int rows);
    void failed(const QString& message);

private:
    void requery();
    // The smallest range that holds the series' first point (Month when there is none).
    Range rangeHolding(const TrendSeries& series) const;
    static QColor distinctColor(Metric metric, bool dark, const QList<QColor>& used);
    void display(const TrendSeries& series);
    void exportClicked();
    QDateTime rangeFrom() const;
    QDateTime rangeTo() const;

    SnapshotStore& m_store;
    SeriesKey m_key;
    QList<Metric> m_metrics;
    const Clock& m_clock;
    QComboBox* m_scope = nullptr;
    QComboBox* m_range = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLabel* m_dash = nullptr;
    QList<QCheckBox*> m_checks;
    QStackedWidget* m_stack = nullptr;
    TrendChart* m_chart = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    std::optional<TrendSeries> m_last;
    bool m_chooseRange = true; // the first result picks the range
    QDateTime m_shownFrom;
    QDateTime m_shownTo;
    int m_queries = 0;
    int m_generation = 0;
};

} // namespace wsdash
