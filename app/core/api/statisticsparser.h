#pragma once

#include "core/api/statistics.h"
#include "core/api/statisticsquery.h"
#include "core/base/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace wsdash {

struct ParseError
{
    QString path;    // JSON path of the offending value, e.g. desktop_pool_statistics[3].total_num
    QString message; // what is wrong, naming the path
};

// An answer read leniently: everything valid, with the invalid counts marked in their
// StateCounts and every problem listed (in document order).
struct PartialStatistics
{
    DesktopStatistics statistics;
    QList<ParseError> problems;
};

// Strict reader of a Desktop Statistics response body. A wrong type, a negative, fractional or
// out-of-range count is an error naming its JSON path; a missing count is "not reported";
// unknown fields are ignored. Counts must fit the API's 32-bit integers.
class StatisticsParser final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::StatisticsParser)

public:
    static Expected<DesktopStatistics, ParseError> parse(const QByteArray& body);

    // Lenient reader for the window: a bad count is marked invalid (StateCounts::isInvalid,
    // never a number, never "not reported") and listed as a problem, and so is a missing
    // total_num; a pool without a usable desktop_pool_id is left out of the pool list and listed;
    // a pool name that is not a string is listed and the pool is kept, unnamed. Whatever else
    // the answer holds is kept. Still an error: a body that is not a JSON object, and an answer
    // with no usable count at all (no valid project count and no pool). Pure and reentrant,
    // like parse(): it may run on any thread.
    static Expected<PartialStatistics, ParseError>
    parseLenient(const QByteArray& body, const QList<PoolStatistics>& previous = {});

    // parse() and parseLenient() read an answer without problems straight from its bytes
    // (StatisticsScanner) and any other answer through QJsonDocument, which finds and names
    // every problem; parseLenient()'s `previous`, the pools shown before, lends the scanner
    // their IDs' and names' text (StatisticsScanner::scan). These two always take the QJsonDocument
    // route: the reference the scanner is tested against (tst_statisticsscanner,
    // fuzz_statisticsparser).
    static Expected<DesktopStatistics, ParseError> parseViaDocument(const QByteArray& body);
    static Expected<PartialStatistics, ParseError> parseLenientViaDocument(const QByteArray& body);

    // Keeps only the pools the query asked for when the server ignored desktop_pool_ids (older
    // API releases do); records how many were dropped.
    static void applyPoolFilter(const StatisticsQuery& query, DesktopStatistics* statistics);

    static constexpr std::int64_t kMaxCount = 2147483647;
};

} // namespace wsdash
