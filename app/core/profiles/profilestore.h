#pragma once

#include "core/api/credentials.h"
#include "core/api/endpoint.h"
#include "core/base/clock.h"
#include "core/base/expected.h"
#include "core/profiles/profile.h"
#include "core/profiles/profilesecrets.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QSettings>

#include <functional>
#include <memory>
#include <optional>

namespace wsdash {

class SecretStore;

struct ProfileError
{
    enum class Kind
    {
        Invalid,       // the profile's fields are not valid (message lists why)
        NotFound,      // no profile of that name
        NameTaken,     // another profile has that name
        SecretMissing, // the profile has no (complete) secret in the store
        TokenExpired,  // the profile's IAM token has expired
        SecretStore,   // the keychain failed
        Settings,      // the settings file could not be written
    };

    Kind kind = Kind::Invalid;
    QString message; // translated, one paragraph; never contains a secret
};

// Everything needed to call the API with a profile.
struct ProfileConnection
{
    Profile profile;
    Endpoint endpoint;
    QString projectId;
    Credentials credentials;
};

// The saved profiles: their plain fields in the settings file (group "profiles", one sub-group
// per profile ID), their secrets in a SecretStore, one entry per profile. Nothing secret is
// ever written to the settings file.
//
// Operations that touch secrets are asynchronous (a keychain may prompt the user) and call back
// once, only while `context` exists. The settings change only after the secret operation
// succeeded, so a profile never points at a secret that was not stored.
class ProfileStore final : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const Expected<T, ProfileError>& result)>;
    using DoneCallback = std::function<void(const std::optional<ProfileError>& error)>;

    ProfileStore(std::unique_ptr<QSettings> settings, SecretStore& secrets,
                 const Clock& clock = SystemClock::instance(), QObject* parent = nullptr);
    ~ProfileStore() override;

    // The profiles, sorted by name (case-insensitively).
    QList<Profile> profiles() const;
    QStringList names() const;
    std::optional<Profile> find(const QString& name) const;
    std::optional<Profile> findById(const QString& id) const;

    // The profile the user worked with last (empty when none or when it was deleted).
    QString currentProfileName() const;
    void setCurrentProfileName(const QString& name);

    SecretStore& secretStore() const { return m_secrets; }
    // The settings file cannot be parsed (the file, the line and why): nothing is written to
    // it, and listing or saving profiles fails with this instead of seeing no profiles.
    std::optional<ProfileError> settingsProblem() const;
    QString settingsFileName() const;

    // Adds (empty or unknown id) or updates (known id) a profile; renaming through save() is
    // fine. `secrets`: the new secrets (reduced to what the auth mode uses), or nullopt to keep
    // the stored ones. Calls back with the profile as saved (its id set).
    void save(Profile profile, std::optional<ProfileSecrets> secrets, QObject* context,
              Callback<Profile> callback);
    // A copy under a new name and a new id; its secrets are copied too.
    void duplicate(const QString& name, const QString& newName, QObject* context,
                   Callback<Profile> callback);
    // Renames in the settings file only (the secret is keyed by the profile's id).
    std::optional<ProfileError> rename(const QString& name, const QString& newName);
    // Deletes the profile's secret, then the profile.
    void remove(const QString& name, QObject* context, DoneCallback callback);

    void loadSecrets(const QString& name, QObject* context, Callback<ProfileSecrets> callback);
    // Endpoint, project and credentials of a profile, ready for a StatisticsRequest.
    void resolve(const QString& name, const QProcessEnvironment& env, QObject* context,
                 Callback<ProfileConnection> callback);

Q_SIGNALS:
    void profilesChanged();

private:
    std::optional<ProfileError> checkNameFree(const QString& name, const QString& exceptId) const;
    std::optional<ProfileError> writeSettings(const Profile& profile);
    std::optional<ProfileError> syncSettings();
    Profile readProfile(const QString& id) const;
    enum class SecretAction
    {
        Store,
        Read,
        Delete
    };
    ProfileError secretError(const Profile& profile, SecretAction action,
                             const QString& reason) const;
    ProfileError missingSecret(const Profile& profile) const;
    static ProfileError notFound(const QString& name);

    std::unique_ptr<QSettings> m_settings;
    SecretStore& m_secrets;
    const Clock& m_clock;
};

} // namespace wsdash
