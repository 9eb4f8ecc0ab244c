#pragma once

#include "core/api/apierror.h"
#include "core/api/credentials.h"
#include "core/api/endpoint.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <optional>

namespace wsdash {

// What a connection test found, in plain language: a title ("The secret key is wrong"), what
// it means, and what to do. Built by diagnose() from a failure and what is known around it.
struct Diagnosis
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::Diagnosis)

public:
    enum class Kind
    {
        Ok,
        WrongSecretKey,    // the signature was refused and the clocks agree
        ClockSkew,         // the signature was refused and the clocks differ by too much
        TokenExpired,      // IAM token or temporary AK/SK no longer valid
        TokenInvalid,      // the IAM token was refused
        MissingPermission, // workspace:statistics:listDesktopStatus not granted
        WrongProject,      // the project ID does not exist or does not belong to the credentials
        ServiceNotEnabled, // Workspace is not enabled for the project
        WrongEndpoint,     // the region or endpoint does not exist or is not the Workspace API
        NoNetwork,         // no DNS, no route, no answer
        Proxy,             // the proxy refused, failed or wants credentials
        Tls,               // certificate or handshake failure
        Throttled,         // too many calls
        ServerError,       // the service failed (5xx)
        Configuration,     // something in the profile itself is not usable
        Other,
    };

    Kind kind = Kind::Other;
    QString title;                          // one short sentence
    QString explanation;                    // what happened, with the numbers that matter
    QString suggestion;                     // what to do next
    ApiError error;                         // the failure behind it (empty for Ok)
    std::optional<qint64> clockSkewSeconds; // server clock minus ours, when the server said
    std::optional<qint64> totalDesktops;    // Ok: total_num
    QString requestId;

    bool ok() const { return kind == Kind::Ok; }
    // A stable key for scripts and tests: "ok", "wrong-secret-key", "clock-skew", …
    static QString kindKey(Kind kind);
    // "17 min 5 s ahead of" / "3 min behind" the server's clock.
    static QString describeSkew(qint64 serverMinusLocalSeconds);
};

// What is known around a failure.
struct DiagnosisContext
{
    enum class Lookup
    {
        NotTried,
        Resolved,
        Failed
    };

    Credentials::Mode mode = Credentials::Mode::AkSk;
    Endpoint endpoint;
    QString projectId;
    QDateTime localNow;                      // our clock when the answer came
    QDateTime tokenExpiresAt;                // IAM token expiry, when known
    QString proxy;                           // "host:port" of the proxy used, empty when direct
    Lookup apiHost = Lookup::NotTried;       // DNS lookup of the endpoint's host
    Lookup referenceHost = Lookup::NotTried; // DNS lookup of a well-known host
};

// The plain-language reading of a failed call.
Diagnosis diagnose(const ApiError& error, const DiagnosisContext& context);
// A successful call, with a warning when the clocks drift apart.
Diagnosis diagnoseSuccess(qint64 totalDesktops, const QDateTime& serverDate,
                          const QString& requestId, const DiagnosisContext& context);

// The IAM action the statistics call needs.
inline constexpr char kStatisticsPermission[] = "workspace:statistics:listDesktopStatus";
// The gateway refuses an X-Sdk-Date this far from its clock.
inline constexpr qint64 kMaxClockSkewSeconds = 15 * 60;

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::Diagnosis)
