#pragma once

// The credentials of the simulator's demo mode: published here and in docs/SIMULATOR.md, valid
// against wsdash-sim only. They follow the shape of real ones (a 20-character AK, a 40-character
// SK, a 32-hex-digit project ID) so that the client's validation treats them like real ones.
namespace wsdash::sim {

inline constexpr char kDemoAccessKey[] = "WSDASHDEMOACCESSKEY0";
inline constexpr char kDemoSecretKey[] = "WsdashDemoSecretKeyOnlyForTheSimulator00";
inline constexpr char kDemoProjectId[] = "0d5a1f2c3b4e4d6f8a9b0c1d2e3f4a5b";
inline constexpr char kDemoIamToken[] = "MIIDemoTokenOfTheWsdashSimulatorNotValidOnHuaweiCloud";

} // namespace wsdash::sim
