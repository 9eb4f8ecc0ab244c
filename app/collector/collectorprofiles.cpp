#include "collector/collectorprofiles.h"

#include "core/base/settingslocation.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/secretstorefactory.h"

#include <QCoreApplication>

namespace wsdash {

CollectorProfiles::CollectorProfiles(CollectorOptions options, const QProcessEnvironment& env,
                                     QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_env(env)
{}

CollectorProfiles::~CollectorProfiles() = default;

void CollectorProfiles::start()
{
    openSecretStore(m_env, this, [this](std::unique_ptr<SecretStore> secrets) {
        resolveWith(std::move(secrets));
    });
}

void CollectorProfiles::resolveWith(std::unique_ptr<SecretStore> secrets)
{
    m_secrets = std::move(secrets);
    m_store = std::make_unique<ProfileStore>(openSettings(m_env), *m_secrets);
    if (const auto problem = m_store->settingsProblem()) {
        Q_EMIT failed(problem->message);
        return;
    }
    m_pending = m_options.allProfiles ? m_store->names() : m_options.profiles;
    if (m_pending.isEmpty()) {
        Q_EMIT failed(tr("There are no saved profiles; create one with wsdash --save-profile "
                         "NAME."));
        return;
    }
    resolveNext();
}

void CollectorProfiles::resolveNext()
{
    if (m_pending.isEmpty()) {
        Q_EMIT resolved(m_connections);
        return;
    }
    const QString name = m_pending.takeFirst();
    m_store->resolve(
        name, m_env, this,
        [this, name](const Expected<ProfileConnection, ProfileError>& connection) {
            if (!connection) {
                QString message = connection.error().message;
                if (connection.error().kind == ProfileError::Kind::NotFound) {
                    message +=
                        QLatin1Char(' ') +
                        tr("Saved profiles: %1.").arg(m_store->names().join(QLatin1String(", ")));
                }
                if (connection.error().kind == ProfileError::Kind::SecretMissing &&
                    !m_secrets->isPersistent()) {
                    message = tr("The keys of profile \"%1\" cannot be read: no system keychain "
                                 "is available (%2). Give --endpoint/--region with the "
                                 "credentials in the environment (EnvironmentFile= of the "
                                 "systemd unit) instead.")
                                  .arg(name, m_secrets->unavailableReason());
                }
                Q_EMIT failed(message);
                return;
            }
            CollectorConnection c;
            c.name = name;
            c.profile = name;
            c.endpoint = connection->endpoint;
            c.projectId = m_options.projectIdOverride.isEmpty() ? connection->projectId
                                                                : m_options.projectIdOverride;
            c.credentials = connection->credentials;
            m_connections << c;
            resolveNext();
        });
}

} // namespace wsdash
