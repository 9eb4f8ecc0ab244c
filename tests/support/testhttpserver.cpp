#include "support/testhttpserver.h"

#include "support/signatureverifier.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

#include <algorithm>

namespace wsdash::test {

namespace {

constexpr qint64 kMaxHeaderBytes = 64 * 1024;
constexpr qint64 kHugePiece = 64 * 1024;
constexpr qint64 kMaxPendingWrite = 256 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray chunk(const QByteArray& data)
{
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

bool isToken(const QByteArray& text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

} // namespace

// The answer being written on one connection.
struct TestHttpServer::Stream
{
    ScriptedResponse response;
    int logIndex = -1;
    qint64 offset = 0; // body bytes written so far
    std::unique_ptr<QTimer> timer;
};

struct TestHttpServer::Connection
{
    int id = 0;
    QByteArray buffer;
    bool closeAfterAnswer = false;
    std::unique_ptr<Stream> stream;
    bool stalled = false;
    int stalledLog = -1; // the log of the answer that never comes
};

TestHttpServer::TestHttpServer(QObject* parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_default = ScriptedResponse::json(
        404, R"({"error_code":"TEST.404","error_msg":"No scripted response left"})");
    connect(m_server, &QTcpServer::newConnection, this, &TestHttpServer::onNewConnection);
    m_uptime.start();
}

TestHttpServer::~TestHttpServer()
{
    for (auto& [socket, connection] : m_connections) {
        socket->disconnect(this);
        if (connection->stream && connection->stream->timer)
            connection->stream->timer->stop();
        socket->abort();
    }
    m_connections.clear();
}

bool TestHttpServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

void TestHttpServer::close()
{
    m_server->close();
}

quint16 TestHttpServer::port() const
{
    return m_server->serverPort();
}

QString TestHttpServer::baseUrl() const
{
    return QStringLiteral("http://") + hostAndPort();
}

QString TestHttpServer::hostAndPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

void TestHttpServer::enqueue(const ScriptedResponse& response)
{
    m_script.append(response);
}

void TestHttpServer::setDefaultResponse(const ScriptedResponse& response)
{
    m_default = response;
}

int TestHttpServer::openConnectionCount() const
{
    return static_cast<int>(m_connections.size());
}

SignatureCheck TestHttpServer::verifySignature(const RecordedRequest& request,
                                               const QByteArray& accessKey,
                                               const QByteArray& secretKey)
{
    return SignatureVerifier::verify(request, accessKey, secretKey);
}

QByteArray TestHttpServer::strictEncode(const QByteArray& utf8)
{
    return SignatureVerifier::strictEncode(utf8);
}

TestHttpServer::Connection* TestHttpServer::connectionOf(QTcpSocket* socket) const
{
    const auto it = m_connections.find(socket);
    return it == m_connections.end() ? nullptr : it->second.get();
}

void TestHttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        auto connection = std::make_unique<Connection>();
        connection->id = ++m_connectionCount;
        m_connections[socket] = std::move(connection);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
        connect(socket, &QTcpSocket::disconnected, this,
                [this, socket] { onDisconnected(socket); });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void TestHttpServer::onDisconnected(QTcpSocket* socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection* connection = it->second.get();
    if (Stream* stream = connection->stream.get()) {
        if (stream->timer)
            stream->timer->stop();
        ResponseLog& log = m_logs[stream->logIndex];
        if (!log.completed) {
            log.peerClosedEarly = true;
            Q_EMIT responseDone(log.requestIndex);
        }
    }
    if (connection->stalledLog >= 0) {
        ResponseLog& log = m_logs[connection->stalledLog];
        log.peerClosedEarly = true;
        Q_EMIT responseDone(log.requestIndex);
    }
    m_connections.erase(it);
    socket->deleteLater();
}

void TestHttpServer::onReadyRead(QTcpSocket* socket)
{
    Connection* connection = connectionOf(socket);
    if (!connection)
        return;
    connection->buffer += socket->readAll();
    processBuffer(socket);
}

void TestHttpServer::rejectMalformed(QTcpSocket* socket)
{
    ++m_malformed;
    if (Connection* connection = connectionOf(socket))
        connection->buffer.clear();
    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    socket->disconnectFromHost();
}

void TestHttpServer::processBuffer(QTcpSocket* socket)
{
    Connection* connection = connectionOf(socket);
    // One request at a time: the next is read once the current answer is written.
    while (connection && !connection->stream && !connection->stalled &&
           !connection->buffer.isEmpty()) {
        QByteArray& buffer = connection->buffer;
        if (buffer.at(0) < 'A' || buffer.at(0) > 'Z') {
            rejectMalformed(socket);
            return;
        }
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > kMaxHeaderBytes)
                rejectMalformed(socket);
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        if (requestLine.size() != 3 || !isToken(requestLine.at(0)) ||
            !requestLine.at(2).startsWith("HTTP/1.")) {
            rejectMalformed(socket);
            return;
        }
        RecordedRequest request;
        request.connectionId = connection->id;
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line =
                lines.at(i).endsWith('\r') ? lines.at(i).chopped(1) : lines.at(i);
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                rejectMalformed(socket);
                return;
            }
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        const qint64 contentLength = request.header("Content-Length").toLongLong();
        if (buffer.size() < headerEnd + 4 + contentLength)
            return; // wait for the body
        request.body = buffer.mid(headerEnd + 4, contentLength);
        request.receivedAtMs = m_uptime.elapsed();
        buffer.remove(0, headerEnd + 4 + contentLength);

        const qsizetype question = request.target.indexOf('?');
        request.rawPath = question < 0 ? request.target : request.target.left(question);
        request.rawQuery = question < 0 ? QByteArray() : request.target.mid(question + 1);
        request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(request.rawPath));
        if (!request.rawQuery.isEmpty()) {
            for (const QByteArray& part : request.rawQuery.split('&')) {
                const qsizetype eq = part.indexOf('=');
                const QByteArray name = eq < 0 ? part : part.left(eq);
                const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
                request.queryItems.append(
                    {QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
            }
        }
        connection->closeAfterAnswer =
            request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
        m_requests.append(request);
        const int index = static_cast<int>(m_requests.size()) - 1;
        Q_EMIT requestReceived(index);
        answer(socket, index);
        connection = connectionOf(socket); // answering may have closed it
    }
}

void TestHttpServer::answer(QTcpSocket* socket, int requestIndex)
{
    Connection* connection = connectionOf(socket);
    const ScriptedResponse response = m_script.isEmpty() ? m_default : m_script.takeFirst();
    using B = ScriptedResponse::Behaviour;

    ResponseLog log;
    log.requestIndex = requestIndex;
    log.behaviour = response.behaviour;
    log.bodyBytesPlanned = response.behaviour == B::Huge ? response.hugeSize : response.body.size();
    m_logs.append(log);
    const int logIndex = static_cast<int>(m_logs.size()) - 1;

    if (response.behaviour == B::Stall) {
        connection->stalled = true;
        connection->stalledLog = logIndex;
        return;
    }
    if (response.behaviour == B::Reset) {
#ifdef Q_OS_UNIX
        // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        struct linger option = {1, 0};
        ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option,
                     sizeof option);
#endif
        m_logs[logIndex].peerClosedEarly = false;
        Q_EMIT responseDone(requestIndex);
        socket->abort(); // emits disconnected(): the connection is gone after this
        return;
    }

    const bool chunked =
        response.behaviour == B::Chunked || (response.behaviour == B::Huge && response.hugeChunked);
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    bool hasLength = false;
    for (const auto& [name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
        hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
    }
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else if (!hasLength)
        head += "Content-Length: " + QByteArray::number(log.bodyBytesPlanned) + "\r\n";
    head += "\r\n";
    socket->write(head);

    auto stream = std::make_unique<Stream>();
    stream->response = response;
    stream->logIndex = logIndex;
    connection->stream = std::move(stream);
    if (response.behaviour == B::Slow) {
        Stream* s = connection->stream.get();
        s->timer = std::make_unique<QTimer>();
        connect(s->timer.get(), &QTimer::timeout, this, [this, socket] { pump(socket, true); });
        s->timer->start(response.chunkInterval);
        return; // the timer writes the body
    }
    pump(socket);
}

// Writes the next part of the current answer; called again whenever the socket drained.
void TestHttpServer::pump(QTcpSocket* socket, bool tick)
{
    Connection* connection = connectionOf(socket);
    if (!connection || !connection->stream)
        return;
    Stream& s = *connection->stream;
    const ScriptedResponse& r = s.response;
    ResponseLog& log = m_logs[s.logIndex];
    using B = ScriptedResponse::Behaviour;

    switch (r.behaviour) {
    case B::Normal:
        socket->write(r.body);
        log.bodyBytesWritten = r.body.size();
        break;
    case B::Truncate: {
        const QByteArray part = r.body.left(r.truncateAfter);
        socket->write(part);
        log.bodyBytesWritten = part.size();
        connection->closeAfterAnswer = true;
        s.offset = -1; // marks "cut short on purpose"
        break;
    }
    case B::Chunked: {
        const int size = std::max(1, r.chunkSize);
        for (qsizetype at = 0; at < r.body.size(); at += size)
            socket->write(chunk(r.body.mid(at, size)));
        socket->write("0\r\n\r\n");
        log.bodyBytesWritten = r.body.size();
        break;
    }
    case B::Slow: {
        if (tick && s.offset < r.body.size()) {
            const QByteArray part = r.body.mid(s.offset, std::max(1, r.chunkSize));
            socket->write(part);
            s.offset += part.size();
            log.bodyBytesWritten = s.offset;
        }
        if (s.offset < r.body.size())
            return;
        break;
    }
    case B::Huge: {
        static const QByteArray filler(kHugePiece, 'x');
        while (s.offset < r.hugeSize && socket->bytesToWrite() < kMaxPendingWrite) {
            const qint64 size = std::min(kHugePiece, r.hugeSize - s.offset);
            const QByteArray piece = filler.left(size);
            socket->write(r.hugeChunked ? chunk(piece) : piece);
            s.offset += size;
            log.bodyBytesWritten = s.offset;
        }
        if (s.offset < r.hugeSize)
            return; // bytesWritten() calls again
        if (r.hugeChunked)
            socket->write("0\r\n\r\n");
        break;
    }
    case B::Reset:
    case B::Stall:
        return;
    }
    finishStream(socket);
}

void TestHttpServer::finishStream(QTcpSocket* socket)
{
    Connection* connection = connectionOf(socket);
    Stream& s = *connection->stream;
    ResponseLog& log = m_logs[s.logIndex];
    const bool cutShort = s.response.behaviour == ScriptedResponse::Behaviour::Truncate;
    log.completed = !cutShort;
    if (s.timer)
        s.timer->stop();
    const int requestIndex = log.requestIndex;
    // The timer may be the sender of this call: delete it later.
    if (s.timer)
        s.timer.release()->deleteLater();
    connection->stream.reset();
    Q_EMIT responseDone(requestIndex);
    if (connection->closeAfterAnswer) {
        socket->disconnectFromHost();
        return;
    }
    processBuffer(socket);
}

} // namespace wsdash::test
