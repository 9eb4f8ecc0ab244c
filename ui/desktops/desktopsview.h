#pragma once

#include "core/api/desktoplistclient.h"
#include "core/base/clock.h"
#include "core/dashboard/drilldown.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wsdash {

class DesktopListModel;
class RequestBudget;

// What a desktops view lists, and the count it must reconcile with.
struct DrillRequest
{
    DrillPlan plan;
    QString countLabel;                // as on the tile, e.g. "Faulty"
    QString scopeLabel;                // e.g. "Pooled desktops" or the pool's name
    QHash<QString, QString> poolNames; // pool ID -> name, for the description
    std::optional<qint64> statisticsCount;
    QDateTime statisticsTime; // when the statistics arrived
    DesktopListRequest list;  // connection; the filter is the plan's
};

// The desktops behind one count: a window with a sortable, filterable table, copy and export,
// a progress bar while pages load, how the rows were chosen, and how their number compares
// with the count. Closing it cancels its paging.
class DesktopsView final : public QWidget
{
    Q_OBJECT

public:
    DesktopsView(QNetworkAccessManager* network, const Clock& clock, RequestBudget* budget,
                 DrillRequest request, QWidget* parent = nullptr);
    ~DesktopsView() override;

    void start();
    bool isLoading() const { return m_client->isBusy(); }
    const DrillRequest& request() const { return m_request; }

    // For tests and accessibility.
    DesktopListModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    QString selectionText() const;
    QString reconciliationText() const;
    QString statusText() const;
    // Tab-separated rows with a header: the selected rows, or every row shown.
    QString copyText() const;
    // Writes the rows shown (filtered) as .csv or .json; an error message on failure.
    std::optional<QString> exportTo(const QString& path) const;

Q_SIGNALS:
    void listingFinished(const wsdash::DesktopListResult& result);

protected:
    void changeEvent(QEvent* event) override;

private:
    void onPage(int page, const QList<DesktopDetail>& desktops, qint64 totalCount);
    void onProgress(int pagesDone, int pagesTotal, qint64 listed, qint64 totalCount);
    void onFinished(const DesktopListResult& result);
    void exportWithDialog();
    void retranslate();
    QList<DesktopDetail> shownDesktops() const;

    const Clock& m_clock;
    DrillRequest m_request;
    DesktopListClient* m_client = nullptr;
    DesktopListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_selection = nullptr;
    QLabel* m_reconciliation = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_table = nullptr;
    std::optional<DesktopListResult> m_result;
    QDateTime m_finishedAt;
    bool m_columnsSized = false;
};

} // namespace wsdash
