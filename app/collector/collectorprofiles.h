#pragma once

#include "collector/collectoroptions.h"

#include <QList>
#include <QObject>
#include <QProcessEnvironment>

#include <memory>

namespace wsdash {

class ProfileStore;
class SecretStore;

// Turns the collector's --profile names (or --all-profiles) into connections, asynchronously:
// the profiles' endpoints and projects from the settings file, their keys from the keychain
// (ProfileStore::resolve, as `wsdash --profile` does). One profile that cannot be resolved
// fails the whole start: a collector that silently drops a connection would leave a gap.
class CollectorProfiles final : public QObject
{
    Q_OBJECT

public:
    CollectorProfiles(CollectorOptions options, const QProcessEnvironment& env,
                      QObject* parent = nullptr);
    ~CollectorProfiles() override;

    void start();

Q_SIGNALS:
    void resolved(const QList<wsdash::CollectorConnection>& connections);
    void failed(const QString& message);

private:
    void resolveWith(std::unique_ptr<SecretStore> secrets);
    void resolveNext();

    const CollectorOptions m_options;
    const QProcessEnvironment m_env;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
    QStringList m_pending;
    QList<CollectorConnection> m_connections;
};

} // namespace wsdash
