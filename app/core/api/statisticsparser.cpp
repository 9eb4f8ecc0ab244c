#include "core/api/statisticsparser.h"

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
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

ParseError makeError(const QString& path, const QString& message)
{
    return ParseError{path, path.isEmpty() ? message : path + QLatin1String(": ") + message};
}

ParseError wrongType(const QString& path, const char* expected, const QJsonValue& value)
{
    return makeError(path, StatisticsParser::tr("expected %1, found %2")
                               .arg(QLatin1String(expected), typeName(value)));
}

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
        return wrongType(path(), "an integer", value);
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

// `prefix()` is "" for the project totals, "desktop_pool_statistics[3]." for a pool.
template <typename PrefixFn>
std::optional<ParseError> readCounts(const QJsonObject& object, const PrefixFn& prefix,
                                     StateCounts* counts)
{
    const auto totalPath = [&]() -> QString { return prefix() + QLatin1String("total_num"); };
    Count total;
    if (auto error = readCount(object, "total_num", totalPath, &total))
        return error;
    if (!total)
        return makeError(totalPath(), StatisticsParser::tr("missing"));
    counts->setValue(Metric::TotalNum, total);

    for (Family family : kAllFamilies) {
        const char* key = familyObjectKey(family);
        const QJsonValue familyValue = object.value(QLatin1String(key));
        const auto familyPath = [&]() -> QString { return prefix() + QLatin1String(key); };
        if (familyValue.isUndefined() || familyValue.isNull())
            continue;
        if (!familyValue.isObject())
            return wrongType(familyPath(), "an object", familyValue);
        const QJsonObject familyObject = familyValue.toObject();
        counts->setHasFamily(family, true);
        for (Metric metric : familyMetrics(family)) {
            const char* field = metricInfo(metric).field;
            const auto fieldPath = [&]() -> QString {
                return familyPath() + QLatin1Char('.') + QLatin1String(field);
            };
            Count count;
            if (auto error = readCount(familyObject, field, fieldPath, &count))
                return error;
            counts->setValue(metric, count);
        }
    }
    return std::nullopt;
}

// `index` is the pool's place in desktop_pool_statistics.
std::optional<ParseError> readPool(const QJsonValue& value, qsizetype index, PoolStatistics* pool)
{
    const auto path = [index]() -> QString {
        return QStringLiteral("desktop_pool_statistics[%1]").arg(index);
    };
    if (!value.isObject())
        return wrongType(path(), "an object", value);
    const QJsonObject object = value.toObject();

    const QJsonValue id = object.value(QLatin1String("desktop_pool_id"));
    const auto idPath = [&]() -> QString { return path() + QLatin1String(".desktop_pool_id"); };
    if (id.isUndefined() || id.isNull())
        return makeError(idPath(), StatisticsParser::tr("missing"));
    if (!id.isString())
        return wrongType(idPath(), "a string", id);
    pool->id = id.toString();
    if (pool->id.isEmpty())
        return makeError(idPath(), StatisticsParser::tr("empty"));

    const QJsonValue name = object.value(QLatin1String("desktop_pool_name"));
    if (!name.isUndefined() && !name.isNull()) {
        if (!name.isString())
            return wrongType(path() + QLatin1String(".desktop_pool_name"), "a string", name);
        pool->name = name.toString();
    }
    return readCounts(
        object, [&]() -> QString { return path() + QLatin1Char('.'); }, &pool->counts);
}

} // namespace

Expected<DesktopStatistics, ParseError> StatisticsParser::parse(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return makeError({}, tr("The response body is empty."));

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        const QByteArray head = body.trimmed().left(1);
        if (head == "<")
            return makeError({}, tr("The response is HTML or XML, not JSON."));
        if (jsonError.offset >= body.size() - 1 ||
            jsonError.error == QJsonParseError::UnterminatedObject ||
            jsonError.error == QJsonParseError::UnterminatedArray ||
            jsonError.error == QJsonParseError::UnterminatedString) {
            return makeError({}, tr("The response JSON is truncated (%1 at byte %2 of %3).")
                                     .arg(jsonError.errorString())
                                     .arg(jsonError.offset)
                                     .arg(body.size()));
        }
        return makeError({}, tr("The response is not valid JSON (%1 at byte %2).")
                                 .arg(jsonError.errorString())
                                 .arg(jsonError.offset));
    }
    if (!document.isObject()) {
        return makeError({}, tr("Expected a JSON object at the top level, found %1.")
                                 .arg(document.isArray() ? QStringLiteral("an array")
                                                         : QStringLiteral("a scalar")));
    }

    const QJsonObject root = document.object();
    DesktopStatistics statistics;
    if (auto error = readCounts(
            root, [] { return QString(); }, &statistics.totals))
        return *error;

    const QJsonValue poolsValue = root.value(QLatin1String("desktop_pool_statistics"));
    if (!poolsValue.isUndefined() && !poolsValue.isNull()) {
        if (!poolsValue.isArray())
            return wrongType(QStringLiteral("desktop_pool_statistics"), "an array", poolsValue);
        const QJsonArray array = poolsValue.toArray();
        QList<PoolStatistics> pools;
        pools.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            PoolStatistics pool;
            if (auto error = readPool(array.at(i), i, &pool))
                return *error;
            pools.append(std::move(pool));
        }
        statistics.pools = std::move(pools);
    }
    return statistics;
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
