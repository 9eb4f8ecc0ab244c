#pragma once

#include "core/api/percentencoding.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace wsdash {

// The parts of an HTTP request that SDK-HMAC-SHA256 covers.
struct SignableRequest
{
    QByteArray method = "GET";
    QString path;                                 // as sent, e.g. /v2/{project_id}/statistics
    QList<QueryParameter> query;                  // decoded names and values
    QList<QPair<QByteArray, QByteArray>> headers; // the headers to sign, as sent
    QByteArray body;
};

struct SignedParts
{
    QByteArray canonicalRequest;
    QByteArray stringToSign;
    QByteArray signedHeaders; // "host;x-sdk-date"
    QByteArray signature;     // lower-case hex
    QByteArray authorization; // the Authorization header value
};

// Huawei Cloud's SDK-HMAC-SHA256 request signing (the APIG signing guide and the SDK signers).
// Stateless: the date is one of the signed headers the caller provides.
class Signer final
{
public:
    static constexpr char kAlgorithm[] = "SDK-HMAC-SHA256";

    // "YYYYMMDDTHHMMSSZ" in UTC.
    static QByteArray formatSdkDate(const QDateTime& time);

    static QString canonicalUri(const QString& path);
    static QByteArray canonicalHeaders(const QList<QPair<QByteArray, QByteArray>>& headers,
                                       QByteArray* signedHeaders);
    static QByteArray canonicalRequest(const SignableRequest& request, QByteArray* signedHeaders);

    static SignedParts sign(const SignableRequest& request, const QString& accessKey,
                            const QString& secretKey);
};

// The value of a Host header (and of the signed host): "host" on the scheme's default port,
// "host:port" otherwise; IPv6 literals in brackets.
QByteArray hostHeaderValue(const QString& scheme, const QString& host, int port);

} // namespace wsdash
