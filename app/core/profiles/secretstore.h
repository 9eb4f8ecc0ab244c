#pragma once

#include "core/base/expected.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace wsdash {

// Why a secret could not be read, written or deleted.
struct SecretError
{
    enum class Kind
    {
        NotFound,     // no secret under that key
        Unavailable,  // no keychain service answered
        AccessDenied, // the user or the system refused access (e.g. a locked keychain)
        Timeout,      // the keychain did not answer in time
        Other,
    };

    Kind kind = Kind::Other;
    QString message; // translated; never contains the secret
};

// Where secrets are kept: the system keychain, or memory for this session only. Every
// operation is asynchronous (a keychain may ask the user to unlock it) and calls back exactly
// once, from the event loop, and only while `context` exists.
//
// Implementations: KeychainSecretStore (wsdash_secrets: Secret Service, macOS Keychain,
// Windows Credential Manager), SessionSecretStore (memory), and a fake in the tests.
class SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::SecretStore)

public:
    using ReadCallback = std::function<void(const Expected<QByteArray, SecretError>& result)>;
    using DoneCallback = std::function<void(const std::optional<SecretError>& error)>;

    SecretStore() = default;
    SecretStore(const SecretStore&) = delete;
    SecretStore& operator=(const SecretStore&) = delete;
    virtual ~SecretStore() = default;

    // False when secrets are lost when the application quits.
    virtual bool isPersistent() const = 0;
    // For the user: where secrets go, e.g. "the system keychain (Secret Service)".
    virtual QString displayName() const = 0;
    // A plain statement for the user when the store is not persistent (empty otherwise).
    virtual QString notice() const { return {}; }
    // Why the system keychain is not used, when it is not (empty otherwise).
    virtual QString unavailableReason() const { return {}; }

    virtual void read(const QString& key, QObject* context, ReadCallback callback) = 0;
    virtual void write(const QString& key, const QByteArray& secret, QObject* context,
                       DoneCallback callback) = 0;
    // Deleting a key that does not exist succeeds.
    virtual void remove(const QString& key, QObject* context, DoneCallback callback) = 0;
};

} // namespace wsdash
