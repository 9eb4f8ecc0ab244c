#include "cli/profilecommand.h"

#include "cli/exportcommand.h"
#include "core/base/settingslocation.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/sessionsecretstore.h"
#include "core/secrets/secretstorefactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>

#include <memory>
#include <optional>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

// Runs `start` and the event loop until it calls back; returns what it delivered.
template <typename T, typename Start> T waitFor(Start start)
{
    QEventLoop loop;
    std::optional<T> result;
    start(&loop, [&](const T& value) {
        result.emplace(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

// The system keychain when it answers, else memory for this run (see openSecretStore).
std::shared_ptr<SecretStore> openSecrets(const QProcessEnvironment& env)
{
    return waitFor<std::shared_ptr<SecretStore>>([&env](QObject* context, auto done) {
        openSecretStore(env, context, [done](std::unique_ptr<SecretStore> store) {
            done(std::shared_ptr<SecretStore>(std::move(store)));
        });
    });
}

// The application object the keychain and the event loop need, for the caller's scope.
std::unique_ptr<QCoreApplication> ensureApplication(int& argc, char** argv)
{
    if (QCoreApplication::instance())
        return nullptr;
    return std::make_unique<QCoreApplication>(argc, argv);
}

QString listOfNames(const ProfileStore& store)
{
    const QStringList names = store.names();
    return names.isEmpty() ? tr("There are no saved profiles; create one with --save-profile NAME.")
                           : tr("Saved profiles: %1.").arg(names.join(QLatin1String(", ")));
}

} // namespace

int resolveProfile(int& argc, char** argv, CliOptions& options, const QProcessEnvironment& env,
                   QTextStream& err)
{
    const auto app = ensureApplication(argc, argv);
    for (const QString& warning : std::as_const(options.warnings))
        err << "wsdash: " << warning << '\n';
    options.warnings.clear();

    const std::shared_ptr<SecretStore> secrets = openSecrets(env);
    ProfileStore store(openSettings(env), *secrets);
    const auto connection = waitFor<Expected<ProfileConnection, ProfileError>>(
        [&](QObject* context, auto done) { store.resolve(options.profile, env, context, done); });
    if (!connection) {
        QString message = connection.error().message;
        if (connection.error().kind == ProfileError::Kind::NotFound)
            message += QLatin1Char(' ') + listOfNames(store);
        if (connection.error().kind == ProfileError::Kind::SecretMissing &&
            !secrets->isPersistent()) {
            message = tr("The keys of profile \"%1\" cannot be read: no system keychain is "
                         "available (%2). Set the credentials in the environment and use "
                         "--endpoint/--region instead, or run where the keychain is available.")
                          .arg(options.profile, secrets->unavailableReason());
        }
        err << "wsdash: " << message << '\n';
        return ExitUsage;
    }
    if (!options.endpoint.isValid())
        options.endpoint = connection->endpoint;
    if (options.projectId.isEmpty())
        options.projectId = connection->projectId;
    options.credentials = connection->credentials;
    return ExitSuccess;
}

namespace {

int saveProfile(const CliOptions& options, const QProcessEnvironment& env, QTextStream& out,
                QTextStream& err)
{
    const EnvironmentCredentials fromEnv = credentialsFromEnvironment(env);
    if (!fromEnv.error.isEmpty()) {
        err << "wsdash: " << fromEnv.error << '\n';
        return ExitUsage;
    }
    // parseCommandLine has checked the endpoint, the project and that credentials are set.
    const std::shared_ptr<SecretStore> secrets = openSecrets(env);
    if (!secrets->isPersistent()) {
        err << "wsdash: "
            << tr("profile \"%1\" was not saved: no system keychain is available (%2), and "
                  "wsdash never writes keys to disk.")
                   .arg(options.saveProfile, secrets->unavailableReason())
            << '\n';
        return ExitUsage;
    }
    ProfileStore store(openSettings(env), *secrets);
    Profile profile;
    const auto existing = store.find(options.saveProfile);
    if (existing)
        profile.id = existing->id;
    profile.name = options.saveProfile;
    if (!options.endpoint.region().isEmpty())
        profile.region = options.endpoint.region();
    else
        profile.endpointUrl = options.endpoint.baseUrl().toString();
    profile.projectId = options.projectId;
    switch (options.credentials.mode) {
    case Credentials::Mode::TemporaryAkSk:
        profile.authMode = Profile::AuthMode::TemporaryAkSk;
        break;
    case Credentials::Mode::IamToken:
        profile.authMode = Profile::AuthMode::IamToken;
        break;
    case Credentials::Mode::AkSk:
    case Credentials::Mode::None:
        profile.authMode = Profile::AuthMode::AkSk;
        break;
    }
    const auto saved = waitFor<Expected<Profile, ProfileError>>([&](QObject* context, auto done) {
        store.save(profile, ProfileSecrets::fromCredentials(options.credentials), context, done);
    });
    if (!saved) {
        err << "wsdash: " << saved.error().message << '\n';
        return ExitUsage;
    }
    out << (existing ? tr("Updated profile \"%1\" (%2); its keys are in %3.")
                     : tr("Saved profile \"%1\" (%2); its keys are in %3."))
               .arg(saved->name, saved->summary(), secrets->displayName())
        << '\n';
    return ExitSuccess;
}

int listProfiles(const QProcessEnvironment& env, QTextStream& out, QTextStream& err)
{
    // Listing needs no secret: the keychain is not asked.
    SessionSecretStore unused;
    const ProfileStore store(openSettings(env), unused);
    if (const auto problem = store.settingsProblem()) {
        err << "wsdash: " << problem->message << '\n';
        return ExitUsage;
    }
    const QList<Profile> profiles = store.profiles();
    if (profiles.isEmpty()) {
        err << "wsdash: " << listOfNames(store) << '\n';
        return ExitSuccess;
    }
    const QString current = store.currentProfileName();
    for (const Profile& p : profiles) {
        out << p.name << '\t' << (p.endpointUrl.isEmpty() ? p.region : p.endpointUrl) << '\t'
            << p.projectId << '\t' << Profile::authModeKey(p.authMode);
        if (p.usesToken() && p.tokenExpiresAt.isValid())
            out << '\t'
                << tr("token expires %1").arg(p.tokenExpiresAt.toUTC().toString(Qt::ISODate));
        if (p.name == current)
            out << '\t' << tr("(current)");
        out << '\n';
    }
    return ExitSuccess;
}

} // namespace

int runProfileCommand(int& argc, char** argv, const CliOptions& options,
                      const QProcessEnvironment& env, QTextStream& out, QTextStream& err)
{
    const auto app = ensureApplication(argc, argv);
    if (options.mode == CliOptions::Mode::ListProfiles)
        return listProfiles(env, out, err);
    return saveProfile(options, env, out, err);
}

} // namespace wsdash
