#include "core/api/statisticsparser.h"

#include "core/api/statisticsscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QVariant>

#include <cmath>

namespace wsdash {

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return StatisticsParser::tr("null");
    case QJsonValue::Bool:
        return StatisticsParser::tr("a boolean");
    case QJsonValue::Double:
        return StatisticsParser::tr("a number");
    case QJsonValue::String:
        return StatisticsParser::tr("a string");
    case QJsonValue::Array:
        return StatisticsParser::tr("an array");
    case QJsonValue::Object:
        return StatisticsParser::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return StatisticsParser::tr("undefined");
}

ParseError makeError(const QString& path, const QString& message)
{
    return ParseError{path, path.isEmpty() ? message : path + QLatin1String(": ") + message};
}

// `expected` is marked with QT_TRANSLATE_NOOP and translated here.
ParseError wrongType(const QString& path, const char* expected, const QJsonValue& value)
{
    return makeError(path,
                     StatisticsParser::tr("expected %1, found %2")
                         .arg(QCoreApplication::translate("wsdash::StatisticsParser", expected),
                              typeName(value)));
}

// What is wrong with an answer. A strict parse stops at the first problem; a lenient one
// records every problem and goes on.
class Problems
{
public:
    explicit Problems(bool lenient)
        : m_lenient(lenient)
    {}
    // Records a problem; returns true when the parse must stop.
    bool add(ParseError error)
    {
        m_list.append(std::move(error));
        return !m_lenient;
    }
    QList<ParseError>& list() { return m_list; }

private:
    bool m_lenient;
    QList<ParseError> m_list;
};

// Paths for error messages ("desktop_pool_statistics[3].login_statistics.user_num") are built
// only when there is an error: a 10,000-pool answer holds 150,000 counts, and building every
// path took longer than reading the numbers. A PathFn returns the path as a QString.

// Reads one count. Returns an error, or nothing with *out set (empty when absent or null).
template <typename PathFn>
std::optional<ParseError> readCount(const QJsonObject& object, const char* field,
                                    const PathFn& path, Count* out)
{
    const QJsonValue value = object.value(QLatin1String(field));
    *out = std::nullopt;
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble())
        return wrongType(path(), QT_TRANSLATE_NOOP("wsdash::StatisticsParser", "an integer"),
                         value);
    const QVariant variant = value.toVariant();
    const double number = value.toDouble();
    if (variant.typeId() != QMetaType::LongLong &&
        (!std::isfinite(number) || std::floor(number) != number)) {
        return makeError(path(), StatisticsParser::tr("expected an integer, found %1")
                                     .arg(QString::number(number, 'g', 17)));
    }
    if (variant.typeId() != QMetaType::LongLong || number < 0 ||
        number > static_cast<double>(StatisticsParser::kMaxCount)) {
        return makeError(path(), StatisticsParser::tr("count %1 is out of range (0 to %2)")
                                     .arg(QString::number(number, 'g', 17))
                                     .arg(StatisticsParser::kMaxCount));
    }
    *out = value.toInteger();
    return std::nullopt;
}

// `prefix()` is "" for the project totals, "desktop_pool_statistics[3]." for a pool. A bad
// count is marked invalid in `counts`. Returns false when the parse must stop.
template <typename PrefixFn>
bool readCounts(const QJsonObject& object, const PrefixFn& prefix, StateCounts* counts,
                Problems& problems)
{
    const auto totalPath = [&]() -> QString { return prefix() + QLatin1String("total_num"); };
    Count total;
    auto totalError = readCount(object, "total_num", totalPath, &total);
    if (!totalError && !total)
        totalError = makeError(totalPath(), StatisticsParser::tr("missing"));
    if (totalError) {
        counts->setInvalid(Metric::TotalNum);
        if (problems.add(std::move(*totalError)))
            return false;
    } else {
        counts->setValue(Metric::TotalNum, total);
    }

    for (Family family : kAllFamilies) {
        const char* key = familyObjectKey(family);
        const QJsonValue familyValue = object.value(QLatin1String(key));
        const auto familyPath = [&]() -> QString { return prefix() + QLatin1String(key); };
        if (familyValue.isUndefined() || familyValue.isNull())
            continue;
        counts->setHasFamily(family, true);
        if (!familyValue.isObject()) {
            // Every count of the family is unknown: all of them are invalid.
            for (Metric metric : familyMetrics(family))
                counts->setInvalid(metric);
            if (problems.add(wrongType(familyPath(),
                                       QT_TRANSLATE_NOOP("wsdash::StatisticsParser", "an object"),
                                       familyValue)))
                return false;
            continue;
        }
        const QJsonObject familyObject = familyValue.toObject();
        for (Metric metric : familyMetrics(family)) {
            const char* field = metricInfo(metric).field;
            const auto fieldPath = [&]() -> QString {
                return familyPath() + QLatin1Char('.') + QLatin1String(field);
            };
            Count count;
            if (auto error = readCount(familyObject, field, fieldPath, &count)) {
                counts->setInvalid(metric);
                if (problems.add(std::move(*error)))
                    return false;
                continue;
            }
            counts->setValue(metric, count);
        }
    }
    return true;
}

enum class PoolOutcome
{
    Keep,
    Drop, // no usable ID: a lenient parse leaves the pool out (its problem is recorded)
    Stop,
};

// `index` is the pool's place in desktop_pool_statistics.
PoolOutcome readPool(const QJsonValue& value, qsizetype index, PoolStatistics* pool,
                     Problems& problems)
{
    const auto path = [index]() -> QString {
        return QStringLiteral("desktop_pool_statistics[%1]").arg(index);
    };
    const auto drop = [&](ParseError error) {
        return problems.add(std::move(error)) ? PoolOutcome::Stop : PoolOutcome::Drop;
    };
    if (!value.isObject())
        return drop(
            wrongType(path(), QT_TRANSLATE_NOOP("wsdash::StatisticsParser", "an object"), value));
    const QJsonObject object = value.toObject();
    pool->answerIndex = static_cast<int>(index);

    const QJsonValue id = object.value(QLatin1String("desktop_pool_id"));
    const auto idPath = [&]() -> QString { return path() + QLatin1String(".desktop_pool_id"); };
    if (id.isUndefined() || id.isNull())
        return drop(makeError(idPath(), StatisticsParser::tr("missing")));
    if (!id.isString())
        return drop(
            wrongType(idPath(), QT_TRANSLATE_NOOP("wsdash::StatisticsParser", "a string"), id));
    pool->id = id.toString();
    if (pool->id.isEmpty())
        return drop(makeError(idPath(), StatisticsParser::tr("empty")));

    const QJsonValue name = object.value(QLatin1String("desktop_pool_name"));
    if (!name.isUndefined() && !name.isNull()) {
        if (!name.isString()) {
            // The pool stays, shown by its ID.
            if (problems.add(wrongType(path() + QLatin1String(".desktop_pool_name"),
                                       QT_TRANSLATE_NOOP("wsdash::StatisticsParser", "a string"),
                                       name)))
                return PoolOutcome::Stop;
        } else {
            pool->name = name.toString();
        }
    }
    const bool go = readCounts(
        object, [&]() -> QString { return path() + QLatin1Char('.'); }, &pool->counts, problems);
    return go ? PoolOutcome::Keep : PoolOutcome::Stop;
}

Expected<QJsonObject, ParseError> readRoot(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return makeError({}, StatisticsParser::tr("The response body is empty."));

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        const QByteArray head = body.trimmed().left(1);
        if (head == "<")
            return makeError({}, StatisticsParser::tr("The response is HTML or XML, not JSON."));
        if (jsonError.offset >= body.size() - 1 ||
            jsonError.error == QJsonParseError::UnterminatedObject ||
            jsonError.error == QJsonParseError::UnterminatedArray ||
            jsonError.error == QJsonParseError::UnterminatedString) {
            return makeError({},
                             StatisticsParser::tr("The response JSON is truncated (%1 at byte %2 "
                                                  "of %3).")
                                 .arg(jsonError.errorString())
                                 .arg(jsonError.offset)
                                 .arg(body.size()));
        }
        return makeError({}, StatisticsParser::tr("The response is not valid JSON (%1 at byte %2).")
                                 .arg(jsonError.errorString())
                                 .arg(jsonError.offset));
    }
    if (!document.isObject()) {
        return makeError({},
                         StatisticsParser::tr("Expected a JSON object at the top level, found %1.")
                             .arg(document.isArray() ? StatisticsParser::tr("an array")
                                                     : StatisticsParser::tr("a scalar")));
    }
    return document.object();
}

// Reads the statistics of a top-level object. Returns false when a strict parse stopped.
bool readStatistics(const QJsonObject& root, DesktopStatistics* statistics, Problems& problems)
{
    if (!readCounts(
            root, [] { return QString(); }, &statistics->totals, problems))
        return false;

    const QJsonValue poolsValue = root.value(QLatin1String("desktop_pool_statistics"));
    if (poolsValue.isUndefined() || poolsValue.isNull())
        return true;
    if (!poolsValue.isArray()) {
        return !problems.add(wrongType(QStringLiteral("desktop_pool_statistics"),
                                       QT_TRANSLATE_NOOP("wsdash::StatisticsParser", "an array"),
                                       poolsValue));
    }
    const QJsonArray array = poolsValue.toArray();
    QList<PoolStatistics> pools;
    pools.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        PoolStatistics pool;
        switch (readPool(array.at(i), i, &pool, problems)) {
        case PoolOutcome::Keep:
            pools.append(std::move(pool));
            break;
        case PoolOutcome::Drop:
            break;
        case PoolOutcome::Stop:
            return false;
        }
    }
    statistics->pools = std::move(pools);
    return true;
}

bool hasAnyValue(const StateCounts& counts)
{
    for (const MetricInfo& info : allMetrics()) {
        if (counts.value(info.metric))
            return true;
    }
    return false;
}

} // namespace

Expected<DesktopStatistics, ParseError> StatisticsParser::parse(const QByteArray& body)
{
    if (auto statistics = StatisticsScanner::scan(body))
        return std::move(*statistics);
    return parseViaDocument(body);
}

Expected<PartialStatistics, ParseError>
StatisticsParser::parseLenient(const QByteArray& body, const QList<PoolStatistics>& previous)
{
    if (auto statistics = StatisticsScanner::scan(body, previous))
        return PartialStatistics{std::move(*statistics), {}};
    return parseLenientViaDocument(body);
}

Expected<DesktopStatistics, ParseError> StatisticsParser::parseViaDocument(const QByteArray& body)
{
    auto root = readRoot(body);
    if (!root)
        return root.error();
    DesktopStatistics statistics;
    Problems problems(false);
    if (!readStatistics(root.value(), &statistics, problems))
        return problems.list().constFirst();
    return statistics;
}

Expected<PartialStatistics, ParseError>
StatisticsParser::parseLenientViaDocument(const QByteArray& body)
{
    auto root = readRoot(body);
    if (!root)
        return root.error();
    PartialStatistics result;
    Problems problems(true);
    readStatistics(root.value(), &result.statistics, problems);
    result.problems = std::move(problems.list());
    // Nothing usable at all (no count of the project, no pool): that is no answer.
    const bool anyPool = result.statistics.pools && !result.statistics.pools->isEmpty();
    if (!anyPool && !hasAnyValue(result.statistics.totals)) {
        const ParseError& first = result.problems.constFirst(); // total_num is at least missing
        return ParseError{first.path,
                          tr("The response holds no usable statistics (%1).").arg(first.message)};
    }
    return result;
}

void StatisticsParser::applyPoolFilter(const StatisticsQuery& query, DesktopStatistics* statistics)
{
    if (query.poolIds().isEmpty() || !statistics->pools)
        return;
    const QSet<QString> wanted(query.poolIds().cbegin(), query.poolIds().cend());
    QList<PoolStatistics>& pools = *statistics->pools;
    const auto before = pools.size();
    pools.erase(
        std::remove_if(pools.begin(), pools.end(),
                       [&wanted](const PoolStatistics& p) { return !wanted.contains(p.id); }),
        pools.end());
    statistics->poolsDroppedByClient = static_cast<int>(before - pools.size());
}

} // namespace wsdash
