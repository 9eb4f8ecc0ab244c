#pragma once

#include "core/api/statisticsquery.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace wsdash {

// The command line's request group, shared by wsdash and wsdash-collector: how long a fetch may
// take (--timeout) and the filters (--desktop-type, --statistics-type, --pool-id).
struct RequestCliSwitches
{
    RequestCliSwitches();

    QCommandLineOption timeout;
    QCommandLineOption desktopType;
    QCommandLineOption statisticsType;
    QCommandLineOption poolId;

    QList<QCommandLineOption> all() const;
};

// Fills `query` from the filters and `timeout` from --timeout. The problem, if any.
std::optional<QString> applyRequestOptions(const QCommandLineParser& parser,
                                           const RequestCliSwitches& r, StatisticsQuery& query,
                                           std::chrono::milliseconds& timeout);

} // namespace wsdash
