#include "support/clientfixture.h"

namespace wsdash::test {

bool ClientFixture::setUpClient()
{
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<StatisticsClient>(m_network.get(), m_clock);
    m_server = std::make_unique<TestHttpServer>();
    return m_server->listen();
}

void ClientFixture::tearDownClient()
{
    // The client's calls hold replies of the manager: the client goes first.
    m_client.reset();
    m_server.reset();
    m_network.reset();
}

} // namespace wsdash::test
