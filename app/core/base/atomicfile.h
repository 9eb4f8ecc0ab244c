#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <memory>
#include <optional>

namespace wsdash {

// Writes a file so that readers see either the previous file or the complete new one, never a
// part: the bytes go to a temporary file in the same folder, every write is checked, the data
// is flushed and synced to disk (fsync), and only then is the file renamed over the target.
// On any failure the temporary file is removed, the previous file is left untouched, and the
// error says why in the system's words ("No space left on device").
//
// A QIODevice, so that QPdfWriter or QImageWriter can write into it:
//     AtomicFile file(path);
//     if (auto error = file.begin()) return error;
//     file.write(...);                      // or QPdfWriter writer(&file) ...
//     if (auto error = file.commit()) return error;
// A file neither committed nor discarded is discarded when destroyed.
class AtomicFile final : public QIODevice
{
    Q_OBJECT

public:
    explicit AtomicFile(QString path, QObject* parent = nullptr);
    ~AtomicFile() override;

    const QString& path() const { return m_path; }

    // Creates the temporary file; an error message when it cannot.
    std::optional<QString> begin();
    // Flushes, syncs and renames into place. The first failed write, if any, is the error.
    std::optional<QString> commit();
    // Removes the temporary file; the target stays as it was.
    void discard();

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QString failure(const QString& reason) const;
    std::optional<QString> syncToDisk();

    QString m_path;
    std::unique_ptr<QFile> m_temp;
    QString m_firstError; // the system's reason for the first write that failed
};

// The whole of `data` through an AtomicFile. Returns an error message on failure.
std::optional<QString> writeFileAtomically(const QString& path, const QByteArray& data);

} // namespace wsdash
