#pragma once

#include "cardframe.h"
#include "statistics.h"

#include <QList>

#include <functional>
#include <optional>

class QGridLayout;
class QLabel;

namespace wsdash {

// One KPI tile: the total (large), or one state family with a row per state — icon, name,
// count, share of the total and change since the previous refresh. States are told apart by
// text and icon shape, never by colour alone.
class KpiTile final : public CardFrame
{
    Q_OBJECT

public:
    using DeltaFunction = std::function<std::optional<qint64>(Metric)>;

    // A tile for `family`, or the total tile when empty.
    explicit KpiTile(std::optional<Family> family, QWidget* parent = nullptr);
    ~KpiTile() override;

    std::optional<Family> family() const { return m_family; }

    // Shows counts (nullptr: nothing to show); `delta` gives the change since the previous
    // refresh, when there is one.
    void setCounts(const StateCounts* counts, const DeltaFunction& delta);
    void setSubtitle(const QString& text);
    void setStale(bool stale);

    // The texts on the tile, for tests and accessibility.
    QString valueText(Metric metric) const;
    QString shareText(Metric metric) const;
    QString deltaText(Metric metric) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Row
    {
        Metric metric;
        QLabel* icon = nullptr;
        QLabel* name = nullptr;
        QLabel* value = nullptr;
        QLabel* share = nullptr;
        QLabel* delta = nullptr;
    };

    void addRow(QGridLayout* grid, int line, Metric metric);
    void updateColors();
    const Row* rowOf(Metric metric) const;

    std::optional<Family> m_family;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QList<Row> m_rows;
};

} // namespace wsdash
