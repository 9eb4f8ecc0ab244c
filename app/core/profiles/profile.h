#pragma once

#include "core/api/endpoint.h"
#include "core/base/expected.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace wsdash {

// A saved connection: where to connect, which project, and how to authenticate. Holds no
// secret: the keys and tokens of a profile live in a SecretStore under secretKey(), and the
// password of the IAM sign-in is never kept anywhere.
struct Profile
{
    enum class AuthMode
    {
        AkSk,          // permanent access key ID + secret access key
        TemporaryAkSk, // temporary AK/SK + security token
        IamToken,      // an IAM token pasted by the user
        IamPassword,   // an IAM token obtained from IAM with user name, password, account name
    };

    QString id;          // stable, generated on first save; keys the secret
    QString name;        // unique (case-insensitively), shown to the user
    QString region;      // one of Endpoint::knownRegions(), or empty when endpointUrl is set
    QString endpointUrl; // a custom endpoint instead of a region
    QString projectId;
    AuthMode authMode = AuthMode::AkSk;
    QString iamUserName;      // IamPassword
    QString iamDomainName;    // IamPassword: the account (domain) name
    QString iamEndpoint;      // IamPassword: IAM base URL; empty means the default
    QDateTime tokenExpiresAt; // IamToken / IamPassword: when the token expires, when known

    bool usesToken() const
    {
        return authMode == AuthMode::IamToken || authMode == AuthMode::IamPassword;
    }
    bool signsRequests() const { return !usesToken(); }

    // The Workspace endpoint of this profile (region or custom URL).
    Expected<Endpoint, EndpointError> endpoint(const QProcessEnvironment& env = {}) const;

    // What keeps this profile from being saved, in the user's words; empty when it is valid.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

    // True when the token is known to have expired at `now`.
    bool tokenExpired(const QDateTime& now) const
    {
        return usesToken() && tokenExpiresAt.isValid() && tokenExpiresAt <= now;
    }

    // The key of this profile's secret in a SecretStore: "profile/{id}".
    QString secretKey() const;

    // A short description for lists and one-line messages: "cn-north-4 · 0123… · AK/SK".
    QString summary() const;

    static QString authModeName(AuthMode mode); // translated, for display
    static QString authModeKey(AuthMode mode);  // stable key for the settings file
    static std::optional<AuthMode> authModeFromKey(const QString& key);
    static QString newId();

    // A profile name: 1 to 64 characters, no control characters, no leading or trailing space.
    static std::optional<QString> nameProblem(const QString& name);
};

bool operator==(const Profile& a, const Profile& b);
inline bool operator!=(const Profile& a, const Profile& b)
{
    return !(a == b);
}

} // namespace wsdash
