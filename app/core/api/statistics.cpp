#include "core/api/statistics.h"

#include <QLatin1String>

#include <algorithm>

namespace wsdash {

const std::array<MetricInfo, kMetricCount>& allMetrics()
{
    static const std::array<MetricInfo, kMetricCount> metrics = {{
        {Metric::TotalNum, std::nullopt, "total_num"},
        {Metric::AttachedNum, Family::Attach, "attached_num"},
        {Metric::UnattachedNum, Family::Attach, "unattached_num"},
        {Metric::AttachingNum, Family::Attach, "attaching_num"},
        {Metric::AttachErrorNum, Family::Attach, "attach_error_num"},
        {Metric::StopNum, Family::Run, "stop_num"},
        {Metric::ActiveNum, Family::Run, "active_num"},
        {Metric::ErrorNum, Family::Run, "error_num"},
        {Metric::HibernatedNum, Family::Run, "hibernated_num"},
        {Metric::InUseNum, Family::Login, "in_use_num"},
        {Metric::UnregisteredNum, Family::Login, "unregistered_num"},
        {Metric::UnableToConnectNum, Family::Login, "unable_to_connect_num"},
        {Metric::ReadyNum, Family::Login, "ready_num"},
        {Metric::DisconnectedNum, Family::Login, "disconnected_num"},
    }};
    return metrics;
}

const MetricInfo& metricInfo(Metric metric)
{
    return allMetrics()[static_cast<std::size_t>(metric)];
}

std::optional<Metric> metricFromField(const QString& field)
{
    for (const MetricInfo& info : allMetrics()) {
        if (field == QLatin1String(info.field))
            return info.metric;
    }
    return std::nullopt;
}

QList<Metric> familyMetrics(Family family)
{
    QList<Metric> result;
    for (const MetricInfo& info : allMetrics()) {
        if (info.family == family)
            result.append(info.metric);
    }
    return result;
}

const char* familyObjectKey(Family family)
{
    switch (family) {
    case Family::Attach:
        return "attach_statistics";
    case Family::Run:
        return "run_state_statistics";
    case Family::Login:
        return "login_state_statistics";
    }
    return "";
}

QString countPath(Metric metric)
{
    const MetricInfo& info = metricInfo(metric);
    if (!info.family)
        return QLatin1String(info.field);
    return QLatin1String(familyObjectKey(*info.family)) + QLatin1Char('.') +
           QLatin1String(info.field);
}

QString PoolStatistics::countPath(Metric metric) const
{
    return QStringLiteral("desktop_pool_statistics[%1].").arg(answerIndex) +
           wsdash::countPath(metric);
}

std::optional<double> StateCounts::share(Metric metric) const
{
    const Count total = value(Metric::TotalNum);
    const Count part = value(metric);
    if (!total || !part || *total <= 0)
        return std::nullopt;
    return static_cast<double>(*part) / static_cast<double>(*total);
}

} // namespace wsdash
