#pragma once

#include "core/api/apirequest.h"
#include "core/api/bodydecoder.h"
#include "core/base/clock.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace wsdash {

// One logical API request: signs and sends it, retries transient failures with backoff within
// the total timeout, caps the body size, refuses redirects, and reports exactly once through
// finished() — unless cancel() was called, after which it never reports.
class ApiCall final : public QObject
{
    Q_OBJECT

public:
    ApiCall(QNetworkAccessManager* network, const Clock& clock, ApiRequest request,
            QObject* parent = nullptr);
    ~ApiCall() override;

    void start();
    // Aborts the request; finished() is not emitted afterwards.
    void cancel();
    // An empty buffer whose room the body is read into when the response announces a length
    // it holds (and at least half of its room), instead of a new buffer. Before start().
    void setBodyBuffer(QByteArray buffer) { m_spareBody = std::move(buffer); }

    const ApiRequest& request() const { return m_request; }

Q_SIGNALS:
    // Exactly one of the two is emitted, once.
    void succeeded(const wsdash::ApiResponse& response);
    void failed(const wsdash::ApiError& error);

private:
    std::optional<ApiError> preflightError() const;
    void sendAttempt();
    void onReadyRead();
    void readBody();
    void appendBody(const QByteArray& data);
    QString tooLargeMessage() const;
    void abortWith(ApiError::Kind kind, const QString& message);
    void onMetaDataChanged();
    void onReplyFinished();
    void onDeadline();
    void retryOrFail(const ApiError& error, std::optional<std::chrono::milliseconds> retryAfter);
    void finishWith(const ApiError& error);
    void abortReply();
    // The error `code` (the reply's own, unless told otherwise) as a message naming the host.
    ApiError errorFromReply(QNetworkReply* reply, QNetworkReply::NetworkError code) const;
    QByteArray headerOf(const char* name) const;

    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    QByteArray m_spareBody;
    qint64 m_rawBytes = 0;                  // bytes received, before any inflating
    qint64 m_announcedLength = -1;          // Content-Length, if the response has one
    std::unique_ptr<BodyDecoder> m_decoder; // a gzip/deflate body, inflated under the cap
    QStringList m_sslErrors;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_elapsed;
    int m_attempts = 0;
    bool m_done = false;
    std::optional<ApiError> m_abortReason; // set when we abort the reply ourselves
    std::optional<ApiError> m_lastError;   // the failure that led to the pending retry
};

} // namespace wsdash
