#include "core/api/signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>

namespace wsdash {

QByteArray Signer::formatSdkDate(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QString Signer::canonicalUri(const QString& path)
{
    const QStringList segments = path.split(QLatin1Char('/'));
    QStringList encoded;
    encoded.reserve(segments.size());
    for (const QString& segment : segments)
        encoded.append(percentEncode(segment));
    QString uri = encoded.join(QLatin1Char('/'));
    if (!uri.startsWith(QLatin1Char('/')))
        uri.prepend(QLatin1Char('/'));
    if (!uri.endsWith(QLatin1Char('/')))
        uri.append(QLatin1Char('/'));
    return uri;
}

QByteArray Signer::canonicalHeaders(const QList<QPair<QByteArray, QByteArray>>& headers,
                                    QByteArray* signedHeaders)
{
    QList<QPair<QByteArray, QByteArray>> normalized;
    normalized.reserve(headers.size());
    for (const auto& [name, value] : headers)
        normalized.append({name.trimmed().toLower(), value.trimmed()});
    std::sort(normalized.begin(), normalized.end());

    QByteArray block;
    QByteArrayList names;
    for (const auto& [name, value] : normalized) {
        block += name + ':' + value + '\n';
        names.append(name);
    }
    if (signedHeaders)
        *signedHeaders = names.join(';');
    return block;
}

QByteArray Signer::canonicalRequest(const SignableRequest& request, QByteArray* signedHeaders)
{
    QByteArray names;
    const QByteArray headerBlock = canonicalHeaders(request.headers, &names);
    if (signedHeaders)
        *signedHeaders = names;
    const QByteArray bodyHash =
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    return request.method.toUpper() + '\n' + canonicalUri(request.path).toLatin1() + '\n' +
           canonicalQueryString(request.query).toLatin1() + '\n' + headerBlock + '\n' + names +
           '\n' + bodyHash;
}

SignedParts Signer::sign(const SignableRequest& request, const QString& accessKey,
                         const QString& secretKey)
{
    SignedParts parts;
    parts.canonicalRequest = canonicalRequest(request, &parts.signedHeaders);

    QByteArray sdkDate;
    for (const auto& [name, value] : request.headers) {
        if (name.compare("x-sdk-date", Qt::CaseInsensitive) == 0)
            sdkDate = value.trimmed();
    }
    parts.stringToSign =
        QByteArray(kAlgorithm) + '\n' + sdkDate + '\n' +
        QCryptographicHash::hash(parts.canonicalRequest, QCryptographicHash::Sha256).toHex();
    parts.signature = QMessageAuthenticationCode::hash(parts.stringToSign, secretKey.toUtf8(),
                                                       QCryptographicHash::Sha256)
                          .toHex();
    parts.authorization = QByteArray(kAlgorithm) + " Access=" + accessKey.toUtf8() +
                          ", SignedHeaders=" + parts.signedHeaders +
                          ", Signature=" + parts.signature;
    return parts;
}

QByteArray hostHeaderValue(const QString& scheme, const QString& host, int port)
{
    // RFC 6874: the zone ID of a link-local IPv6 address ("fe80::1%eth0") means something only
    // on this machine and is not sent.
    QByteArray value = host.contains(QLatin1Char(':'))
                           ? '[' + host.section(QLatin1Char('%'), 0, 0).toLatin1() + ']'
                           : QUrl::toAce(host);
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (port > 0 && port != defaultPort)
        value += ':' + QByteArray::number(port);
    return value;
}

} // namespace wsdash
