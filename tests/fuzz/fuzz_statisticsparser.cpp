// libFuzzer target: a Desktop Statistics response body, as the server (or anything in between)
// may send it. Runs StatisticsParser::parse, the client-side pool filter and both exports, and
// checks their invariants:
//   - parse() answers as the QJsonDocument route (parseViaDocument) does, whichever route it took;
//   - a parse error names its JSON path at the start of its message;
//   - parsed counts are within 0..2^31-1, total_num is always reported, pool IDs are not empty;
//   - applyPoolFilter keeps exactly the pools asked for, in order, and counts the rest;
//   - the JSON export is valid JSON whose "statistics" object parses back to the same statistics;
//   - the CSV export is valid RFC 4180 UTF-8 that reads back to the same IDs, names and counts.
// In the CSV file, text that UTF-8 cannot carry (a lone UTF-16 surrogate from a \uD800 escape) is
// compared after the same UTF-8 conversion the file goes through.

#include "core/api/statisticsparser.h"
#include "core/api/statisticsquery.h"
#include "core/dashboard/exporter.h"
#include "csvreader.h"
#include "fuzzcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace wsdash;
using wsdash::fuzz::printable;

namespace {

QString viaUtf8(const QString& text)
{
    return QString::fromUtf8(text.toUtf8());
}

bool sameStatistics(const DesktopStatistics& a, const DesktopStatistics& b)
{
    return a.totals == b.totals && a.pools == b.pools;
}

void checkCounts(const StateCounts& counts, const QString& where)
{
    FUZZ_CHECK(counts.value(Metric::TotalNum).has_value(), printable(where));
    for (const MetricInfo& info : allMetrics()) {
        const Count value = counts.value(info.metric);
        if (!value)
            continue;
        FUZZ_CHECK(*value >= 0 && *value <= StatisticsParser::kMaxCount,
                   printable(where) + ' ' + info.field + '=' + QByteArray::number(*value));
        if (info.family) // a count inside a family the server did not send cannot exist
            FUZZ_CHECK(counts.hasFamily(*info.family), printable(where) + ' ' + info.field);
    }
}

void checkParsed(const DesktopStatistics& statistics)
{
    checkCounts(statistics.totals, QStringLiteral("totals"));
    FUZZ_CHECK(statistics.poolsDroppedByClient == 0, QByteArray());
    if (!statistics.pools)
        return;
    for (const PoolStatistics& pool : *statistics.pools) {
        FUZZ_CHECK(!pool.id.isEmpty(), QByteArray());
        checkCounts(pool.counts, pool.id);
    }
}

// Asks for every other pool the server sent, plus one it did not, as a user could.
StatisticsQuery queryForSomePools(const DesktopStatistics& statistics)
{
    StatisticsQuery query;
    if (!statistics.pools)
        return query;
    QStringList wanted = {QStringLiteral("pool-that-was-not-sent")};
    for (qsizetype i = 0; i < statistics.pools->size(); i += 2)
        wanted.append(statistics.pools->at(i).id);
    if (const auto error = query.setPoolIds(wanted)) {
        // An ID that the query refuses (spaces, control characters, too long) leaves it unchanged.
        FUZZ_CHECK(query.poolIds().isEmpty(), printable(error->message));
        FUZZ_CHECK(!error->message.isEmpty(), QByteArray());
    }
    return query;
}

void checkPoolFilter(const StatisticsQuery& query, const DesktopStatistics& before,
                     const DesktopStatistics& after)
{
    FUZZ_CHECK(after.totals == before.totals, QByteArray());
    if (query.poolIds().isEmpty() || !before.pools) {
        FUZZ_CHECK(after.pools == before.pools && after.poolsDroppedByClient == 0, QByteArray());
        return;
    }
    const QSet<QString> wanted(query.poolIds().cbegin(), query.poolIds().cend());
    QList<PoolStatistics> expected;
    for (const PoolStatistics& pool : *before.pools) {
        if (wanted.contains(pool.id))
            expected.append(pool);
    }
    FUZZ_CHECK(after.pools && *after.pools == expected,
               "kept " + QByteArray::number(after.pools ? after.pools->size() : -1) +
                   ", expected " + QByteArray::number(expected.size()));
    FUZZ_CHECK(after.poolsDroppedByClient == before.pools->size() - expected.size(),
               QByteArray::number(after.poolsDroppedByClient));
}

void checkJsonExport(const StatisticsQuery& query, const DesktopStatistics& statistics)
{
    ExportContext context;
    context.generatedAt = QDateTime::fromSecsSinceEpoch(1704067200, QTimeZone::utc());
    context.endpoint = QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com");
    context.projectId = QStringLiteral("0123456789abcdef0123456789abcdef");
    context.query = query;
    context.requestId = QStringLiteral("fuzz-request");
    const QByteArray exported = exportJson(context, statistics);

    FUZZ_CHECK(QString::fromUtf8(exported).toUtf8() == exported,
               "not UTF-8: " + printable(exported));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exported, &error);
    FUZZ_CHECK(error.error == QJsonParseError::NoError && document.isObject(),
               printable(error.errorString()) + " in " + printable(exported));
    const QJsonObject root = document.object();

    QStringList exportedIds;
    for (const QJsonValue& id : root.value(QLatin1String("query"))
                                    .toObject()
                                    .value(QLatin1String("desktop_pool_ids"))
                                    .toArray())
        exportedIds.append(id.toString());
    FUZZ_CHECK(exportedIds == query.poolIds(), printable(exportedIds.join(QLatin1Char(','))));

    const QJsonValue statisticsValue = root.value(QLatin1String("statistics"));
    FUZZ_CHECK(statisticsValue.isObject(), printable(exported));
    const QByteArray inner =
        QJsonDocument(statisticsValue.toObject()).toJson(QJsonDocument::Compact);
    const auto reparsed = StatisticsParser::parse(inner);
    FUZZ_CHECK(reparsed.hasValue(), printable(reparsed ? QString() : reparsed.error().message) +
                                        " in " + printable(inner));
    FUZZ_CHECK(sameStatistics(*reparsed, statistics), printable(inner));
}

// What a spreadsheet must show of a text cell: one that starts like a formula (= + - @ tab CR)
// is kept as text with a leading apostrophe (CSV injection; see csvField()).
QString asSpreadsheetText(const QString& text)
{
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    return !text.isEmpty() && kFormulaStarts.contains(text.front()) ? QLatin1Char('\'') + text
                                                                    : text;
}

QStringList expectedCsvRow(const QString& scope, const QString& id, const QString& name,
                           const StateCounts& counts)
{
    QStringList row = {scope, asSpreadsheetText(viaUtf8(id)), asSpreadsheetText(viaUtf8(name))};
    for (const MetricInfo& info : allMetrics()) {
        const Count value = counts.value(info.metric);
        row.append(value ? QString::number(*value) : QString());
    }
    return row;
}

void checkCsvExport(const DesktopStatistics& statistics)
{
    const QByteArray exported = exportCsv(statistics);
    const QString text = QString::fromUtf8(exported);
    FUZZ_CHECK(text.toUtf8() == exported, "not UTF-8: " + printable(exported));

    const fuzz::CsvTable table = fuzz::readCsv(text);
    FUZZ_CHECK(table.error.isEmpty(), printable(table.error) + " in " + printable(exported));
    const qsizetype poolCount = statistics.pools ? statistics.pools->size() : 0;
    FUZZ_CHECK(table.rows.size() == 2 + poolCount, QByteArray::number(table.rows.size()));
    FUZZ_CHECK(table.rows.at(0) == csvHeader(), printable(exported));
    FUZZ_CHECK(table.rows.at(1) ==
                   expectedCsvRow(QStringLiteral("total"), {}, {}, statistics.totals),
               printable(exported));
    for (qsizetype i = 0; i < poolCount; ++i) {
        const PoolStatistics& pool = statistics.pools->at(i);
        FUZZ_CHECK(table.rows.at(2 + i) ==
                       expectedCsvRow(QStringLiteral("pool"), pool.id, pool.name, pool.counts),
                   printable(table.rows.at(2 + i).join(QLatin1Char('|'))));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto parsed = StatisticsParser::parse(body);
    // parse() reads answers without problems straight from the bytes (StatisticsScanner) and
    // the rest through QJsonDocument: both routes must answer every body alike.
    const auto reference = StatisticsParser::parseViaDocument(body);
    FUZZ_CHECK(parsed.hasValue() == reference.hasValue(), printable(body));
    if (parsed)
        FUZZ_CHECK(sameStatistics(*parsed, *reference), printable(body));
    else
        FUZZ_CHECK(parsed.error().path == reference.error().path &&
                       parsed.error().message == reference.error().message,
                   printable(parsed.error().message));
    if (!parsed) {
        const ParseError& error = parsed.error();
        FUZZ_CHECK(!error.message.isEmpty(), printable(body));
        FUZZ_CHECK(error.path.isEmpty() || error.message.startsWith(error.path),
                   printable(error.message));
        return 0;
    }
    checkParsed(*parsed);

    const StatisticsQuery query = queryForSomePools(*parsed);
    DesktopStatistics filtered = *parsed;
    StatisticsParser::applyPoolFilter(query, &filtered);
    checkPoolFilter(query, *parsed, filtered);

    checkJsonExport(query, filtered);
    checkCsvExport(filtered);
    return 0;
}
