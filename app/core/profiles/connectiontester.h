#pragma once

#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/base/clock.h"
#include "core/profiles/diagnosis.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;

namespace wsdash {

class ApiCall;
struct ProfileConnection;

struct ConnectionTestRequest
{
    Endpoint endpoint;
    QString projectId;
    Credentials credentials;
    QDateTime tokenExpiresAt; // when known (IAM token profiles)
    std::chrono::milliseconds timeout{15000};

    static ConnectionTestRequest from(const ProfileConnection& connection);
};

// "Test connection": one total-only statistics call, no retries, and a plain-language
// Diagnosis of what happened. When the network failed it looks further: the proxy in use, and
// DNS lookups of the endpoint's host and of a well-known host, to tell "no network" from "wrong
// region". The system proxy is honoured as for every call.
class ConnectionTester final : public QObject
{
    Q_OBJECT

public:
    ConnectionTester(QNetworkAccessManager* network, const Clock& clock, QObject* parent = nullptr);
    ~ConnectionTester() override;

    // Starts a test; a running one is abandoned. Reports through finished().
    void test(const ConnectionTestRequest& request);
    void cancel();
    bool isBusy() const { return m_busy; }

    // A host that resolves wherever there is a network (default iam.myhuaweicloud.com).
    void setReferenceHost(const QString& host) { m_referenceHost = host; }

Q_SIGNALS:
    void finished(const wsdash::Diagnosis& diagnosis);

private:
    void onSucceeded(const ApiResponse& response);
    void onFailed(const ApiError& error);
    void lookUp(const QString& host, std::function<void(bool found)> then);
    void deliver(const Diagnosis& diagnosis);
    QString proxyFor(const QUrl& url) const;
    DiagnosisContext contextNow() const;

    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    ConnectionTestRequest m_request;
    QPointer<ApiCall> m_call;
    QString m_referenceHost = QStringLiteral("iam.myhuaweicloud.com");
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace wsdash
