#pragma once

#include <QList>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace wsdash {

// The three state families of the Desktop Statistics API.
enum class Family : int
{
    Attach,
    Run,
    Login
};
inline constexpr int kFamilyCount = 3;

// Every count the API reports, in the order of the API reference (and of the CSV export).
enum class Metric : int
{
    TotalNum,
    AttachedNum,
    UnattachedNum,
    AttachingNum,
    AttachErrorNum,
    StopNum,
    ActiveNum,
    ErrorNum,
    HibernatedNum,
    InUseNum,
    UnregisteredNum,
    UnableToConnectNum,
    ReadyNum,
    DisconnectedNum,
};
inline constexpr int kMetricCount = 14;

struct MetricInfo
{
    Metric metric;
    std::optional<Family> family; // empty for total_num
    const char* field;            // the API's field name, e.g. "attach_error_num"
};

// All metrics with their API field names, in API order.
const std::array<MetricInfo, kMetricCount>& allMetrics();
const MetricInfo& metricInfo(Metric metric);
std::optional<Metric> metricFromField(const QString& field);

// The metrics of one family, in API order.
QList<Metric> familyMetrics(Family family);
// "attach_statistics", "run_state_statistics", "login_state_statistics".
const char* familyObjectKey(Family family);
inline constexpr std::array<Family, kFamilyCount> kAllFamilies = {Family::Attach, Family::Run,
                                                                  Family::Login};

using Count = std::optional<std::int64_t>;

// Where a count sits in a Desktop Statistics object: "total_num",
// "run_state_statistics.error_num". A pool's count adds "desktop_pool_statistics[i]." before it.
QString countPath(Metric metric);

// The counts of one scope (the whole project or one pool). A count is reported with a value,
// "not reported", or "invalid": the server sent something that is not a count (a string, a
// negative or out-of-range number; only a lenient parse keeps such an answer). An invalid count
// has no value: value() is empty, so that no sum, share, chart, history or alert can take it for
// a number; isInvalid() tells it from "not reported". A family the server did not send is not
// reported as a whole.
class StateCounts
{
public:
    Count value(Metric metric) const
    {
        const auto i = static_cast<std::size_t>(metric);
        return (m_reported & bit(metric)) != 0 ? Count(m_values[i]) : Count();
    }
    void setValue(Metric metric, Count value)
    {
        m_values[static_cast<std::size_t>(metric)] = value.value_or(0);
        m_reported =
            static_cast<quint16>(value ? m_reported | bit(metric) : m_reported & ~bit(metric));
        m_invalid = static_cast<quint16>(m_invalid & ~bit(metric));
    }

    bool isInvalid(Metric metric) const { return (m_invalid & bit(metric)) != 0; }
    // Marks a count invalid (and drops its value).
    void setInvalid(Metric metric)
    {
        m_values[static_cast<std::size_t>(metric)] = 0;
        m_reported = static_cast<quint16>(m_reported & ~bit(metric));
        m_invalid = static_cast<quint16>(m_invalid | bit(metric));
    }
    bool hasInvalid() const { return m_invalid != 0; }

    bool hasFamily(Family family) const { return (m_families & familyBit(family)) != 0; }
    void setHasFamily(Family family, bool present)
    {
        m_families = static_cast<quint8>(present ? m_families | familyBit(family)
                                                 : m_families & ~familyBit(family));
    }

    // The share of total_num, in [0, 1], when both counts are reported and the total is positive.
    std::optional<double> share(Metric metric) const;

    friend bool operator==(const StateCounts& a, const StateCounts& b)
    {
        // A count not reported or invalid holds 0, so the arrays compare too.
        return a.m_values == b.m_values && a.m_reported == b.m_reported &&
               a.m_invalid == b.m_invalid && a.m_families == b.m_families;
    }
    friend bool operator!=(const StateCounts& a, const StateCounts& b) { return !(a == b); }

private:
    static constexpr quint16 bit(Metric metric)
    {
        return static_cast<quint16>(1U << static_cast<unsigned>(metric));
    }
    static constexpr quint8 familyBit(Family family)
    {
        return static_cast<quint8>(1U << static_cast<unsigned>(family));
    }

    // Values and flags apart, not a std::optional per count: 120 + 5 bytes instead of 248 — a
    // 100,000-pool answer is held up to twice in the window (issue 18: memory).
    std::array<std::int64_t, kMetricCount> m_values{};
    quint16 m_reported = 0; // bit per Metric
    quint16 m_invalid = 0;  // bit per Metric
    quint8 m_families = 0;  // bit per Family
};
static_assert(kMetricCount <= 16 && kFamilyCount <= 8, "StateCounts keeps one bit each");

struct PoolStatistics
{
    QString id;
    QString name;
    StateCounts counts;
    // The pool's place in desktop_pool_statistics of the answer, for messages naming a JSON
    // path (a lenient parse leaves out pools without an ID, so the list index may differ).
    int answerIndex = -1;

    // The JSON path of one of the pool's counts: "desktop_pool_statistics[3].total_num".
    QString countPath(Metric metric) const;

    friend bool operator==(const PoolStatistics& a, const PoolStatistics& b)
    {
        return a.id == b.id && a.name == b.name && a.counts == b.counts;
    }
};

// One answer of GET /v2/{project_id}/statistics.
struct DesktopStatistics
{
    StateCounts totals;
    // Present when the server sent desktop_pool_statistics (it does when POOLED is asked for).
    std::optional<QList<PoolStatistics>> pools;
    // The client asked for certain pools and the server answered with others as well (an older
    // API release ignores desktop_pool_ids); those were dropped and this says how many.
    int poolsDroppedByClient = 0;
};

} // namespace wsdash
