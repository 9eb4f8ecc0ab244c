#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

#include <chrono>

namespace wsdash::test {

// What passes through TestHttpServer: the requests it records, the answers it is scripted to
// give, and what became of them.

using RawHeader = QPair<QByteArray, QByteArray>;

// One request exactly as it arrived on the wire.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target;                         // the raw request target, e.g. /v2/p/statistics?a=b
    QByteArray rawPath;                        // the target before '?', still percent-encoded
    QByteArray rawQuery;                       // the target after '?', still percent-encoded
    QString path;                              // rawPath percent-decoded as UTF-8
    QList<QPair<QString, QString>> queryItems; // decoded, in wire order ('+' is kept as '+')
    QList<RawHeader> headers;                  // in arrival order, names in their original case
    QByteArray body;
    int connectionId = 0;    // which TCP connection carried it (1-based, in accept order)
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
    enum class Behaviour
    {
        Normal,   // status line, headers, Content-Length, body
        Truncate, // announces the full Content-Length, sends truncateAfter bytes, closes
        Reset,    // reads the request, then resets the connection (RST) without answering
        Stall,    // reads the request, never answers, keeps the connection open
        Slow,     // sends the body in chunkSize pieces every chunkInterval
        Chunked,  // Transfer-Encoding: chunked, chunkSize pieces
        Huge,     // streams hugeSize bytes of filler without holding them in memory
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
    qint64 bodyBytesPlanned = 0;  // the body the script meant to send
    qint64 bodyBytesWritten = 0;  // what the server handed to the socket
    bool completed = false;       // the whole answer was written
    bool peerClosedEarly = false; // the client closed the connection before that (or, for
                                  // Stall, at all)
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

} // namespace wsdash::test

Q_DECLARE_METATYPE(wsdash::test::ScriptedResponse)
