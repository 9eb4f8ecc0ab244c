// StatisticsScanner reads answers without problems straight from the bytes; everything else
// goes through QJsonDocument. Whatever the scanner takes must come out exactly as the
// QJsonDocument reader reads it, and parse()/parseLenient() must answer every body (valid,
// unusual, malformed) exactly as the QJsonDocument route does: same statistics, same problems,
// same errors naming the same JSON paths.

#include "core/api/statisticsparser.h"
#include "core/api/statisticsscanner.h"
#include "sim/responses.h"

#include <QTest>

using namespace wsdash;

namespace {

// A Desktop Statistics answer as the simulator writes it, with `pools` pools.
QByteArray answer(int pools, const QByteArray& poolExtra = {})
{
    QByteArray json = R"({"total_num": )" + QByteArray::number(pools * 10) +
                      R"(, "attach_statistics": {"attached_num": 7, "unattached_num": 3},)"
                      R"( "run_state_statistics": {"stop_num": 1, "active_num": 2,)"
                      R"( "error_num": 0, "hibernated_num": 2147483647},)"
                      R"( "login_state_statistics": null, "desktop_pool_statistics": [)";
    for (int i = 0; i < pools; ++i) {
        if (i > 0)
            json += ",\n";
        json += R"({"desktop_pool_id": "pool-)" + QByteArray::number(i) +
                R"(", "desktop_pool_name": "池 )" + QByteArray::number(i) + R"(", "total_num": )" +
                QByteArray::number(i) + R"(, "attach_statistics": {"attached_num": )" +
                QByteArray::number(i % 7) +
                R"(, "unattached_num": 1, "attaching_num": null, "attach_error_num": 0},)"
                R"( "run_state_statistics": {"stop_num": 2, "active_num": 3, "error_num": 4,)"
                R"( "hibernated_num": 5}, "login_state_statistics": {"in_use_num": 6,)"
                R"( "unregistered_num": 7, "unable_to_connect_num": 8, "ready_num": 9,)"
                R"( "disconnected_num": 10})" +
                poolExtra + "}";
    }
    json += "]}";
    return json;
}

// Three pools with everything unusual that is still valid: escapes, raw UTF-8, unknown fields
// of every kind, nulls, fields in any order, white space of every kind.
QByteArray unusualAnswer()
{
    return QByteArrayLiteral(
        "\t\r\n {\"request_id\": \"r-1\", \"desktop_pool_statistics\" : [\n"
        "  {\"total_num\": 0, \"extra\": {\"a\": [1, -2.5, 0.25, true, false, null, \"x\\\"y\"],"
        " \"b\": {}}, \"desktop_pool_name\": \"q\\\"b\\\\s\\/ \\b\\f\\n\\r\\t \\u00e9\\u8d22"
        "\\ud83d\\ude00 lone\\ud800 end\", \"desktop_pool_id\": \"p\\u0041\","
        " \"run_state_statistics\": {\"stop_num\": null, \"active_num\": 0, \"other\": [[]]}},\n"
        "  {\"desktop_pool_id\": \"财务部-池\", \"desktop_pool_name\": null, \"total_num\": 5,"
        " \"attach_statistics\": null, \"login_state_statistics\": {}},\n"
        "  {\"desktop_pool_id\": \"p3\", \"total_num\": 2147483647, \"\xe4\xb8\xad\": 1,"
        " \"login_state_statistics\": {\"ready_num\": 3, \"stop_num\": 9}}\n"
        "], \"total_num\": 9, \"attach_statistics\": {\"attached_num\": 9} } \n");
}

bool sameStatistics(const DesktopStatistics& a, const DesktopStatistics& b)
{
    if (!(a.totals == b.totals) || a.pools.has_value() != b.pools.has_value() ||
        a.poolsDroppedByClient != b.poolsDroppedByClient)
        return false;
    if (!a.pools)
        return true;
    if (*a.pools != *b.pools)
        return false;
    for (qsizetype i = 0; i < a.pools->size(); ++i) {
        // operator== leaves out the place in the answer; the messages need it.
        if (a.pools->at(i).answerIndex != b.pools->at(i).answerIndex ||
            a.pools->at(i).id.isNull() != b.pools->at(i).id.isNull())
            return false;
    }
    return true;
}

bool sameError(const ParseError& a, const ParseError& b)
{
    return a.path == b.path && a.message == b.message;
}

// parse() and parseLenient() answer `body` as the QJsonDocument route does; what the scanner
// takes is exactly what that route reads, without a problem. Returns a description of the first
// difference, or an empty string.
QString differences(const QByteArray& body)
{
    const auto strict = StatisticsParser::parse(body);
    const auto strictReference = StatisticsParser::parseViaDocument(body);
    if (strict.hasValue() != strictReference.hasValue())
        return QStringLiteral("parse() %1, the document route %2")
            .arg(strict ? QStringLiteral("succeeded") : strict.error().message,
                 strictReference ? QStringLiteral("succeeded") : strictReference.error().message);
    if (strict && !sameStatistics(*strict, *strictReference))
        return QStringLiteral("parse() read other statistics than the document route");
    if (!strict && !sameError(strict.error(), strictReference.error()))
        return QStringLiteral("parse() error \"%1\", the document route \"%2\"")
            .arg(strict.error().message, strictReference.error().message);

    const auto lenient = StatisticsParser::parseLenient(body);
    const auto lenientReference = StatisticsParser::parseLenientViaDocument(body);
    if (lenient.hasValue() != lenientReference.hasValue())
        return QStringLiteral("parseLenient() and the document route disagree on success");
    if (!lenient && !sameError(lenient.error(), lenientReference.error()))
        return QStringLiteral("parseLenient() error \"%1\", the document route \"%2\"")
            .arg(lenient.error().message, lenientReference.error().message);
    if (lenient) {
        if (!sameStatistics(lenient->statistics, lenientReference->statistics))
            return QStringLiteral("parseLenient() read other statistics");
        if (lenient->problems.size() != lenientReference->problems.size())
            return QStringLiteral("parseLenient() found %1 problems, the document route %2")
                .arg(lenient->problems.size())
                .arg(lenientReference->problems.size());
        for (qsizetype i = 0; i < lenient->problems.size(); ++i) {
            if (!sameError(lenient->problems.at(i), lenientReference->problems.at(i)))
                return QStringLiteral("problem %1 differs: \"%2\" / \"%3\"")
                    .arg(i)
                    .arg(lenient->problems.at(i).message, lenientReference->problems.at(i).message);
        }
    }

    if (const auto scanned = StatisticsScanner::scan(body)) {
        if (!strictReference)
            return QStringLiteral("the scanner took a body the document route refuses: %1")
                .arg(strictReference.error().message);
        if (!sameStatistics(*scanned, *strictReference))
            return QStringLiteral("the scanner read other statistics than the document route");
        if (!lenientReference || !lenientReference->problems.isEmpty())
            return QStringLiteral("the scanner took a body in which the document route finds "
                                  "problems");
    }
    return {};
}

} // namespace

class TestStatisticsScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validAnswersAreScanned_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("pools"); // -1: no pool list
        QTest::addRow("simulator-like, 200 pools") << answer(200) << 200;
        QTest::addRow("unusual but valid") << unusualAnswer() << 3;
        QTest::addRow("no pools") << QByteArray(R"({"total_num": 0})") << -1;
        QTest::addRow("null pool list")
            << QByteArray(R"({"desktop_pool_statistics": null, "total_num": 0})") << -1;
        QTest::addRow("empty pool list")
            << QByteArray(R"({"desktop_pool_statistics": [ ], "total_num": 3})") << 0;
        QTest::addRow("unknown pool fields") << answer(3, R"(, "x": {"y": [1, {"z": ""}]})") << 3;
        QFile file(QFINDTESTDATA("data/statistics-full.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray full = file.readAll();
        QVERIFY(StatisticsParser::parseViaDocument(full).value().pools);
        QTest::addRow("statistics-full.json")
            << full
            << static_cast<int>(StatisticsParser::parseViaDocument(full).value().pools->size());
    }

    // The bodies the fast route is for are taken by it, and read exactly as QJsonDocument reads
    // them (a scanner that gives up on everything would pass the differential test below).
    void validAnswersAreScanned()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, pools);
        const auto scanned = StatisticsScanner::scan(body);
        QVERIFY(scanned);
        QCOMPARE(scanned->pools ? static_cast<int>(scanned->pools->size()) : -1, pools);
        const auto reference = StatisticsParser::parseViaDocument(body);
        QVERIFY(reference);
        QVERIFY(sameStatistics(*scanned, *reference));
        QCOMPARE(differences(body), QString());
    }

    void unusualValuesAreDecodedAsQJsonDocumentDoes()
    {
        const auto scanned = StatisticsScanner::scan(unusualAnswer());
        QVERIFY(scanned && scanned->pools && scanned->pools->size() == 3);
        const PoolStatistics& first = scanned->pools->at(0);
        QCOMPARE(first.id, QStringLiteral("pA"));
        QString name = QStringLiteral("q\"b\\s/ \b\f\n\r\t é财😀 lone");
        name += QChar(0xd800);
        name += QStringLiteral(" end");
        QCOMPARE(first.name, name);
        QCOMPARE(first.counts.value(Metric::ActiveNum), Count(0));
        QVERIFY(!first.counts.value(Metric::StopNum) && !first.counts.isInvalid(Metric::StopNum));
        QVERIFY(first.counts.hasFamily(Family::Run) && !first.counts.hasFamily(Family::Attach));
        const PoolStatistics& second = scanned->pools->at(1);
        QCOMPARE(second.id, QStringLiteral("财务部-池"));
        QVERIFY(second.name.isEmpty());
        QVERIFY(!second.counts.hasFamily(Family::Attach)); // null: not reported
        QVERIFY(second.counts.hasFamily(Family::Login));   // {}: asked for, nothing in it
        const PoolStatistics& third = scanned->pools->at(2);
        QCOMPARE(third.counts.value(Metric::TotalNum), Count(2147483647));
        QCOMPARE(third.counts.value(Metric::ReadyNum), Count(3));
        QVERIFY(!third.counts.value(Metric::StopNum)); // not a field of the login family
        QCOMPARE(third.answerIndex, 2);
    }

    // Every body the scanner must leave to QJsonDocument: problems (named as before) and
    // everything it is not sure QJsonDocument reads as it would.
    void declinedBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = answer(2);
        const auto replaced = [&good](const char* from, const char* to) {
            QByteArray body = good;
            const qsizetype at = body.indexOf(from);
            Q_ASSERT(at >= 0);
            return body.replace(at, qstrlen(from), to);
        };
        QTest::addRow("negative count") << replaced(R"("stop_num": 1)", R"("stop_num": -1)");
        QTest::addRow("minus zero") << replaced(R"("stop_num": 1)", R"("stop_num": -0)");
        QTest::addRow("fraction") << replaced(R"("stop_num": 1)", R"("stop_num": 1.5)");
        QTest::addRow("integral fraction") << replaced(R"("stop_num": 1)", R"("stop_num": 1.0)");
        QTest::addRow("exponent") << replaced(R"("stop_num": 1)", R"("stop_num": 1e3)");
        QTest::addRow("string count") << replaced(R"("total_num": 0)", R"("total_num": "0")");
        QTest::addRow("bool count") << replaced(R"("total_num": 0)", R"("total_num": true)");
        QTest::addRow("2^31") << replaced(R"("stop_num": 1)", R"("stop_num": 2147483648)");
        QTest::addRow("huge") << replaced(R"("stop_num": 1)", R"("stop_num": 99999999999999)");
        QTest::addRow("leading zero") << replaced(R"("stop_num": 1)", R"("stop_num": 01)");
        QTest::addRow("null total") << replaced(R"("total_num": 20)", R"("total_num": null)");
        QTest::addRow("no total") << replaced(R"("total_num": 20, )", "");
        QTest::addRow("pool without total") << replaced(R"("total_num": 0, )", "");
        QTest::addRow("pool without ID") << replaced(R"("desktop_pool_id": "pool-0", )", "");
        QTest::addRow("null ID") << replaced(R"("pool-0")", "null");
        QTest::addRow("empty ID") << replaced(R"("pool-0")", R"("")");
        QTest::addRow("numeric ID") << replaced(R"("pool-0")", "7");
        QTest::addRow("numeric name") << replaced(R"("池 0")", "7");
        QTest::addRow("duplicate ID")
            << replaced(R"("desktop_pool_id": "pool-0", )",
                        R"("desktop_pool_id": "a", "desktop_pool_id": "b", )");
        QTest::addRow("duplicate total")
            << replaced(R"("total_num": 20)", R"("total_num": 20, "total_num": 21)");
        QTest::addRow("duplicate count")
            << replaced(R"("stop_num": 1)", R"("stop_num": 1, "stop_num": 2)");
        QTest::addRow("duplicate family")
            << replaced(R"("login_state_statistics": null)",
                        R"("login_state_statistics": null, "login_state_statistics": {})");
        QTest::addRow("family not an object")
            << replaced(R"("login_state_statistics": null)", R"("login_state_statistics": [])");
        QTest::addRow("pool not an object") << replaced("[{", "[7, {");
        QTest::addRow("pools not an array")
            << QByteArray(R"({"total_num": 1, "desktop_pool_statistics": {}})");
        QTest::addRow("escaped key") << replaced(R"("total_num": 20)", R"("total\u005fnum": 20)");
        QTest::addRow("unknown escape") << replaced(R"("池 0")", R"("\q")");
        QTest::addRow("raw control character") << replaced(R"("池 0")", "\"a\x01\"");
        QTest::addRow("invalid UTF-8") << replaced(R"("池 0")", "\"\xc3\x28\"");
        QTest::addRow("overlong UTF-8") << replaced(R"("池 0")", "\"\xc0\xaf\"");
        QTest::addRow("UTF-8 surrogate") << replaced(R"("池 0")", "\"\xed\xa0\x80\"");
        QTest::addRow("noncharacter") << replaced(R"("池 0")", "\"\xef\xbf\xbe\"");
        QTest::addRow("exponent elsewhere") << replaced("{", R"({"x": 1e400, )");
        QTest::addRow("long number elsewhere")
            << replaced("{", R"({"x": 12345678901234567890123456789, )");
        QTest::addRow("trailing garbage") << good + "x";
        QTest::addRow("two objects") << good + "{}";
        QTest::addRow("truncated") << good.left(good.size() - 3);
        QTest::addRow("trailing comma") << replaced("]}", ",]}");
        QTest::addRow("byte order mark") << "\xef\xbb\xbf" + good;
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("white space") << QByteArray(" \n");
        QTest::addRow("array") << QByteArray("[]");
        QTest::addRow("scalar") << QByteArray("7");
        QTest::addRow("HTML") << QByteArray("<html></html>");
        QTest::addRow("deep nesting") << replaced(
            "{", QByteArray(R"({"x": )" + QByteArray(100, '[') + QByteArray(100, ']') + ", ")
                     .constData());
        QTest::addRow("simulator's partly invalid answer") << sim::partlyInvalid(good);
        QTest::addRow("simulator's malformed answer") << sim::malformedJson(good);
    }

    void declinedBodies()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!StatisticsScanner::scan(body));
        QCOMPARE(differences(body), QString());
    }

    // A refresh reads its pools' IDs and names into the text of the pools shown before where
    // they are the same (in the same place), and into text of their own where they differ; the
    // statistics are the same either way.
    void unchangedPoolsShareTheTextOfTheAnswerBefore()
    {
        const auto before = StatisticsScanner::scan(answer(4));
        QVERIFY(before && before->pools);
        const QList<PoolStatistics>& shown = *before->pools;

        QByteArray body = answer(5); // one pool more at the end
        body.replace(R"("desktop_pool_name": "池 2")", R"("desktop_pool_name": "池 二")");
        body.replace(R"("desktop_pool_id": "pool-3")", R"("desktop_pool_id": "pool-x")");
        const auto after = StatisticsScanner::scan(body, shown);
        QVERIFY(after && after->pools);
        const auto plain = StatisticsScanner::scan(body);
        QVERIFY(plain);
        QVERIFY(sameStatistics(*after, *plain));

        const QList<PoolStatistics>& pools = *after->pools;
        QCOMPARE(pools.size(), 5);
        for (int i : {0, 1}) { // unchanged: ASCII ID and UTF-8 name both shared
            QVERIFY(pools.at(i).id.isSharedWith(shown.at(i).id));
            QVERIFY(pools.at(i).name.isSharedWith(shown.at(i).name));
        }
        QVERIFY(pools.at(2).id.isSharedWith(shown.at(2).id));
        QCOMPARE(pools.at(2).name, QStringLiteral("池 二"));
        QVERIFY(!pools.at(2).name.isSharedWith(shown.at(2).name));
        QCOMPARE(pools.at(3).id, QStringLiteral("pool-x"));
        QVERIFY(!pools.at(3).id.isSharedWith(shown.at(3).id));
        QVERIFY(pools.at(3).name.isSharedWith(shown.at(3).name));
        QCOMPARE(pools.at(4).id, QStringLiteral("pool-4"));
        // The lenient route (the window's) passes them on too.
        const auto lenient = StatisticsParser::parseLenient(body, shown);
        QVERIFY(lenient && lenient->statistics.pools);
        QVERIFY(lenient->statistics.pools->at(0).id.isSharedWith(shown.at(0).id));
    }

    // The error paths are still named: a strict parse of a bad count names it.
    void errorsStillNameTheirPath()
    {
        QByteArray body = answer(3);
        body.replace(R"("stop_num": 2, "active_num": 3)", R"("stop_num": -2, "active_num": 3)");
        const auto parsed = StatisticsParser::parse(body);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().path,
                 QStringLiteral("desktop_pool_statistics[0].run_state_statistics.stop_num"));
        QVERIFY(parsed.error().message.startsWith(parsed.error().path));
        const auto lenient = StatisticsParser::parseLenient(body);
        QVERIFY(lenient);
        QCOMPARE(lenient->problems.size(), 3);
        QVERIFY(lenient->statistics.pools->at(1).counts.isInvalid(Metric::StopNum));
    }

    // Every truncation of an unusual answer, and every byte of it replaced by each of a few
    // characters that break JSON in different ways: both routes agree on each body.
    void mutationsAgreeWithTheDocumentRoute()
    {
        const QByteArray base = unusualAnswer();
        for (qsizetype length = 0; length < base.size(); ++length)
            QVERIFY2(differences(base.left(length)).isEmpty(),
                     qPrintable(QStringLiteral("truncated to %1 bytes: %2")
                                    .arg(length)
                                    .arg(differences(base.left(length)))));
        static const char kReplacements[] = {'"', '}', ']', ',',  ':',    '1',    '-', '.',
                                             'e', ' ', 'n', '\\', '\x80', '\x01', '{', '['};
        int scanned = 0;
        for (qsizetype at = 0; at < base.size(); ++at) {
            for (char replacement : kReplacements) {
                QByteArray body = base;
                body[at] = replacement;
                const QString difference = differences(body);
                QVERIFY2(difference.isEmpty(),
                         qPrintable(QStringLiteral("byte %1 replaced by 0x%2: %3")
                                        .arg(at)
                                        .arg(static_cast<unsigned char>(replacement), 2, 16,
                                             QLatin1Char('0'))
                                        .arg(difference)));
                if (StatisticsScanner::scan(body))
                    ++scanned;
            }
        }
        // Many replacements keep the answer valid (a digit for a digit, a space for a space):
        // those went through the scanner and agreed.
        QVERIFY(scanned > 50);
    }
};

QTEST_GUILESS_MAIN(TestStatisticsScanner)
#include "tst_statisticsscanner.moc"
