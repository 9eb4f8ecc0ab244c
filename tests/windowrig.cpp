#include "windowrig.h"

#include "support/clienttestsupport.h"

#include <QSignalSpy>
#include <QTest>

namespace wsdash::test {

WindowRig::WindowRig(const sim::SimulatorConfig& config)
    : fixture(config)
{
    controller = std::make_unique<DashboardController>(&fixture.network, fixture.clock);
    StatisticsRequest request;
    request.endpoint = fixture.simulator->endpoint();
    request.projectId = fixture.simulator->projectId();
    request.credentials = fixture.simulator->clientCredentials();
    request.query = StatisticsQuery::everything();
    request.retry = fastRetry();
    request.retry.maxRetries = 0;
    request.timeout = std::chrono::milliseconds(5000);
    controller->setRequest(request);
    window = std::make_unique<MainWindow>(*controller, fixture.clock, nullptr);
    window->resize(1280, 800);
}

WindowRig::~WindowRig()
{
    window.reset(); // before the controller it shows
}

bool WindowRig::load()
{
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return false;
    QSignalSpy shown(window.get(), &MainWindow::resultShown);
    window->start();
    return shown.count() > 0 || shown.wait(5000);
}

bool WindowRig::refresh()
{
    QSignalSpy shown(window.get(), &MainWindow::resultShown);
    controller->refresh();
    return shown.wait(5000);
}

} // namespace wsdash::test
