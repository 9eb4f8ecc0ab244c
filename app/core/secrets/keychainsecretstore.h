#pragma once

#include "core/profiles/secretstore.h"

#include <chrono>

namespace wsdash {

// Secrets in the operating system's keychain through QtKeychain: the Secret Service on Linux
// (GNOME Keyring, KWallet), the macOS Keychain, the Windows Credential Manager. Entries are
// filed under the service name (the application ID) and the key. QtKeychain's plain-text
// fallback is never enabled.
class KeychainSecretStore final : public SecretStore
{
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{60000};

    explicit KeychainSecretStore(QString service,
                                 std::chrono::milliseconds timeout = kDefaultTimeout);

    bool isPersistent() const override { return true; }
    QString displayName() const override;

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QByteArray& secret, QObject* context,
               DoneCallback callback) override;
    void remove(const QString& key, QObject* context, DoneCallback callback) override;

    // Asks the keychain for an entry that does not exist: the keychain works when it answers
    // "not found". Calls back with nullopt then, or with the reason it does not work.
    static void probe(const QString& service, std::chrono::milliseconds timeout, QObject* context,
                      DoneCallback callback);

    // The name of the platform's keychain, for messages.
    static QString platformKeychainName();

    const QString& service() const { return m_service; }

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace wsdash
