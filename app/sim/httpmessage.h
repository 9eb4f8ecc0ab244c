#pragma once

#include "core/api/percentencoding.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>

namespace wsdash::sim {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// A request exactly as it arrived: the raw target (still percent-encoded) and the headers in
// their order and spelling, because a signature is checked against what was sent.
struct HttpRequest
{
    QByteArray method;
    QByteArray target; // e.g. /v2/abc/statistics?desktop_type=POOLED
    QByteArray path;   // the target up to '?'
    QByteArray query;  // after '?', raw
    QByteArray version;
    HttpHeaders headers;
    QByteArray body;
    QHostAddress peer;

    // The first header of that name (case-insensitive), trimmed; empty when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // Query items percent-decoded ('+' stays a plus, as in the signing guide), in order.
    QList<QueryParameter> queryItems() const;
    // The path, percent-decoded.
    QString decodedPath() const;
};

struct HttpResponse
{
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    void setHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
};

// How a response reaches the client: normally, or damaged on purpose (fault injection).
struct HttpReply
{
    enum class Delivery
    {
        Normal,
        Truncated, // announces the full Content-Length, sends half the body, closes
        Slow,      // sends the body in small pieces spread over slowDuration
        Reset,     // sends nothing and resets the connection (TCP RST)
    };

    HttpResponse response;
    Delivery delivery = Delivery::Normal;
    std::chrono::milliseconds delay{0}; // before anything is sent
    std::chrono::milliseconds slowDuration{0};
};

QByteArray reasonPhrase(int status);

} // namespace wsdash::sim
