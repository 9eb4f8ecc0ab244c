#pragma once

#include "sim/faultsettings.h"

#include <QString>

namespace wsdash::soak {

// What the simulator does to refresh number `index` of a soak run, and what the window must
// then show. Every other refresh is clean; the others meet the ten faults in turn (seven end
// in an error, three are got past by a retry or arrive slowly). The plan repeats every kCycle
// refreshes, so a warm-up of kCycle refreshes or more has met every fault once.
struct SoakStep
{
    sim::FaultSettings faults;
    bool expectOk = true; // the refresh must deliver data (false: an error in the banner)
    QString label;        // for the report: "clean", "503 once, then ok", ...

    static constexpr int kCycle = 20;
    static SoakStep forRefresh(int index);
};

} // namespace wsdash::soak
