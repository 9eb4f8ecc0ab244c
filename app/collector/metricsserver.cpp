#include "collector/metricsserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace wsdash {

MetricsServer::MetricsServer(std::function<QByteArray()> render, QObject* parent)
    : QObject(parent)
    , m_render(std::move(render))
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsServer::onNewConnection);
}

std::optional<QString> MetricsServer::listen(const QHostAddress& address, quint16 port)
{
    if (!m_server.listen(address, port))
        return m_server.errorString();
    return std::nullopt;
}

void MetricsServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        // A client that never finishes its request does not keep the socket.
        QTimer::singleShot(10000, socket, [socket] { socket->abort(); });
    }
}

void MetricsServer::onReadyRead(QTcpSocket* socket)
{
    QByteArray head = socket->property("head").toByteArray();
    head += socket->readAll();
    const qsizetype end = head.indexOf("\r\n\r\n");
    if (end < 0) {
        if (head.size() > kMaxRequestHead) {
            respond(socket, 431, "Request Header Fields Too Large", "text/plain", {}, false);
            return;
        }
        socket->setProperty("head", head);
        return;
    }
    socket->setProperty("head", QByteArray());
    const QByteArray requestLine = head.left(head.indexOf("\r\n"));
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3 || !parts.at(2).startsWith("HTTP/1.")) {
        respond(socket, 400, "Bad Request", "text/plain", "bad request\n", false);
        return;
    }
    const QByteArray& method = parts.at(0);
    QByteArray path = parts.at(1);
    if (const qsizetype query = path.indexOf('?'); query >= 0)
        path.truncate(query);
    const bool head_ = method == "HEAD";
    if (method != "GET" && !head_) {
        respond(socket, 405, "Method Not Allowed", "text/plain", "only GET\n", false);
        return;
    }
    if (path == "/metrics") {
        respond(socket, 200, "OK", "text/plain; version=0.0.4; charset=utf-8", m_render(), head_);
    } else if (path == "/") {
        respond(socket, 200, "OK", "text/html; charset=utf-8",
                "<html><head><title>wsdash-collector</title></head><body>"
                "<h1>wsdash-collector</h1><p><a href=\"/metrics\">Metrics</a></p></body></html>\n",
                head_);
    } else {
        respond(socket, 404, "Not Found", "text/plain", "not found\n", head_);
    }
}

void MetricsServer::respond(QTcpSocket* socket, int status, const QByteArray& reason,
                            const QByteArray& contentType, const QByteArray& body, bool head)
{
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                          "\r\nContent-Type: " + contentType +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) +
                          "\r\nConnection: close\r\n\r\n";
    if (!head)
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace wsdash
