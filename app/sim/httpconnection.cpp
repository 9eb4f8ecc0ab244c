#include "sim/httpconnection.h"

#include <QTcpSocket>

#if defined(Q_OS_WIN)
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace wsdash::sim {

namespace {

bool isToken(const QByteArray& text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c <= ' ' || c >= 127 || QByteArray("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, Handler handler, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    m_slowTimer.setSingleShot(false);
    connect(&m_slowTimer, &QTimer::timeout, this, &HttpConnection::writeNextSlowPiece);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] {
        m_buffer += m_socket->readAll();
        processBuffer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        m_closing = true;
        m_slowTimer.stop();
        deleteLater();
    });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::processBuffer()
{
    if (m_busy || m_closing)
        return;
    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > kMaxHeadBytes)
            refuse(431);
        return;
    }
    if (headEnd > kMaxHeadBytes) {
        refuse(431);
        return;
    }

    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    HttpRequest request;
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || !requestLine[1].startsWith('/') ||
        !requestLine[2].startsWith("HTTP/1.")) {
        refuse(400);
        return;
    }
    request.method = requestLine[0];
    request.target = requestLine[1];
    request.version = requestLine[2];
    const qsizetype question = request.target.indexOf('?');
    request.path = question < 0 ? request.target : request.target.left(question);
    request.query = question < 0 ? QByteArray() : request.target.mid(question + 1);
    request.peer = m_socket->peerAddress();

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon))) {
            refuse(400);
            return;
        }
        request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }

    if (request.hasHeader("Transfer-Encoding")) {
        refuse(501);
        return;
    }
    qsizetype bodyLength = 0;
    if (request.hasHeader("Content-Length")) {
        bool ok = false;
        bodyLength = request.header("Content-Length").toLongLong(&ok);
        if (!ok || bodyLength < 0) {
            refuse(400);
            return;
        }
        if (bodyLength > kMaxBodyBytes) {
            refuse(413);
            return;
        }
    }
    const qsizetype total = headEnd + 4 + bodyLength;
    if (m_buffer.size() < total)
        return; // wait for the rest of the body
    request.body = m_buffer.mid(headEnd + 4, bodyLength);
    m_buffer.remove(0, total);

    const QByteArray connection = request.header("Connection").toLower();
    const bool keepAlive = request.version == "HTTP/1.1" ? !connection.contains("close")
                                                         : connection.contains("keep-alive");
    m_busy = true;
    const HttpReply reply = m_handler(request);
    if (reply.delay.count() > 0)
        QTimer::singleShot(reply.delay, this,
                           [this, reply, keepAlive] { deliver(reply, keepAlive); });
    else
        deliver(reply, keepAlive);
}

QByteArray HttpConnection::head(const HttpResponse& response, bool keepAlive) const
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers)
        text += name + ": " + value + "\r\n";
    text += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    text += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    text += "\r\n";
    return text;
}

void HttpConnection::refuse(int status)
{
    m_closing = true;
    HttpResponse response;
    response.status = status;
    response.headers.append({QByteArray("Content-Type"), QByteArray("text/plain")});
    response.body = reasonPhrase(status) + '\n';
    m_socket->write(head(response, false) + response.body);
    m_socket->disconnectFromHost();
}

void HttpConnection::deliver(const HttpReply& reply, bool keepAlive)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    m_keepAlive = keepAlive;
    const HttpResponse& response = reply.response;
    switch (reply.delivery) {
    case HttpReply::Delivery::Reset:
        resetConnection();
        return;
    case HttpReply::Delivery::Truncated:
        m_closing = true;
        m_socket->write(head(response, false) + response.body.left(response.body.size() / 2));
        m_socket->disconnectFromHost();
        return;
    case HttpReply::Delivery::Slow: {
        m_socket->write(head(response, keepAlive));
        m_slowBody = response.body;
        const qsizetype pieces = std::clamp<qsizetype>(m_slowBody.size(), 1, 10);
        m_slowPiece = std::max<qsizetype>(1, (m_slowBody.size() + pieces - 1) / pieces);
        m_slowTimer.start(std::max<std::chrono::milliseconds>(std::chrono::milliseconds(1),
                                                              reply.slowDuration / pieces));
        return;
    }
    case HttpReply::Delivery::Normal:
        m_socket->write(head(response, keepAlive) + response.body);
        finishExchange();
        return;
    }
}

void HttpConnection::writeNextSlowPiece()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        m_slowTimer.stop();
        return;
    }
    m_socket->write(m_slowBody.left(m_slowPiece));
    m_slowBody.remove(0, std::min(m_slowPiece, m_slowBody.size()));
    if (m_slowBody.isEmpty()) {
        m_slowTimer.stop();
        finishExchange();
    }
}

void HttpConnection::finishExchange()
{
    m_busy = false;
    if (!m_keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
        return;
    }
    if (!m_buffer.isEmpty())
        QTimer::singleShot(0, this, &HttpConnection::processBuffer);
}

void HttpConnection::resetConnection()
{
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    m_closing = true;
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor >= 0) {
        struct linger option = {1, 0};
#if defined(Q_OS_WIN)
        ::setsockopt(static_cast<SOCKET>(descriptor), SOL_SOCKET, SO_LINGER,
                     reinterpret_cast<const char*>(&option), sizeof option);
#else
        ::setsockopt(static_cast<int>(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
    }
    m_socket->abort();
}

} // namespace wsdash::sim
