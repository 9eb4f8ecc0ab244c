#include "core/api/apicall.h"

#include "core/api/signer.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimeZone>

#include <algorithm>

namespace wsdash {

namespace {

bool isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
        return true;
    default:
        return false;
    }
}

QDateTime parseHttpDate(const QByteArray& value)
{
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value.trimmed()),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (when.isValid())
        when.setTimeZone(QTimeZone::utc());
    return when;
}

// "64 KiB", "64 MiB": a cap below 1 MiB must not read as "0 MiB".
QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

// A response's headers: a hostile server must not keep the client parsing or holding them.
constexpr int kMaxResponseHeaders = 100;
constexpr qint64 kMaxResponseHeaderBytes = 64 * 1024;

QString secondsText(std::chrono::milliseconds ms)
{
    return QString::number(static_cast<double>(ms.count()) / 1000.0, 'g', 3);
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager* network, const Clock& clock, ApiRequest request,
                 QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_request(std::move(request))
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    // A coarse timer may fire up to 5 % early: a retry must not come before Retry-After.
    m_deadline.setTimerType(Qt::PreciseTimer);
    m_backoff.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &ApiCall::onDeadline);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    abortReply();
}

void ApiCall::start()
{
    m_elapsed.start();
    m_deadline.start(m_request.timeout);
    if (const auto error = preflightError()) {
        // Report from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this, error = *error] { finishWith(error); });
        return;
    }
    sendAttempt();
}

// What makes the request impossible to send at all: checked once, for every API call.
std::optional<ApiError> ApiCall::preflightError() const
{
    ApiError error;
    if (!isValidProjectId(m_request.projectId)) {
        // The project ID is a path segment of every URL.
        error.kind = ApiError::Kind::Configuration;
        error.message = ApiError::tr("Project ID \"%1\" is not valid (letters, digits, - and _ "
                                     "only).")
                            .arg(m_request.projectId);
        return error;
    }
    const QUrl base = m_request.endpoint.baseUrl();
    if (base.scheme() == QLatin1String("http") && !Endpoint::isLoopbackHost(base.host())) {
        error.kind = ApiError::Kind::InsecureUrl;
        error.message =
            ApiError::tr("Refusing plain http:// to %1; use https://.").arg(base.host());
        return error;
    }
    return std::nullopt;
}

void ApiCall::cancel()
{
    m_done = true;
    m_deadline.stop();
    m_backoff.stop();
    abortReply();
}

void ApiCall::sendAttempt()
{
    if (m_done)
        return;
    ++m_attempts;
    m_body.clear();
    m_rawBytes = 0;
    m_announcedLength = -1;
    m_decoder.reset();
    m_sslErrors.clear();
    m_abortReason.reset();

    const Endpoint& endpoint = m_request.endpoint;
    const QString encodedQuery = canonicalQueryString(m_request.query);
    const QUrl url = endpoint.urlFor(m_request.apiPath, encodedQuery);
    const QByteArray host = hostHeaderValue(url.scheme(), url.host(), url.port());
    const QByteArray sdkDate = Signer::formatSdkDate(m_clock.now());
    const Credentials& credentials = m_request.credentials;

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QList<QPair<QByteArray, QByteArray>> signedHeaders = {
        {"Host", host},
        {"X-Sdk-Date", sdkDate},
        {"X-Project-Id", m_request.projectId.toUtf8()},
    };
    if (credentials.mode == Credentials::Mode::TemporaryAkSk)
        signedHeaders.append({"X-Security-Token", credentials.securityToken.toUtf8()});
    for (const auto& [name, value] : signedHeaders)
        request.setRawHeader(name, value);
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("User-Agent", userAgent());
    // Asked for explicitly, so that Qt passes the compressed bytes on and BodyDecoder inflates
    // them under the size cap (Qt's own inflater has stalled on compression bombs).
    request.setRawHeader("Accept-Encoding", "gzip, deflate");

    if (credentials.signsRequests()) {
        SignableRequest signable;
        signable.method = "GET";
        signable.path = endpoint.pathFor(m_request.apiPath);
        signable.query = m_request.query;
        signable.headers = signedHeaders;
        const SignedParts parts =
            Signer::sign(signable, credentials.accessKey, credentials.secretKey);
        request.setRawHeader("Authorization", parts.authorization);
    } else if (credentials.mode == Credentials::Mode::IamToken) {
        request.setRawHeader("X-Auth-Token", credentials.iamToken.toUtf8());
    }

    QNetworkReply* reply = m_network->get(request);
    reply->setParent(this);
    // Bound what Qt buffers ahead of us; onReadyRead drains it.
    reply->setReadBufferSize(256 * 1024);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
#ifndef QT_NO_SSL
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded for the message only: TLS errors are never ignored.
        for (const QSslError& e : errors)
            m_sslErrors.append(e.errorString());
    });
#endif
}

QByteArray ApiCall::headerOf(const char* name) const
{
    return m_reply ? m_reply->rawHeader(name) : QByteArray();
}

void ApiCall::abortWith(ApiError::Kind kind, const QString& message)
{
    ApiError error;
    error.kind = kind;
    error.message = message;
    m_body.clear();
    m_abortReason = error;
    if (m_reply && !m_reply->isFinished())
        m_reply->abort();
}

void ApiCall::onMetaDataChanged()
{
    if (!m_reply || m_abortReason)
        return;
    const auto& headers = m_reply->rawHeaderPairs();
    if (headers.isEmpty()) {
        // Qt 6.4 keeps at most 100 header fields: past that it hands over the status with no
        // headers at all and then waits for the connection to close, so a flood would hang
        // until the deadline. A real gateway always sends some (Date, Content-Type, …).
        abortWith(ApiError::Kind::BadResponse,
                  ApiError::tr("The response has no readable headers (more than the %1 header "
                               "lines allowed, or none); it was not read.")
                      .arg(kMaxResponseHeaders));
        return;
    }
    qint64 headerBytes = 0;
    for (const auto& [name, value] : headers)
        headerBytes += name.size() + value.size() + 4;
    if (headers.size() > kMaxResponseHeaders || headerBytes > kMaxResponseHeaderBytes) {
        abortWith(ApiError::Kind::BadResponse,
                  ApiError::tr("The response has %1 headers (%2), more than the %3 headers or %4 "
                               "allowed; it was not read.")
                      .arg(headers.size())
                      .arg(sizeText(headerBytes))
                      .arg(kMaxResponseHeaders)
                      .arg(sizeText(kMaxResponseHeaderBytes)));
        return;
    }
    const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed();
    if (BodyDecoder::handles(encoding)) {
        if (!m_decoder)
            m_decoder = std::make_unique<BodyDecoder>(m_request.maxResponseBytes);
    } else if (!encoding.isEmpty() && encoding.compare("identity", Qt::CaseInsensitive) != 0) {
        abortWith(ApiError::Kind::BadResponse,
                  ApiError::tr("The response is encoded as \"%1\", which wsdash cannot read.")
                      .arg(QString::fromLatin1(encoding.left(40))));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    m_announcedLength = length.isValid() ? length.toLongLong() : -1;
    if (length.isValid() && length.toLongLong() > m_request.maxResponseBytes) {
        ApiError error;
        error.kind = ApiError::Kind::TooLarge;
        error.message = ApiError::tr("The response announces %1 bytes, more than the %2 "
                                     "allowed; it was not read.")
                            .arg(length.toLongLong())
                            .arg(sizeText(m_request.maxResponseBytes));
        m_abortReason = error;
        m_reply->abort();
    } else if (length.isValid() && !m_decoder && m_body.isEmpty()) {
        // Room for the whole body at once: appended piece by piece, a 44 MB body (100,000
        // pools) was grown and copied over and over (a sixth of --export's time).
        const auto size = static_cast<qsizetype>(length.toLongLong());
        // Or the room of the last answer of about this size (setBodyBuffer): a refresh then
        // writes into memory this process already has, on this thread, instead of faulting in
        // (and later giving back) 44 MB of new pages for 100,000 pools (issue 18).
        if (m_spareBody.capacity() >= size && m_spareBody.capacity() / 2 <= size)
            m_body.swap(m_spareBody);
        m_body.reserve(size);
    }
    // Of no use past the headers: an answer without a length (chunked) or compressed grows a
    // body of its own, and the spare would be held until the call ends.
    m_spareBody = QByteArray();
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_abortReason)
        return;
    readBody();
}

QString ApiCall::tooLargeMessage() const
{
    return ApiError::tr("The response is larger than the %1 allowed; reading stopped.")
        .arg(sizeText(m_request.maxResponseBytes));
}

// Reads what has arrived. Plain bytes go straight into the body's room: read into a buffer of
// their own first (up to 256 KB, each a new memory mapping faulted in and given back), a
// 100,000-pool refresh cost the UI thread twice its time in page faults (issue 18).
void ApiCall::readBody()
{
    if (m_decoder) {
        appendBody(m_reply->readAll());
        return;
    }
    const qint64 available = m_reply->bytesAvailable();
    if (available <= 0)
        return;
    if (m_rawBytes + available > m_request.maxResponseBytes) {
        m_rawBytes += available;
        abortWith(ApiError::Kind::TooLarge, tooLargeMessage());
        return;
    }
    const qsizetype before = m_body.size();
    m_body.resize(before + static_cast<qsizetype>(available));
    const qint64 read = m_reply->read(m_body.data() + before, available);
    m_body.resize(before + static_cast<qsizetype>(std::max<qint64>(read, 0)));
    m_rawBytes += std::max<qint64>(read, 0);
}

// Appends received compressed bytes to the decoder, which counts what they inflate to; past
// the size cap, of what arrives or of what it inflates to, drops the body and aborts.
void ApiCall::appendBody(const QByteArray& data)
{
    m_rawBytes += data.size();
    if (m_rawBytes > m_request.maxResponseBytes) {
        abortWith(ApiError::Kind::TooLarge, tooLargeMessage());
        return;
    }
    switch (m_decoder->feed(data)) {
    case BodyDecoder::Result::Ok:
        return;
    case BodyDecoder::Result::TooLarge:
        abortWith(ApiError::Kind::TooLarge,
                  tooLargeMessage() + QLatin1Char(' ') +
                      ApiError::tr("(It was compressed: %1 received would inflate to more.)")
                          .arg(sizeText(m_rawBytes)));
        return;
    case BodyDecoder::Result::Corrupt:
        abortWith(ApiError::Kind::BadResponse,
                  ApiError::tr("The compressed response could not be inflated."));
        return;
    }
}

void ApiCall::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_done)
        return;
    if (!m_abortReason)
        readBody(); // the cap holds for the last piece too
    if (!m_abortReason && m_decoder && !m_decoder->isComplete() &&
        reply->error() == QNetworkReply::NoError) {
        abortWith(ApiError::Kind::BadResponse,
                  ApiError::tr("The compressed response ended before its end."));
    }
    if (!m_abortReason && m_decoder)
        m_body = m_decoder->take(); // checked and counted as it came; inflated once, now

    const QString requestId = QString::fromLatin1(reply->rawHeader("X-Request-Id")).trimmed();
    const QDateTime serverDate = parseHttpDate(reply->rawHeader("Date"));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (m_abortReason) {
        ApiError error = *m_abortReason;
        error.httpStatus = status;
        error.requestId = requestId;
        finishWith(error);
        return;
    }

    QNetworkReply::NetworkError networkError = reply->error();
    // A body shorter than its Content-Length is a connection closed too early, whatever the
    // reply says: under load Qt 6.4 now and then finished such a reply without an error, and the
    // cut body failed as bad JSON instead of being asked for again (tst_apicall).
    if (networkError == QNetworkReply::NoError && m_announcedLength >= 0 &&
        m_rawBytes < m_announcedLength && status != 204 && status != 304) {
        networkError = QNetworkReply::RemoteHostClosedError;
    }
    // Qt reports an HTTP error status as a content/server error code: the answer is complete.
    // On a 2xx the same codes mean the body could not be read (e.g. a decompression bomb).
    const bool contentError = networkError >= QNetworkReply::ContentAccessDenied;
    const bool completeHttpAnswer =
        status > 0 && (networkError == QNetworkReply::NoError || (status >= 300 && contentError));

    if (status >= 200 && status < 300 && contentError) {
        ApiError error;
        error.kind = ApiError::Kind::BadResponse;
        error.httpStatus = status;
        error.message =
            ApiError::tr("The response could not be read: %1").arg(reply->errorString());
        error.requestId = requestId;
        error.serverDate = serverDate;
        finishWith(error);
        return;
    }

    if (!completeHttpAnswer) {
        ApiError error = errorFromReply(reply, networkError);
        error.requestId = requestId;
        error.serverDate = serverDate;
        if (isTransientNetworkError(networkError))
            retryOrFail(error, std::nullopt);
        else
            finishWith(error);
        return;
    }

    if (status >= 200 && status < 300) {
        ApiResponse response;
        response.httpStatus = status;
        response.body = std::move(m_body);
        response.requestId = requestId;
        response.serverDate = serverDate;
        response.attempts = m_attempts;
        m_done = true;
        m_deadline.stop();
        abortReply();
        Q_EMIT succeeded(response);
        return;
    }

    ApiError error;
    error.serverDate = serverDate;
    if (status >= 300 && status < 400) {
        const QUrl target = reply->url().resolved(
            QUrl::fromEncoded(reply->rawHeader("Location"), QUrl::TolerantMode));
        error.kind = ApiError::Kind::Redirect;
        error.httpStatus = status;
        error.code = QStringLiteral("HTTP %1").arg(status);
        error.message = ApiError::tr("The server redirected the request to %1; API calls are "
                                     "not redirected, so it was not followed.")
                            .arg(target.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        error.requestId = requestId;
        finishWith(error);
        return;
    }

    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    error.kind = status == 429 ? ApiError::Kind::Throttled : ApiError::Kind::Http;
    parseErrorBody(m_body, status, reason, &error);
    if (!requestId.isEmpty())
        error.requestId = requestId;
    if (RetryPolicy::isRetryableStatus(status))
        retryOrFail(error, parseRetryAfter(reply->rawHeader("Retry-After"), m_clock.now()));
    else
        finishWith(error);
}

ApiError ApiCall::errorFromReply(QNetworkReply* reply, QNetworkReply::NetworkError code) const
{
    ApiError error;
    const QUrl url = reply->url();
    const QString where =
        url.host() + (url.port() > 0 ? QLatin1Char(':') + QString::number(url.port()) : QString());
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::InsecureRedirectError:
        error.kind = ApiError::Kind::Tls;
        error.message =
            ApiError::tr("TLS connection to %1 failed: %2")
                .arg(where, m_sslErrors.isEmpty() ? reply->errorString()
                                                  : m_sslErrors.join(QLatin1String("; ")));
        break;
    case QNetworkReply::HostNotFoundError:
        error.message = ApiError::tr("Host %1 not found (DNS lookup failed).").arg(url.host());
        break;
    case QNetworkReply::ConnectionRefusedError:
        error.message = ApiError::tr("Connection to %1 refused.").arg(where);
        break;
    case QNetworkReply::RemoteHostClosedError:
        error.message =
            ApiError::tr("%1 closed the connection before the full answer arrived.").arg(where);
        break;
    default:
        error.message = reply->errorString();
        break;
    }
    if (code >= QNetworkReply::ProxyConnectionRefusedError &&
        code <= QNetworkReply::UnknownProxyError) {
        error.message = ApiError::tr("Proxy error: %1").arg(reply->errorString());
    }
    return error;
}

void ApiCall::retryOrFail(const ApiError& error,
                          std::optional<std::chrono::milliseconds> retryAfter)
{
    const int retriesDone = m_attempts - 1;
    if (retriesDone >= m_request.retry.maxRetries) {
        finishWith(error);
        return;
    }
    const std::chrono::milliseconds remaining =
        m_request.timeout - std::chrono::milliseconds(m_elapsed.elapsed());
    const std::chrono::milliseconds delay =
        retryAfter ? *retryAfter : m_request.retry.backoff(retriesDone);
    if (delay >= remaining) {
        ApiError late = error;
        if (retryAfter) {
            late.message +=
                QLatin1Char(' ') + ApiError::tr("The server asks to retry after %1 s, beyond the "
                                                "time left for this request.")
                                       .arg(secondsText(*retryAfter));
        }
        finishWith(late);
        return;
    }
    abortReply();
    m_lastError = error;
    m_backoff.start(delay);
}

void ApiCall::onDeadline()
{
    if (m_done)
        return;
    ApiError error;
    error.kind = ApiError::Kind::Timeout;
    error.message =
        ApiError::tr("No complete answer within %1 s.").arg(secondsText(m_request.timeout));
    if (m_lastError) {
        error.message +=
            QLatin1Char(' ') + ApiError::tr("Last failure: %1").arg(m_lastError->toOneLine());
        error.requestId = m_lastError->requestId;
        error.httpStatus = m_lastError->httpStatus;
    }
    finishWith(error);
}

void ApiCall::finishWith(const ApiError& error)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_backoff.stop();
    abortReply();
    ApiError final = error;
    final.attempts = m_attempts;
    Q_EMIT failed(final);
}

void ApiCall::abortReply()
{
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace wsdash
