#include "core/dashboard/desktopexport.h"

#include "core/dashboard/exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsdash {

namespace {

QString maintenanceText(const std::optional<bool>& value)
{
    if (!value)
        return {};
    return *value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

QStringList desktopCsvHeader()
{
    return {QStringLiteral("desktop_id"),   QStringLiteral("computer_name"),
            QStringLiteral("desktop_type"), QStringLiteral("status"),
            QStringLiteral("login_status"), QStringLiteral("attach_state"),
            QStringLiteral("user_name"),    QStringLiteral("users"),
            QStringLiteral("ipv4"),         QStringLiteral("created"),
            QStringLiteral("task_status"),  QStringLiteral("in_maintenance_mode")};
}

QByteArray desktopListCsv(const QList<DesktopDetail>& desktops)
{
    QByteArray out;
    out.reserve(160 * (desktops.size() + 1));
    auto appendRow = [&out](const QStringList& fields) {
        QStringList quoted;
        quoted.reserve(fields.size());
        for (const QString& field : fields)
            quoted.append(csvField(field));
        out += quoted.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    };
    appendRow(desktopCsvHeader());
    for (const DesktopDetail& d : desktops) {
        appendRow({d.desktopId, d.computerName, d.desktopType, d.status, d.loginStatus,
                   d.attachState, d.userName, d.attachedUsers.join(QLatin1Char(';')), d.ipv4,
                   d.created, d.taskStatus, maintenanceText(d.inMaintenanceMode)});
    }
    return out;
}

QByteArray desktopListJson(const DesktopExportContext& context,
                           const QList<DesktopDetail>& desktops)
{
    QJsonArray list;
    for (const DesktopDetail& d : desktops) {
        QJsonObject object{
            {QStringLiteral("desktop_id"), d.desktopId},
            {QStringLiteral("computer_name"), d.computerName},
            {QStringLiteral("desktop_type"), d.desktopType},
            {QStringLiteral("status"), d.status},
            {QStringLiteral("login_status"), d.loginStatus},
            {QStringLiteral("attach_state"), d.attachState},
            {QStringLiteral("user_name"), d.userName},
            {QStringLiteral("user_list"), QJsonArray::fromStringList(d.attachedUsers)},
            {QStringLiteral("ipv4"), d.ipv4},
            {QStringLiteral("created"), d.created},
            {QStringLiteral("task_status"), d.taskStatus}};
        if (d.inMaintenanceMode)
            object.insert(QStringLiteral("in_maintenance_mode"), *d.inMaintenanceMode);
        if (d.isolated)
            object.insert(QStringLiteral("isolated"), *d.isolated);
        list.append(object);
    }
    QJsonObject root{
        {QStringLiteral("generated_at"), context.generatedAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("endpoint"), context.endpoint},
        {QStringLiteral("project_id"), context.projectId},
        {QStringLiteral("count"), context.count},
        {QStringLiteral("selection"), context.selection},
        {QStringLiteral("total_count"), context.serverTotal},
        {QStringLiteral("listed"), static_cast<qint64>(desktops.size())},
        {QStringLiteral("desktops"), list},
    };
    if (context.statisticsCount >= 0)
        root.insert(QStringLiteral("statistics_count"), context.statisticsCount);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace wsdash
