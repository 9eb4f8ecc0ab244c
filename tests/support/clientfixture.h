#pragma once

#include "core/api/statisticsclient.h"
#include "support/fixedclock.h"
#include "support/testhttpserver.h"

#include <QNetworkAccessManager>

#include <memory>

namespace wsdash::test {

// The fixture of the client tests: a network manager, a clock set by hand, a StatisticsClient on
// both, and a loopback TestHttpServer. A test class derives from it next to QObject and calls
// setUpClient() in init() and tearDownClient() in cleanup(), so every test starts fresh.
class ClientFixture
{
protected:
    // False (with a QTest failure message) when the server cannot listen.
    bool setUpClient();
    void tearDownClient();

    std::unique_ptr<QNetworkAccessManager> m_network;
    FixedClock m_clock;
    std::unique_ptr<StatisticsClient> m_client;
    std::unique_ptr<TestHttpServer> m_server;
};

} // namespace wsdash::test
