#include "sim/gateway.h"

#include "core/api/signer.h"
#include "sim/responses.h"

#include <QTimeZone>

#include <cmath>

namespace wsdash::sim {

namespace {

const QString kAuthCode = QStringLiteral("APIG.0301");

QString incorrect(const QString& reason)
{
    return QStringLiteral("Incorrect IAM authentication information: ") + reason;
}

// Compares without an early exit, so that the time taken says nothing about the signature.
bool equalInConstantTime(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QDateTime parseSdkDate(const QByteArray& value)
{
    if (value.size() != 16)
        return {};
    QDateTime when =
        QDateTime::fromString(QString::fromLatin1(value), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    return when;
}

struct Authorization
{
    QByteArray accessKey;
    QByteArray signedHeaders;
    QByteArray signature;
};

// "SDK-HMAC-SHA256 Access=AK, SignedHeaders=a;b, Signature=hex"
std::optional<Authorization> parseAuthorization(const QByteArray& value)
{
    const QByteArray prefix = QByteArray(Signer::kAlgorithm) + ' ';
    if (!value.startsWith(prefix))
        return std::nullopt;
    Authorization authorization;
    const QList<QByteArray> parts = value.mid(prefix.size()).split(',');
    for (const QByteArray& part : parts) {
        const QByteArray item = part.trimmed();
        const qsizetype equals = item.indexOf('=');
        if (equals <= 0)
            return std::nullopt;
        const QByteArray key = item.left(equals);
        const QByteArray v = item.mid(equals + 1);
        if (key == "Access")
            authorization.accessKey = v;
        else if (key == "SignedHeaders")
            authorization.signedHeaders = v;
        else if (key == "Signature")
            authorization.signature = v;
        else
            return std::nullopt;
    }
    if (authorization.accessKey.isEmpty() || authorization.signedHeaders.isEmpty() ||
        authorization.signature.isEmpty())
        return std::nullopt;
    return authorization;
}

} // namespace

Gateway::Gateway(GatewayCredentials credentials, QString projectId, const Clock& clock)
    : m_credentials(std::move(credentials))
    , m_projectId(std::move(projectId))
    , m_clock(clock)
{}

std::optional<HttpResponse> Gateway::admit(const HttpRequest& request, const QString& pathProjectId,
                                           const QByteArray& requestId)
{
    const Caller caller = authenticate(request);
    if (!caller.failure.isEmpty())
        return gatewayError(401, kAuthCode, caller.failure, requestId);

    const QString headerProject = QString::fromUtf8(request.header("X-Project-Id"));
    if (request.hasHeader("X-Project-Id") && headerProject != pathProjectId) {
        return gatewayError(401, kAuthCode,
                            incorrect(QStringLiteral("the project ID in the path differs from "
                                                     "X-Project-Id")),
                            requestId);
    }
    if (pathProjectId != m_projectId) {
        return gatewayError(401, kAuthCode,
                            incorrect(QStringLiteral("the credentials have no access to project "
                                                     "%1")
                                          .arg(pathProjectId)),
                            requestId);
    }
    return throttle(caller.principal, requestId);
}

Gateway::Caller Gateway::authenticate(const HttpRequest& request)
{
    if (request.hasHeader("X-Auth-Token")) {
        const QByteArray token = request.header("X-Auth-Token");
        if (m_credentials.iamToken.isEmpty() ||
            !equalInConstantTime(token, m_credentials.iamToken.toUtf8()))
            return {QString(), incorrect(QStringLiteral("decrypt token fail"))};
        return {QStringLiteral("token"), QString()};
    }
    if (request.hasHeader("Authorization"))
        return authenticateSignature(request);
    return {QString(), incorrect(QStringLiteral("neither an Authorization header nor "
                                                "X-Auth-Token was sent"))};
}

Gateway::Caller Gateway::authenticateSignature(const HttpRequest& request)
{
    const auto authorization = parseAuthorization(request.header("Authorization"));
    if (!authorization) {
        return {QString(), incorrect(QStringLiteral("the Authorization header is not of the form "
                                                    "SDK-HMAC-SHA256 Access=..., "
                                                    "SignedHeaders=..., Signature=..."))};
    }
    const QString accessKey = QString::fromUtf8(authorization->accessKey);
    if (m_credentials.accessKey.isEmpty() || accessKey != m_credentials.accessKey)
        return {QString(), incorrect(QStringLiteral("the access key does not exist"))};

    const QDateTime now = m_clock.now();
    AccessKeyState& state = m_accessKeys[accessKey];
    if (state.lockedUntil.isValid() && now < state.lockedUntil)
        return {QString(), incorrect(QStringLiteral("AK access failed to reach the limit, "
                                                    "forbidden"))};

    const QString failure =
        verifySignature(request, authorization->signedHeaders, authorization->signature);
    if (failure.isEmpty()) {
        state.failures = 0;
        return {accessKey, QString()};
    }
    if (++state.failures > kFailuresBeforeLock) {
        state.failures = 0;
        state.lockedUntil = now.addSecs(kLockSeconds);
    }
    return {QString(), incorrect(failure)};
}

QString Gateway::verifySignature(const HttpRequest& request, const QByteArray& signedHeaders,
                                 const QByteArray& signature) const
{
    const QList<QByteArray> names = signedHeaders.split(';');
    if (!names.contains("x-sdk-date"))
        return QStringLiteral("x-sdk-date is not signed");
    const QDateTime date = parseSdkDate(request.header("X-Sdk-Date"));
    if (!date.isValid())
        return QStringLiteral("X-Sdk-Date is missing or not of the form YYYYMMDDTHHMMSSZ");
    const QDateTime now = m_clock.now();
    if (std::abs(date.secsTo(now)) > kMaxSkewSeconds) {
        return QStringLiteral("the request time %1 (X-Sdk-Date) is more than 15 minutes from the "
                              "server time %2")
            .arg(QString::fromLatin1(request.header("X-Sdk-Date")),
                 QString::fromLatin1(Signer::formatSdkDate(now)));
    }
    if (!m_credentials.securityToken.isEmpty() &&
        (!names.contains("x-security-token") ||
         request.header("X-Security-Token") != m_credentials.securityToken.toUtf8()))
        return QStringLiteral("the security token is missing, not signed or invalid");

    SignableRequest signable;
    signable.method = request.method;
    signable.path = request.decodedPath();
    signable.query = request.queryItems();
    signable.body = request.body;
    for (const QByteArray& name : names) {
        if (name.isEmpty() || name != name.toLower() || !request.hasHeader(name))
            return QStringLiteral("signed header \"%1\" is missing").arg(QString::fromLatin1(name));
        signable.headers.append({name, request.header(name)});
    }
    const SignedParts expected =
        Signer::sign(signable, m_credentials.accessKey, m_credentials.secretKey);
    if (expected.signedHeaders != signedHeaders ||
        !equalInConstantTime(expected.signature, signature))
        return QStringLiteral("verify aksk signature fail");
    return {};
}

std::optional<HttpResponse> Gateway::throttle(const QString& principal, const QByteArray& requestId)
{
    if (m_rateLimit <= 0)
        return std::nullopt;
    constexpr qint64 kWindow = 60 * 1000;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    std::deque<qint64>& calls = m_calls[principal];
    while (!calls.empty() && calls.front() <= now - kWindow)
        calls.pop_front();
    if (static_cast<int>(calls.size()) >= m_rateLimit) {
        const qint64 wait = calls.front() + kWindow - now;
        const int seconds = static_cast<int>(std::max<qint64>(1, (wait + 999) / 1000));
        return throttledResponse(seconds, m_rateLimit, requestId);
    }
    calls.push_back(now);
    return std::nullopt;
}

} // namespace wsdash::sim
