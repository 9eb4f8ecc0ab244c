#include "core/profiles/iamtokenclient.h"

#include "core/api/apirequest.h"
#include "core/profiles/profilesecrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimeZone>

namespace wsdash {

namespace {

constexpr qint64 kMaxReplyBytes = 8LL * 1024 * 1024;

} // namespace

IamTokenClient::IamTokenClient(QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_network(network)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        ApiError error;
        error.kind = ApiError::Kind::Timeout;
        error.message = tr("IAM did not answer within %1 s.")
                            .arg(std::chrono::duration<double>(m_timeout).count());
        fail(error);
    });
}

IamTokenClient::~IamTokenClient()
{
    abortReply();
}

Expected<Endpoint, EndpointError> IamTokenClient::defaultEndpoint(const QProcessEnvironment& env)
{
    const QString custom = env.value(QStringLiteral("HUAWEICLOUD_SDK_IAM_ENDPOINT")).trimmed();
    auto endpoint = Endpoint::fromUrl(
        custom.isEmpty() ? QStringLiteral("https://iam.myhuaweicloud.com") : custom);
    if (!endpoint && !custom.isEmpty())
        return EndpointError{QLatin1String("HUAWEICLOUD_SDK_IAM_ENDPOINT: ") +
                             endpoint.error().message};
    return endpoint;
}

QByteArray IamTokenClient::requestBody(const IamPasswordSignIn& signIn)
{
    QJsonObject domain{{QStringLiteral("name"), signIn.domainName}};
    QJsonObject user{{QStringLiteral("name"), signIn.userName},
                     {QStringLiteral("password"), signIn.password},
                     {QStringLiteral("domain"), domain}};
    QJsonObject identity{{QStringLiteral("methods"), QJsonArray{QStringLiteral("password")}},
                         {QStringLiteral("password"), QJsonObject{{QStringLiteral("user"), user}}}};
    QJsonObject scope{
        {QStringLiteral("project"), QJsonObject{{QStringLiteral("id"), signIn.projectId}}}};
    QJsonObject auth{{QStringLiteral("identity"), identity}, {QStringLiteral("scope"), scope}};
    return QJsonDocument(QJsonObject{{QStringLiteral("auth"), auth}})
        .toJson(QJsonDocument::Compact);
}

QDateTime IamTokenClient::parseIamTime(const QString& text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        // More than three fraction digits ("…05.123000Z"): keep the milliseconds.
        static const QLatin1String z("Z");
        const qsizetype dot = text.indexOf(QLatin1Char('.'));
        if (dot > 0 && text.endsWith(z)) {
            const QString trimmed = text.left(dot) + text.mid(dot, 4) + z;
            when = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
        }
    }
    if (when.isValid())
        when = when.toUTC();
    return when;
}

void IamTokenClient::requestToken(IamPasswordSignIn signIn)
{
    abortReply();
    m_sslErrors.clear();
    m_timeout = signIn.timeout;
    const QUrl base = signIn.iamEndpoint.baseUrl();
    if (!signIn.iamEndpoint.isValid() ||
        (base.scheme() == QLatin1String("http") && !Endpoint::isLoopbackHost(base.host()))) {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.message = tr("The IAM endpoint must be an https:// URL.");
        wipeString(signIn.password);
        QTimer::singleShot(0, this, [this, error] { fail(error); });
        return;
    }
    QNetworkRequest request(signIn.iamEndpoint.urlFor(QStringLiteral("/v3/auth/tokens"),
                                                      QStringLiteral("nocatalog=true")));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Content-Type", "application/json;charset=UTF-8");
    request.setRawHeader("User-Agent", userAgent());
    QByteArray body = requestBody(signIn);
    wipeString(signIn.password);

    QNetworkReply* reply = m_network->post(request, body);
    wipeBytes(body);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &IamTokenClient::onFinished);
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        if (m_reply && m_reply->bytesAvailable() > kMaxReplyBytes) {
            ApiError error;
            error.kind = ApiError::Kind::TooLarge;
            error.message = tr("IAM's answer is larger than 8 MiB; it was not read.");
            fail(error);
        }
    });
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        for (const QSslError& e : errors) // recorded for the message; never ignored
            m_sslErrors.append(e.errorString());
    });
#endif
    m_deadline.start(m_timeout);
}

void IamTokenClient::cancel()
{
    m_deadline.stop();
    abortReply();
}

void IamTokenClient::abortReply()
{
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void IamTokenClient::fail(ApiError error)
{
    m_deadline.stop();
    abortReply();
    error.attempts = 1;
    IamTokenResult result;
    result.error = std::move(error);
    Q_EMIT finished(result);
}

void IamTokenClient::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id")).trimmed();
    const QByteArray body = reply->read(kMaxReplyBytes);
    if (status == 0) {
        ApiError error;
        error.kind = ApiError::Kind::Network;
        const QNetworkReply::NetworkError code = reply->error();
        if (code == QNetworkReply::SslHandshakeFailedError) {
            error.kind = ApiError::Kind::Tls;
            error.message = tr("TLS connection to IAM failed: %1")
                                .arg(m_sslErrors.isEmpty() ? reply->errorString()
                                                           : m_sslErrors.join(QLatin1String("; ")));
        } else if (code == QNetworkReply::HostNotFoundError) {
            error.message =
                tr("IAM host %1 not found (DNS lookup failed).").arg(reply->url().host());
        } else {
            error.message = tr("Could not reach IAM: %1").arg(reply->errorString());
        }
        fail(error);
        return;
    }
    if (status >= 300 && status < 400) {
        ApiError error;
        error.kind = ApiError::Kind::Redirect;
        error.httpStatus = status;
        error.code = QStringLiteral("HTTP %1").arg(status);
        error.message = tr("IAM redirected the sign-in; it was not followed.");
        error.requestId = requestId;
        fail(error);
        return;
    }
    if (status != 200 && status != 201) {
        ApiError error;
        error.kind = status == 429 ? ApiError::Kind::Throttled : ApiError::Kind::Http;
        parseErrorBody(body, status,
                       reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                       &error);
        if (!requestId.isEmpty())
            error.requestId = requestId;
        if (status == 401) {
            error.message = tr("IAM did not accept the user name, password or account name "
                               "(%1).")
                                .arg(error.message);
        }
        fail(error);
        return;
    }
    const QString token = QString::fromLatin1(reply->rawHeader("X-Subject-Token")).trimmed();
    const QJsonObject tokenObject =
        QJsonDocument::fromJson(body).object().value(QLatin1String("token")).toObject();
    const QString expires = tokenObject.value(QLatin1String("expires_at")).toString();
    IamToken result;
    result.token = token;
    result.expiresAt = parseIamTime(expires);
    result.issuedAt = parseIamTime(tokenObject.value(QLatin1String("issued_at")).toString());
    result.requestId = requestId;
    if (token.isEmpty() || (!expires.isEmpty() && !result.expiresAt.isValid())) {
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = status;
        error.requestId = requestId;
        error.message =
            token.isEmpty()
                ? tr("IAM answered without an X-Subject-Token header.")
                : tr("IAM's token.expires_at \"%1\" is not a date.").arg(expires.left(40));
        fail(error);
        return;
    }
    m_deadline.stop();
    abortReply();
    IamTokenResult done;
    done.token = result;
    Q_EMIT finished(done);
}

} // namespace wsdash
