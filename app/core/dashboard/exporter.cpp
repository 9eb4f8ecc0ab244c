#include "core/dashboard/exporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsdash {

namespace {

QJsonArray toJsonArray(const QStringList& values)
{
    QJsonArray array;
    for (const QString& v : values)
        array.append(v);
    return array;
}

// An invalid count (a partly invalid answer the window shows) is written as the text "invalid":
// never as a number, and never absent or empty, which would mean "not reported". Only the
// window's exports can meet one: --export reads answers strictly.
const QLatin1String kInvalid("invalid");

QJsonObject countsToJson(const StateCounts& counts)
{
    QJsonObject object;
    if (const Count total = counts.value(Metric::TotalNum))
        object.insert(QLatin1String("total_num"), static_cast<qint64>(*total));
    else if (counts.isInvalid(Metric::TotalNum))
        object.insert(QLatin1String("total_num"), kInvalid);
    for (Family family : kAllFamilies) {
        if (!counts.hasFamily(family))
            continue;
        QJsonObject familyObject;
        for (Metric metric : familyMetrics(family)) {
            if (const Count value = counts.value(metric))
                familyObject.insert(QLatin1String(metricInfo(metric).field),
                                    static_cast<qint64>(*value));
            else if (counts.isInvalid(metric))
                familyObject.insert(QLatin1String(metricInfo(metric).field), kInvalid);
        }
        object.insert(QLatin1String(familyObjectKey(family)), familyObject);
    }
    return object;
}

void appendCsvRow(QByteArray* out, const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted.append(csvField(f));
    out->append(quoted.join(QLatin1Char(',')).toUtf8());
    out->append("\r\n");
}

QStringList csvRow(const QString& scope, const QString& id, const QString& name,
                   const StateCounts& counts)
{
    QStringList row = {scope, id, name};
    for (const MetricInfo& info : allMetrics()) {
        const Count value = counts.value(info.metric);
        row.append(value                           ? QString::number(*value)
                   : counts.isInvalid(info.metric) ? QString(kInvalid)
                                                   : QString());
    }
    return row;
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ExportFormat::Json;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QJsonObject statisticsToJson(const DesktopStatistics& statistics)
{
    QJsonObject object = countsToJson(statistics.totals);
    if (statistics.pools) {
        QJsonArray pools;
        for (const PoolStatistics& pool : *statistics.pools) {
            QJsonObject poolObject = countsToJson(pool.counts);
            poolObject.insert(QLatin1String("desktop_pool_id"), pool.id);
            poolObject.insert(QLatin1String("desktop_pool_name"), pool.name);
            pools.append(poolObject);
        }
        object.insert(QLatin1String("desktop_pool_statistics"), pools);
    }
    return object;
}

QByteArray exportJson(const ExportContext& context, const DesktopStatistics& statistics)
{
    QStringList desktopTypes;
    for (DesktopType type : context.query.desktopTypes())
        desktopTypes.append(wireName(type));
    QStringList statisticsTypes;
    for (StatisticsType type : context.query.statisticsTypes())
        statisticsTypes.append(wireName(type));

    QJsonObject query;
    query.insert(QLatin1String("desktop_type"), toJsonArray(desktopTypes));
    query.insert(QLatin1String("statistics_type"), toJsonArray(statisticsTypes));
    query.insert(QLatin1String("desktop_pool_ids"), toJsonArray(context.query.poolIds()));

    QJsonObject root;
    root.insert(QLatin1String("generated_at"), context.generatedAt.toUTC().toString(Qt::ISODate));
    root.insert(QLatin1String("endpoint"), context.endpoint);
    root.insert(QLatin1String("project_id"), context.projectId);
    root.insert(QLatin1String("query"), query);
    root.insert(QLatin1String("request_id"), context.requestId);
    root.insert(QLatin1String("statistics"), statisticsToJson(statistics));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QStringList csvHeader()
{
    QStringList header = {QStringLiteral("scope"), QStringLiteral("desktop_pool_id"),
                          QStringLiteral("desktop_pool_name")};
    for (const MetricInfo& info : allMetrics())
        header.append(QLatin1String(info.field));
    return header;
}

QString csvField(const QString& input)
{
    // A cell that starts like a formula is run by spreadsheets when opened (CSV injection): a
    // pool name such as =HYPERLINK(...) is kept as text by a leading apostrophe.
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    const QString text = !input.isEmpty() && kFormulaStarts.contains(input.front())
                             ? QLatin1Char('\'') + input
                             : input;
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray exportCsv(const DesktopStatistics& statistics)
{
    QByteArray out;
    appendCsvRow(&out, csvHeader());
    appendCsvRow(&out, csvRow(QStringLiteral("total"), {}, {}, statistics.totals));
    if (statistics.pools) {
        out.reserve(out.size() + statistics.pools->size() * 160);
        for (const PoolStatistics& pool : *statistics.pools)
            appendCsvRow(&out, csvRow(QStringLiteral("pool"), pool.id, pool.name, pool.counts));
    }
    return out;
}

} // namespace wsdash
