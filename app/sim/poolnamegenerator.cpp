#include "sim/poolnamegenerator.h"

#include "sim/deterministicrandom.h"

#include <iterator>

namespace wsdash::sim {

namespace {

struct NamedPool
{
    const char* name; // UTF-8
    WorkPattern pattern;
    PoolType type;
};

// What a small demo fleet shows first, for every seed.
constexpr NamedPool kCurated[] = {
    {"研发部-开发桌面池", WorkPattern::Office, PoolType::Static},
    {"Finance-Office-Pool", WorkPattern::Office, PoolType::Static},
    {"客服中心-呼叫坐席池-夜班", WorkPattern::Shift, PoolType::Dynamic},
    {"华东研发中心-图形工作站池-第二批次", WorkPattern::Lab, PoolType::Static},
    {"Engineering-CAD-Workstations-Shanghai", WorkPattern::Lab, PoolType::Static},
    {"Training-Classroom-A", WorkPattern::Training, PoolType::Dynamic},
    {"市场部办公池", WorkPattern::Office, PoolType::Dynamic},
    {"Support-24x7-Shift", WorkPattern::Shift, PoolType::Dynamic},
    {"新员工入职池", WorkPattern::Rollout, PoolType::Static},
    {"QA-Test-Lab", WorkPattern::Office, PoolType::Dynamic},
    {"人力资源部-办公桌面池", WorkPattern::Office, PoolType::Static},
    {"Contractors-Pool-Singapore", WorkPattern::Office, PoolType::Dynamic},
    {"深圳研究院-AI训练-GPU桌面池", WorkPattern::Lab, PoolType::Static},
    {"Sales-EMEA-Johannesburg", WorkPattern::Office, PoolType::Static},
    {"设计中心-渲染工作站", WorkPattern::Lab, PoolType::Static},
    {"Interns_Summer_2024", WorkPattern::Training, PoolType::Dynamic},
    {"运维部-值班桌面池", WorkPattern::Shift, PoolType::Dynamic},
    {"Data-Science-GPU-Render-Farm-Phase2", WorkPattern::Lab, PoolType::Static},
    {"法务部桌面池", WorkPattern::Office, PoolType::Static},
    {"培训中心-教室B", WorkPattern::Training, PoolType::Dynamic},
    {"Marketing-Creative-Studio", WorkPattern::Office, PoolType::Static},
    {"成都交付中心-外包人员池", WorkPattern::Office, PoolType::Dynamic},
    {"Pilot-Windows11-Upgrade", WorkPattern::Rollout, PoolType::Static},
    {"北京总部-高管桌面池", WorkPattern::Office, PoolType::Static},
};

constexpr const char* kChineseUnits[] = {
    "研发部",       "财务部",       "市场部",     "客服中心",     "人力资源部",
    "设计中心",     "运维部",       "法务部",     "销售部",       "培训中心",
    "华东研发中心", "华南分公司",   "北京总部",   "深圳研究院",   "成都交付中心",
    "西安软件园",   "上海营销中心", "武汉研究所", "杭州数据中心", "南京测试中心",
};

struct Purpose
{
    const char* text;
    WorkPattern pattern;
};

constexpr Purpose kChinesePurposes[] = {
    {"办公桌面池", WorkPattern::Office},   {"开发桌面池", WorkPattern::Office},
    {"图形工作站池", WorkPattern::Lab},    {"呼叫坐席池", WorkPattern::Shift},
    {"培训教室池", WorkPattern::Training}, {"测试桌面池", WorkPattern::Office},
    {"外包人员池", WorkPattern::Office},   {"实习生桌面池", WorkPattern::Training},
    {"值班桌面池", WorkPattern::Shift},    {"新员工桌面池", WorkPattern::Rollout},
};

constexpr const char* kChineseSuffixes[] = {
    "", "", "", "-第二批次", "-A区", "-B区", "-夜班", "-GPU", "-2024", "-扩容", "-试点",
};

constexpr const char* kEnglishUnits[] = {
    "Engineering", "Finance",      "Marketing",   "Support",  "HR",
    "Design",      "Ops",          "Legal",       "Sales",    "Training",
    "QA",          "Data-Science", "Contractors", "Research", "Procurement",
};

constexpr Purpose kEnglishPurposes[] = {
    {"Office-Pool", WorkPattern::Office},   {"Dev-Desktops", WorkPattern::Office},
    {"CAD-Workstations", WorkPattern::Lab}, {"Call-Center", WorkPattern::Shift},
    {"Classroom", WorkPattern::Training},   {"Test-Lab", WorkPattern::Office},
    {"GPU-Render", WorkPattern::Lab},       {"Onboarding", WorkPattern::Rollout},
    {"Night-Desk", WorkPattern::Shift},     {"Shared-Desktops", WorkPattern::Office},
};

constexpr const char* kEnglishSites[] = {
    "",
    "",
    "-Beijing",
    "-Shanghai",
    "-Shenzhen",
    "-Singapore",
    "-Johannesburg",
    "-Dubai",
    "-Mexico-City",
    "-Istanbul",
    "-Sao-Paulo",
    "-Cairo",
};

constexpr const char* kEnglishSuffixes[] = {"", "", "", "-02", "-Phase2", "-Pilot", "-Temp"};

template <typename T, std::size_t N> const T& pick(DeterministicRandom& random, const T (&items)[N])
{
    return items[random.below(static_cast<std::uint32_t>(N))];
}

PoolType typeFor(WorkPattern pattern, DeterministicRandom& random)
{
    switch (pattern) {
    case WorkPattern::Shift:
    case WorkPattern::Training:
        return PoolType::Dynamic;
    case WorkPattern::Lab:
    case WorkPattern::Rollout:
        return PoolType::Static;
    case WorkPattern::Office:
        break;
    }
    return random.chance(0.35) ? PoolType::Dynamic : PoolType::Static;
}

} // namespace

PoolNameGenerator::PoolNameGenerator(std::uint64_t seed)
    : m_seed(seed)
{}

PoolNameGenerator::Pool PoolNameGenerator::next()
{
    const int index = m_index++;
    if (index < static_cast<int>(std::size(kCurated))) {
        const NamedPool& curated = kCurated[index];
        return {unique(QString::fromUtf8(curated.name)), curated.pattern, curated.type};
    }
    return generated();
}

PoolNameGenerator::Pool PoolNameGenerator::generated()
{
    DeterministicRandom random(
        hashOf({m_seed, 0x4E414D45 /* NAME */, static_cast<std::uint64_t>(m_index)}));
    Pool pool;
    QString name;
    if (random.chance(0.5)) {
        const Purpose& purpose = pick(random, kChinesePurposes);
        name = QString::fromUtf8(pick(random, kChineseUnits)) + QLatin1Char('-') +
               QString::fromUtf8(purpose.text) + QString::fromUtf8(pick(random, kChineseSuffixes));
        pool.pattern = purpose.pattern;
    } else {
        const Purpose& purpose = pick(random, kEnglishPurposes);
        name = QLatin1String(pick(random, kEnglishUnits)) + QLatin1Char('-') +
               QLatin1String(purpose.text) + QLatin1String(pick(random, kEnglishSites)) +
               QLatin1String(pick(random, kEnglishSuffixes));
        pool.pattern = purpose.pattern;
    }
    if (name.contains(QStringLiteral("夜班")) || name.contains(QLatin1String("Night")))
        pool.pattern = WorkPattern::Shift;
    pool.type = typeFor(pool.pattern, random);
    pool.name = unique(name);
    return pool;
}

QString PoolNameGenerator::unique(const QString& name)
{
    QString candidate = name;
    for (int n = 2; m_used.contains(candidate); ++n)
        candidate =
            name + QLatin1Char('_') + QString::number(n).rightJustified(2, QLatin1Char('0'));
    m_used.insert(candidate);
    return candidate;
}

} // namespace wsdash::sim
