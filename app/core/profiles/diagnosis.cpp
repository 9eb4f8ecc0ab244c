#include "core/profiles/diagnosis.h"

#include <climits>
#include <cstdlib>

namespace wsdash {

namespace {

using Kind = Diagnosis::Kind;

// The gateway refuses beyond 15 min; a little less already explains a refusal, given the time
// the answer took and the server's one-second resolution.
constexpr qint64 kSkewThatExplainsRefusal = kMaxClockSkewSeconds - 60;
constexpr qint64 kSkewWorthAWarning = 5 * 60;

bool codeIs(const ApiError& error, const char* suffix)
{
    const QString code = error.code.toUpper();
    const QString s = QLatin1String(suffix);
    return code == QLatin1String("APIG.") + s || code == QLatin1String("APIGW.") + s;
}

bool mentions(const ApiError& error, const char* word)
{
    return error.message.contains(QLatin1String(word), Qt::CaseInsensitive) ||
           error.detail.contains(QLatin1String(word), Qt::CaseInsensitive);
}

bool mentionsProjectMismatch(const ApiError& error)
{
    if (!mentions(error, "project"))
        return false;
    return mentions(error, "mismatch") || mentions(error, "not match") ||
           mentions(error, "differ") || mentions(error, "no access") ||
           mentions(error, "not exist") || mentions(error, "invalid") ||
           mentions(error, "not found") || mentions(error, "illegal");
}

std::optional<qint64> skewOf(const ApiError& error, const DiagnosisContext& context)
{
    if (!error.serverDate.isValid() || !context.localNow.isValid())
        return std::nullopt;
    return context.localNow.secsTo(error.serverDate);
}

Diagnosis make(Kind kind, QString title, QString explanation, QString suggestion,
               const ApiError& error)
{
    Diagnosis d;
    d.kind = kind;
    d.title = std::move(title);
    d.explanation = std::move(explanation);
    d.suggestion = std::move(suggestion);
    d.error = error;
    d.requestId = error.requestId;
    return d;
}

QString serverSaid(const ApiError& error)
{
    return Diagnosis::tr("The server said: %1").arg(error.toOneLine());
}

QString hostOf(const DiagnosisContext& context)
{
    return context.endpoint.baseUrl().host();
}

Diagnosis authenticationRefused(const ApiError& error, const DiagnosisContext& context)
{
    const auto skew = skewOf(error, context);
    const bool tokenMode = context.mode == Credentials::Mode::IamToken;
    if (tokenMode) {
        const bool expired = (context.tokenExpiresAt.isValid() && context.localNow.isValid() &&
                              context.tokenExpiresAt <= context.localNow) ||
                             mentions(error, "expire");
        if (expired) {
            return make(
                Kind::TokenExpired, Diagnosis::tr("The IAM token has expired"),
                Diagnosis::tr("IAM tokens are valid for 24 hours. %1").arg(serverSaid(error)),
                Diagnosis::tr("Get a new token (sign in to IAM again) and save it in the "
                              "profile."),
                error);
        }
        return make(Kind::TokenInvalid, Diagnosis::tr("The IAM token was not accepted"),
                    Diagnosis::tr("The token is malformed, was revoked, or was issued for another "
                                  "project. %1")
                        .arg(serverSaid(error)),
                    Diagnosis::tr("Get a new token scoped to project %1 and paste it whole.")
                        .arg(context.projectId),
                    error);
    }
    if (skew && std::llabs(*skew) >= kSkewThatExplainsRefusal) {
        Diagnosis d = make(
            Kind::ClockSkew, Diagnosis::tr("This computer's clock is wrong"),
            Diagnosis::tr("Your clock is %1 the server's. Signed requests carry the time, and the "
                          "gateway refuses them when it differs from its own by more than 15 "
                          "minutes. %2")
                .arg(Diagnosis::describeSkew(*skew), serverSaid(error)),
            Diagnosis::tr("Set the system clock right (turn on automatic time / NTP), then test "
                          "again."),
            error);
        d.clockSkewSeconds = skew;
        return d;
    }
    if (context.mode == Credentials::Mode::TemporaryAkSk && mentions(error, "expire")) {
        return make(
            Kind::TokenExpired, Diagnosis::tr("The temporary access key has expired"),
            Diagnosis::tr("Temporary AK/SK and their security token are valid for a limited "
                          "time only. %1")
                .arg(serverSaid(error)),
            Diagnosis::tr("Obtain a new temporary AK/SK with its security token."), error);
    }
    if (mentionsProjectMismatch(error))
        return make(Kind::WrongProject,
                    Diagnosis::tr("The project ID does not match the access key"),
                    serverSaid(error),
                    Diagnosis::tr("Check the project ID of the region on the console's \"My "
                                  "Credentials\" page."),
                    error);
    QString explanation =
        Diagnosis::tr("The gateway could not verify the signature: the secret key does not "
                      "belong to the access key, or the key was deleted or disabled.");
    if (skew) {
        explanation += QLatin1Char(' ') +
                       Diagnosis::tr("The clocks agree well enough (yours is %1 the server's), "
                                     "so the time is not the cause.")
                           .arg(Diagnosis::describeSkew(*skew));
    } else {
        explanation += QLatin1Char(' ') +
                       Diagnosis::tr("The server sent no Date, so the clocks could not be "
                                     "compared; a clock more than 15 minutes off has the same "
                                     "effect.");
    }
    explanation += QLatin1Char(' ') + serverSaid(error);
    Diagnosis d = make(Kind::WrongSecretKey, Diagnosis::tr("The secret key is wrong"), explanation,
                       Diagnosis::tr("Enter the access key ID and secret key again, exactly as "
                                     "downloaded. After five failures in a row the key is locked "
                                     "for five minutes."),
                       error);
    d.clockSkewSeconds = skew;
    return d;
}

Diagnosis networkFailure(const ApiError& error, const DiagnosisContext& context)
{
    using Lookup = DiagnosisContext::Lookup;
    const QString host = hostOf(context);
    if (!context.proxy.isEmpty()) {
        return make(Kind::Proxy, Diagnosis::tr("The proxy server failed"),
                    Diagnosis::tr("Requests go through the proxy %1, which did not pass this one "
                                  "on: %2")
                        .arg(context.proxy, error.message),
                    Diagnosis::tr("Check the system proxy settings (or http_proxy / https_proxy), "
                                  "the proxy's user name and password, and whether it allows %1.")
                        .arg(host),
                    error);
    }
    if (context.apiHost == Lookup::Failed) {
        if (context.referenceHost == Lookup::Failed) {
            return make(Kind::NoNetwork, Diagnosis::tr("No network connection"),
                        Diagnosis::tr("No host name can be looked up, not even well-known ones: "
                                      "this computer has no working network or DNS. %1")
                            .arg(error.message),
                        Diagnosis::tr("Check the network connection, then test again."), error);
        }
        return make(Kind::WrongEndpoint, Diagnosis::tr("The region or endpoint does not exist"),
                    Diagnosis::tr("The host %1 is not known to DNS, while other hosts are: the "
                                  "region or the custom endpoint is wrong.")
                        .arg(host),
                    Diagnosis::tr("Choose the region the project is in, or correct the endpoint "
                                  "(https://workspace.{region}.myhuaweicloud.com)."),
                    error);
    }
    if (error.kind == ApiError::Kind::Timeout) {
        return make(Kind::NoNetwork, Diagnosis::tr("The server did not answer"),
                    Diagnosis::tr("%1 gave no answer in time. A firewall may drop the traffic, or "
                                  "the network is down. %2")
                        .arg(host, error.message),
                    Diagnosis::tr("Check the network and firewall; if a proxy is needed, set it "
                                  "in the system settings."),
                    error);
    }
    return make(
        Kind::NoNetwork, Diagnosis::tr("Could not connect to the server"),
        Diagnosis::tr("%1 was found but no connection could be made: %2").arg(host, error.message),
        Diagnosis::tr("Check the network and firewall, and the endpoint's port."), error);
}

} // namespace

Diagnosis diagnose(const ApiError& error, const DiagnosisContext& context)
{
    const int status = error.httpStatus;
    switch (error.kind) {
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return networkFailure(error, context);
    case ApiError::Kind::Tls:
        return make(Kind::Tls, Diagnosis::tr("The secure connection failed"),
                    Diagnosis::tr("The server's certificate could not be verified or the TLS "
                                  "handshake failed: %1")
                        .arg(error.message),
                    Diagnosis::tr("Check the endpoint address. A proxy that inspects TLS needs its "
                                  "certificate installed in the system. wsdash never ignores "
                                  "certificate errors."),
                    error);
    case ApiError::Kind::Redirect:
    case ApiError::Kind::BadResponse:
        if (!context.proxy.isEmpty()) {
            return make(
                Kind::Proxy, Diagnosis::tr("The proxy answered instead of the server"),
                Diagnosis::tr("Through the proxy %1 the answer was not the Workspace API's: "
                              "%2")
                    .arg(context.proxy, error.message),
                Diagnosis::tr("The proxy may require a sign-in page or block the host."), error);
        }
        return make(
            Kind::WrongEndpoint, Diagnosis::tr("This is not the Workspace API"),
            Diagnosis::tr("The server at %1 answered, but not as the Workspace API does: %2")
                .arg(context.endpoint.toDisplayString(), error.message),
            Diagnosis::tr("Check the endpoint; for a region it is "
                          "https://workspace.{region}.myhuaweicloud.com."),
            error);
    case ApiError::Kind::InsecureUrl:
    case ApiError::Kind::Configuration:
        return make(Kind::Configuration, Diagnosis::tr("The profile cannot be used as it is"),
                    error.message, Diagnosis::tr("Edit the profile."), error);
    case ApiError::Kind::Throttled:
        return make(Kind::Throttled, Diagnosis::tr("Too many requests"),
                    Diagnosis::tr("The API allows 200 calls per minute per user. %1")
                        .arg(serverSaid(error)),
                    Diagnosis::tr("Wait a minute and test again; lower the refresh rate of other "
                                  "dashboards using the same user."),
                    error);
    case ApiError::Kind::TooLarge:
        return make(Kind::Other, Diagnosis::tr("The answer was unexpectedly large"), error.message,
                    Diagnosis::tr("Check the endpoint."), error);
    case ApiError::Kind::Http:
        break;
    }

    if (status == 401 || codeIs(error, "0301"))
        return authenticationRefused(error, context);
    if (status == 403) {
        if (error.code.compare(QLatin1String("WKS.00010099"), Qt::CaseInsensitive) == 0)
            return make(Kind::ServiceNotEnabled,
                        Diagnosis::tr("Workspace is not enabled for this project"),
                        serverSaid(error),
                        Diagnosis::tr("Enable Workspace in this region and project on the console, "
                                      "or choose the project where it runs."),
                        error);
        if (mentionsProjectMismatch(error))
            return make(Kind::WrongProject,
                        Diagnosis::tr("The project ID does not match the credentials"),
                        serverSaid(error),
                        Diagnosis::tr("Use the project ID of this region from the console's \"My "
                                      "Credentials\" page."),
                        error);
        if (context.mode == Credentials::Mode::IamToken && mentions(error, "expire"))
            return authenticationRefused(error, context);
        QString explanation =
            Diagnosis::tr("The credentials are valid, but the IAM user may not call this API: it "
                          "needs the action %1 in project %2.")
                .arg(QLatin1String(kStatisticsPermission), context.projectId);
        if (!error.encodedAuthorizationMessage.isEmpty())
            explanation += QLatin1Char(' ') +
                           Diagnosis::tr("The answer carries an encoded authorization message; "
                                         "an administrator can decode it with STS "
                                         "decode-authorization-message to see which policy "
                                         "denied the call.");
        explanation += QLatin1Char(' ') + serverSaid(error);
        return make(Kind::MissingPermission, Diagnosis::tr("Permission missing"), explanation,
                    Diagnosis::tr("Ask an administrator to grant %1 (for example through the "
                                  "Workspace read-only policy) to this user in this project.")
                        .arg(QLatin1String(kStatisticsPermission)),
                    error);
    }
    if (status == 404 && (codeIs(error, "0101") || error.code.startsWith(QLatin1String("HTTP"))))
        return make(Kind::WrongEndpoint, Diagnosis::tr("The Workspace API is not at this address"),
                    Diagnosis::tr("The server at %1 has no such API. %2")
                        .arg(context.endpoint.toDisplayString(), serverSaid(error)),
                    Diagnosis::tr("Choose the right region, or correct the custom endpoint."),
                    error);
    if (status == 404 || (status == 400 && (error.code.startsWith(QLatin1String("WKS.")) ||
                                            mentions(error, "project"))))
        return make(Kind::WrongProject, Diagnosis::tr("The project was not found"),
                    Diagnosis::tr("Project %1 is unknown to Workspace in this region. %2")
                        .arg(context.projectId, serverSaid(error)),
                    Diagnosis::tr("Each region has its own project ID: copy the one for this "
                                  "region from the console's \"My Credentials\" page."),
                    error);
    if (status >= 500)
        return make(Kind::ServerError, Diagnosis::tr("The Workspace service failed"),
                    serverSaid(error),
                    Diagnosis::tr("Try again later; if it persists, give Huawei Cloud support the "
                                  "request ID."),
                    error);
    return make(Kind::Other, Diagnosis::tr("The request was refused"), serverSaid(error),
                Diagnosis::tr("Check the profile; give support the request ID if it persists."),
                error);
}

Diagnosis diagnoseSuccess(qint64 totalDesktops, const QDateTime& serverDate,
                          const QString& requestId, const DiagnosisContext& context)
{
    Diagnosis d;
    d.kind = Kind::Ok;
    d.totalDesktops = totalDesktops;
    d.requestId = requestId;
    d.title = Diagnosis::tr("Connected");
    d.explanation = Diagnosis::tr("Workspace answered: %n desktop(s) in project %1.", nullptr,
                                  static_cast<int>(qMin<qint64>(totalDesktops, INT_MAX)))
                        .arg(context.projectId);
    if (serverDate.isValid() && context.localNow.isValid()) {
        const qint64 skew = context.localNow.secsTo(serverDate);
        d.clockSkewSeconds = skew;
        if (std::llabs(skew) >= kSkewWorthAWarning && context.mode != Credentials::Mode::IamToken) {
            d.explanation += QLatin1Char(' ') +
                             Diagnosis::tr("Note: your clock is %1 the server's; at 15 minutes "
                                           "signed requests are refused.")
                                 .arg(Diagnosis::describeSkew(skew));
            d.suggestion = Diagnosis::tr("Turn on automatic time (NTP).");
        }
    }
    return d;
}

QString Diagnosis::describeSkew(qint64 serverMinusLocal)
{
    const qint64 magnitude = std::llabs(serverMinusLocal);
    const qint64 hours = magnitude / 3600;
    const qint64 minutes = (magnitude % 3600) / 60;
    const qint64 seconds = magnitude % 60;
    QString amount;
    if (hours > 0)
        amount = tr("%1 h %2 min").arg(hours).arg(minutes);
    else if (minutes > 0)
        amount =
            seconds > 0 ? tr("%1 min %2 s").arg(minutes).arg(seconds) : tr("%1 min").arg(minutes);
    else
        amount = tr("%1 s").arg(seconds);
    // The server is ahead of us when serverMinusLocal > 0: our clock is behind.
    return serverMinusLocal > 0 ? tr("%1 behind").arg(amount) : tr("%1 ahead of").arg(amount);
}

QString Diagnosis::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::WrongSecretKey:
        return QStringLiteral("wrong-secret-key");
    case Kind::ClockSkew:
        return QStringLiteral("clock-skew");
    case Kind::TokenExpired:
        return QStringLiteral("token-expired");
    case Kind::TokenInvalid:
        return QStringLiteral("token-invalid");
    case Kind::MissingPermission:
        return QStringLiteral("missing-permission");
    case Kind::WrongProject:
        return QStringLiteral("wrong-project");
    case Kind::ServiceNotEnabled:
        return QStringLiteral("service-not-enabled");
    case Kind::WrongEndpoint:
        return QStringLiteral("wrong-endpoint");
    case Kind::NoNetwork:
        return QStringLiteral("no-network");
    case Kind::Proxy:
        return QStringLiteral("proxy");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Throttled:
        return QStringLiteral("throttled");
    case Kind::ServerError:
        return QStringLiteral("server-error");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace wsdash
