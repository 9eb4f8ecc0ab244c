#include "cli/profilecommand.h"

#include "cli/exportcommand.h"
#include "core/base/settingslocation.h"
#include "core/profiles/profilestore.h"
#include "core/profiles/sessionsecretstore.h"
#include "core/secrets/secretstorefactory.h"

#include <QCoreApplication>
#include <QTimer>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

QString listOfNames(const ProfileStore& store)
{
    const QStringList names = store.names();
    return names.isEmpty()
               ? wsdash::tr("There are no saved profiles; create one with --save-profile NAME.")
               : wsdash::tr("Saved profiles: %1.").arg(names.join(QLatin1String(", ")));
}

Profile::AuthMode authModeOf(const Credentials& credentials)
{
    switch (credentials.mode) {
    case Credentials::Mode::TemporaryAkSk:
        return Profile::AuthMode::TemporaryAkSk;
    case Credentials::Mode::IamToken:
        return Profile::AuthMode::IamToken;
    case Credentials::Mode::AkSk:
    case Credentials::Mode::None:
        break;
    }
    return Profile::AuthMode::AkSk;
}

} // namespace

ProfileCommand::ProfileCommand(CliOptions options, const QProcessEnvironment& env, QTextStream& out,
                               QTextStream& err, QObject* parent)
    : ModeJob(parent)
    , m_options(std::move(options))
    , m_env(env)
    , m_out(out)
    , m_err(err)
{}

ProfileCommand::~ProfileCommand() = default;

void ProfileCommand::start()
{
    if (m_options.mode == CliOptions::Mode::ListProfiles) {
        const int status = listProfiles();
        QTimer::singleShot(0, this, [this, status] { finish(status); });
        return;
    }
    const EnvironmentCredentials fromEnv = credentialsFromEnvironment(m_env);
    if (!fromEnv.error.isEmpty()) {
        m_err << "wsdash: " << fromEnv.error << '\n';
        QTimer::singleShot(0, this, [this] { finish(ExitUsage); });
        return;
    }
    // parseCommandLine has checked the endpoint, the project and that credentials are set.
    openSecretStore(m_env, this,
                    [this](std::unique_ptr<SecretStore> secrets) { saveWith(std::move(secrets)); });
}

void ProfileCommand::saveWith(std::unique_ptr<SecretStore> secrets)
{
    m_secrets = std::move(secrets);
    if (!m_secrets->isPersistent()) {
        m_err << "wsdash: "
              << wsdash::tr(
                     "profile \"%1\" was not saved: no system keychain is available (%2), and "
                     "wsdash never writes keys to disk.")
                     .arg(m_options.saveProfile, m_secrets->unavailableReason())
              << '\n';
        finish(ExitUsage);
        return;
    }
    m_store = std::make_unique<ProfileStore>(openSettings(m_env), *m_secrets);
    Profile profile;
    const auto existing = m_store->find(m_options.saveProfile);
    if (existing)
        profile.id = existing->id;
    profile.name = m_options.saveProfile;
    if (!m_options.endpoint.region().isEmpty())
        profile.region = m_options.endpoint.region();
    else
        profile.endpointUrl = m_options.endpoint.baseUrl().toString();
    profile.projectId = m_options.projectId;
    profile.authMode = authModeOf(m_options.credentials);
    const bool updated = existing.has_value();
    m_store->save(profile, ProfileSecrets::fromCredentials(m_options.credentials), this,
                  [this, updated](const Expected<Profile, ProfileError>& saved) {
                      if (!saved) {
                          m_err << "wsdash: " << saved.error().message << '\n';
                          finish(ExitUsage);
                          return;
                      }
                      m_out << (updated
                                    ? wsdash::tr("Updated profile \"%1\" (%2); its keys are in %3.")
                                    : wsdash::tr("Saved profile \"%1\" (%2); its keys are in %3."))
                                   .arg(saved->name, saved->summary(), m_secrets->displayName())
                            << '\n';
                      finish(ExitSuccess);
                  });
}

int ProfileCommand::listProfiles()
{
    // Listing needs no secret: the keychain is not asked.
    SessionSecretStore unused;
    const ProfileStore store(openSettings(m_env), unused);
    if (const auto problem = store.settingsProblem()) {
        m_err << "wsdash: " << problem->message << '\n';
        return ExitUsage;
    }
    const QList<Profile> profiles = store.profiles();
    if (profiles.isEmpty()) {
        m_err << "wsdash: " << listOfNames(store) << '\n';
        return ExitSuccess;
    }
    const QString current = store.currentProfileName();
    for (const Profile& p : profiles) {
        m_out << p.name << '\t' << (p.endpointUrl.isEmpty() ? p.region : p.endpointUrl) << '\t'
              << p.projectId << '\t' << Profile::authModeKey(p.authMode);
        if (p.usesToken() && p.tokenExpiresAt.isValid())
            m_out << '\t'
                  << wsdash::tr("token expires %1")
                         .arg(p.tokenExpiresAt.toUTC().toString(Qt::ISODate));
        if (p.name == current)
            m_out << '\t' << wsdash::tr("(current)");
        m_out << '\n';
    }
    return ExitSuccess;
}

void ProfileCommand::finish(int status)
{
    m_out.flush();
    m_err.flush();
    Q_EMIT finished(status);
}

} // namespace wsdash
