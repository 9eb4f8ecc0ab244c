#pragma once

#include "cli/commandline.h"
#include "cli/modejob.h"
#include "ui/reports/dashboardimage.h"

#include <QNetworkAccessManager>
#include <QTextStream>

#include <memory>

namespace wsdash {

namespace sim {
class SimulatorThread;
}
class DashboardController;
class MainWindow;
class RequestBudget;
class ScreenshotJob;

// `--screenshot FILE.png` and `--export FILE.pdf`: a fresh window at the requested size (no
// settings read or written, no history but the export's record), shown headless once the data
// or the error is on it, saved, and the process finishes: 0 saved with data, 2 the request
// failed (the picture of the error is saved anyway for a PNG), 1 the file could not be written.
class ScreenshotMode final : public ModeJob
{
    Q_OBJECT

public:
    ScreenshotMode(CliOptions options, QTextStream& err, QObject* parent = nullptr);
    ~ScreenshotMode() override;

    void start() override;

private:
    void finish(bool dataShown, bool saved, const QString& message);

    const CliOptions m_options;
    CliOptions m_connection; // the options, pointed at the demo simulator with --demo
    QTextStream& m_err;
    std::unique_ptr<sim::SimulatorThread> m_simulator;
    QNetworkAccessManager m_network;
    std::unique_ptr<RequestBudget> m_budget;
    std::unique_ptr<DashboardController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    std::future<DashboardImage::Canvas> m_canvas; // the picture's, made ready meanwhile
    std::unique_ptr<ScreenshotJob> m_job;
};

} // namespace wsdash
