#pragma once

#include "core/api/desktoppoolclient.h"
#include "core/api/statistics.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace wsdash::test {

// Statistics with known numbers for the dashboard tests: `pools` pools named "Pool 001"...
// (or the given names), every family reported, families adding up to each total; the
// project totals are the pools' sums plus `dedicated` common desktops.
DesktopStatistics makeStatistics(int pools, int dedicated = 10, const QStringList& names = {});
// A statistics body as the API sends it.
QByteArray statisticsBody(const DesktopStatistics& statistics);
// One page of GET /v2/{project_id}/desktop-pools.
QByteArray poolPageBody(const QList<DesktopPool>& pools, qint64 totalCount);
QList<DesktopPool> poolsOf(const DesktopStatistics& statistics);

} // namespace wsdash::test
