#pragma once

#include "sim/httpmessage.h"

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <functional>

class QTcpSocket;

namespace wsdash::sim {

// One client connection of HttpListener: a small HTTP/1.1 server side (request line, headers,
// Content-Length bodies, keep-alive, one request at a time) that can also answer badly on
// purpose: late, slowly, cut short, or with a reset.
class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpReply(const HttpRequest&)>;

    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 1024 * 1024;

    // Takes ownership of the socket.
    HttpConnection(QTcpSocket* socket, Handler handler, QObject* parent = nullptr);
    ~HttpConnection() override;

private:
    void processBuffer();
    void refuse(int status); // a protocol error: answer and close
    void deliver(const HttpReply& reply, bool keepAlive);
    void writeNextSlowPiece();
    void finishExchange();
    void resetConnection();
    QByteArray head(const HttpResponse& response, bool keepAlive) const;

    QTcpSocket* m_socket;
    Handler m_handler;
    QByteArray m_buffer;
    bool m_busy = false;    // a request is being answered
    bool m_closing = false; // no further requests are read
    bool m_keepAlive = true;
    QByteArray m_slowBody;
    qsizetype m_slowPiece = 1;
    QTimer m_slowTimer;
};

} // namespace wsdash::sim
