#include "core/base/atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>

#if defined(Q_OS_WIN)
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace wsdash {

namespace {

QString systemReason(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Renames `from` over `to`, replacing it in one step.
std::optional<QString> replaceFile(const QString& from, const QString& to)
{
#if defined(Q_OS_WIN)
    if (!MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                     reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                     MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)) {
        return qt_error_string(static_cast<int>(GetLastError()));
    }
#else
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        return systemReason(errno);
    // The rename itself is durable only once the folder is synced; a file system that cannot
    // sync a folder (EINVAL) is fine.
    const int dir = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
#endif
    return std::nullopt;
}

} // namespace

AtomicFile::AtomicFile(QString path, QObject* parent)
    : QIODevice(parent)
    , m_path(std::move(path))
{}

AtomicFile::~AtomicFile()
{
    discard();
}

QString AtomicFile::failure(const QString& reason) const
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason);
}

std::optional<QString> AtomicFile::begin()
{
    discard();
    const QFileInfo target(m_path);
    if (target.isDir())
        return failure(tr("it is a folder"));
    if (!target.absoluteDir().exists())
        return failure(tr("the folder %1 does not exist")
                           .arg(QDir::toNativeSeparators(target.absolutePath())));
    // A hidden name in the same folder (a rename across file systems would not be atomic) that
    // no other writer can pick: O_EXCL through NewOnly.
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString name = target.absoluteDir().filePath(
            QLatin1Char('.') + target.fileName() +
            QStringLiteral(".%1.tmp").arg(QRandomGenerator::global()->generate64(), 0, 36));
        auto temp = std::make_unique<QFile>(name);
        errno = 0;
        if (temp->open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
            m_temp = std::move(temp);
            break;
        }
        if (errno != EEXIST)
            return failure(errno != 0 ? systemReason(errno) : temp->errorString());
    }
    if (!m_temp)
        return failure(tr("no free temporary name"));
    if (target.exists())
        m_temp->setPermissions(QFile::permissions(m_path));
    m_firstError.clear();
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    return std::nullopt;
}

qint64 AtomicFile::readData(char*, qint64)
{
    return -1;
}

qint64 AtomicFile::writeData(const char* data, qint64 size)
{
    if (!m_temp || !m_firstError.isEmpty())
        return -1;
#if defined(Q_OS_WIN)
    const qint64 written = m_temp->write(data, size);
    if (written != size) {
        m_firstError = m_temp->errorString();
        return -1;
    }
    return written;
#else
    // Straight to the descriptor, so that errno (ENOSPC, EFBIG, EIO) is the reason reported.
    qint64 done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_temp->handle(), data + done, static_cast<size_t>(size - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            m_firstError = systemReason(n < 0 ? errno : ENOSPC);
            setErrorString(m_firstError);
            return -1;
        }
        done += n;
    }
    return done;
#endif
}

std::optional<QString> AtomicFile::syncToDisk()
{
#if defined(Q_OS_WIN)
    if (!m_temp->flush() || _commit(m_temp->handle()) != 0)
        return m_temp->errorString();
#else
    if (::fsync(m_temp->handle()) != 0 && errno != EINVAL)
        return systemReason(errno);
#endif
    return std::nullopt;
}

std::optional<QString> AtomicFile::commit()
{
    if (!m_temp)
        return failure(tr("the file was not opened"));
    std::optional<QString> reason;
    if (!m_firstError.isEmpty())
        reason = m_firstError;
    else
        reason = syncToDisk();
    if (!reason) {
        m_temp->close();
        if (m_temp->error() != QFileDevice::NoError)
            reason = m_temp->errorString();
    }
    if (!reason)
        reason = replaceFile(m_temp->fileName(), m_path);
    if (reason) {
        discard();
        return failure(*reason);
    }
    m_temp.reset();
    QIODevice::close();
    return std::nullopt;
}

void AtomicFile::discard()
{
    if (m_temp) {
        m_temp->close();
        QFile::remove(m_temp->fileName());
        m_temp.reset();
    }
    if (isOpen())
        QIODevice::close();
}

std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& data)
{
    AtomicFile file(path);
    if (auto error = file.begin())
        return error;
    file.write(data);
    return file.commit();
}

} // namespace wsdash
