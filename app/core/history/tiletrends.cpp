#include "core/history/tiletrends.h"

#include "core/history/snapshotstore.h"

#include <QLoggingCategory>

#include <cmath>

namespace wsdash {

namespace {
Q_LOGGING_CATEGORY(lcTrends, "wsdash.trends", QtWarningMsg)
} // namespace

TileTrends::TileTrends(SnapshotStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{}

void TileTrends::refresh(const SeriesKey& key, const QDateTime& now)
{
    if (key != m_key) {
        m_key = key;
        m_past.reset();
        m_recent.clear();
    }
    m_store->valuesAgo(key, QString(), std::chrono::hours(24), std::chrono::minutes(15), this,
                       [this, key](const Expected<std::optional<PastValues>, HistoryError>& past) {
                           if (key != m_key)
                               return;
                           m_past = past ? *past : std::nullopt;
                       });
    SeriesRequest request{key, QString(), now.addSecs(-6 * 3600), now, std::nullopt, kSparkPoints};
    m_store->series(request, this, [this, key](const Expected<TrendSeries, HistoryError>& series) {
        if (key != m_key)
            return;
        m_recent = series ? series->points : QList<TrendPoint>();
        if (series)
            qCDebug(lcTrends, "tile trend: %lld points", static_cast<long long>(m_recent.size()));
        else
            qCDebug(lcTrends, "tile trend: %s", qUtf8Printable(series.error().message));
        Q_EMIT updated();
    });
}

std::optional<qint64> TileTrends::changeAgo(Metric metric, std::optional<qint64> current) const
{
    if (!m_past || !current)
        return std::nullopt;
    const auto& then = m_past->point.value(metric);
    if (!then)
        return std::nullopt;
    return *current - static_cast<qint64>(std::llround(then->average));
}

QList<double> TileTrends::recent(Metric metric) const
{
    QList<double> values;
    for (const TrendPoint& point : m_recent) {
        if (const auto& value = point.value(metric))
            values.append(value->average);
    }
    if (values.size() > kSparkPoints)
        values = values.mid(values.size() - kSparkPoints);
    return values;
}

} // namespace wsdash
