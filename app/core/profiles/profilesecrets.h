#pragma once

#include "core/api/credentials.h"
#include "core/profiles/profile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace wsdash {

// The secret part of a profile, kept only in a SecretStore (one entry per profile) and in
// memory. The access key ID travels with the secret key so that the settings file holds no
// credential material at all. No debug output, never logged.
struct ProfileSecrets
{
    QString accessKey;
    QString secretKey;
    QString securityToken;
    QString iamToken;

    bool isEmpty() const
    {
        return accessKey.isEmpty() && secretKey.isEmpty() && securityToken.isEmpty() &&
               iamToken.isEmpty();
    }
    // True when these secrets are what `mode` needs.
    bool isCompleteFor(Profile::AuthMode mode) const;
    // The part that `mode` uses (e.g. no security token for a permanent AK/SK).
    ProfileSecrets reducedTo(Profile::AuthMode mode) const;
    Credentials credentials(Profile::AuthMode mode) const;
    static ProfileSecrets fromCredentials(const Credentials& credentials);

    // The form stored in a SecretStore (compact JSON, versioned).
    QByteArray toBlob() const;
    static std::optional<ProfileSecrets> fromBlob(const QByteArray& blob);

    // Overwrites the strings' memory before releasing it (best effort).
    void wipe();
};

bool operator==(const ProfileSecrets& a, const ProfileSecrets& b);

// Overwrites a byte array in place (best effort; copies made elsewhere are out of reach).
void wipeBytes(QByteArray& bytes);
void wipeString(QString& text);

} // namespace wsdash
