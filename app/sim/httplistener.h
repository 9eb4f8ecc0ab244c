#pragma once

#include "sim/httpconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

namespace wsdash::sim {

// A minimal HTTP/1.1 server on a QTcpServer. QHttpServer (a technical preview in Qt 6.4, with
// an API that changed in 6.5) hides the raw request target and cannot cut a body short, send
// it slowly or reset the connection; the simulator needs all four, so it speaks HTTP itself.
class HttpListener final : public QObject
{
    Q_OBJECT

public:
    explicit HttpListener(HttpConnection::Handler handler, QObject* parent = nullptr);
    ~HttpListener() override;

    // Port 0 picks a free port.
    bool listen(const QHostAddress& address, quint16 port);
    void close();
    bool isListening() const { return m_server.isListening(); }
    quint16 serverPort() const { return m_server.serverPort(); }
    QHostAddress serverAddress() const { return m_server.serverAddress(); }
    QString errorString() const { return m_server.errorString(); }

private:
    void acceptConnections();

    HttpConnection::Handler m_handler;
    QTcpServer m_server;
};

} // namespace wsdash::sim
