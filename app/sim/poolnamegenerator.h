#pragma once

#include "sim/fleettypes.h"

#include <QSet>
#include <QString>

#include <cstdint>

namespace wsdash::sim {

// Names desktop pools the way administrators do: English and Chinese, department and purpose,
// some long ("华东研发中心-图形工作站池-第二批次"). The work pattern and pool type follow from
// the name, so that a "夜班" (night shift) pool is busy at night. Names are unique and use only
// the characters the console allows (letters, digits, CJK, '-' and '_').
class PoolNameGenerator final
{
public:
    struct Pool
    {
        QString name;
        WorkPattern pattern = WorkPattern::Office;
        PoolType type = PoolType::Static;
    };

    explicit PoolNameGenerator(std::uint64_t seed);

    // The next pool: a fixed, hand-written list first (so that small fleets look the same for
    // every seed), then combinations chosen by the seed.
    Pool next();

private:
    Pool generated();
    QString unique(const QString& name);

    std::uint64_t m_seed;
    int m_index = 0;
    QSet<QString> m_used;
};

} // namespace wsdash::sim
