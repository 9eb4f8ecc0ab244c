#include "collector/webhooknotifier.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace wsdash {

WebhookNotifier::WebhookNotifier(QUrl url, Options options, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_options(options)
    , m_network(new QNetworkAccessManager(this))
{
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &WebhookNotifier::sendNext);
    // Redirects are not followed: an alert is not sent somewhere else than configured.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhookNotifier::~WebhookNotifier()
{
    if (m_inFlight) {
        m_inFlight->disconnect(this);
        m_inFlight->abort();
    }
}

void WebhookNotifier::post(const QByteArray& json)
{
    int count = 0;
    while (static_cast<int>(m_queue.size()) >= m_options.queueLimit) {
        // The front may be in flight; drop the oldest that is not.
        if (m_queue.size() > 1) {
            m_queue.erase(m_queue.begin() + 1);
        } else {
            break;
        }
        ++count;
    }
    if (count > 0)
        Q_EMIT dropped(count);
    m_queue.push_back(json);
    if (!m_inFlight && !m_backoff.isActive())
        sendNext();
}

void WebhookNotifier::sendNext()
{
    if (m_queue.empty() || m_inFlight)
        return;
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(
        QNetworkRequest::UserAgentHeader,
        QStringLiteral("wsdash-collector/%1").arg(QCoreApplication::applicationVersion()).toUtf8());
    request.setTransferTimeout(static_cast<int>(m_options.requestTimeout.count()));
    ++m_attempts;
    m_inFlight = m_network->post(request, m_queue.front());
    QNetworkReply* reply = m_inFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void WebhookNotifier::onFinished(QNetworkReply* reply)
{
    reply->deleteLater();
    m_inFlight = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        const int attempts = m_attempts;
        m_queue.pop_front();
        m_attempts = 0;
        Q_EMIT delivered(attempts);
        sendNext();
        return;
    }
    const QString reason =
        status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
    if (m_attempts >= m_options.maxAttempts) {
        m_queue.pop_front();
        m_attempts = 0;
        Q_EMIT failed(reason, -1);
        sendNext();
        return;
    }
    auto pause = m_options.initialBackoff;
    for (int i = 1; i < m_attempts && pause < m_options.maxBackoff; ++i)
        pause *= 2;
    pause = std::min(pause, m_options.maxBackoff);
    Q_EMIT failed(reason, pause.count());
    m_backoff.start(pause);
}

} // namespace wsdash
