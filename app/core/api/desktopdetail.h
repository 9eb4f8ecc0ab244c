#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsdash {

// The fields of one ListDesktopsDetail entry (DesktopDetailInfo) that wsdash shows and
// exports. Every field is optional on the wire: a missing or null field stays empty here.
struct DesktopDetail
{
    QString desktopId;
    QString computerName;
    QString desktopType; // DEDICATED, SHARED, POOLED
    QString status;      // ACTIVE, SHUTOFF, ERROR, HIBERNATED, ...
    QString loginStatus; // UNREGISTER, REGISTERED, CONNECTED, DISCONNECTED, (OFFLINE)
    QString attachState; // ATTACHED, UNATTACH, ATTACHING, ATTACHFAIL, ...
    QString userName;
    QStringList attachedUsers; // attach_user_infos[].user_name, else user_list
    QString ipv4;              // ipv4, else the first of ip_addresses
    QString created;           // as sent (UTC ISO-8601)
    QString taskStatus;
    std::optional<bool> inMaintenanceMode;
    std::optional<bool> isolated;

    // The users column: the attached users, else user_name.
    QString usersText() const;
};

// One page of GET /v2/{project_id}/desktops/detail.
struct DesktopListPage
{
    qint64 totalCount = 0;
    qsizetype entries = 0; // entries of `desktops` on the wire (the next offset moves by this)
    QList<DesktopDetail> desktops;
    // Values of the wrong type, skipped and named by JSON path ("desktops[3].status: expected a
    // string"); the rest of the page is kept.
    QStringList problems;
};

// The tolerant reader of a ListDesktopsDetail answer: unknown keys are ignored, null means
// absent, a wrong type skips that value only. Only a body that is not a JSON object, or
// `desktops` that is not an array, fails the page.
class DesktopListParser final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::DesktopListParser)

public:
    static std::optional<DesktopListPage> parse(const QByteArray& body, QString* error);
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::DesktopDetail)
