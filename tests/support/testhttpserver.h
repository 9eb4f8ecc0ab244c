#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <chrono>
#include <map>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace wsdash::test {

using RawHeader = QPair<QByteArray, QByteArray>;

// One request exactly as it arrived on the wire.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;                       // the raw request target, e.g. /v2/p/statistics?a=b
    QByteArray rawPath;                      // the target before '?', still percent-encoded
    QByteArray rawQuery;                     // the target after '?', still percent-encoded
    QString path;                            // rawPath percent-decoded as UTF-8
    QList<QPair<QString, QString>> queryItems; // decoded, in wire order ('+' is kept as '+')
    QList<RawHeader> headers;                // in arrival order, names in their original case
    QByteArray body;
    int connectionId = 0; // which TCP connection carried it (1-based, in accept order)
    qint64 receivedAtMs = 0; // when it was complete, in ms since the server was created

    // The first value of a header (name compared case-insensitively); empty when absent.
    QByteArray header(const QByteArray& name) const;
    int headerCount(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const { return headerCount(name) > 0; }
    QStringList queryValues(const QString& name) const;
};

// One scripted answer and how the server misbehaves while giving it.
struct ScriptedResponse
{
    enum class Behaviour {
        Normal,    // status line, headers, Content-Length, body
        Truncate,  // announces the full Content-Length, sends truncateAfter bytes, closes
        Reset,     // reads the request, then resets the connection (RST) without answering
        Stall,     // reads the request, never answers, keeps the connection open
        Slow,      // sends the body in chunkSize pieces every chunkInterval
        Chunked,   // Transfer-Encoding: chunked, chunkSize pieces
        Huge,      // streams hugeSize bytes of filler without holding them in memory
    };

    int status = 200;
    QByteArray reason; // derived from the status when empty
    QList<RawHeader> headers;
    QByteArray body;
    Behaviour behaviour = Behaviour::Normal;
    qint64 truncateAfter = 0;
    int chunkSize = 16;
    std::chrono::milliseconds chunkInterval{20};
    qint64 hugeSize = 0;
    bool hugeChunked = false; // Huge: chunked without Content-Length instead of announcing it

    static ScriptedResponse json(int status, const QByteArray& body,
                                 const QList<RawHeader>& headers = {});
    static ScriptedResponse withBehaviour(Behaviour behaviour, int status = 200,
                                          const QByteArray& body = {});
    static ScriptedResponse huge(qint64 size, bool chunked);
    ScriptedResponse& header(const QByteArray& name, const QByteArray& value);
};

// What happened to one answer on its connection.
struct ResponseLog
{
    int requestIndex = -1;
    ScriptedResponse::Behaviour behaviour = ScriptedResponse::Behaviour::Normal;
    qint64 bodyBytesPlanned = 0; // the body the script meant to send
    qint64 bodyBytesWritten = 0; // what the server handed to the socket
    bool completed = false;      // the whole answer was written
    bool peerClosedEarly = false; // the client closed the connection before that
};

// The outcome of re-computing an SDK-HMAC-SHA256 signature from what arrived.
struct SignatureCheck
{
    bool ok = false;
    QString reason; // why it does not match; empty when ok
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray expectedSignature;
    QByteArray receivedSignature;
    QByteArrayList signedHeaders;
};

// A deliberately small HTTP/1.1 server on 127.0.0.1 for tests of network code. It records
// every request and answers from a script; it can misbehave in the ways real networks do.
class TestHttpServer final : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpServer(QObject* parent = nullptr);
    ~TestHttpServer() override;

    // Listens on 127.0.0.1 with a free port.
    bool listen();
    quint16 port() const;
    // "http://127.0.0.1:PORT"
    QString baseUrl() const;
    QString hostAndPort() const;

    void enqueue(const ScriptedResponse& response);
    // Used when the script is empty (default: 404 with a JSON error body).
    void setDefaultResponse(const ScriptedResponse& response);
    int pendingResponses() const { return static_cast<int>(m_script.size()); }

    const QList<RecordedRequest>& requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    const QList<ResponseLog>& responseLogs() const { return m_logs; }
    int connectionCount() const { return m_connectionCount; }
    // Bytes received that were not an HTTP request (e.g. a TLS ClientHello).
    int malformedRequestCount() const { return m_malformed; }
    int openConnectionCount() const;

    // Re-computes the SDK-HMAC-SHA256 signature of a received request: the raw target's path
    // and query, the headers named in Authorization, the body. Independent of wsdash::Signer.
    static SignatureCheck verifySignature(const RecordedRequest& request,
                                          const QByteArray& accessKey,
                                          const QByteArray& secretKey);
    // The strict encoding of the signing guide (own implementation, for the verifier).
    static QByteArray strictEncode(const QByteArray& utf8);

Q_SIGNALS:
    void requestReceived(int index);
    void responseDone(int index); // completed or cut short

private:
    struct Connection;
    struct Stream;

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void onDisconnected(QTcpSocket* socket);
    void processBuffer(QTcpSocket* socket);
    void answer(QTcpSocket* socket, int requestIndex);
    // Writes what is due; `tick` is true when the slow-body timer calls.
    void pump(QTcpSocket* socket, bool tick = false);
    void finishStream(QTcpSocket* socket);
    void rejectMalformed(QTcpSocket* socket);
    Connection* connectionOf(QTcpSocket* socket) const;

    QTcpServer* m_server;
    QList<ScriptedResponse> m_script;
    ScriptedResponse m_default;
    QList<RecordedRequest> m_requests;
    QList<ResponseLog> m_logs;
    std::map<QTcpSocket*, std::unique_ptr<Connection>> m_connections;
    QElapsedTimer m_uptime;
    int m_connectionCount = 0;
    int m_malformed = 0;
};

} // namespace wsdash::test
