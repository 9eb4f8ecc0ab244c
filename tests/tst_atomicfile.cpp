#include "core/base/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace wsdash;

namespace {

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs `write` in a child process whose files may not grow beyond `limit` bytes
// (RLIMIT_FSIZE: write() then fails with EFBIG, as it fails with ENOSPC on a full disk), and
// returns what it reported: "ok" or the error message.
QString inChildWithFileSizeLimit(rlim_t limit, const std::function<QString()>& write)
{
    int pipeFds[2];
    if (::pipe(pipeFds) != 0)
        return QStringLiteral("pipe failed");
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(pipeFds[0]);
        std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        const rlimit rl{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &rl);
        const QByteArray result = write().toUtf8();
        [[maybe_unused]] const auto n = ::write(pipeFds[1], result.constData(), result.size());
        ::close(pipeFds[1]);
        ::_exit(0);
    }
    ::close(pipeFds[1]);
    QByteArray result;
    char buffer[512];
    ssize_t n = 0;
    while ((n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0)
        result.append(buffer, n);
    ::close(pipeFds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return QString::fromUtf8(result);
}

} // namespace

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesInOneStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(!writeFileAtomically(path, "first"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        AtomicFile file(path);
        QVERIFY(!file.begin());
        QCOMPARE(file.write("sec"), 3);
        QCOMPARE(file.write("ond"), 3);
        // Until the commit, readers see the previous file.
        QCOMPARE(readAll(path), QByteArray("first"));
        QCOMPARE(file.commit(), std::nullopt);
        QCOMPARE(readAll(path), QByteArray("second"));
        // The new file keeps the old one's permissions (a private report stays private).
        QVERIFY(QFile::permissions(path).testFlag(QFile::WriteOwner));
        QVERIFY(!QFile::permissions(path).testFlag(QFile::ReadOther));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("report.pdf")});
    }

    void discardKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(!writeFileAtomically(path, "kept"));
        {
            AtomicFile file(path);
            QVERIFY(!file.begin());
            file.write("never published");
        } // destroyed without a commit
        QCOMPARE(readAll(path), QByteArray("kept"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.csv")});
    }

    // A write that fails half-way (a full disk): the previous file stays byte for byte, no
    // temporary file is left, and the error gives the system's reason, not Qt's "Writing
    // canceled by application". Data-driven: one large write, and many small ones like
    // QPdfWriter's, where the failure comes in the middle.
    void failedWriteKeepsThePreviousFile_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::addRow("one large write") << 256 * 1024;
        QTest::addRow("many small writes") << 100;
    }

    void failedWriteKeepsThePreviousFile()
    {
        QFETCH(int, chunk);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const QByteArray previous(64 * 1024, 'p');
        QVERIFY(!writeFileAtomically(path, previous));

        const QString outcome = inChildWithFileSizeLimit(100 * 1024, [&] {
            AtomicFile file(path);
            if (const auto error = file.begin())
                return *error;
            const QByteArray piece(chunk, 'n');
            for (int written = 0; written < 256 * 1024; written += chunk)
                file.write(piece); // results ignored on purpose, as QPdfWriter does
            const auto error = file.commit();
            return error ? *error : QStringLiteral("ok");
        });
        QVERIFY2(outcome.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
                 qPrintable(outcome));
        QVERIFY(outcome.contains(path));
        QVERIFY(!outcome.contains(QStringLiteral("canceled")));
        QCOMPARE(readAll(path), previous);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("report.pdf")});
    }

    void missingFolderAndFolderTarget()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no/such/out.json"));
        const auto error = writeFileAtomically(missing, "x");
        QVERIFY(error);
        QVERIFY(error->contains(missing));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("taken.json"))));
        QVERIFY(writeFileAtomically(dir.filePath(QStringLiteral("taken.json")), "x"));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("taken.json"))).isDir());
    }

    void writeWithoutOpenFails()
    {
        QTemporaryDir dir;
        AtomicFile file(dir.filePath(QStringLiteral("x")));
        QCOMPARE(file.write("x"), -1);
        QVERIFY(file.commit());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x"))));
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
