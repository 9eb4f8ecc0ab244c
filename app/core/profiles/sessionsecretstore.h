#pragma once

#include "core/profiles/secretstore.h"

#include <QHash>

namespace wsdash {

// Secrets kept in memory for this session only: used when no keychain is available, and said
// so plainly (isPersistent() is false, notice() explains). Never writes anything to disk.
class SessionSecretStore final : public SecretStore
{
public:
    // `reason`: why no keychain is used (e.g. the keychain's own error), shown in notice().
    explicit SessionSecretStore(QString reason = {});
    ~SessionSecretStore() override;

    bool isPersistent() const override { return false; }
    QString displayName() const override;
    QString notice() const override;
    QString unavailableReason() const override { return m_reason; }

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QByteArray& secret, QObject* context,
               DoneCallback callback) override;
    void remove(const QString& key, QObject* context, DoneCallback callback) override;

private:
    QString m_reason;
    QHash<QString, QByteArray> m_secrets;
};

} // namespace wsdash
