#pragma once

#include "support/testhttpserver.h"

namespace wsdash::test {

// Checks an SDK-HMAC-SHA256 signature from what a server received, written from the signing
// guide independently of wsdash::Signer so that the two can catch each other's mistakes.
class SignatureVerifier final
{
public:
    static SignatureCheck verify(const RecordedRequest& request, const QByteArray& accessKey,
                                 const QByteArray& secretKey);

    // A-Z a-z 0-9 - _ . ~ kept, every other byte %XY (upper-case hex).
    static QByteArray strictEncode(const QByteArray& utf8);
    // Each path segment decoded, strictly re-encoded, joined with '/', ending in '/'.
    static QByteArray canonicalUri(const QByteArray& rawPath);
    // name=value pairs decoded, sorted by bytes (name, then value), re-encoded, joined with '&'.
    static QByteArray canonicalQuery(const QByteArray& rawQuery);
};

} // namespace wsdash::test
