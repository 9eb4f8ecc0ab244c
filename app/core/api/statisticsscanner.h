#pragma once

#include "core/api/statistics.h"

#include <QByteArray>

#include <optional>

namespace wsdash {

// Reads a Desktop Statistics answer straight from its bytes into DesktopStatistics, without
// building a QJsonDocument first: for 100,000 pools (a 44 MB answer) the document tree cost more
// memory than the answer itself and most of the parse time.
//
// It only takes answers that StatisticsParser would accept without a single problem, and gives
// up (returns nothing) at the first thing that is not plainly valid: a syntax error, a count
// that is not a plain integer in 0..2^31-1, a missing total_num or pool ID, a value of the wrong
// type, a duplicate field that matters, an exponent, an unknown string escape, a byte sequence
// that is not strict UTF-8, deep nesting, anything after the top-level object. StatisticsParser
// then reads the body through QJsonDocument as before, so that every error and problem is found
// and named exactly as it always was. Whenever scan() returns statistics they are equal to what
// the QJsonDocument reader returns for the same body (tst_statisticsscanner compares the two on
// valid, unusual and malformed answers). Pure and reentrant.
//
// `previous` is the answer shown before this one, if any: where a pool in the same place has
// the same ID or name, the new pool shares that text instead of holding a copy. A refresh of
// 100,000 unchanged pools then allocates none of its 200,000 strings (about 9 MB while both
// answers are held, and heap left fragmented by every refresh; issue 18). Reading `previous`
// from another thread is safe: the text is shared, never changed.
class StatisticsScanner final
{
public:
    static std::optional<DesktopStatistics> scan(const QByteArray& body,
                                                 const QList<PoolStatistics>& previous = {});
};

} // namespace wsdash
