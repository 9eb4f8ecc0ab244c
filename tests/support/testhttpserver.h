#pragma once

#include "support/httpexchange.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <map>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace wsdash::test {

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
    // Stops accepting connections (the port then refuses); open connections stay.
    void close();
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
                                          const QByteArray& accessKey, const QByteArray& secretKey);
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
