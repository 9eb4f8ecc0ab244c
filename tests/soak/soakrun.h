#pragma once

#include <QObject>
#include <QTextStream>

#include <chrono>

namespace wsdash::soak {

struct SoakOptions
{
    int refreshes = 1000;
    int warmup = 100;               // refreshes before the first memory reading
    int pools = 500;                // of the simulated fleet
    qint64 maxGrowthKiB = 5 * 1024; // resident memory growth allowed after the warm-up; <0: any
    std::chrono::milliseconds refreshTimeout{20000}; // a refresh that takes longer is "stuck"
};

// Drives the dashboard window (offscreen) against an in-process simulator whose faults change
// from refresh to refresh (SoakStep), presses Refresh `refreshes` times and checks after each
// one that a failure is in the error banner with its code and request ID, that a success
// clears the banner, that each refresh ends as the plan says, and at the end that resident
// memory grew less than allowed after the warm-up. Prints progress and a summary.
class SoakRun final : public QObject
{
    Q_OBJECT

public:
    SoakRun(const SoakOptions& options, QTextStream& out, QObject* parent = nullptr);
    ~SoakRun() override;

    // 0 when every check held, 1 when one failed, 2 when the run could not start.
    int run();

private:
    SoakOptions m_options;
    QTextStream& m_out;
};

} // namespace wsdash::soak
