#include "dashboardtestdata.h"

#include "core/dashboard/exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsdash::test {

namespace {

// Splits `total` over the states of a family with a fixed, uneven pattern.
void fill(StateCounts& counts, Family family, qint64 total, int salt)
{
    const QList<Metric> metrics = familyMetrics(family);
    qint64 left = total;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        qint64 part = 0;
        if (i + 1 == metrics.size())
            part = left;
        else
            part = std::min<qint64>(left, (total * ((salt + i * 3) % 7 + 1)) / 16);
        counts.setValue(metrics[i], part);
        left -= part;
    }
    counts.setHasFamily(family, true);
}

} // namespace

DesktopStatistics makeStatistics(int pools, int dedicated, const QStringList& names)
{
    DesktopStatistics statistics;
    QList<PoolStatistics> list;
    qint64 sums[kMetricCount] = {};
    for (int i = 0; i < pools; ++i) {
        PoolStatistics pool;
        pool.id = QStringLiteral("pool-%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        pool.name = i < names.size()
                        ? names[i]
                        : QStringLiteral("Pool %1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const qint64 total = 5 + (i * 37) % 90;
        pool.counts.setValue(Metric::TotalNum, total);
        for (Family family : kAllFamilies)
            fill(pool.counts, family, total, i);
        for (int m = 0; m < kMetricCount; ++m)
            sums[m] += pool.counts.value(static_cast<Metric>(m)).value_or(0);
        list.append(pool);
    }
    StateCounts dedicatedCounts;
    dedicatedCounts.setValue(Metric::TotalNum, dedicated);
    for (Family family : kAllFamilies)
        fill(dedicatedCounts, family, dedicated, 3);
    for (int m = 0; m < kMetricCount; ++m) {
        statistics.totals.setValue(static_cast<Metric>(m),
                                   sums[m] +
                                       dedicatedCounts.value(static_cast<Metric>(m)).value_or(0));
    }
    for (Family family : kAllFamilies)
        statistics.totals.setHasFamily(family, true);
    statistics.pools = list;
    return statistics;
}

QByteArray statisticsBody(const DesktopStatistics& statistics)
{
    return QJsonDocument(statisticsToJson(statistics)).toJson(QJsonDocument::Compact);
}

QByteArray poolPageBody(const QList<DesktopPool>& pools, qint64 totalCount)
{
    QJsonArray array;
    for (const DesktopPool& pool : pools) {
        QJsonObject object{{QStringLiteral("id"), pool.id},
                           {QStringLiteral("name"), pool.name},
                           {QStringLiteral("type"), pool.type},
                           {QStringLiteral("status"), pool.status}};
        if (pool.desktopCount)
            object.insert(QStringLiteral("desktop_count"), *pool.desktopCount);
        array.append(object);
    }
    const QJsonObject root{{QStringLiteral("total_count"), totalCount},
                           {QStringLiteral("desktop_pools"), array}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QList<DesktopPool> poolsOf(const DesktopStatistics& statistics)
{
    QList<DesktopPool> result;
    for (const PoolStatistics& pool : statistics.pools.value_or(QList<PoolStatistics>())) {
        DesktopPool entry;
        entry.id = pool.id;
        entry.name = pool.name;
        entry.type = QStringLiteral("DYNAMIC");
        entry.status = QStringLiteral("STEADY");
        entry.desktopCount = pool.counts.value(Metric::TotalNum);
        result.append(entry);
    }
    return result;
}

} // namespace wsdash::test
