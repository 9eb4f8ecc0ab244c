#pragma once

#include "core/api/apierror.h"
#include "core/api/endpoint.h"
#include "core/base/expected.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace wsdash {

// A sign-in to IAM with a password, scoped to one project. The password is used for this one
// request and never kept.
struct IamPasswordSignIn
{
    Endpoint iamEndpoint; // see IamTokenClient::defaultEndpoint()
    QString userName;
    QString password;
    QString domainName; // the account name
    QString projectId;
    std::chrono::milliseconds timeout{30000};
};

struct IamToken
{
    QString token;       // for X-Auth-Token; a secret
    QDateTime expiresAt; // invalid when IAM did not say
    QDateTime issuedAt;
    QString requestId;
};

struct IamTokenResult
{
    std::optional<IamToken> token;
    ApiError error; // meaningful when token is empty

    bool ok() const { return token.has_value(); }
};

// Obtains an IAM token: POST {iam}/v3/auth/tokens?nocatalog=true with a password identity and
// project scope. IAM answers 201 with the token in the X-Subject-Token header and its expiry in
// token.expires_at. Redirects are refused and TLS errors never ignored, as for API calls.
class IamTokenClient final : public QObject
{
    Q_OBJECT

public:
    explicit IamTokenClient(QNetworkAccessManager* network, QObject* parent = nullptr);
    ~IamTokenClient() override;

    // Starts a sign-in; a running one is aborted. Reports through finished().
    void requestToken(IamPasswordSignIn signIn);
    void cancel();
    bool isBusy() const { return !m_reply.isNull(); }

    // https://iam.myhuaweicloud.com, or HUAWEICLOUD_SDK_IAM_ENDPOINT when set.
    static Expected<Endpoint, EndpointError> defaultEndpoint(const QProcessEnvironment& env);
    // The request body (exposed for tests; contains the password).
    static QByteArray requestBody(const IamPasswordSignIn& signIn);
    // Parses "2024-01-02T03:04:05.123000Z".
    static QDateTime parseIamTime(const QString& text);

Q_SIGNALS:
    void finished(const wsdash::IamTokenResult& result);

private:
    void onFinished();
    void fail(ApiError error);
    void abortReply();

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QStringList m_sslErrors;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::IamTokenResult)
