#include "core/profiles/sessionsecretstore.h"

#include "core/profiles/profilesecrets.h"

#include <QTimer>

namespace wsdash {

SessionSecretStore::SessionSecretStore(QString reason)
    : m_reason(std::move(reason))
{}

SessionSecretStore::~SessionSecretStore()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipeBytes(it.value());
}

QString SessionSecretStore::displayName() const
{
    return tr("memory (this session only)");
}

QString SessionSecretStore::notice() const
{
    QString text = tr("No system keychain is available, so keys and tokens are kept in memory "
                      "for this session only and must be entered again after wsdash quits. "
                      "They are never written to disk.");
    if (!m_reason.isEmpty())
        text += QLatin1Char(' ') + tr("(Keychain: %1)").arg(m_reason);
    return text;
}

void SessionSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    Expected<QByteArray, SecretError> result =
        m_secrets.contains(key) ? Expected<QByteArray, SecretError>(m_secrets.value(key))
                                : Expected<QByteArray, SecretError>(SecretError{
                                      SecretError::Kind::NotFound,
                                      tr("No secret is stored for this profile in this session.")});
    QTimer::singleShot(0, context, [callback = std::move(callback), result] { callback(result); });
}

void SessionSecretStore::write(const QString& key, const QByteArray& secret, QObject* context,
                               DoneCallback callback)
{
    if (auto it = m_secrets.find(key); it != m_secrets.end())
        wipeBytes(it.value());
    m_secrets.insert(key, QByteArray(secret.constData(), secret.size())); // our own copy
    QTimer::singleShot(0, context, [callback = std::move(callback)] { callback(std::nullopt); });
}

void SessionSecretStore::remove(const QString& key, QObject* context, DoneCallback callback)
{
    if (auto it = m_secrets.find(key); it != m_secrets.end()) {
        wipeBytes(it.value());
        m_secrets.erase(it);
    }
    QTimer::singleShot(0, context, [callback = std::move(callback)] { callback(std::nullopt); });
}

} // namespace wsdash
