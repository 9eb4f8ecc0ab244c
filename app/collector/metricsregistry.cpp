#include "collector/metricsregistry.h"

#include "core/api/statisticsclient.h"

#include <QTextStream>

namespace wsdash {

namespace {

// Prometheus float text: integers as integers, the rest with enough digits to round-trip.
QString number(double value)
{
    return QString::number(value, 'g', 17);
}

QString labels(std::initializer_list<std::pair<const char*, QString>> pairs)
{
    QString text = QStringLiteral("{");
    bool first = true;
    for (const auto& [name, value] : pairs) {
        if (!first)
            text += QLatin1Char(',');
        first = false;
        text += QLatin1String(name) + QStringLiteral("=\"") +
                MetricsRegistry::escapeLabelValue(value) + QLatin1Char('"');
    }
    return text + QLatin1Char('}');
}

void header(QTextStream& out, const char* name, const char* type, const char* help)
{
    out << "# HELP " << name << ' ' << help << '\n' << "# TYPE " << name << ' ' << type << '\n';
}

QString errorCode(const ApiError& error)
{
    if (!error.code.isEmpty())
        return error.code;
    if (error.httpStatus > 0)
        return QStringLiteral("HTTP %1").arg(error.httpStatus);
    return error.kindName();
}

} // namespace

QString MetricsRegistry::escapeLabelValue(const QString& value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\'))
            escaped += QStringLiteral("\\\\");
        else if (c == QLatin1Char('"'))
            escaped += QStringLiteral("\\\"");
        else if (c == QLatin1Char('\n'))
            escaped += QStringLiteral("\\n");
        else
            escaped += c;
    }
    return escaped;
}

QString MetricsRegistry::desktopTypeLabel(const StatisticsQuery& query)
{
    if (query.desktopTypes().isEmpty())
        return QStringLiteral("all");
    QStringList names;
    for (DesktopType type : query.desktopTypes())
        names << wireName(type);
    return names.join(QLatin1Char(','));
}

QString MetricsRegistry::stateLabel(Metric metric)
{
    QString field = QLatin1String(metricInfo(metric).field);
    if (field.endsWith(QLatin1String("_num")))
        field.chop(4);
    return field;
}

QString MetricsRegistry::familyLabel(Family family)
{
    switch (family) {
    case Family::Attach:
        return QStringLiteral("attach");
    case Family::Run:
        return QStringLiteral("run");
    case Family::Login:
        return QStringLiteral("login");
    }
    return {};
}

void MetricsRegistry::addConnection(const QString& connection, const QString& projectId,
                                    const StatisticsQuery& query)
{
    ConnectionMetrics& m = m_connections[connection];
    m.projectId = projectId;
    m.desktopType = desktopTypeLabel(query);
}

void MetricsRegistry::recordAnswer(const QString& connection, const StatisticsResult& result,
                                   double durationSeconds)
{
    ConnectionMetrics& m = m_connections[connection];
    for (std::size_t i = 0; i < kDurationBuckets.size(); ++i) {
        if (durationSeconds <= kDurationBuckets[i])
            ++m.buckets[i];
    }
    ++m.durationCount;
    m.durationSum += durationSeconds;
    m.up = result.ok();
    if (result.ok()) {
        m.last = result.statistics;
        m.lastSuccess =
            result.receivedAt.isValid() ? result.receivedAt : QDateTime::currentDateTimeUtc();
    } else {
        ++m.errors[errorCode(result.error)];
    }
}

void MetricsRegistry::setStopped(const QString& connection, bool stopped)
{
    m_connections[connection].stopped = stopped;
    if (stopped)
        m_connections[connection].up = false;
}

QByteArray MetricsRegistry::render() const
{
    QString text;
    QTextStream out(&text);

    header(out, "wsdash_desktops", "gauge",
           "Desktops of a pool in a state of one family, from the last good answer.");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (!it->last || !it->last->pools)
            continue;
        for (const PoolStatistics& pool : *it->last->pools) {
            for (const MetricInfo& info : allMetrics()) {
                const Count value = pool.counts.value(info.metric);
                if (!info.family || !value)
                    continue;
                out << "wsdash_desktops"
                    << labels({{"connection", it.key()},
                               {"project_id", it->projectId},
                               {"desktop_type", it->desktopType},
                               {"pool_id", pool.id},
                               {"pool_name", pool.name},
                               {"family", familyLabel(*info.family)},
                               {"state", stateLabel(info.metric)}})
                    << ' ' << *value << '\n';
            }
        }
    }
    header(out, "wsdash_pool_size_desktops", "gauge",
           "Desktops of a pool (total_num), from the last good answer.");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (!it->last || !it->last->pools)
            continue;
        for (const PoolStatistics& pool : *it->last->pools) {
            if (const Count total = pool.counts.value(Metric::TotalNum)) {
                out << "wsdash_pool_size_desktops"
                    << labels({{"connection", it.key()},
                               {"project_id", it->projectId},
                               {"desktop_type", it->desktopType},
                               {"pool_id", pool.id},
                               {"pool_name", pool.name}})
                    << ' ' << *total << '\n';
            }
        }
    }
    header(out, "wsdash_project_desktops", "gauge",
           "Desktops of the project (all pools and dedicated desktops of the filter) in a state "
           "of one family, from the last good answer.");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (!it->last)
            continue;
        for (const MetricInfo& info : allMetrics()) {
            const Count value = it->last->totals.value(info.metric);
            if (!info.family || !value)
                continue;
            out << "wsdash_project_desktops"
                << labels({{"connection", it.key()},
                           {"project_id", it->projectId},
                           {"desktop_type", it->desktopType},
                           {"family", familyLabel(*info.family)},
                           {"state", stateLabel(info.metric)}})
                << ' ' << *value << '\n';
        }
    }
    header(out, "wsdash_project_size_desktops", "gauge",
           "Desktops of the project matching the filter (total_num), from the last good answer.");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (!it->last)
            continue;
        if (const Count total = it->last->totals.value(Metric::TotalNum)) {
            out << "wsdash_project_size_desktops"
                << labels({{"connection", it.key()},
                           {"project_id", it->projectId},
                           {"desktop_type", it->desktopType}})
                << ' ' << *total << '\n';
        }
    }

    header(out, "wsdash_up", "gauge", "1 when the connection's last request succeeded, else 0.");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        out << "wsdash_up" << labels({{"connection", it.key()}, {"project_id", it->projectId}})
            << ' ' << (it->up ? 1 : 0) << '\n';
    }
    header(out, "wsdash_polling_stopped", "gauge",
           "1 when polling of the connection stopped because its credentials were refused.");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        out << "wsdash_polling_stopped"
            << labels({{"connection", it.key()}, {"project_id", it->projectId}}) << ' '
            << (it->stopped ? 1 : 0) << '\n';
    }
    header(out, "wsdash_last_success_timestamp_seconds", "gauge",
           "Unix time of the connection's last successful answer.");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (!it->lastSuccess.isValid())
            continue;
        out << "wsdash_last_success_timestamp_seconds"
            << labels({{"connection", it.key()}, {"project_id", it->projectId}}) << ' '
            << number(static_cast<double>(it->lastSuccess.toMSecsSinceEpoch()) / 1000.0) << '\n';
    }
    header(out, "wsdash_request_duration_seconds", "histogram",
           "Time a statistics request took, retries included.");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        for (std::size_t i = 0; i < kDurationBuckets.size(); ++i) {
            out << "wsdash_request_duration_seconds_bucket"
                << labels({{"connection", it.key()},
                           {"project_id", it->projectId},
                           {"le", number(kDurationBuckets[i])}})
                << ' ' << it->buckets[i] << '\n';
        }
        out << "wsdash_request_duration_seconds_bucket"
            << labels({{"connection", it.key()},
                       {"project_id", it->projectId},
                       {"le", QStringLiteral("+Inf")}})
            << ' ' << it->durationCount << '\n';
        out << "wsdash_request_duration_seconds_sum"
            << labels({{"connection", it.key()}, {"project_id", it->projectId}}) << ' '
            << number(it->durationSum) << '\n';
        out << "wsdash_request_duration_seconds_count"
            << labels({{"connection", it.key()}, {"project_id", it->projectId}}) << ' '
            << it->durationCount << '\n';
    }
    header(out, "wsdash_request_errors_total", "counter",
           "Failed statistics requests, by error code (the API's, HTTP status or kind).");
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        for (auto e = it->errors.cbegin(); e != it->errors.cend(); ++e) {
            out << "wsdash_request_errors_total"
                << labels(
                       {{"connection", it.key()}, {"project_id", it->projectId}, {"code", e.key()}})
                << ' ' << e.value() << '\n';
        }
    }
    header(out, "wsdash_rounds_total", "counter", "Polling rounds the collector finished.");
    out << "wsdash_rounds_total " << m_rounds << '\n';
    out.flush();
    return text.toUtf8();
}

} // namespace wsdash
