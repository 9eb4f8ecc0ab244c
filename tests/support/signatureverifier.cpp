#include "support/signatureverifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace wsdash::test {

QByteArray SignatureVerifier::strictEncode(const QByteArray& utf8)
{
    QByteArray out;
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        const bool keep = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                          (byte >= '0' && byte <= '9') || byte == '-' || byte == '_' ||
                          byte == '.' || byte == '~';
        if (keep) {
            out += c;
        } else {
            char hex[4];
            std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned>(byte));
            out += hex;
        }
    }
    return out;
}

QByteArray SignatureVerifier::canonicalUri(const QByteArray& rawPath)
{
    QByteArrayList segments;
    for (const QByteArray& segment : rawPath.split('/'))
        segments.append(strictEncode(QByteArray::fromPercentEncoding(segment)));
    QByteArray uri = segments.join('/');
    if (!uri.startsWith('/'))
        uri.prepend('/');
    if (!uri.endsWith('/'))
        uri.append('/');
    return uri;
}

QByteArray SignatureVerifier::canonicalQuery(const QByteArray& rawQuery)
{
    if (rawQuery.isEmpty())
        return {};
    QList<QPair<QByteArray, QByteArray>> pairs;
    for (const QByteArray& part : rawQuery.split('&')) {
        const qsizetype eq = part.indexOf('=');
        pairs.append({QByteArray::fromPercentEncoding(eq < 0 ? part : part.left(eq)),
                      QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : part.mid(eq + 1))});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArrayList encoded;
    for (const auto& [name, value] : pairs)
        encoded.append(strictEncode(name) + '=' + strictEncode(value));
    return encoded.join('&');
}

SignatureCheck SignatureVerifier::verify(const RecordedRequest& request,
                                         const QByteArray& accessKey, const QByteArray& secretKey)
{
    SignatureCheck check;
    auto fail = [&check](const QString& reason) {
        check.ok = false;
        check.reason = reason;
        return check;
    };

    if (request.headerCount("Authorization") != 1)
        return fail(QStringLiteral("expected one Authorization header, found %1")
                        .arg(request.headerCount("Authorization")));
    static const QRegularExpression pattern(QStringLiteral(
        "^SDK-HMAC-SHA256 Access=([^,\\s]+), SignedHeaders=([a-z0-9;-]+), Signature=(\\S+)$"));
    const QString authorization = QString::fromLatin1(request.header("Authorization"));
    const auto match = pattern.match(authorization);
    if (!match.hasMatch())
        return fail(QStringLiteral("malformed Authorization header"));
    if (match.captured(1).toLatin1() != accessKey)
        return fail(QStringLiteral("access key is %1, expected %2")
                        .arg(match.captured(1), QString::fromLatin1(accessKey)));
    check.receivedSignature = match.captured(3).toLatin1();
    check.signedHeaders = match.captured(2).toLatin1().split(';');

    QByteArrayList sorted = check.signedHeaders;
    std::sort(sorted.begin(), sorted.end());
    if (sorted != check.signedHeaders)
        return fail(QStringLiteral("SignedHeaders is not sorted"));
    for (const char* required : {"host", "x-sdk-date"}) {
        if (!check.signedHeaders.contains(QByteArray(required)))
            return fail(QStringLiteral("%1 is not signed").arg(QLatin1String(required)));
    }
    static const QRegularExpression datePattern(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    const QByteArray sdkDate = request.header("X-Sdk-Date").trimmed();
    if (!datePattern.match(QString::fromLatin1(sdkDate)).hasMatch())
        return fail(QStringLiteral("X-Sdk-Date \"%1\" is not YYYYMMDDTHHMMSSZ")
                        .arg(QString::fromLatin1(sdkDate)));

    QByteArray headerBlock;
    for (const QByteArray& name : std::as_const(check.signedHeaders)) {
        const int count = request.headerCount(name);
        if (count != 1)
            return fail(QStringLiteral("signed header %1 arrived %2 times")
                            .arg(QString::fromLatin1(name))
                            .arg(count));
        headerBlock += name + ':' + request.header(name).trimmed() + '\n';
    }

    check.canonicalRequest =
        request.method + '\n' + canonicalUri(request.rawPath) + '\n' +
        canonicalQuery(request.rawQuery) + '\n' + headerBlock + '\n' +
        check.signedHeaders.join(';') + '\n' +
        QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex();
    check.stringToSign =
        "SDK-HMAC-SHA256\n" + sdkDate + '\n' +
        QCryptographicHash::hash(check.canonicalRequest, QCryptographicHash::Sha256).toHex();
    check.expectedSignature =
        QMessageAuthenticationCode::hash(check.stringToSign, secretKey, QCryptographicHash::Sha256)
            .toHex();
    if (check.expectedSignature != check.receivedSignature) {
        return fail(QStringLiteral("signature mismatch: received %1, computed %2")
                        .arg(QString::fromLatin1(check.receivedSignature),
                             QString::fromLatin1(check.expectedSignature)));
    }
    check.ok = true;
    return check;
}

} // namespace wsdash::test
