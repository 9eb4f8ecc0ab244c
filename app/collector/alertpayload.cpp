#include "collector/alertpayload.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace wsdash {

namespace {

QJsonObject countsObject(const StateCounts& counts)
{
    QJsonObject object;
    for (const MetricInfo& info : allMetrics()) {
        if (const Count value = counts.value(info.metric))
            object.insert(QLatin1String(info.field), static_cast<double>(*value));
    }
    return object;
}

} // namespace

QByteArray alertPayload(const AlertEvent& event, const QString& connection,
                        const QString& projectId, const DesktopStatistics& statistics)
{
    const StateCounts* counts = &statistics.totals;
    if (!event.poolId.isEmpty() && statistics.pools) {
        for (const PoolStatistics& pool : *statistics.pools) {
            if (pool.id == event.poolId) {
                counts = &pool.counts;
                break;
            }
        }
    }
    QJsonObject object;
    object.insert(QStringLiteral("source"), QStringLiteral("wsdash-collector"));
    object.insert(QStringLiteral("rule"), event.rule);
    object.insert(QStringLiteral("level"), QLatin1String(alertLevelName(event.to)));
    object.insert(QStringLiteral("previous_level"), QLatin1String(alertLevelName(event.from)));
    object.insert(QStringLiteral("value"),
                  event.value ? QJsonValue(*event.value) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("threshold"),
                  event.threshold ? QJsonValue(*event.threshold) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("counts"), countsObject(*counts));
    object.insert(QStringLiteral("connection"), connection);
    object.insert(QStringLiteral("project_id"), projectId);
    object.insert(QStringLiteral("pool_id"), event.poolId);
    object.insert(QStringLiteral("pool_name"), event.poolName);
    object.insert(QStringLiteral("time"), event.at.toUTC().toString(Qt::ISODateWithMs));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace wsdash
