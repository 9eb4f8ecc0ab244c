#pragma once

#include "core/api/apierror.h"
#include "core/api/credentials.h"
#include "core/api/endpoint.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace wsdash {

// Credentials the gateway refused for good — a bad signature (wrong secret key, unknown access
// key) or an invalid or expired token — remembered in a small file in the data folder, so that
// no later run sends them again: a gateway locks an access key after a few badly signed
// requests, for everyone who uses it. Entries are fingerprints (a hash, never a key); new
// credentials have a new fingerprint, so fixing the key is all it takes. A refusal that a
// retry can cure (a missing permission, a clock far off) is not remembered.
class RefusedCredentials final
{
public:
    explicit RefusedCredentials(QString path);

    // SHA-256 over the endpoint, project, mode and keys (hex).
    static QString fingerprint(const Endpoint& endpoint, const QString& projectId,
                               const Credentials& credentials);
    // The refusal is one only new credentials can cure (see above). `localNow`: our clock when
    // the answer came, to tell a clock far off from a wrong key.
    static bool needsNewCredentials(const ApiError& error, const QDateTime& localNow);

    struct Refusal
    {
        ApiError error; // status, code, message and request ID of the refusing answer
        QDateTime at;
    };
    // The refusal remembered for `fingerprint`, if any.
    std::optional<Refusal> find(const QString& fingerprint) const;
    // Remembers (or forgets, when `error` is null) a refusal; false when the file cannot be
    // written.
    bool remember(const QString& fingerprint, const std::optional<ApiError>& error);

private:
    QString m_path;
};

} // namespace wsdash
