// libFuzzer target: an endpoint URL or region as a user gives it (--endpoint, --region, the
// HUAWEICLOUD_SDK_REGION_WORKSPACE_* variables, the settings file).
//
// Input: UTF-8 text, given to Endpoint::fromUrl() and Endpoint::fromRegion().
// Invariants of an accepted endpoint:
//   - the scheme is https, or http with a host that is loopback (checked here independently:
//     "localhost" or an address in 127.0.0.0/8 or ::1, IPv4-mapped included);
//   - no user information, query or fragment; no trailing '/' in the path;
//   - its own encoded form is accepted again and reaches the same scheme, host and port
//     (settings round trip), and is stable from then on;
//   - request URLs keep scheme, host and port, and the Host header to sign is plain ASCII;
//   - a region is accepted only when it is a known one, and then gives https.

#include "core/api/endpoint.h"
#include "core/api/signer.h"
#include "fuzzcheck.h"

#include <QHostAddress>

#include <cstddef>
#include <cstdint>

using namespace wsdash;
using wsdash::fuzz::printable;

namespace {

bool isLoopback(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // IPv4-mapped IPv6 too
    if (isV4)
        return (v4 >> 24) == 127;
    return address == QHostAddress(QHostAddress::LocalHostIPv6);
}

// The address without the IPv6 zone ID (the interface of a link-local address).
QString withoutZoneId(const QString& host)
{
    return host.section(QLatin1Char('%'), 0, 0);
}

Endpoint reparsed(const Endpoint& endpoint)
{
    const QString encoded = QString::fromLatin1(endpoint.baseUrl().toEncoded());
    const auto again = Endpoint::fromUrl(encoded);
    FUZZ_CHECK(again.hasValue(),
               printable(encoded) + ": " + printable(again ? QString() : again.error().message));
    return *again;
}

void checkEndpoint(const Endpoint& endpoint, const QString& input)
{
    const QUrl& base = endpoint.baseUrl();
    FUZZ_CHECK(endpoint.isValid(), printable(input));
    const QString scheme = base.scheme();
    FUZZ_CHECK(scheme == QLatin1String("https") || scheme == QLatin1String("http"),
               printable(input));
    FUZZ_CHECK(!base.host().isEmpty(), printable(input));
    if (scheme == QLatin1String("http"))
        FUZZ_CHECK(isLoopback(base.host()), "plain http to " + printable(base.host()));
    FUZZ_CHECK(base.userInfo().isEmpty() && !base.hasQuery() && !base.hasFragment(),
               printable(input));
    FUZZ_CHECK(!base.path().endsWith(QLatin1Char('/')), printable(input));

    // Saved and read back, the endpoint reaches the same server. Qt 6.4 quirks: a percent-encoded
    // noncharacter (U+FFFF) in the path reads back as U+FFFD, and non-ASCII text in an IPv6 zone
    // ID ("[fe80::1%25eth\u00e9]") is decoded byte by byte; both change once, then are stable.
    const auto again = reparsed(endpoint);
    FUZZ_CHECK(again.baseUrl().scheme() == scheme &&
                   withoutZoneId(again.baseUrl().host()) == withoutZoneId(base.host()) &&
                   again.baseUrl().port() == base.port(),
               printable(QString::fromLatin1(base.toEncoded())) + " -> " +
                   printable(QString::fromLatin1(again.baseUrl().toEncoded())));
    FUZZ_CHECK(reparsed(again).baseUrl() == again.baseUrl(),
               printable(QString::fromLatin1(again.baseUrl().toEncoded())));

    const QUrl url = endpoint.urlFor(QStringLiteral("/v2/0123abcd/statistics"),
                                     QStringLiteral("desktop_type=POOLED"));
    FUZZ_CHECK(url.isValid() && url.scheme() == scheme && url.host() == base.host() &&
                   url.port() == base.port(),
               printable(input) + " -> " + printable(QString::fromLatin1(url.toEncoded())));
    FUZZ_CHECK(url.path() == endpoint.pathFor(QStringLiteral("/v2/0123abcd/statistics")),
               printable(url.path()));
    FUZZ_CHECK(url.query(QUrl::FullyEncoded) == QLatin1String("desktop_type=POOLED"),
               printable(url.query(QUrl::FullyEncoded)));

    const QByteArray host = hostHeaderValue(url.scheme(), url.host(), url.port());
    FUZZ_CHECK(!host.isEmpty(), "empty Host header for " + printable(input));
    for (const char c : host)
        FUZZ_CHECK(c > 0x20 && c < 0x7f, "Host header " + printable(host));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input =
        QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    const auto endpoint = Endpoint::fromUrl(input);
    if (endpoint)
        checkEndpoint(*endpoint, input);
    else
        FUZZ_CHECK(!endpoint.error().message.isEmpty(), printable(input));

    const auto region = Endpoint::fromRegion(input, QProcessEnvironment());
    FUZZ_CHECK(region.hasValue() == Endpoint::knownRegions().contains(input.trimmed().toLower()),
               printable(input));
    if (region) {
        FUZZ_CHECK(region->baseUrl().scheme() == QLatin1String("https"), printable(input));
        checkEndpoint(*region, input);
    }
    return 0;
}
