#include "core/profiles/profilestore.h"

#include "core/base/settingsformat.h"
#include "core/profiles/secretstore.h"

#include <QDir>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace wsdash {

namespace {

const QLatin1String kGroup("profiles");
const QLatin1String kCurrent("currentProfile");

// Calls back later from the event loop, like every asynchronous outcome.
template <typename Result, typename Callback>
void deliverLater(QObject* context, Callback callback, Result result)
{
    QTimer::singleShot(0, context, [callback = std::move(callback), result = std::move(result)] {
        callback(result);
    });
}

} // namespace

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings, SecretStore& secrets,
                           const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secrets(secrets)
    , m_clock(clock)
{}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsFileName() const
{
    return m_settings->fileName();
}

Profile ProfileStore::readProfile(const QString& id) const
{
    QSettings& s = *m_settings;
    s.beginGroup(kGroup);
    s.beginGroup(id);
    Profile p;
    p.id = id;
    p.name = s.value(QStringLiteral("name")).toString();
    p.region = s.value(QStringLiteral("region")).toString();
    p.endpointUrl = s.value(QStringLiteral("endpoint")).toString();
    p.projectId = s.value(QStringLiteral("projectId")).toString();
    p.authMode = Profile::authModeFromKey(s.value(QStringLiteral("authMode")).toString())
                     .value_or(Profile::AuthMode::AkSk);
    p.iamUserName = s.value(QStringLiteral("iamUserName")).toString();
    p.iamDomainName = s.value(QStringLiteral("iamDomainName")).toString();
    p.iamEndpoint = s.value(QStringLiteral("iamEndpoint")).toString();
    const QString expires = s.value(QStringLiteral("tokenExpiresAt")).toString();
    if (!expires.isEmpty())
        p.tokenExpiresAt = QDateTime::fromString(expires, Qt::ISODate);
    s.endGroup();
    s.endGroup();
    return p;
}

QList<Profile> ProfileStore::profiles() const
{
    m_settings->beginGroup(kGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Profile> list;
    for (const QString& id : ids) {
        Profile p = readProfile(id);
        if (!p.name.isEmpty())
            list.append(std::move(p));
    }
    std::sort(list.begin(), list.end(), [](const Profile& a, const Profile& b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.name < b.name;
    });
    return list;
}

QStringList ProfileStore::names() const
{
    QStringList names;
    for (const Profile& p : profiles())
        names.append(p.name);
    return names;
}

std::optional<Profile> ProfileStore::find(const QString& name) const
{
    for (const Profile& p : profiles()) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

std::optional<Profile> ProfileStore::findById(const QString& id) const
{
    for (const Profile& p : profiles()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

QString ProfileStore::currentProfileName() const
{
    const auto profile = findById(m_settings->value(kCurrent).toString());
    return profile ? profile->name : QString();
}

void ProfileStore::setCurrentProfileName(const QString& name)
{
    const auto profile = find(name);
    if (profile)
        m_settings->setValue(kCurrent, profile->id);
    else
        m_settings->remove(kCurrent);
    syncSettings();
}

std::optional<ProfileError> ProfileStore::checkNameFree(const QString& name,
                                                        const QString& exceptId) const
{
    for (const Profile& p : profiles()) {
        if (p.id != exceptId && p.name.compare(name, Qt::CaseInsensitive) == 0) {
            return ProfileError{ProfileError::Kind::NameTaken,
                                tr("A profile named \"%1\" already exists.").arg(p.name)};
        }
    }
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::settingsProblem() const
{
    const auto problem = settingsFileProblem(m_settings->fileName());
    if (!problem)
        return std::nullopt;
    return ProfileError{
        ProfileError::Kind::Settings,
        tr("The settings file %1 cannot be read (%2); it is left as it is. Fix "
           "or remove it.")
            .arg(QDir::toNativeSeparators(problem->toString()),
                 problem->line > 0 ? tr("line %1").arg(problem->line) : tr("not INI text"))};
}

std::optional<ProfileError> ProfileStore::syncSettings()
{
    QDir().mkpath(QFileInfo(m_settings->fileName()).absolutePath());
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        const QString reason = lastSettingsWriteError();
        return ProfileError{
            ProfileError::Kind::Settings,
            reason.isEmpty() ? tr("The settings file %1 could not be written.")
                                   .arg(QDir::toNativeSeparators(m_settings->fileName()))
                             : tr("The settings file %1 could not be written: %2.")
                                   .arg(QDir::toNativeSeparators(m_settings->fileName()), reason)};
    }
    return std::nullopt;
}

// Only the fields below are ever written: none of them is a secret.
std::optional<ProfileError> ProfileStore::writeSettings(const Profile& p)
{
    if (auto problem = settingsProblem())
        return problem;
    QSettings& s = *m_settings;
    // What the profile's group held, to put back when the file cannot be written: the
    // settings in memory then match the file again, and a later sync writes nothing new.
    s.beginGroup(kGroup);
    s.beginGroup(p.id);
    QList<QPair<QString, QVariant>> previous;
    for (const QString& key : s.allKeys())
        previous.append({key, s.value(key)});
    s.endGroup();
    s.endGroup();
    const auto restore = [&] {
        s.beginGroup(kGroup);
        s.remove(p.id);
        s.beginGroup(p.id);
        for (const auto& [key, value] : previous)
            s.setValue(key, value);
        s.endGroup();
        s.endGroup();
    };
    s.beginGroup(kGroup);
    s.remove(p.id);
    s.beginGroup(p.id);
    s.setValue(QStringLiteral("name"), p.name);
    const std::pair<const char*, const QString*> optionalFields[] = {
        {"region", &p.region},           {"endpoint", &p.endpointUrl},
        {"iamUserName", &p.iamUserName}, {"iamDomainName", &p.iamDomainName},
        {"iamEndpoint", &p.iamEndpoint},
    };
    for (const auto& [key, value] : optionalFields) {
        if (!value->isEmpty())
            s.setValue(QLatin1String(key), *value);
    }
    s.setValue(QStringLiteral("projectId"), p.projectId);
    s.setValue(QStringLiteral("authMode"), Profile::authModeKey(p.authMode));
    if (p.usesToken() && p.tokenExpiresAt.isValid())
        s.setValue(QStringLiteral("tokenExpiresAt"),
                   p.tokenExpiresAt.toUTC().toString(Qt::ISODate));
    s.endGroup();
    s.endGroup();
    auto error = syncSettings();
    if (error)
        restore();
    return error;
}

ProfileError ProfileStore::notFound(const QString& name)
{
    return ProfileError{ProfileError::Kind::NotFound,
                        tr("There is no profile named \"%1\".").arg(name)};
}

ProfileError ProfileStore::secretError(const Profile& profile, SecretAction action,
                                       const QString& reason) const
{
    QString text;
    switch (action) {
    case SecretAction::Store:
        text = tr("Could not store the keys of profile \"%1\" in %2: %3");
        break;
    case SecretAction::Read:
        text = tr("Could not read the keys of profile \"%1\" from %2: %3");
        break;
    case SecretAction::Delete:
        text = tr("Could not delete the keys of profile \"%1\" from %2: %3");
        break;
    }
    return ProfileError{ProfileError::Kind::SecretStore,
                        text.arg(profile.name, m_secrets.displayName(), reason)};
}

ProfileError ProfileStore::missingSecret(const Profile& profile) const
{
    if (!m_secrets.isPersistent()) {
        return ProfileError{ProfileError::Kind::SecretMissing,
                            tr("The keys of profile \"%1\" have not been entered in this session "
                               "(no keychain is available, so they are not kept between "
                               "sessions). Edit the profile and enter them.")
                                .arg(profile.name)};
    }
    if (profile.authMode == Profile::AuthMode::IamPassword) {
        return ProfileError{ProfileError::Kind::SecretMissing,
                            tr("Profile \"%1\" has no IAM token yet: sign in to IAM with its "
                               "user name and password.")
                                .arg(profile.name)};
    }
    return ProfileError{ProfileError::Kind::SecretMissing,
                        tr("No complete keys are stored for profile \"%1\" in %2. Edit the "
                           "profile and enter them.")
                            .arg(profile.name, m_secrets.displayName())};
}

void ProfileStore::save(Profile profile, std::optional<ProfileSecrets> secrets, QObject* context,
                        Callback<Profile> callback)
{
    using Result = Expected<Profile, ProfileError>;
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        deliverLater(
            context, std::move(callback),
            Result(ProfileError{ProfileError::Kind::Invalid, problems.join(QLatin1Char(' '))}));
        return;
    }
    if (profile.id.isEmpty())
        profile.id = Profile::newId();
    if (auto taken = checkNameFree(profile.name, profile.id)) {
        deliverLater(context, std::move(callback), Result(*taken));
        return;
    }
    if (secrets) {
        const bool mayBeEmpty = profile.authMode == Profile::AuthMode::IamPassword;
        *secrets = secrets->reducedTo(profile.authMode);
        if (!mayBeEmpty && !secrets->isCompleteFor(profile.authMode)) {
            deliverLater(context, std::move(callback),
                         Result(ProfileError{ProfileError::Kind::Invalid,
                                             tr("Enter the keys that %1 needs.")
                                                 .arg(Profile::authModeName(profile.authMode))}));
            return;
        }
    }
    // All or nothing: a settings file that cannot be read stops the save before the keychain
    // is touched, and a settings file that cannot be written puts the secret back as it was
    // (removes a new one, restores a replaced one) before the failure is reported.
    if (auto problem = settingsProblem()) {
        deliverLater(context, std::move(callback), Result(*problem));
        return;
    }
    QPointer<QObject> guard(context);
    const bool isNew = !findById(profile.id).has_value();
    auto report = [this, guard, profile, callback](const std::optional<ProfileError>& failure) {
        if (!failure)
            Q_EMIT profilesChanged();
        if (guard)
            callback(failure ? Result(*failure) : Result(profile));
    };
    // `previous`: the secret before this save (nullopt: there was none).
    auto finish = [this, profile, report](const std::optional<SecretError>& error,
                                          const std::optional<QByteArray>& previous,
                                          bool secretChanged) {
        if (error) {
            report(secretError(profile, SecretAction::Store, error->message));
            return;
        }
        const auto failure = writeSettings(profile);
        if (!failure || !secretChanged) {
            report(failure);
            return;
        }
        const auto rolledBack = [report, failure](const std::optional<SecretError>&) {
            report(failure);
        };
        if (previous)
            m_secrets.write(profile.secretKey(), *previous, this, rolledBack);
        else
            m_secrets.remove(profile.secretKey(), this, rolledBack);
    };
    if (!secrets) {
        QTimer::singleShot(0, this, [finish] { finish(std::nullopt, std::nullopt, false); });
        return;
    }
    auto change = [this, profile, finish, secrets = std::move(*secrets)](
                      const std::optional<QByteArray>& previous) mutable {
        auto done = [finish, previous](const std::optional<SecretError>& error) {
            finish(error, previous, true);
        };
        if (secrets.isEmpty()) {
            m_secrets.remove(profile.secretKey(), this, done);
        } else {
            QByteArray blob = secrets.toBlob();
            m_secrets.write(profile.secretKey(), blob, this, done);
            wipeBytes(blob);
            secrets.wipe();
        }
    };
    if (isNew) {
        change(std::nullopt);
        return;
    }
    m_secrets.read(profile.secretKey(), this,
                   [change](const Expected<QByteArray, SecretError>& read) mutable {
                       change(read ? std::optional<QByteArray>(*read) : std::nullopt);
                   });
}

void ProfileStore::duplicate(const QString& name, const QString& newName, QObject* context,
                             Callback<Profile> callback)
{
    using Result = Expected<Profile, ProfileError>;
    const auto original = find(name);
    if (!original) {
        deliverLater(context, std::move(callback), Result(notFound(name)));
        return;
    }
    Profile copy = *original;
    copy.id = Profile::newId();
    copy.name = newName;
    QPointer<QObject> guard(context);
    m_secrets.read(original->secretKey(), this,
                   [this, guard, copy, callback](const Expected<QByteArray, SecretError>& read) {
                       if (!guard)
                           return;
                       if (!read && read.error().kind != SecretError::Kind::NotFound) {
                           callback(
                               Result(secretError(copy, SecretAction::Read, read.error().message)));
                           return;
                       }
                       std::optional<ProfileSecrets> secrets;
                       if (read)
                           secrets = ProfileSecrets::fromBlob(read.value());
                       // A profile whose secret was never stored is copied without one.
                       const bool empty = !secrets || secrets->isEmpty();
                       save(copy, empty ? std::nullopt : secrets, guard, callback);
                   });
}

std::optional<ProfileError> ProfileStore::rename(const QString& name, const QString& newName)
{
    auto profile = find(name);
    if (!profile)
        return notFound(name);
    if (const auto problem = Profile::nameProblem(newName))
        return ProfileError{ProfileError::Kind::Invalid, *problem};
    if (auto taken = checkNameFree(newName, profile->id))
        return taken;
    profile->name = newName;
    auto error = writeSettings(*profile);
    if (!error)
        Q_EMIT profilesChanged();
    return error;
}

void ProfileStore::remove(const QString& name, QObject* context, DoneCallback callback)
{
    const auto profile = find(name);
    if (!profile) {
        deliverLater(context, std::move(callback), std::optional<ProfileError>(notFound(name)));
        return;
    }
    QPointer<QObject> guard(context);
    m_secrets.remove(
        profile->secretKey(), this,
        [this, guard, profile = *profile, callback](const std::optional<SecretError>& error) {
            std::optional<ProfileError> failure;
            if (error && error->kind != SecretError::Kind::NotFound) {
                failure = secretError(profile, SecretAction::Delete, error->message);
            } else {
                m_settings->beginGroup(kGroup);
                m_settings->remove(profile.id);
                m_settings->endGroup();
                if (m_settings->value(kCurrent).toString() == profile.id)
                    m_settings->remove(kCurrent);
                failure = syncSettings();
                Q_EMIT profilesChanged();
            }
            if (guard)
                callback(failure);
        });
}

void ProfileStore::loadSecrets(const QString& name, QObject* context,
                               Callback<ProfileSecrets> callback)
{
    using Result = Expected<ProfileSecrets, ProfileError>;
    const auto profile = find(name);
    if (!profile) {
        deliverLater(context, std::move(callback), Result(notFound(name)));
        return;
    }
    QPointer<QObject> guard(context);
    m_secrets.read(
        profile->secretKey(), this,
        [this, guard, profile = *profile, callback](const Expected<QByteArray, SecretError>& read) {
            if (!guard)
                return;
            if (!read) {
                callback(
                    read.error().kind == SecretError::Kind::NotFound
                        ? Result(missingSecret(profile))
                        : Result(secretError(profile, SecretAction::Read, read.error().message)));
                return;
            }
            auto secrets = ProfileSecrets::fromBlob(read.value());
            if (!secrets) {
                callback(
                    Result(secretError(profile, SecretAction::Read,
                                       tr("the stored entry is not in the form wsdash writes"))));
                return;
            }
            callback(Result(*secrets));
        });
}

void ProfileStore::resolve(const QString& name, const QProcessEnvironment& env, QObject* context,
                           Callback<ProfileConnection> callback)
{
    using Result = Expected<ProfileConnection, ProfileError>;
    if (auto problem = settingsProblem()) {
        deliverLater(context, std::move(callback), Result(*problem));
        return;
    }
    const auto profile = find(name);
    if (!profile) {
        deliverLater(context, std::move(callback), Result(notFound(name)));
        return;
    }
    auto endpoint = profile->endpoint(env);
    if (!endpoint) {
        deliverLater(context, std::move(callback),
                     Result(ProfileError{
                         ProfileError::Kind::Invalid,
                         tr("Profile \"%1\": %2").arg(profile->name, endpoint.error().message)}));
        return;
    }
    if (profile->tokenExpired(m_clock.now())) {
        deliverLater(
            context, std::move(callback),
            Result(ProfileError{ProfileError::Kind::TokenExpired,
                                tr("The IAM token of profile \"%1\" expired at %2 UTC; "
                                   "get a new one.")
                                    .arg(profile->name, profile->tokenExpiresAt.toUTC().toString(
                                                            QStringLiteral("yyyy-MM-dd HH:mm")))}));
        return;
    }
    loadSecrets(name, context,
                [this, profile = *profile, endpoint = endpoint.value(),
                 callback](const Expected<ProfileSecrets, ProfileError>& secrets) {
                    if (!secrets) {
                        callback(Result(secrets.error()));
                        return;
                    }
                    if (!secrets->isCompleteFor(profile.authMode)) {
                        callback(Result(missingSecret(profile)));
                        return;
                    }
                    ProfileConnection connection;
                    connection.profile = profile;
                    connection.endpoint = endpoint;
                    connection.projectId = profile.projectId;
                    connection.credentials = secrets->credentials(profile.authMode);
                    callback(Result(connection));
                });
}

} // namespace wsdash
