#pragma once

#include "core/api/apierror.h"
#include "core/api/desktoppoolclient.h"
#include "core/api/statisticsquery.h"
#include "ui/filters/poolpickermodel.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace wsdash {

class PoolPickerProxy;

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

    // The pool list, or why it is missing. Up to offThreadThreshold() pools are shown at once;
    // a longer list is prepared (rows, order) on a worker thread while the old one stays, and
    // poolsShown() follows when it is in the list (issue 18: 100,000 pools). Of two lists in
    // quick succession only the later one is shown.
    void setPoolsLoading();
    void setPools(const QList<DesktopPool>& pools, const std::optional<ApiError>& error);
    void setOffThreadThreshold(int pools) { m_offThreadPools = pools; }
    bool isPreparingPools() const { return m_preparingPools; }

    PoolPickerModel* poolModel() const { return m_poolModel; }

Q_SIGNALS:
    void queryChanged(const wsdash::StatisticsQuery& query);
    void reloadPoolsRequested();
    // The list given to setPools() (or its error) is shown.
    void poolsShown();

private:
    void onChecksChanged();
    void onPoolChecksChanged();
    void addPastedIds();
    void updatePoolSummary();
    void updateHint();
    void showPoolError(const QString& message);
    void showPools(PoolPickerModel::Contents contents, int listed,
                   const std::optional<ApiError>& error);

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
    PoolPickerProxy* m_poolProxy = nullptr;
    QLineEdit* m_paste = nullptr;
    QPushButton* m_addPasted = nullptr;
    QLabel* m_poolError = nullptr;
    QLabel* m_poolStatus = nullptr;
    QPushButton* m_reloadPools = nullptr;
    bool m_updating = false;
    bool m_poolsLoaded = false;
    int m_offThreadPools = 2000;
    quint64 m_poolsGeneration = 0; // of the latest setPools()
    bool m_preparingPools = false;
};

} // namespace wsdash
