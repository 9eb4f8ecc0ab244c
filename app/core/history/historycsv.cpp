#include "core/history/historycsv.h"

#include "core/dashboard/exporter.h"
#include "core/history/historyschema.h"

#include <cmath>

namespace wsdash {

QStringList HistoryCsv::header()
{
    QStringList columns{QStringLiteral("time"),       QStringLiteral("source"),
                        QStringLiteral("project_id"), QStringLiteral("query"),
                        QStringLiteral("pool_id"),    QStringLiteral("pool_name"),
                        QStringLiteral("resolution"), QStringLiteral("samples")};
    columns << HistorySchema::valueColumns();
    return columns;
}

QByteArray HistoryCsv::headerLine()
{
    return header().join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QString HistoryCsv::number(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 9e15)
        return QString::number(static_cast<qint64>(value));
    QString text = QString::number(value, 'f', 3);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

QByteArray HistoryCsv::row(const HistoryRow& row)
{
    QStringList fields{row.point.time.toUTC().toString(Qt::ISODateWithMs),
                       csvField(row.key.source),
                       csvField(row.key.projectId),
                       csvField(row.key.query),
                       csvField(row.poolId),
                       csvField(row.poolName),
                       QLatin1String(resolutionName(row.point.resolution)),
                       QString::number(row.point.samples)};
    for (const auto& value : row.point.values) {
        if (value) {
            fields << number(value->average) << number(value->minimum) << number(value->maximum);
        } else {
            fields << QString() << QString() << QString();
        }
    }
    return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace wsdash
