#pragma once

#include "core/api/percentencoding.h"
#include "core/api/statisticsquery.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsdash {

// The server-side filters of ListDesktopsDetail that a drill-down uses (DESKTOPS.md §1).
struct DesktopListFilter
{
    QString status;                         // ACTIVE, SHUTOFF, ERROR, HIBERNATED; empty: any
    std::optional<DesktopType> desktopType; // empty: every type
    QStringList poolIds;                    // sent comma-joined in ONE pool_id value
    std::optional<bool> userAttached;
    QStringList desktopIds; // repeated desktop_id keys

    // The query of one page, in the SDK's encoding: arrays as repeated keys, pool_id as one
    // comma-joined value, booleans lower-case, sort_field=created&sort_type=ASC for a stable
    // order. canonicalQueryString() of the result is what is both signed and sent.
    QList<QueryParameter> parameters(qint64 offset, int limit) const;

    friend bool operator==(const DesktopListFilter& a, const DesktopListFilter& b)
    {
        return a.status == b.status && a.desktopType == b.desktopType && a.poolIds == b.poolIds &&
               a.userAttached == b.userAttached && a.desktopIds == b.desktopIds;
    }
};

} // namespace wsdash
