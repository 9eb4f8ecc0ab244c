#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <deque>

class QNetworkAccessManager;
class QNetworkReply;

namespace wsdash {

// Delivers alert messages (JSON bodies) to a webhook with POST, one at a time and in order,
// without ever blocking the caller: messages wait in a bounded queue (the oldest is dropped
// when it is full, and said so); a delivery that fails (no answer, or a status other than 2xx)
// is tried again after a pause that doubles from `initialBackoff` up to `maxBackoff`, at most
// `maxAttempts` times, then given up.
class WebhookNotifier final : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        std::chrono::milliseconds initialBackoff{1000};
        std::chrono::milliseconds maxBackoff{300000};
        int maxAttempts = 10;
        int queueLimit = 1000;
        std::chrono::milliseconds requestTimeout{10000};
    };

    WebhookNotifier(QUrl url, Options options, QObject* parent = nullptr);
    ~WebhookNotifier() override;

    void post(const QByteArray& json);
    int queued() const { return static_cast<int>(m_queue.size()); }

Q_SIGNALS:
    void delivered(int attempts);
    // A message could not be delivered (`reason`) and will be tried again after `retryIn`
    // (or, with a negative value, is given up).
    void failed(const QString& reason, qint64 retryInMs);
    void dropped(int count); // the queue was full

private:
    void sendNext();
    void onFinished(QNetworkReply* reply);

    const QUrl m_url;
    const Options m_options;
    QNetworkAccessManager* m_network;
    std::deque<QByteArray> m_queue;
    QNetworkReply* m_inFlight = nullptr;
    int m_attempts = 0; // of the message at the front
    QTimer m_backoff;
};

} // namespace wsdash
