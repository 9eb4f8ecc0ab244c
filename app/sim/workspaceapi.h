#pragma once

#include "sim/fleet.h"
#include "sim/httpmessage.h"

#include <QByteArray>
#include <QDateTime>

#include <array>

namespace wsdash::sim {

// The Workspace service behind the gateway: answers from the fleet's counts at `now`.
class WorkspaceApi final
{
public:
    explicit WorkspaceApi(Fleet& fleet)
        : m_fleet(fleet)
    {}

    // GET /v2/{project_id}/statistics with desktop_type, statistics_type and desktop_pool_ids as
    // repeated keys. Only the families asked for are answered; desktop_pool_statistics only when
    // POOLED is asked for; pool IDs restrict the scope to those pools (plus the dedicated
    // desktops only when DEDICATED is asked for explicitly). Bad values: 400 WKS.0001.
    HttpResponse statistics(const QList<QueryParameter>& query, const QDateTime& now);

    // GET /v2/{project_id}/desktop-pools with offset (>= 0), limit (0-1000, default 1000) and
    // the optional filters name (part of the name) and type (DYNAMIC or STATIC).
    HttpResponse desktopPools(const QList<QueryParameter>& query, const QDateTime& now);

    static constexpr int kMaxPoolLimit = 1000;

private:
    using Families = std::array<bool, kFamilyCount>;
    static void appendCounts(QByteArray& json, const MetricCounts& counts,
                             const Families& families);

    Fleet& m_fleet;
};

} // namespace wsdash::sim
