#include "core/secrets/secretstorefactory.h"

#include "core/profiles/sessionsecretstore.h"
#include "core/secrets/keychainsecretstore.h"
#include "core/version.h"

#include <QTimer>

namespace wsdash {

QString secretServiceName()
{
    return QLatin1String(kApplicationId);
}

void openSecretStore(const QProcessEnvironment& env, QObject* context,
                     std::function<void(std::unique_ptr<SecretStore> store)> callback,
                     std::chrono::milliseconds probeTimeout)
{
    const QString noKeychain = env.value(QStringLiteral("WSDASH_NO_KEYCHAIN"));
    if (!noKeychain.isEmpty() && noKeychain != QLatin1String("0")) {
        QTimer::singleShot(0, context, [callback = std::move(callback)] {
            callback(std::make_unique<SessionSecretStore>(
                SecretStore::tr("not used because WSDASH_NO_KEYCHAIN is set")));
        });
        return;
    }
    const QString service = secretServiceName();
    KeychainSecretStore::probe(
        service, probeTimeout, context,
        [callback = std::move(callback), service](const std::optional<SecretError>& error) {
            if (!error) {
                callback(std::make_unique<KeychainSecretStore>(service));
                return;
            }
            callback(std::make_unique<SessionSecretStore>(error->message));
        });
}

} // namespace wsdash
