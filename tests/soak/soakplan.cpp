#include "soakplan.h"

namespace wsdash::soak {

namespace {

SoakStep failing(sim::Fault fault, const QString& label)
{
    SoakStep step;
    step.faults.fault = fault;
    step.expectOk = false;
    step.label = label;
    return step;
}

SoakStep recovering(sim::Fault fault, const QString& label)
{
    SoakStep step;
    step.faults.fault = fault;
    step.faults.faultCount = 1; // the retry gets a good answer
    step.label = label;
    return step;
}

} // namespace

SoakStep SoakStep::forRefresh(int index)
{
    using sim::Fault;
    // Even refreshes are clean and odd ones meet a fault, so that the window goes from data to
    // an error and back as often as possible.
    if (index % 2 == 0) {
        SoakStep step;
        if (index % 4 == 2)
            step.faults.latency = std::chrono::milliseconds(5);
        step.label = QStringLiteral("clean");
        return step;
    }
    switch (index % kCycle / 2 + 10) {
    case 10:
        return failing(Fault::InternalError, QStringLiteral("500"));
    case 11:
        return failing(Fault::MalformedJson, QStringLiteral("malformed-json"));
    case 12:
        return failing(Fault::TruncatedBody, QStringLiteral("truncated-body"));
    case 13:
        return failing(Fault::BadGateway, QStringLiteral("502 on every attempt"));
    case 14:
        return failing(Fault::ServiceUnavailable, QStringLiteral("503 on every attempt"));
    case 15:
        return failing(Fault::GatewayTimeout, QStringLiteral("504 on every attempt"));
    case 16:
        return failing(Fault::ConnectionReset, QStringLiteral("reset on every attempt"));
    case 17: {
        SoakStep step = recovering(Fault::Throttle, QStringLiteral("429 once, then ok"));
        step.faults.throttleRetryAfterSeconds = 0; // keeps the run short; the path is the same
        return step;
    }
    case 18:
        return recovering(Fault::ServiceUnavailable, QStringLiteral("503 once, then ok"));
    case 19: {
        SoakStep step;
        step.faults.fault = Fault::SlowBody;
        step.faults.slowBodyDuration = std::chrono::milliseconds(100);
        step.label = QStringLiteral("slow body");
        return step;
    }
    }
    return {};
}

} // namespace wsdash::soak
