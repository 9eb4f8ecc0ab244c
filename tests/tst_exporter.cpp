#include "core/api/statisticsparser.h"
#include "core/dashboard/exporter.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <unistd.h>

using namespace wsdash;

namespace {

DesktopStatistics fixture()
{
    auto parsed =
        StatisticsParser::parse(test::readTestData(QStringLiteral("statistics-full.json")));
    return parsed ? *parsed : DesktopStatistics{};
}

// A minimal RFC 4180 reader for the round trip.
QList<QStringList> readCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() &&
                text.at(i + 1) == QLatin1Char('"')) {
                field += QLatin1Char('"');
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatFromPath()
    {
        QCOMPARE(exportFormatForPath(QStringLiteral("a/b.json")), ExportFormat::Json);
        QCOMPARE(exportFormatForPath(QStringLiteral("B.CSV")), ExportFormat::Csv);
        QCOMPARE(exportFormatForPath(QStringLiteral("report.Pdf")), ExportFormat::Pdf);
        QVERIFY(!exportFormatForPath(QStringLiteral("b.txt")));
        QVERIFY(!exportFormatForPath(QStringLiteral("json")));
    }

    void jsonSchema()
    {
        ExportContext context;
        context.generatedAt = QDateTime(QDate(2026, 11, 26), QTime(3, 4, 5), QTimeZone::utc());
        context.endpoint = QStringLiteral("https://workspace.cn-north-4.myhuaweicloud.com");
        context.projectId = QStringLiteral("p1");
        context.requestId = QStringLiteral("req-1");
        auto query =
            StatisticsQuery::fromStrings({QStringLiteral("POOLED")}, {QStringLiteral("run-state")},
                                         {QStringLiteral("9d1e-pool-b")});
        QVERIFY(query);
        context.query = *query;

        const QJsonObject root = QJsonDocument::fromJson(exportJson(context, fixture())).object();
        QCOMPARE(root.value(QLatin1String("generated_at")).toString(),
                 QStringLiteral("2026-11-26T03:04:05Z"));
        QCOMPARE(root.value(QLatin1String("endpoint")).toString(), context.endpoint);
        QCOMPARE(root.value(QLatin1String("project_id")).toString(), QStringLiteral("p1"));
        QCOMPARE(root.value(QLatin1String("request_id")).toString(), QStringLiteral("req-1"));
        const QJsonObject q = root.value(QLatin1String("query")).toObject();
        QCOMPARE(q.value(QLatin1String("desktop_type")).toArray(),
                 QJsonArray({QStringLiteral("POOLED")}));
        QCOMPARE(q.value(QLatin1String("statistics_type")).toArray(),
                 QJsonArray({QStringLiteral("run-state")}));
        QCOMPARE(q.value(QLatin1String("desktop_pool_ids")).toArray(),
                 QJsonArray({QStringLiteral("9d1e-pool-b")}));

        const QJsonObject s = root.value(QLatin1String("statistics")).toObject();
        QCOMPARE(s.value(QLatin1String("total_num")).toInteger(), 120);
        QCOMPARE(s.value(QLatin1String("attach_statistics"))
                     .toObject()
                     .value(QLatin1String("attach_error_num"))
                     .toInteger(),
                 2);
        const QJsonArray pools = s.value(QLatin1String("desktop_pool_statistics")).toArray();
        QCOMPARE(pools.size(), 2);
        const QJsonObject b = pools.at(1).toObject();
        QCOMPARE(b.value(QLatin1String("desktop_pool_name")).toString(),
                 QStringLiteral("Finance, \"Quarter-end\""));
        const QJsonObject attach = b.value(QLatin1String("attach_statistics")).toObject();
        QCOMPARE(attach.value(QLatin1String("attached_num")).toInteger(), 20);
        // Not reported stays absent, never 0.
        QVERIFY(!attach.contains(QLatin1String("attaching_num")));
        QVERIFY(!b.value(QLatin1String("login_state_statistics"))
                     .toObject()
                     .contains(QLatin1String("unable_to_connect_num")));
    }

    // exportJson writes the pools directly (the 10,000-pool export's own time); the file must
    // stay byte for byte what QJsonDocument writes for the same tree, escapes included.
    void jsonIsWhatQJsonDocumentWrites()
    {
        DesktopStatistics statistics = fixture();
        QVERIFY(statistics.pools && statistics.pools->size() == 2);
        PoolStatistics odd = statistics.pools->at(0);
        QString name =
            QStringLiteral("\"q\" back\\slash / tab\t nl\n cr\r \b\f bell\x07 \x1f del\x7f "
                           "财务部 é 😀");
        name += QChar(0xd800); // a lone high surrogate
        name += QLatin1Char('x');
        name += QChar(0xdc00); // a lone low surrogate
        odd.name = name;
        odd.id = QString(QChar(0xd83d)); // a high surrogate at the end
        odd.counts = StateCounts();
        odd.counts.setHasFamily(Family::Run, true); // a family with one count
        odd.counts.setValue(Metric::ActiveNum, 0);
        odd.counts.setValue(Metric::TotalNum, 2147483647);
        statistics.pools->append(odd);
        PoolStatistics bare; // no counts and no families
        bare.id = QStringLiteral("p-bare");
        statistics.pools->append(bare);
        PoolStatistics
            invalid; // a partly invalid answer the window exports: "invalid", never absent
        invalid.id = QStringLiteral("p-invalid");
        invalid.counts.setInvalid(Metric::TotalNum);
        invalid.counts.setHasFamily(Family::Run, true);
        invalid.counts.setInvalid(Metric::ErrorNum);
        invalid.counts.setValue(Metric::StopNum, 1);
        statistics.pools->append(invalid);
        PoolStatistics emptyFamily;
        emptyFamily.id = QStringLiteral("p-empty-family");
        emptyFamily.counts.setHasFamily(Family::Login, true); // asked for, nothing reported
        statistics.pools->append(emptyFamily);

        ExportContext context;
        context.generatedAt = QDateTime(QDate(2026, 11, 26), QTime(3, 4, 5), QTimeZone::utc());
        context.endpoint = QStringLiteral("http://127.0.0.1:8080");
        context.projectId = QStringLiteral("p1");
        context.requestId = QStringLiteral("req-\"1\"");
        context.query = StatisticsQuery::everything();

        QJsonObject root;
        QJsonObject query;
        query.insert(QLatin1String("desktop_type"),
                     QJsonArray({QStringLiteral("DEDICATED"), QStringLiteral("POOLED")}));
        query.insert(QLatin1String("statistics_type"),
                     QJsonArray({QStringLiteral("attach-state"), QStringLiteral("login-state"),
                                 QStringLiteral("run-state")}));
        query.insert(QLatin1String("desktop_pool_ids"), QJsonArray());
        root.insert(QLatin1String("generated_at"), QStringLiteral("2026-11-26T03:04:05Z"));
        root.insert(QLatin1String("endpoint"), context.endpoint);
        root.insert(QLatin1String("project_id"), context.projectId);
        root.insert(QLatin1String("query"), query);
        root.insert(QLatin1String("request_id"), context.requestId);
        root.insert(QLatin1String("statistics"), statisticsToJson(statistics));
        const QByteArray expected = QJsonDocument(root).toJson(QJsonDocument::Indented);
        const QByteArray written = exportJson(context, statistics);
        if (written != expected) {
            qsizetype at = 0;
            while (at < written.size() && at < expected.size() && written[at] == expected[at])
                ++at;
            qWarning("first difference at byte %lld: written \"%s\", expected \"%s\"",
                     static_cast<long long>(at), written.mid(at, 60).constData(),
                     expected.mid(at, 60).constData());
        }
        QCOMPARE(written, expected);

        // No pools and an empty pool list are QJsonDocument's own output.
        DesktopStatistics none;
        none.totals.setValue(Metric::TotalNum, 0);
        none.pools.emplace();
        root.insert(QLatin1String("statistics"), statisticsToJson(none));
        QCOMPARE(exportJson(context, none), QJsonDocument(root).toJson(QJsonDocument::Indented));
    }

    void jsonRoundTripThroughParser()
    {
        const DesktopStatistics original = fixture();
        const QJsonObject statistics = statisticsToJson(original);
        const auto reparsed = StatisticsParser::parse(QJsonDocument(statistics).toJson());
        QVERIFY(reparsed);
        QCOMPARE(reparsed->totals, original.totals);
        QCOMPARE(*reparsed->pools, *original.pools);
    }

    void familyNotReportedIsAbsent()
    {
        DesktopStatistics s;
        s.totals.setValue(Metric::TotalNum, 5);
        const QJsonObject json = statisticsToJson(s);
        QCOMPARE(json.keys(), QStringList{QStringLiteral("total_num")});
    }

    // The window can export a partly invalid answer: an invalid count is the text "invalid" in
    // both formats, never a number and never empty/absent (which means "not reported"); read
    // back, the lenient parser marks it invalid again and the strict one refuses it.
    void invalidCountsAreWrittenAsInvalid()
    {
        DesktopStatistics s = fixture();
        s.totals.setInvalid(Metric::StopNum);
        (*s.pools)[1].counts.setInvalid(Metric::TotalNum);
        const QJsonObject json = statisticsToJson(s);
        QCOMPARE(json.value(QLatin1String("run_state_statistics"))
                     .toObject()
                     .value(QLatin1String("stop_num"))
                     .toString(),
                 QStringLiteral("invalid"));
        const QByteArray text = QJsonDocument(json).toJson();
        QVERIFY(!StatisticsParser::parse(text));
        const auto back = StatisticsParser::parseLenient(text);
        QVERIFY(back);
        QCOMPARE(back->statistics.totals, s.totals);
        QCOMPARE(*back->statistics.pools, *s.pools);

        const QList<QStringList> rows = readCsv(QString::fromUtf8(exportCsv(s)));
        QCOMPARE(rows.at(1).at(3 + static_cast<int>(Metric::StopNum)), QStringLiteral("invalid"));
        QCOMPARE(rows.at(3).at(3), QStringLiteral("invalid"));
        QCOMPARE(rows.at(3).at(6), QString()); // not reported stays empty
    }

    void csv()
    {
        const QByteArray csv = exportCsv(fixture());
        const QList<QStringList> rows = readCsv(QString::fromUtf8(csv));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(
            rows.at(0).join(QLatin1Char(',')),
            QStringLiteral(
                "scope,desktop_pool_id,desktop_pool_name,total_num,attached_num,unattached_num,"
                "attaching_num,attach_error_num,stop_num,active_num,error_num,hibernated_num,"
                "in_use_num,unregistered_num,unable_to_connect_num,ready_num,disconnected_num"));
        QCOMPARE(rows.at(1),
                 (QStringList{QStringLiteral("total"), QString(), QString(), QStringLiteral("120"),
                              QStringLiteral("90"), QStringLiteral("25"), QStringLiteral("3"),
                              QStringLiteral("2"), QStringLiteral("20"), QStringLiteral("95"),
                              QStringLiteral("1"), QStringLiteral("4"), QStringLiteral("60"),
                              QStringLiteral("10"), QStringLiteral("5"), QStringLiteral("30"),
                              QStringLiteral("15")}));
        QCOMPARE(rows.at(2).at(2), QStringLiteral("华东研发中心-图形工作站池-第二批次"));
        QCOMPARE(rows.at(3).at(0), QStringLiteral("pool"));
        QCOMPARE(rows.at(3).at(2), QStringLiteral("Finance, \"Quarter-end\""));
        QCOMPARE(rows.at(3).at(6), QString()); // attaching_num not reported
        QVERIFY(csv.contains("\"Finance, \"\"Quarter-end\"\"\""));
        QVERIFY(csv.endsWith("\r\n"));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::addRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::addRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::addRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::addRow("cr") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                 << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::addRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::addRow("minus") << QStringLiteral("-pool") << QStringLiteral("'-pool");
        QTest::addRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::addRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::addRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void csvField()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(wsdash::csvField(input), expected);
    }

    void atomicWrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(!writeFileAtomically(path, "first"));
        QVERIFY(!writeFileAtomically(path, "second"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("second"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("out.json")});
    }

    void writeToUnwritablePlaceFailsCleanly()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.csv"));
        const auto error = writeFileAtomically(missing, "x");
        QVERIFY(error);
        QVERIFY(error->contains(missing));
        QVERIFY(!QFile::exists(missing));

        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const QString denied = dir.filePath(QStringLiteral("out.csv"));
        const auto deniedError = writeFileAtomically(denied, "x");
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (::geteuid() != 0) { // root ignores permissions
            QVERIFY(deniedError);
            QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        }

        // A folder standing where the file should go cannot be replaced.
        QTemporaryDir other;
        const QString folder = other.filePath(QStringLiteral("taken.json"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(writeFileAtomically(folder, "x"));
        QCOMPARE(QDir(other.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
#ifdef Q_OS_LINUX
        // Not even root can create files in /proc.
        QVERIFY(writeFileAtomically(QStringLiteral("/proc/wsdash-export-test.csv"), "x"));
#endif
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
