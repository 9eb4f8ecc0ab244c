#include "sim/httplistener.h"

#include <QTcpSocket>

namespace wsdash::sim {

HttpListener::HttpListener(HttpConnection::Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpListener::acceptConnections);
}

HttpListener::~HttpListener() = default;

bool HttpListener::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpListener::close()
{
    m_server.close();
}

void HttpListener::acceptConnections()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection())
        new HttpConnection(socket, m_handler, this); // owned by this; deletes itself on close
}

} // namespace wsdash::sim
