// The `wsdash` executable loads no widget library for what draws nothing (issue 18): every
// library the dynamic loader maps (LD_DEBUG=files, dlopen()ed ones included) while the built
// executable exports, checks, drills, writes the history or lists profiles, against the
// simulator of this process. The modes that draw load the window module and still save their
// picture. Linux (glibc) only.
#include "sim/simulator.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace wsdash;
using namespace wsdash::test;

namespace {

// What a headless mode must not map.
const QStringList kWidgetLibraries{
    QStringLiteral("libQt6Gui.so"),           QStringLiteral("libQt6Widgets.so"),
    QStringLiteral("libQt6Charts.so"),        QStringLiteral("libQt6OpenGL.so"),
    QStringLiteral("libQt6OpenGLWidgets.so"), QStringLiteral("libQt6PrintSupport.so"),
    QStringLiteral("libwsdash_gui.so")};

// The library file names in a list, without their version suffix ("libQt6Gui.so.6" ->
// "libQt6Gui.so").
QSet<QString> baseNames(const QSet<QString>& files)
{
    QSet<QString> names;
    for (const QString& file : files) {
        QString name = QFileInfo(file).fileName();
        const int so = name.indexOf(QLatin1String(".so"));
        if (so >= 0)
            name.truncate(so + 3);
        names.insert(name);
    }
    return names;
}

} // namespace

class TestHeadlessModes final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<sim::Simulator> m_simulator;
    QUrl m_url; // the simulator's
    QTemporaryDir m_dir;

    struct Traced
    {
        ProcessRun run;
        QSet<QString> libraries; // base names of every shared object the loader mapped
    };

    // Runs the built wsdash with the loader's library trace written into a fresh folder.
    Traced traced(const QStringList& arguments)
    {
        QTemporaryDir trace;
        [&] { QVERIFY(trace.isValid()); }();
        QProcessEnvironment env = cleanEnvironment();
        env.insert(QStringLiteral("WSDASH_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_AK"),
                   m_simulator->clientCredentials().accessKey);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_SK"),
                   m_simulator->clientCredentials().secretKey);
        env.insert(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID"), m_simulator->projectId());
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        env.insert(QStringLiteral("LD_DEBUG_OUTPUT"), trace.filePath(QStringLiteral("ld")));
        Traced result;
        result.run = runBuilt(QStringLiteral("app/wsdash"), arguments, env, 90000);
        // "   1234:\tfile=libQt6Widgets.so.6 [0];  needed by ..." and "... dynamically loaded by".
        static const QRegularExpression file(QStringLiteral(R"(\bfile=(\S+)\s+\[)"));
        QSet<QString> files;
        const QDir traceDir(trace.path());
        for (const QString& name : traceDir.entryList(QDir::Files)) {
            QFile log(traceDir.filePath(name));
            if (!log.open(QIODevice::ReadOnly))
                continue;
            const QString text = QString::fromUtf8(log.readAll());
            for (auto it = file.globalMatch(text); it.hasNext();)
                files.insert(it.next().captured(1));
        }
        result.libraries = baseNames(files);
        return result;
    }

    QStringList connection() const
    {
        return {QStringLiteral("--endpoint"), m_url.toString(), QStringLiteral("--timeout"),
                QStringLiteral("60")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_simulator = std::make_unique<sim::Simulator>();
        const auto started = m_simulator->start();
        QVERIFY2(started, started ? "" : qPrintable(started.error()));
        m_url = *started;
    }

    void headlessModesMapNoWidgetLibrary_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withConnection");
        QTest::addColumn<QString>("output"); // a file the mode writes, or nothing
        const QString json = m_dir.filePath(QStringLiteral("out.json"));
        const QString csv = m_dir.filePath(QStringLiteral("out.csv"));
        const QString demo = m_dir.filePath(QStringLiteral("demo.json"));
        const QString history = m_dir.filePath(QStringLiteral("history.csv"));
        QTest::addRow("--export FILE.json")
            << QStringList{QStringLiteral("--export"), json} << true << json;
        QTest::addRow("--export FILE.csv")
            << QStringList{QStringLiteral("--export"), csv} << true << csv;
        QTest::addRow("--export FILE.json --demo")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--export"), demo} << false
            << demo;
        QTest::addRow("--check") << QStringList{QStringLiteral("--check"),
                                                QStringLiteral("total_num"),
                                                QStringLiteral("--critical"), QStringLiteral("0:")}
                                 << true << QString();
        QTest::addRow("--history FILE.csv") // after the exports above recorded their fetches
            << QStringList{QStringLiteral("--history"), history} << false << history;
        QTest::addRow("--list-profiles")
            << QStringList{QStringLiteral("--list-profiles")} << false << QString();
        QTest::addRow("--drill --demo")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--drill"),
                           QStringLiteral("error_num")}
            << false << QString();
    }

    void headlessModesMapNoWidgetLibrary()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withConnection);
        QFETCH(QString, output);
        const Traced t = traced(withConnection ? connection() + arguments : arguments);
        QVERIFY2(t.run.exitCode == 0, t.run.err.constData());
        // The trace works: QtCore and QtNetwork are in it.
        QVERIFY2(t.libraries.contains(QStringLiteral("libQt6Core.so")),
                 qPrintable(QStringList(t.libraries.values()).join(u' ')));
        QVERIFY(t.libraries.contains(QStringLiteral("libQt6Network.so")));
        for (const QString& library : kWidgetLibraries)
            QVERIFY2(!t.libraries.contains(library), qPrintable(library + u" is mapped"));
        if (!output.isEmpty())
            QVERIFY2(QFileInfo(output).size() > 0, qPrintable(output));
    }

    // The other side: what draws loads the window module and the widgets, and saves the picture.
    void drawingModesLoadTheWindowModule_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("magic");
        QTest::addRow("--screenshot FILE.png")
            << QStringLiteral("demo.png") << QByteArray("\x89PNG\r\n\x1a\n");
        QTest::addRow("--export FILE.pdf") << QStringLiteral("demo.pdf") << QByteArray("%PDF-");
    }

    void drawingModesLoadTheWindowModule()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, magic);
        const QString path = m_dir.filePath(file);
        const QString option = file.endsWith(QLatin1String(".png")) ? QStringLiteral("--screenshot")
                                                                    : QStringLiteral("--export");
        const Traced t = traced({QStringLiteral("--demo"), QStringLiteral("--no-history"), option,
                                 path, QStringLiteral("--size"), QStringLiteral("800x600")});
        QVERIFY2(t.run.exitCode == 0, t.run.err.constData());
        for (const char* library : {"libwsdash_gui.so", "libQt6Widgets.so", "libQt6Charts.so"})
            QVERIFY2(t.libraries.contains(QLatin1String(library)), library);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.read(magic.size()), magic);
    }
};

QTEST_GUILESS_MAIN(TestHeadlessModes)
#include "tst_headlessmodes.moc"
