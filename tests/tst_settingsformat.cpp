// wsdash.ini through settingsFormat(): Qt's INI text, but a failed write (a full disk) keeps
// the previous file, and a file that cannot be parsed is reported and never rewritten.
#include "core/base/settingsformat.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <cstring>
#include <functional>
#include <sched.h>
#include <sys/mount.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wsdash;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// In a forked (single-threaded) child: a new user and mount namespace with a 64 KiB tmpfs on
// `folder`, then `work()`. "skip: ..." when the kernel refuses.
QByteArray inPrivateTmpfs(const QString& folder, const std::function<QByteArray()>& work)
{
    const uid_t uid = ::geteuid();
    const gid_t gid = ::getegid();
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0)
        return "skip: no user namespaces here";
    const auto writeFile = [](const char* name, const QByteArray& text) {
        QFile file(QString::fromLatin1(name));
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    writeFile("/proc/self/setgroups", "deny");
    if (!writeFile("/proc/self/uid_map", "0 " + QByteArray::number(uid) + " 1") ||
        !writeFile("/proc/self/gid_map", "0 " + QByteArray::number(gid) + " 1")) {
        return "skip: cannot map the user";
    }
    if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=64k") != 0)
        return "skip: cannot mount a tmpfs";
    return work();
}

} // namespace

class TestSettingsFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Files of QSettings::IniFormat read the same, and what this format writes Qt reads back.
    void sameTextAsQtIni()
    {
        QTemporaryDir dir;
        const QString qtFile = dir.filePath(QStringLiteral("qt.ini"));
        const QString ours = dir.filePath(QStringLiteral("ours.ini"));
        const QVariantMap values{
            {QStringLiteral("profiles/abc/name"), QStringLiteral("Prod, Beijing 北京")},
            {QStringLiteral("window/geometry"), QByteArray("\x01\x02\x00\xff", 4)},
            {QStringLiteral("currentProfile"), QStringLiteral("abc")},
            {QStringLiteral("alerts/rule"), QStringLiteral("error_num > 3 = \"bad\"")},
        };
        {
            QSettings qt(qtFile, QSettings::IniFormat);
            QSettings mine(ours, settingsFormat());
            for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                qt.setValue(it.key(), it.value());
                mine.setValue(it.key(), it.value());
            }
        }
        QCOMPARE(readAll(ours), readAll(qtFile));
        QSettings back(qtFile, settingsFormat());
        QCOMPARE(back.status(), QSettings::NoError);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            QCOMPARE(back.value(it.key()), it.value());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
    }

    void problemsAreFoundWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line"); // 0: no problem
        QTest::addRow("good") << QByteArray("[a]\nb=1\n; note\n\n[c]\nd = x\n") << 0;
        QTest::addRow("continued value") << QByteArray("[a]\nb=one \\\n  two\n") << 0;
        QTest::addRow("words") << QByteArray("[a]\nb=1\nthis is not ini\n") << 3;
        QTest::addRow("binary") << QByteArray("[a]\nb=1\n\x00\x01\x02", 11) << 3;
        QTest::addRow("not utf-8") << QByteArray("k=\xff\xfe\n") << 1;
        QTest::addRow("open section") << QByteArray("[general\nk=1\n") << 1;
    }

    void problemsAreFoundWithTheirLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wsdash.ini"));
        writeAll(path, text);
        const auto problem = settingsFileProblem(path);
        QCOMPARE(problem.has_value(), line > 0);
        if (problem) {
            QCOMPARE(problem->line, line);
            QVERIFY(problem->toString().startsWith(path + QLatin1Char(':')));
            QVERIFY(!problem->reason.isEmpty());
        }
        QVERIFY(!settingsFileProblem(dir.filePath(QStringLiteral("missing.ini"))));
    }

    // Finding 5: garbage is not rewritten into [General] keys.
    void garbageIsNeverRewritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("wsdash.ini"));
        const QByteArray garbage("this is not\nan ini file at all\n\x01\x02\x03");
        writeAll(path, garbage);
        {
            QSettings settings(path, settingsFormat());
            QCOMPARE(settings.status(), QSettings::FormatError);
            settings.setValue(QStringLiteral("currentProfile"), QStringLiteral("x"));
            settings.sync();
            QVERIFY(settings.status() != QSettings::NoError);
            QVERIFY2(lastSettingsWriteError().contains(QStringLiteral("cannot be read")),
                     qPrintable(lastSettingsWriteError()));
        }
        QCOMPARE(readAll(path), garbage);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("wsdash.ini")});
    }

    // A full disk while writing: a real ENOSPC, from a 64 KiB tmpfs mounted in a private user
    // and mount namespace of a child process (no root needed; skipped where the kernel does not
    // allow it). Qt's own INI writer would publish a cut file here; this one keeps the previous
    // file and says "No space left on device".
    void fullDiskKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString disk = dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(disk));
        const QString path = disk + QStringLiteral("/wsdash.ini");

        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        const pid_t child = ::fork();
        if (child == 0) {
            ::close(fds[0]);
            const QByteArray report = inPrivateTmpfs(disk, [&]() -> QByteArray {
                {
                    QSettings settings(path, settingsFormat());
                    settings.setValue(QStringLiteral("profiles/abc/name"), QStringLiteral("Prod"));
                }
                const QByteArray before = readAll(path);
                QFile filler(disk + QStringLiteral("/filler"));
                if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                    return "no filler";
                const QByteArray block(4096, 'f');
                while (filler.write(block) == block.size()) {
                }
                // One page free again: enough for Qt's lock file, not for the new settings.
                filler.resize(filler.size() - 4096);
                filler.close();
                QSettings settings(path, settingsFormat());
                // Small enough to sit in Qt's write buffer until the final flush.
                settings.setValue(QStringLiteral("profiles/abc/notes"),
                                  QString(6000, QLatin1Char('n')));
                settings.sync();
                const bool kept = readAll(path) == before;
                const int files = QDir(disk).entryList(QDir::Files | QDir::Hidden).size();
                return QByteArray::number(int(settings.status())) + '|' +
                       (kept ? "kept" : "changed") + '|' + QByteArray::number(files) + '|' +
                       lastSettingsWriteError().toUtf8();
            });
            [[maybe_unused]] const auto n = ::write(fds[1], report.constData(), report.size());
            ::_exit(0);
        }
        ::close(fds[1]);
        QByteArray report;
        char buffer[512];
        ssize_t n = 0;
        while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0)
            report.append(buffer, n);
        ::close(fds[0]);
        ::waitpid(child, nullptr, 0);
        if (report.startsWith("skip"))
            QSKIP(report.constData());
        const QList<QByteArray> parts = report.split('|');
        QVERIFY2(parts.size() == 4, report.constData());
        QCOMPARE(parts.at(0), QByteArray::number(int(QSettings::AccessError)));
        QCOMPARE(parts.at(1), QByteArray("kept"));
        QCOMPARE(parts.at(2), QByteArray("2")); // wsdash.ini and the filler: no temporary file
        QVERIFY2(parts.at(3).contains(std::strerror(ENOSPC)), report.constData());
    }
};

QTEST_GUILESS_MAIN(TestSettingsFormat)
#include "tst_settingsformat.moc"
