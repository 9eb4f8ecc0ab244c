#pragma once

#include "core/api/desktopdetail.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace wsdash {

// What a desktop-list export says about how its rows were chosen.
struct DesktopExportContext
{
    QDateTime generatedAt;
    QString endpoint;
    QString projectId;
    QString count;               // the API count name, e.g. "error_num"
    QString selection;           // DrillPlan::description()
    qint64 statisticsCount = -1; // the count the statistics served; -1 when not known
    qint64 serverTotal = 0;      // total_count of the listing (before the client-side rule)
};

// desktop_id,computer_name,desktop_type,status,login_status,attach_state,user_name, then
// users, ipv4, created, task_status, in_maintenance_mode.
QStringList desktopCsvHeader();
// RFC 4180, UTF-8, one row per desktop.
QByteArray desktopListCsv(const QList<DesktopDetail>& desktops);
// {"generated_at", "endpoint", "project_id", "count", "selection", "statistics_count",
//  "total_count", "desktops": [{API field names}]}.
QByteArray desktopListJson(const DesktopExportContext& context,
                           const QList<DesktopDetail>& desktops);

} // namespace wsdash
