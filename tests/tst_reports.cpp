// Reports and exports for reviews: the PDF report (read back with pdftotext, as a reviewer's
// tools read it), printing, the 2x PNG, the table as CSV/JSON/Markdown/TSV, atomic writes, and
// the headless `wsdash --export FILE.pdf` / `--screenshot --scale 2 --as-of` against a real
// HTTP server on 127.0.0.1.

#include "core/api/statisticsparser.h"
#include "core/dashboard/dashboardcontroller.h"
#include "dashboardtestdata.h"
#include "support/clienttestsupport.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"
#include "support/testsupport.h"
#include "ui/reports/dashboardimage.h"
#include "ui/reports/exportmenu.h"
#include "ui/reports/pngencoder.h"
#include "ui/reports/reportwriter.h"
#include "ui/reports/screenshotjob.h"
#include "ui/style/translations.h"
#include "ui/window/mainwindow.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPrinter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <future>

using namespace wsdash;
using namespace wsdash::test;

namespace {

const QByteArray kRequestId = "5f0e1d2c3b4a59687766554433221100";

// A dashboard window on a TestHttpServer that serves `served` (statistics) to every request.
struct Dashboard
{
    TestHttpServer server;
    QNetworkAccessManager network;
    FixedClock clock;
    std::unique_ptr<DashboardController> controller;
    std::unique_ptr<MainWindow> window;

    bool open(const DesktopStatistics& served)
    {
        if (!server.listen())
            return false;
        server.setDefaultResponse(
            ScriptedResponse::json(200, statisticsBody(served), {{"X-Request-Id", kRequestId}}));
        controller = std::make_unique<DashboardController>(&network, clock);
        StatisticsRequest request = statisticsRequestFor(server);
        request.query = fullQuery();
        controller->setRequest(request);
        window = std::make_unique<MainWindow>(*controller, clock, nullptr);
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return false;
        QSignalSpy shown(window.get(), &MainWindow::resultShown);
        controller->refresh();
        return shown.wait(5000) && shown.constFirst().constFirst().toBool();
    }
    ExportMenu& exports() const { return *window->exportMenu(); }
};

// The text of a PDF as pdftotext extracts it, NFKC-normalised: the CJK font maps some
// ideographs to their Kangxi-radical twins (面 as ⾯), which NFKC folds back.
QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(process.errorString());
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    process.waitForFinished(30000);
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)"))
                           .match(QString::fromUtf8(process.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

// A headless child with test credentials and folders of its own.
QProcessEnvironment childEnvironment(const QTemporaryDir& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"), QString::fromLatin1(kTestAk));
    env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"), QString::fromLatin1(kTestSk));
    env.insert(QStringLiteral("WSDASH_CONFIG_DIR"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("WSDASH_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    return env;
}

QStringList connectionArguments(const TestHttpServer& server)
{
    return {QStringLiteral("--endpoint"), server.baseUrl(), QStringLiteral("--project-id"),
            kTestProject, QStringLiteral("--no-history")};
}

} // namespace

class TestReports final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        QLocale::setDefault(QLocale::c());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "pdftotext is missing (poppler-utils; scripts/install-deps.sh installs it)");
    }

    void reportHoldsTheHeaderTotalsAndEveryPool()
    {
        const QStringList names{QStringLiteral("华东研发中心-图形工作站池-第二批次"),
                                QStringLiteral("Finance-Office-Pool")};
        const DesktopStatistics served = makeStatistics(12, 10, names);
        Dashboard d;
        QVERIFY(d.open(served));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const auto error = d.exports().saveReport(path);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));

        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("Workspace desktop statistics")), qPrintable(text));
        QVERIFY(text.contains(kTestProject));
        QVERIFY(text.contains(QString::fromLatin1(kRequestId)));
        QVERIFY(text.contains(d.server.baseUrl()));
        // The totals row: the sum over the pools of every count (the project total also holds
        // the 10 dedicated desktops, which are in no pool).
        const QRegularExpression totalsRow(QStringLiteral("All 12 pools\\s+(\\d+)\\s+(\\d+)"));
        const auto match = totalsRow.match(text);
        QVERIFY2(match.hasMatch(), qPrintable(text));
        qint64 poolSum = 0;
        qint64 assignedSum = 0;
        for (const PoolStatistics& pool : *served.pools) {
            poolSum += *pool.counts.value(Metric::TotalNum);
            assignedSum += *pool.counts.value(Metric::AttachedNum);
        }
        QCOMPARE(match.captured(1).toLongLong(), poolSum);
        QCOMPARE(match.captured(2).toLongLong(), assignedSum);
        // Every pool, by name and ID, with its own total beside its name.
        for (const PoolStatistics& pool : *served.pools) {
            QVERIFY2(text.contains(pool.id), qPrintable(pool.id));
            const QRegularExpression row(
                QRegularExpression::escape(pool.name) +
                QStringLiteral("\\s+%1\\s").arg(*pool.counts.value(Metric::TotalNum)));
            QVERIFY2(row.match(text).hasMatch(), qPrintable(pool.name));
        }
        const int pages = pdfPages(path);
        QVERIFY(pages >= 1);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    }

    void longTableContinuesOnFurtherPages()
    {
        const DesktopStatistics served = makeStatistics(150);
        Dashboard d;
        QVERIFY(d.open(served));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(!d.exports().saveReport(path));
        const int pages = pdfPages(path);
        QVERIFY2(pages >= 4, qPrintable(QString::number(pages)));
        const QString text = pdfText(path);
        QCOMPARE(text.count(QStringLiteral("Desktop pools (continued)")), pages - 1);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        for (const PoolStatistics& pool : *served.pools)
            QCOMPARE(text.count(pool.id), 1); // once: no row lost or repeated at a page break
    }

    void printingPaintsTheSameReport()
    {
        const DesktopStatistics served = makeStatistics(5);
        Dashboard d;
        QVERIFY(d.open(served));
        QTemporaryDir dir;
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
        const auto error = ReportWriter(*d.window).paint(printer);
        QVERIFY2(!error, qPrintable(error.value_or(QString())));
        const QString text = pdfText(printer.outputFileName());
        QVERIFY2(text.contains(QStringLiteral("All 5 pools")), qPrintable(text));
        QVERIFY(text.contains(served.pools->constFirst().id));
    }

    void noReportWithoutData()
    {
        Dashboard d;
        QVERIFY(d.server.listen());
        d.controller = std::make_unique<DashboardController>(&d.network, d.clock);
        d.controller->setRequest(statisticsRequestFor(d.server));
        d.window = std::make_unique<MainWindow>(*d.controller, d.clock, nullptr);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.pdf"));
        QVERIFY(d.exports().saveReport(path).has_value());
        QVERIFY(filesIn(dir.path()).isEmpty());
        const auto* action = d.window->findChild<QAction*>(QStringLiteral("saveReportAction"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
    }

    void pictureIsTwiceTheSizeAtTwiceTheDensity()
    {
        Dashboard d;
        QVERIFY(d.open(makeStatistics(6)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dashboard.png"));
        QVERIFY(!d.exports().savePicture(path));
        const QImage image(path);
        QCOMPARE(image.size(), d.window->size() * 2);
        QCOMPARE(image.dotsPerMeterX(), 7559); // 192 dpi
        QCOMPARE(image.dotsPerMeterY(), 7559);
    }

    // The screenshot's canvas, prepared on another thread while the window is built
    // (DashboardImage::prepareCanvas), gives the picture an unprepared render gives, and is used
    // only when it still fits the window.
    void preparedCanvasGivesTheSamePicture()
    {
        Dashboard d;
        QVERIFY(d.open(makeStatistics(6)));
        const QImage reference = DashboardImage::render(*d.window);

        const QImage prepared =
            DashboardImage::render(*d.window, 1.0, DashboardImage::prepareCanvas(*d.window));
        QCOMPARE(prepared, reference);

        // A canvas that fits is painted on (a mark in its metadata comes out with the picture).
        const auto given = [](QSize size, QColor fill, QColor background) {
            QImage image(size, QImage::Format_RGB32);
            image.fill(fill);
            image.setText(QStringLiteral("canvas"), QStringLiteral("given"));
            std::promise<DashboardImage::Canvas> promise;
            promise.set_value({std::move(image), background});
            return promise.get_future();
        };
        const auto onCanvas = [](const QImage& picture) {
            return picture.text(QStringLiteral("canvas")) == QLatin1String("given");
        };
        QVERIFY(!onCanvas(reference));
        const QColor background = d.window->palette().color(d.window->backgroundRole());
        const QSize size = d.window->size();
        const QImage onFitting =
            DashboardImage::render(*d.window, 1.0, given(size, background, background));
        QVERIFY(onCanvas(onFitting));
        QCOMPARE(onFitting, reference);

        // One the window outgrew, or of another background, is left alone.
        const QImage onSmall = DashboardImage::render(
            *d.window, 1.0, given(size - QSize(10, 10), background, background));
        QVERIFY(!onCanvas(onSmall));
        QCOMPARE(onSmall, reference);
        const QImage onRed = DashboardImage::render(*d.window, 1.0, given(size, Qt::red, Qt::red));
        QVERIFY(!onCanvas(onRed));
        QCOMPARE(onRed, reference);
    }

    void pngEncoderIsLossless_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<int>("threads");
        QRandomGenerator random(18);
        const auto noise = [&random](QSize size, QImage::Format format) {
            QImage image(size, format);
            for (int y = 0; y < size.height(); ++y) {
                for (int x = 0; x < size.width(); ++x)
                    image.setPixel(x, y, random.generate());
            }
            return image;
        };
        QTest::newRow("opaque RGB32, as rendered") << noise({37, 23}, QImage::Format_RGB32) << 0;
        QTest::newRow("one pixel") << noise({1, 1}, QImage::Format_RGB32) << 0;
        QTest::newRow("alpha, ARGB32") << noise({19, 41}, QImage::Format_ARGB32) << 0;
        // Tall enough to be deflated in parts, whatever the cores here: the parts' seams.
        const QImage tall = noise({61, 601}, QImage::Format_RGB32);
        for (int threads = 1; threads <= 5; ++threads)
            QTest::addRow("601 rows, %d thread(s)", threads) << tall << threads;
        QTest::newRow("alpha, 4 threads") << noise({23, 515}, QImage::Format_ARGB32) << 4;
        QImage premultiplied = noise({16, 16}, QImage::Format_ARGB32);
        premultiplied.convertTo(QImage::Format_ARGB32_Premultiplied);
        QTest::newRow("alpha, premultiplied") << premultiplied << 0;
        QImage gray = noise({30, 7}, QImage::Format_RGB32);
        gray.convertTo(QImage::Format_Grayscale8);
        QTest::newRow("grayscale, converted") << gray << 0;
        QImage flat(1280, 800, QImage::Format_RGB32); // long runs: deflate's matches
        flat.fill(QColor(0xf4f6f9));
        flat.setDotsPerMeterX(7559);
        flat.setDotsPerMeterY(3780);
        QTest::newRow("flat colour with a density") << flat << 0;
        QTest::newRow("flat colour, 2 threads") << flat << 2;
    }

    void pngEncoderIsLossless()
    {
        QFETCH(QImage, image);
        QFETCH(int, threads);
        const QByteArray png = encodePng(image, threads);
        QImage decoded;
        QVERIFY(decoded.loadFromData(png, "PNG"));
        QCOMPARE(decoded.size(), image.size());
        QCOMPARE(decoded.hasAlphaChannel(), image.hasAlphaChannel());
        QCOMPARE(decoded.convertToFormat(QImage::Format_ARGB32),
                 image.convertToFormat(QImage::Format_ARGB32));
        if (image.dotsPerMeterX() > 0) {
            QCOMPARE(decoded.dotsPerMeterX(), image.dotsPerMeterX());
            QCOMPARE(decoded.dotsPerMeterY(), image.dotsPerMeterY());
        }
        QVERIFY(encodePng(QImage()).isEmpty());
    }

    // A screenshot renders the window once, into the picture: the window's backing store is
    // not painted on the way (issue 18: a seventh of start to painted demo dashboard).
    void screenshotPaintsTheWindowOnlyForThePicture()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(6))));
        QNetworkAccessManager network;
        FixedClock clock;
        DashboardController controller(&network, clock);
        StatisticsRequest request = statisticsRequestFor(server);
        request.query = fullQuery();
        controller.setRequest(request);
        MainWindow window(controller, clock, nullptr);
        window.resize(1024, 640);
        window.setAttribute(Qt::WA_DontShowOnScreen); // as ScreenshotMode shows it
        // Paint events of the table's viewport: by the backing store or by the picture.
        struct PaintCounter final : QObject
        {
            int paints = 0;
            bool eventFilter(QObject*, QEvent* event) override
            {
                paints += event->type() == QEvent::Paint ? 1 : 0;
                return false;
            }
        } counter;
        auto* viewport = window.findChild<QAbstractScrollArea*>(QStringLiteral("poolTable"));
        QVERIFY(viewport);
        viewport->viewport()->installEventFilter(&counter);
        window.show();
        QImage picture;
        int paintsBeforeThePicture = -1;
        ScreenshotJob job(
            window,
            [&]() -> std::optional<QString> {
                paintsBeforeThePicture = counter.paints;
                picture = DashboardImage::render(window);
                return std::nullopt;
            },
            ScreenshotJob::Without::SaveAnyway, std::chrono::milliseconds(10000));
        std::optional<ScreenshotJob::Outcome> outcome;
        connect(&job, &ScreenshotJob::finished, this,
                [&outcome](const ScreenshotJob::Outcome& o) { outcome = o; });
        job.start();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 10000);
        QVERIFY(outcome->dataShown);
        QCOMPARE(paintsBeforeThePicture, 0);
        QCOMPARE(counter.paints, 1);
        QCOMPARE(picture.size(), QSize(1024, 640));
    }

    void tableExportsRoundTrip()
    {
        const DesktopStatistics served =
            makeStatistics(7, 10, {QStringLiteral("池, \"quoted\"\nname")});
        Dashboard d;
        QVERIFY(d.open(served));
        QTemporaryDir dir;

        const QString json = dir.filePath(QStringLiteral("table.json"));
        QVERIFY(!d.exports().saveTable(json));
        QFile jsonFile(json);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(jsonFile.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("request_id")).toString(),
                 QString::fromLatin1(kRequestId));
        const auto parsed = StatisticsParser::parse(
            QJsonDocument(root.value(QStringLiteral("statistics")).toObject()).toJson());
        QVERIFY(parsed);
        QCOMPARE(parsed->totals, served.totals);
        QCOMPARE(*parsed->pools, *served.pools);

        const QString csv = dir.filePath(QStringLiteral("table.csv"));
        QVERIFY(!d.exports().saveTable(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        QVERIFY(csvText.contains(QStringLiteral("\"池, \"\"quoted\"\"\nname\"")));
        const QStringList csvLines = csvText.split(QRegularExpression(QStringLiteral("\r?\n")));
        QCOMPARE(csvLines[0].split(QLatin1Char(',')).mid(0, 4),
                 (QStringList{QStringLiteral("scope"), QStringLiteral("desktop_pool_id"),
                              QStringLiteral("desktop_pool_name"), QStringLiteral("total_num")}));
        const QStringList totalsCells = csvLines[1].split(QLatin1Char(','));
        QCOMPARE(totalsCells[0], QStringLiteral("total"));
        QCOMPARE(totalsCells[3].toLongLong(), *served.totals.value(Metric::TotalNum));

        QVERIFY(d.exports().saveTable(dir.filePath(QStringLiteral("table.txt"))).has_value());
    }

    void tableCopiesAsMarkdownAndTsv()
    {
        const DesktopStatistics served = makeStatistics(4, 10, {QStringLiteral("a|b pool")});
        Dashboard d;
        QVERIFY(d.open(served));

        const QString markdown = d.exports().copyTable(true);
        QCOMPARE(QApplication::clipboard()->text(), markdown);
        const QStringList lines = markdown.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2 + 1 + 4); // header, rule, totals, pools
        QVERIFY(lines[0].startsWith(QStringLiteral("| Pool |")));
        QVERIFY2(lines[1].contains(QStringLiteral("| ---: |")), qPrintable(lines[1]));
        QVERIFY(markdown.contains(QStringLiteral("a\\|b pool")));
        for (const QString& line : lines)
            QCOMPARE(line.count(QStringLiteral(" | ")), lines[0].count(QStringLiteral(" | ")));

        const QString tsv = d.exports().copyTable(false);
        QCOMPARE(QApplication::clipboard()->text(), tsv);
        const QStringList rows = tsv.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(rows.size(), 1 + 1 + 4);
        const QStringList header = rows[0].split(QLatin1Char('\t'));
        const QStringList totals = rows[1].split(QLatin1Char('\t'));
        QCOMPARE(totals.size(), header.size());
        const int desktops = static_cast<int>(header.indexOf(QStringLiteral("Desktops")));
        QVERIFY(desktops > 0);
        qint64 sum = 0;
        for (const PoolStatistics& pool : *served.pools)
            sum += *pool.counts.value(Metric::TotalNum);
        QCOMPARE(totals[desktops].toLongLong(), sum);
    }

    void failedWritesLeaveNothingBehind()
    {
        Dashboard d;
        QVERIFY(d.open(makeStatistics(3)));
        QTemporaryDir dir;
        // A folder that cannot exist (its parent is a file), and a name that is a folder.
        QFile blocker(dir.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        for (const char* folder : {"folder.pdf", "folder.png", "folder.csv"})
            QVERIFY(QDir(dir.path()).mkdir(QLatin1String(folder)));
        const QStringList before = filesIn(dir.path());
        for (const QString& stem : {QStringLiteral("file/x"), QStringLiteral("folder")}) {
            const auto report = d.exports().saveReport(dir.filePath(stem + u".pdf"));
            QVERIFY2(report && report->contains(dir.filePath(stem + u".pdf")),
                     qPrintable(report.value_or(QString())));
            QVERIFY(d.exports().savePicture(dir.filePath(stem + u".png")).has_value());
            QVERIFY(d.exports().saveTable(dir.filePath(stem + u".csv")).has_value());
        }
        QVERIFY2(filesIn(dir.path()) == before,
                 qPrintable(filesIn(dir.path()).join(QLatin1Char(' '))));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("folder.pdf"))).isDir());
        // The same name saved twice replaces the file whole.
        const QString again = dir.filePath(QStringLiteral("again.pdf"));
        QVERIFY(!d.exports().saveReport(again));
        QVERIFY(!d.exports().saveReport(again));
        QCOMPARE(filesIn(dir.path()).size(), before.size() + 1);
    }

    void menuActionsAskWhereAndWrite()
    {
        Dashboard d;
        QVERIFY(d.open(makeStatistics(3)));
        QTemporaryDir dir;
        QString asked;
        QString answer;
        d.exports().setFileChooser([&](const QString&, const QString& name, const QString&) {
            asked = name;
            return answer;
        });
        auto* action = d.window->findChild<QAction*>(QStringLiteral("saveReportAction"));
        QVERIFY(action && action->isEnabled());
        action->trigger(); // cancelled: nothing written
        QVERIFY(asked.endsWith(QStringLiteral(".pdf")));
        QVERIFY(filesIn(dir.path()).isEmpty());

        answer = dir.filePath(QStringLiteral("chosen.pdf"));
        QSignalSpy saved(&d.exports(), &ExportMenu::saved);
        action->trigger();
        QCOMPARE(saved.count(), 1);
        QVERIFY(pdfText(answer).contains(QStringLiteral("All 3 pools")));

        answer = dir.filePath(QStringLiteral("chosen.png"));
        d.window->findChild<QAction*>(QStringLiteral("savePictureAction"))->trigger();
        QCOMPARE(QImage(answer).width(), d.window->width() * 2);
    }

    void headlessPdfExport()
    {
        const DesktopStatistics served =
            makeStatistics(9, 10, {QStringLiteral("深圳研究院-GPU桌面池")});
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(served)));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QByteArray err;
        const int status =
            runWsdash(connectionArguments(server)
                          << QStringLiteral("--export") << path << QStringLiteral("--as-of")
                          << QStringLiteral("2026-11-26T09:00:00Z"),
                      childEnvironment(dir), &err);
        QVERIFY2(status == 0, err.constData());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("深圳研究院-GPU桌面池")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2026-11-26 09:00:00")));
        QVERIFY(text.contains(QStringLiteral("All 9 pools")));

        // A failed request writes nothing and says why, exit status 2.
        server.setDefaultResponse(ScriptedResponse::json(
            403, "{\"error_code\":\"WKS.0002\",\"error_msg\":\"no permission\"}"));
        const QString failed = dir.filePath(QStringLiteral("failed.pdf"));
        QCOMPARE(runWsdash(connectionArguments(server) << QStringLiteral("--export") << failed,
                           childEnvironment(dir), &err),
                 2);
        QVERIFY2(err.contains("WKS.0002"), err.constData());
        QVERIFY(!QFileInfo::exists(failed));
    }

    void sameDataAndOptionsGiveTheSamePicture()
    {
        TestHttpServer server;
        QVERIFY(server.listen());
        server.setDefaultResponse(ScriptedResponse::json(200, statisticsBody(makeStatistics(8))));
        QTemporaryDir dir;
        QList<QImage> pictures;
        for (int run = 0; run < 2; ++run) {
            const QString path = dir.filePath(QStringLiteral("shot%1.png").arg(run));
            QByteArray err;
            const int status = runWsdash(
                connectionArguments(server)
                    << QStringLiteral("--screenshot") << path << QStringLiteral("--size")
                    << QStringLiteral("900x600") << QStringLiteral("--scale") << QStringLiteral("2")
                    << QStringLiteral("--theme") << QStringLiteral("light")
                    << QStringLiteral("--as-of") << QStringLiteral("2026-11-26T09:00:00Z"),
                childEnvironment(dir), &err);
            QVERIFY2(status == 0, err.constData());
            pictures.append(QImage(path));
        }
        QCOMPARE(pictures[0].size(), QSize(1800, 1200));
        QCOMPARE(pictures[0].dotsPerMeterX(), 7559);
        QVERIFY2(pictures[0] == pictures[1], "two runs on the same data differ");
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
