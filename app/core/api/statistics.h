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
    Count value(Metric metric) const { return m_values[static_cast<std::size_t>(metric)]; }
    void setValue(Metric metric, Count value)
    {
        m_values[static_cast<std::size_t>(metric)] = value;
        m_invalid[static_cast<std::size_t>(metric)] = false;
    }

    bool isInvalid(Metric metric) const { return m_invalid[static_cast<std::size_t>(metric)]; }
    // Marks a count invalid (and drops its value).
    void setInvalid(Metric metric)
    {
        m_values[static_cast<std::size_t>(metric)].reset();
        m_invalid[static_cast<std::size_t>(metric)] = true;
    }
    bool hasInvalid() const;

    bool hasFamily(Family family) const { return m_families[static_cast<std::size_t>(family)]; }
    void setHasFamily(Family family, bool present)
    {
        m_families[static_cast<std::size_t>(family)] = present;
    }

    // The share of total_num, in [0, 1], when both counts are reported and the total is positive.
    std::optional<double> share(Metric metric) const;

    friend bool operator==(const StateCounts& a, const StateCounts& b)
    {
        return a.m_values == b.m_values && a.m_families == b.m_families &&
               a.m_invalid == b.m_invalid;
    }
    friend bool operator!=(const StateCounts& a, const StateCounts& b) { return !(a == b); }

private:
    std::array<Count, kMetricCount> m_values{};
    std::array<bool, kFamilyCount> m_families{};
    std::array<bool, kMetricCount> m_invalid{};
};

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
