#pragma once

#include "core/base/clock.h"
#include "sim/httpmessage.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <deque>
#include <optional>

namespace wsdash::sim {

// What the gateway accepts. Secrets stay in memory; nothing here prints them.
struct GatewayCredentials
{
    QString accessKey;
    QString secretKey;
    QString securityToken; // when set, the AK/SK is temporary and X-Security-Token must match
    QString iamToken;      // accepted in X-Auth-Token
};

// The API gateway in front of the Workspace service: authenticates a request (SDK-HMAC-SHA256
// recomputed from the request as received, or an IAM token), checks the time of X-Sdk-Date and
// the project, locks an AK after repeated bad signatures, and throttles each caller.
class Gateway final
{
public:
    static constexpr int kDefaultRateLimit = 200; // calls per minute per AK
    static constexpr qint64 kMaxSkewSeconds = 15 * 60;
    static constexpr int kFailuresBeforeLock = 5; // the next failure locks the AK
    static constexpr qint64 kLockSeconds = 5 * 60;

    Gateway(GatewayCredentials credentials, QString projectId, const Clock& clock);

    // 0 switches throttling off.
    void setRateLimit(int callsPerMinute) { m_rateLimit = callsPerMinute; }
    int rateLimit() const { return m_rateLimit; }

    // Empty when the request may pass; otherwise the gateway's answer (401 APIG.0301 or
    // 429 APIG.0308). `pathProjectId` is the project ID of the request path.
    std::optional<HttpResponse> admit(const HttpRequest& request, const QString& pathProjectId,
                                      const QByteArray& requestId);

private:
    struct Caller
    {
        QString principal; // who is throttled: the AK, or the token
        QString failure;   // why authentication failed; empty on success
    };
    struct AccessKeyState
    {
        int failures = 0;
        QDateTime lockedUntil;
    };

    Caller authenticate(const HttpRequest& request);
    Caller authenticateSignature(const HttpRequest& request);
    QString verifySignature(const HttpRequest& request, const QByteArray& signedHeaders,
                            const QByteArray& signature) const;
    std::optional<HttpResponse> throttle(const QString& principal, const QByteArray& requestId);

    GatewayCredentials m_credentials;
    QString m_projectId;
    const Clock& m_clock;
    int m_rateLimit = kDefaultRateLimit;
    QHash<QString, AccessKeyState> m_accessKeys;
    QHash<QString, std::deque<qint64>> m_calls; // msecs since epoch of recent admitted calls
};

} // namespace wsdash::sim
