#include "cli/profileresolver.h"

#include "cli/exportcommand.h"
#include "core/base/settingslocation.h"
#include "core/profiles/profilestore.h"
#include "core/secrets/secretstorefactory.h"

#include <QCoreApplication>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

ProfileResolver::ProfileResolver(CliOptions options, const QProcessEnvironment& env,
                                 QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_env(env)
    , m_err(err)
{}

ProfileResolver::~ProfileResolver() = default;

void ProfileResolver::start()
{
    for (const QString& warning : std::as_const(m_options.warnings))
        m_err << "wsdash: " << warning << '\n';
    m_options.warnings.clear();
    openSecretStore(m_env, this, [this](std::unique_ptr<SecretStore> secrets) {
        resolveWith(std::move(secrets));
    });
}

void ProfileResolver::resolveWith(std::unique_ptr<SecretStore> secrets)
{
    m_secrets = std::move(secrets);
    m_store = std::make_unique<ProfileStore>(openSettings(m_env), *m_secrets);
    m_store->resolve(
        m_options.profile, m_env, this,
        [this](const Expected<ProfileConnection, ProfileError>& connection) {
            if (!connection) {
                QString message = connection.error().message;
                if (connection.error().kind == ProfileError::Kind::NotFound) {
                    const QStringList names = m_store->names();
                    message +=
                        QLatin1Char(' ') +
                        (names.isEmpty() ? wsdash::tr("There are no saved profiles; create one "
                                                      "with --save-profile NAME.")
                                         : wsdash::tr("Saved profiles: %1.")
                                               .arg(names.join(QLatin1String(", "))));
                }
                if (connection.error().kind == ProfileError::Kind::SecretMissing &&
                    !m_secrets->isPersistent()) {
                    message =
                        wsdash::tr(
                            "The keys of profile \"%1\" cannot be read: no system keychain is "
                            "available (%2). Set the credentials in the environment and use "
                            "--endpoint/--region instead, or run where the keychain is "
                            "available.")
                            .arg(m_options.profile, m_secrets->unavailableReason());
                }
                m_err << "wsdash: " << message << '\n';
                m_err.flush();
                Q_EMIT failed(ExitUsage);
                return;
            }
            if (!m_options.endpoint.isValid())
                m_options.endpoint = connection->endpoint;
            if (m_options.projectId.isEmpty())
                m_options.projectId = connection->projectId;
            m_options.credentials = connection->credentials;
            Q_EMIT resolved(m_options);
        });
}

} // namespace wsdash
