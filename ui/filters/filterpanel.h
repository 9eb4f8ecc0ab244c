#pragma once

#include "core/api/apierror.h"
#include "core/api/desktoppoolclient.h"
#include "core/api/statisticsquery.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;

namespace wsdash {

class PoolPickerModel;

// The filters of the Desktop Statistics API: desktop type and statistics type as check boxes,
// desktop pools from the pool list (searchable, multi-select) or pasted by hand. Every change
// the user makes emits queryChanged() with a valid query.
class FilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit FilterPanel(QWidget* parent = nullptr);
    ~FilterPanel() override;

    // Shows a query without emitting queryChanged().
    void setQuery(const StatisticsQuery& query);
    const StatisticsQuery& query() const { return m_query; }

    // The pool list, or why it is missing.
    void setPoolsLoading();
    void setPools(const QList<DesktopPool>& pools, const std::optional<ApiError>& error);

    PoolPickerModel* poolModel() const { return m_poolModel; }

Q_SIGNALS:
    void queryChanged(const wsdash::StatisticsQuery& query);
    void reloadPoolsRequested();

private:
    void onChecksChanged();
    void onPoolChecksChanged();
    void addPastedIds();
    void updatePoolSummary();
    void updateHint();
    void showPoolError(const QString& message);

    StatisticsQuery m_query;
    QCheckBox* m_dedicated = nullptr;
    QCheckBox* m_pooled = nullptr;
    QCheckBox* m_attach = nullptr;
    QCheckBox* m_run = nullptr;
    QCheckBox* m_login = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_poolSummary = nullptr;
    QPushButton* m_clearPools = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_poolList = nullptr;
    PoolPickerModel* m_poolModel = nullptr;
    QSortFilterProxyModel* m_poolProxy = nullptr;
    QLineEdit* m_paste = nullptr;
    QPushButton* m_addPasted = nullptr;
    QLabel* m_poolError = nullptr;
    QLabel* m_poolStatus = nullptr;
    QPushButton* m_reloadPools = nullptr;
    bool m_updating = false;
    bool m_poolsLoaded = false;
};

} // namespace wsdash
