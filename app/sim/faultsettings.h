#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace wsdash::sim {

// Named faults the simulator can inject into the answers of API calls.
enum class Fault
{
    None,
    Throttle,           // 429 APIG.0308 with Retry-After, whatever the rate
    InternalError,      // 500
    BadGateway,         // 502 APIG.0202
    ServiceUnavailable, // 503
    GatewayTimeout,     // 504 APIG.0201
    MalformedJson,      // 200 with a body that is not JSON
    TruncatedBody,      // Content-Length announced, half the body sent, connection closed
    SlowBody,           // the body trickles in over slowBodyDuration
    ConnectionReset,    // no answer: the connection is reset
    // 200 whose statistics answer is partly invalid (see partlyInvalid() in sim/responses.h);
    // other calls are answered as usual
    PartlyInvalid,
};

// "throttle", "500", "502", "503", "504", "malformed-json", "truncated-body", "slow-body",
// "reset", "partly-invalid" ("none" for Fault::None). partly-invalid hits statistics calls only.
QString faultName(Fault fault);
std::optional<Fault> faultFromName(const QString& name);
QStringList faultNames(); // all but "none"

// Fault injection, set from the command line or by a test at run time.
struct FaultSettings
{
    std::chrono::milliseconds latency{0}; // added before every answer
    double failureRate = 0.0;             // share of API calls answered with a random 5xx
    Fault fault = Fault::None;
    int faultCount = -1; // how many API calls get `fault`; -1 means every one
    std::chrono::milliseconds slowBodyDuration{3000};
    int throttleRetryAfterSeconds = 2; // the Retry-After of the throttle fault
    // When > 0, `fault` hits only ListDesktopsDetail requests for this page (1-based:
    // offset / limit + 1); other calls pass untouched and do not use up faultCount.
    int listPage = 0;
};

} // namespace wsdash::sim
