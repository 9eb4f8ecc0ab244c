#pragma once

#include "core/api/statistics.h"
#include "core/api/statisticsquery.h"
#include "core/base/expected.h"

#include <QByteArray>
#include <QString>

namespace wsdash {

struct ParseError
{
    QString path;    // JSON path of the offending value, e.g. desktop_pool_statistics[3].total_num
    QString message; // what is wrong, naming the path
};

// Strict reader of a Desktop Statistics response body. A wrong type, a negative, fractional or
// out-of-range count is an error naming its JSON path; a missing count is "not reported";
// unknown fields are ignored. Counts must fit the API's 32-bit integers.
class StatisticsParser final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::StatisticsParser)

public:
    static Expected<DesktopStatistics, ParseError> parse(const QByteArray& body);

    // Keeps only the pools the query asked for when the server ignored desktop_pool_ids (older
    // API releases do); records how many were dropped.
    static void applyPoolFilter(const StatisticsQuery& query, DesktopStatistics* statistics);

    static constexpr std::int64_t kMaxCount = 2147483647;
};

} // namespace wsdash
