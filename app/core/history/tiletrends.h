#pragma once

#include "core/api/statistics.h"
#include "core/history/snapshot.h"
#include "core/history/trendtypes.h"

#include <QList>
#include <QObject>

#include <optional>

namespace wsdash {

class SnapshotStore;

// What the KPI tiles show from the history: each count's value 24 h ago and its recent values
// (for a sparkline) for the total of one series. Asks the store and keeps the answers.
class TileTrends final : public QObject
{
    Q_OBJECT

public:
    // `store` is used, not owned; it must outlive this object.
    explicit TileTrends(SnapshotStore* store, QObject* parent = nullptr);

    // Asks for the values of `key` (after a result was recorded); updated() follows.
    void refresh(const SeriesKey& key, const QDateTime& now);

    // Whether the history has a point near 24 h ago.
    bool hasPast() const { return m_past.has_value(); }
    // `current` minus the value 24 h ago (rounded); empty when either is unknown.
    std::optional<qint64> changeAgo(Metric metric, std::optional<qint64> current) const;
    // Recent values, oldest first (at most kSparkPoints).
    QList<double> recent(Metric metric) const;

    static constexpr int kSparkPoints = 48;

Q_SIGNALS:
    void updated();

private:
    SnapshotStore* m_store;
    SeriesKey m_key;
    std::optional<PastValues> m_past;
    QList<TrendPoint> m_recent;
};

} // namespace wsdash
