#include "core/secrets/keychainsecretstore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

namespace wsdash {

namespace {

SecretError errorOf(const QKeychain::Job& job)
{
    SecretError error;
    switch (job.error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        error.kind = SecretError::Kind::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = SecretError::Kind::Unavailable;
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        error.kind = SecretError::Kind::AccessDenied;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        error.kind = SecretError::Kind::Other;
        break;
    }
    const QString text = job.errorString().trimmed();
    error.message = text.isEmpty()
                        ? SecretStore::tr("keychain error %1").arg(static_cast<int>(job.error()))
                        : SecretStore::tr("%1 (keychain error %2)")
                              .arg(text)
                              .arg(static_cast<int>(job.error()));
    return error;
}

// Starts a job and calls `onFinished` once: with the job when it finishes, or with nullptr when
// it did not finish within `timeout` (a keychain waiting for an unlock prompt, a stuck
// service). Nothing is called after `context` is gone.
void runJob(QKeychain::Job* job, std::chrono::milliseconds timeout, QObject* context,
            const std::function<void(QKeychain::Job*)>& onFinished)
{
    auto done = std::make_shared<bool>(false);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done, onFinished](QKeychain::Job* finished) {
                         if (*done)
                             return;
                         *done = true;
                         onFinished(finished);
                     });
    // Owned by the job: gone when the job finishes and deletes itself.
    auto* timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [done, onFinished] {
        if (*done)
            return;
        *done = true;
        onFinished(nullptr);
    });
    timer->start(timeout);
    job->start();
}

SecretError timeoutError(std::chrono::milliseconds timeout)
{
    return SecretError{SecretError::Kind::Timeout,
                       SecretStore::tr("the keychain did not answer within %1 s (is it waiting "
                                       "to be unlocked?)")
                           .arg(timeout.count() / 1000)};
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, std::chrono::milliseconds timeout)
    : m_service(std::move(service))
    , m_timeout(timeout)
{}

QString KeychainSecretStore::platformKeychainName()
{
#if defined(Q_OS_MACOS)
    return tr("the macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("the Windows Credential Manager");
#else
    return tr("the system keychain (Secret Service)");
#endif
}

QString KeychainSecretStore::displayName() const
{
    return platformKeychainName();
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    const auto timeout = m_timeout;
    runJob(job, timeout, context, [callback, timeout](QKeychain::Job* finished) {
        if (!finished) {
            callback(timeoutError(timeout));
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            callback(errorOf(*finished));
            return;
        }
        const auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(finished);
        callback(readJob->binaryData());
    });
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                                DoneCallback callback)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    const auto timeout = m_timeout;
    runJob(job, timeout, context, [callback, timeout](QKeychain::Job* finished) {
        if (!finished)
            callback(timeoutError(timeout));
        else if (finished->error() != QKeychain::NoError)
            callback(errorOf(*finished));
        else
            callback(std::nullopt);
    });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, DoneCallback callback)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    const auto timeout = m_timeout;
    runJob(job, timeout, context, [callback, timeout](QKeychain::Job* finished) {
        if (!finished)
            callback(timeoutError(timeout));
        else if (finished->error() != QKeychain::NoError &&
                 finished->error() != QKeychain::EntryNotFound)
            callback(errorOf(*finished));
        else
            callback(std::nullopt);
    });
}

void KeychainSecretStore::probe(const QString& service, std::chrono::milliseconds timeout,
                                QObject* context, DoneCallback callback)
{
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setKey(QStringLiteral("wsdash-keychain-probe"));
    runJob(job, timeout, context,
           [callback = std::move(callback), timeout](QKeychain::Job* finished) {
               if (!finished)
                   callback(timeoutError(timeout));
               else if (finished->error() == QKeychain::NoError ||
                        finished->error() == QKeychain::EntryNotFound)
                   callback(std::nullopt);
               else
                   callback(errorOf(*finished));
           });
}

} // namespace wsdash
