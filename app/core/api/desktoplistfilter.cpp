#include "core/api/desktoplistfilter.h"

namespace wsdash {

QList<QueryParameter> DesktopListFilter::parameters(qint64 offset, int limit) const
{
    QList<QueryParameter> query;
    for (const QString& id : desktopIds)
        query.append({QStringLiteral("desktop_id"), id});
    if (desktopType)
        query.append({QStringLiteral("desktop_type"), wireName(*desktopType)});
    query.append({QStringLiteral("limit"), QString::number(limit)});
    query.append({QStringLiteral("offset"), QString::number(offset)});
    if (!poolIds.isEmpty())
        query.append({QStringLiteral("pool_id"), poolIds.join(QLatin1Char(','))});
    query.append({QStringLiteral("sort_field"), QStringLiteral("created")});
    query.append({QStringLiteral("sort_type"), QStringLiteral("ASC")});
    if (!status.isEmpty())
        query.append({QStringLiteral("status"), status});
    if (userAttached)
        query.append({QStringLiteral("user_attached"),
                      *userAttached ? QStringLiteral("true") : QStringLiteral("false")});
    return query;
}

} // namespace wsdash
