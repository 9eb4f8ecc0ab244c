#include "core/dashboard/exporter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <charconv>
#include <utility>
#include <vector>

namespace wsdash {

namespace {

// --- The pools of exportJson(), written directly -----------------------------------------
// QJsonDocument builds a tree of 10,000 objects and then writes it; for the pools that was
// most of `wsdash --export`'s own time. They are written here byte for byte as
// QJsonDocument::toJson(Indented) writes them (keys sorted, four spaces per level, the same
// string escapes); tst_exporter compares the two.

void appendJsonString(QByteArray* out, const QString& text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out->append('"');
    const auto* begin = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = begin + text.size();
    const char16_t* run = begin; // plain characters not yet appended
    auto flush = [&](const char16_t* to) {
        if (to != run)
            out->append(QStringView(run, to).toUtf8());
    };
    for (const char16_t* p = begin; p != end; ++p) {
        const char16_t c = *p;
        const char* escape = nullptr;
        char unicode[7] = {};
        if (c < 0x20 || c == u'"' || c == u'\\') {
            switch (c) {
            case u'"':
                escape = "\\\"";
                break;
            case u'\\':
                escape = "\\\\";
                break;
            case u'\b':
                escape = "\\b";
                break;
            case u'\f':
                escape = "\\f";
                break;
            case u'\n':
                escape = "\\n";
                break;
            case u'\r':
                escape = "\\r";
                break;
            case u'\t':
                escape = "\\t";
                break;
            default:
                unicode[0] = '\\';
                unicode[1] = 'u';
                unicode[2] = '0';
                unicode[3] = '0';
                unicode[4] = kHex[(c >> 4) & 0xf];
                unicode[5] = kHex[c & 0xf];
                escape = unicode;
                break;
            }
        } else if (QChar::isSurrogate(c)) {
            // A valid pair is UTF-8 like the rest; a lone surrogate is written as \uXXXX.
            if (QChar::isHighSurrogate(c) && p + 1 != end && QChar::isLowSurrogate(p[1])) {
                ++p;
                continue;
            }
            unicode[0] = '\\';
            unicode[1] = 'u';
            unicode[2] = kHex[(c >> 12) & 0xf];
            unicode[3] = kHex[(c >> 8) & 0xf];
            unicode[4] = kHex[(c >> 4) & 0xf];
            unicode[5] = kHex[c & 0xf];
            escape = unicode;
        }
        if (escape) {
            flush(p);
            out->append(escape);
            run = p + 1;
        }
    }
    flush(end);
    out->append('"');
}

// The keys of one pool object and of each family object, in QJsonObject's (sorted) order.
struct PoolKeyOrder
{
    enum class Kind
    {
        Family,
        Id,
        Name,
        Total
    };
    struct Key
    {
        QByteArray text;
        Kind kind;
        Family family;
    };
    std::vector<Key> poolKeys;
    std::array<std::vector<std::pair<QByteArray, Metric>>, kFamilyCount> familyKeys;

    PoolKeyOrder()
    {
        poolKeys.push_back({"desktop_pool_id", Kind::Id, Family::Run});
        poolKeys.push_back({"desktop_pool_name", Kind::Name, Family::Run});
        poolKeys.push_back({"total_num", Kind::Total, Family::Run});
        for (Family family : kAllFamilies) {
            poolKeys.push_back({familyObjectKey(family), Kind::Family, family});
            auto& keys = familyKeys[static_cast<std::size_t>(family)];
            for (Metric metric : familyMetrics(family))
                keys.emplace_back(metricInfo(metric).field, metric);
            std::sort(keys.begin(), keys.end());
        }
        std::sort(poolKeys.begin(), poolKeys.end(),
                  [](const Key& a, const Key& b) { return a.text < b.text; });
    }
};

// A count's digits, or "invalid" (see countsToJson); `json` quotes the text.
void appendCount(QByteArray* out, const StateCounts& counts, Metric metric, bool json = true)
{
    if (const Count value = counts.value(metric)) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, *value).ptr;
        out->append(digits, end - digits);
    } else if (counts.isInvalid(metric)) {
        out->append(json ? QByteArrayView("\"invalid\"") : QByteArrayView("invalid"));
    }
}

// One pool object at indentation level 3 (inside root.statistics.desktop_pool_statistics).
void appendPoolJson(QByteArray* out, const PoolStatistics& pool, const PoolKeyOrder& order)
{
    static const QByteArray kKeyIndent(16, ' ');
    static const QByteArray kFieldIndent(20, ' ');
    out->append("{\n");
    bool first = true;
    for (const PoolKeyOrder::Key& key : order.poolKeys) {
        const bool present =
            key.kind == PoolKeyOrder::Kind::Id || key.kind == PoolKeyOrder::Kind::Name ||
            (key.kind == PoolKeyOrder::Kind::Total &&
             (pool.counts.value(Metric::TotalNum) || pool.counts.isInvalid(Metric::TotalNum))) ||
            (key.kind == PoolKeyOrder::Kind::Family && pool.counts.hasFamily(key.family));
        if (!present)
            continue;
        if (!first)
            out->append(",\n");
        first = false;
        out->append(kKeyIndent).append('"').append(key.text).append("\": ");
        switch (key.kind) {
        case PoolKeyOrder::Kind::Id:
            appendJsonString(out, pool.id);
            break;
        case PoolKeyOrder::Kind::Name:
            appendJsonString(out, pool.name);
            break;
        case PoolKeyOrder::Kind::Total:
            appendCount(out, pool.counts, Metric::TotalNum);
            break;
        case PoolKeyOrder::Kind::Family: {
            out->append("{\n");
            bool firstField = true;
            for (const auto& [field, metric] :
                 order.familyKeys[static_cast<std::size_t>(key.family)]) {
                if (!pool.counts.value(metric) && !pool.counts.isInvalid(metric))
                    continue;
                if (!firstField)
                    out->append(",\n");
                firstField = false;
                out->append(kFieldIndent).append('"').append(field).append("\": ");
                appendCount(out, pool.counts, metric);
            }
            if (!firstField)
                out->append('\n');
            out->append(kKeyIndent).append('}');
            break;
        }
        }
    }
    out->append("\n            }");
}

// Where an export is written: into one QByteArray (exportJson(), exportCsv()), or into a file
// in pieces of about 1 MiB (writeExport()), so that a 100,000-pool export (90 MB of JSON) is
// never held in memory as a whole.
class ExportSink
{
public:
    explicit ExportSink(QIODevice* file = nullptr)
        : m_file(file)
    {
        if (m_file)
            m_buffer.reserve(kPiece + kPiece / 4);
    }
    QByteArray* buffer() { return &m_buffer; }
    bool toFile() const { return m_file != nullptr; }
    // Hands a full buffer to the file (whose first failed write commit() reports).
    void spill()
    {
        if (m_file && m_buffer.size() >= kPiece)
            flush();
    }
    void flush()
    {
        if (m_file && !m_buffer.isEmpty()) {
            m_file->write(m_buffer);
            m_buffer.resize(0); // keeps the allocation for the next piece
        }
    }
    QByteArray take() { return std::move(m_buffer); }

private:
    static constexpr qsizetype kPiece = 1024 * 1024;
    QIODevice* m_file;
    QByteArray m_buffer;
};

QJsonArray toJsonArray(const QStringList& values)
{
    QJsonArray array;
    for (const QString& v : values)
        array.append(v);
    return array;
}

// An invalid count (a partly invalid answer the window shows) is written as the text "invalid":
// never as a number, and never absent or empty, which would mean "not reported". Only the
// window's exports can meet one: --export reads answers strictly.
const QLatin1String kInvalid("invalid");

QJsonObject countsToJson(const StateCounts& counts)
{
    QJsonObject object;
    if (const Count total = counts.value(Metric::TotalNum))
        object.insert(QLatin1String("total_num"), static_cast<qint64>(*total));
    else if (counts.isInvalid(Metric::TotalNum))
        object.insert(QLatin1String("total_num"), kInvalid);
    for (Family family : kAllFamilies) {
        if (!counts.hasFamily(family))
            continue;
        QJsonObject familyObject;
        for (Metric metric : familyMetrics(family)) {
            if (const Count value = counts.value(metric))
                familyObject.insert(QLatin1String(metricInfo(metric).field),
                                    static_cast<qint64>(*value));
            else if (counts.isInvalid(metric))
                familyObject.insert(QLatin1String(metricInfo(metric).field), kInvalid);
        }
        object.insert(QLatin1String(familyObjectKey(family)), familyObject);
    }
    return object;
}

void appendCsvRow(QByteArray* out, const QStringList& fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString& f : fields)
        quoted.append(csvField(f));
    out->append(quoted.join(QLatin1Char(',')).toUtf8());
    out->append("\r\n");
}

// One row of counts, written straight into the bytes: the same cells appendCsvRow() writes for
// the same fields (counts and "invalid" never need quoting), without a QString for each of them.
void appendCsvCountsRow(QByteArray* out, QLatin1String scope, const QString& id,
                        const QString& name, const StateCounts& counts)
{
    out->append(scope.data(), scope.size());
    out->append(',');
    out->append(csvField(id).toUtf8());
    out->append(',');
    out->append(csvField(name).toUtf8());
    for (const MetricInfo& info : allMetrics()) {
        out->append(',');
        appendCount(out, counts, info.metric, false);
    }
    out->append("\r\n");
}

void writeCsv(const DesktopStatistics& statistics, ExportSink& sink)
{
    QByteArray* out = sink.buffer();
    appendCsvRow(out, csvHeader());
    appendCsvCountsRow(out, QLatin1String("total"), {}, {}, statistics.totals);
    if (!statistics.pools)
        return;
    if (!sink.toFile())
        out->reserve(out->size() + statistics.pools->size() * 160);
    for (const PoolStatistics& pool : *statistics.pools) {
        appendCsvCountsRow(out, QLatin1String("pool"), pool.id, pool.name, pool.counts);
        sink.spill();
    }
}

} // namespace

std::optional<ExportFormat> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("json"))
        return ExportFormat::Json;
    if (suffix == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (suffix == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QJsonObject statisticsToJson(const DesktopStatistics& statistics)
{
    QJsonObject object = countsToJson(statistics.totals);
    if (statistics.pools) {
        QJsonArray pools;
        for (const PoolStatistics& pool : *statistics.pools) {
            QJsonObject poolObject = countsToJson(pool.counts);
            poolObject.insert(QLatin1String("desktop_pool_id"), pool.id);
            poolObject.insert(QLatin1String("desktop_pool_name"), pool.name);
            pools.append(poolObject);
        }
        object.insert(QLatin1String("desktop_pool_statistics"), pools);
    }
    return object;
}

namespace {

void writeJson(const ExportContext& context, const DesktopStatistics& statistics, ExportSink& sink)
{
    QStringList desktopTypes;
    for (DesktopType type : context.query.desktopTypes())
        desktopTypes.append(wireName(type));
    QStringList statisticsTypes;
    for (StatisticsType type : context.query.statisticsTypes())
        statisticsTypes.append(wireName(type));

    QJsonObject query;
    query.insert(QLatin1String("desktop_type"), toJsonArray(desktopTypes));
    query.insert(QLatin1String("statistics_type"), toJsonArray(statisticsTypes));
    query.insert(QLatin1String("desktop_pool_ids"), toJsonArray(context.query.poolIds()));

    // Everything but the pools through QJsonDocument, with an empty pool list where the pools
    // go; the pools are then written into it directly (see appendPoolJson).
    DesktopStatistics withoutPools;
    withoutPools.totals = statistics.totals;
    if (statistics.pools)
        withoutPools.pools.emplace();
    QJsonObject root;
    root.insert(QLatin1String("generated_at"), context.generatedAt.toUTC().toString(Qt::ISODate));
    root.insert(QLatin1String("endpoint"), context.endpoint);
    root.insert(QLatin1String("project_id"), context.projectId);
    root.insert(QLatin1String("query"), query);
    root.insert(QLatin1String("request_id"), context.requestId);
    root.insert(QLatin1String("statistics"), statisticsToJson(withoutPools));
    QByteArray frame = QJsonDocument(root).toJson(QJsonDocument::Indented);
    QByteArray* out = sink.buffer();
    if (!statistics.pools || statistics.pools->isEmpty()) {
        out->append(frame);
        return;
    }

    static const QByteArray kEmptyPools("\"desktop_pool_statistics\": [\n        ]");
    const qsizetype at = frame.indexOf(kEmptyPools);
    Q_ASSERT(at >= 0);
    static const PoolKeyOrder order;
    // About 910 bytes a pool with every family (the 10,000-pool bench): a buffer of its own is
    // reserved once, so that it is not grown (and copied) on the way.
    if (!sink.toFile())
        out->reserve(out->size() + frame.size() + statistics.pools->size() * 1024);
    out->append(frame.constData(), at + kEmptyPools.size() - 9); // up to "[\n"
    bool first = true;
    for (const PoolStatistics& pool : *statistics.pools) {
        if (!first)
            out->append(",\n");
        first = false;
        out->append("            ");
        appendPoolJson(out, pool, order);
        sink.spill();
    }
    out->append("\n        ]");
    out->append(frame.constData() + at + kEmptyPools.size(),
                frame.size() - at - kEmptyPools.size());
}

} // namespace

QByteArray exportJson(const ExportContext& context, const DesktopStatistics& statistics)
{
    ExportSink sink;
    writeJson(context, statistics, sink);
    return sink.take();
}

QStringList csvHeader()
{
    QStringList header = {QStringLiteral("scope"), QStringLiteral("desktop_pool_id"),
                          QStringLiteral("desktop_pool_name")};
    for (const MetricInfo& info : allMetrics())
        header.append(QLatin1String(info.field));
    return header;
}

QString csvField(const QString& input)
{
    // A cell that starts like a formula is run by spreadsheets when opened (CSV injection): a
    // pool name such as =HYPERLINK(...) is kept as text by a leading apostrophe.
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    QString text = !input.isEmpty() && kFormulaStarts.contains(input.front())
                       ? QLatin1Char('\'') + input
                       : input;
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray exportCsv(const DesktopStatistics& statistics)
{
    ExportSink sink;
    writeCsv(statistics, sink);
    return sink.take();
}

std::optional<QString> writeExport(const QString& path, ExportFormat format,
                                   const ExportContext& context,
                                   const DesktopStatistics& statistics)
{
    Q_ASSERT(format != ExportFormat::Pdf);
    AtomicFile file(path);
    if (auto error = file.begin())
        return error;
    ExportSink sink(&file);
    if (format == ExportFormat::Json)
        writeJson(context, statistics, sink);
    else
        writeCsv(statistics, sink);
    sink.flush();
    return file.commit();
}

} // namespace wsdash
