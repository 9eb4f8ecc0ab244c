#pragma once

#include "core/dashboard/dashboardcontroller.h"
#include "simtestsupport.h"
#include "ui/window/mainwindow.h"

#include <memory>

namespace wsdash::test {

// The real MainWindow and DashboardController against an in-process simulator, 1280x800,
// asking for every desktop type and state family with no retries: what the window tests that
// need the simulator's own answers (partial answers, drill-down) start from.
struct WindowRig
{
    explicit WindowRig(const sim::SimulatorConfig& config = smallConfig(8));
    virtual ~WindowRig();

    // Shows the window and waits for its first result on screen.
    bool load();
    // One more refresh, until its result is on screen.
    bool refresh();

    SimulatorFixture fixture;
    std::unique_ptr<DashboardController> controller;
    std::unique_ptr<MainWindow> window;
};

} // namespace wsdash::test
