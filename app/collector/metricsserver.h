#pragma once

#include "core/base/expected.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace wsdash {

// A minimal HTTP/1.1 responder for Prometheus: GET /metrics answers with what `render` returns
// (text/plain; version=0.0.4), GET / with a short page, anything else 404 or 405. One request
// per connection (Connection: close); a request head larger than 8 KiB or slower than 10 s is
// dropped. Qt HttpServer is a technical preview in Qt 6.4, so this stays on QTcpServer.
class MetricsServer final : public QObject
{
    Q_OBJECT

public:
    explicit MetricsServer(std::function<QByteArray()> render, QObject* parent = nullptr);

    // Listens; the reason when it cannot.
    std::optional<QString> listen(const QHostAddress& address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QHostAddress address() const { return m_server.serverAddress(); }

    static constexpr qsizetype kMaxRequestHead = 8192;

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    static void respond(QTcpSocket* socket, int status, const QByteArray& reason,
                        const QByteArray& contentType, const QByteArray& body, bool head);

    std::function<QByteArray()> m_render;
    QTcpServer m_server;
};

} // namespace wsdash
