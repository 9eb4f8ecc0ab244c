#pragma once

#include <QNetworkProxyFactory>

namespace wsdash {

// The system's proxy settings, except that loopback hosts (the simulator, local tests) are
// always reached directly.
class SystemProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery& query) override;

    // Installs this factory for the whole application.
    static void install();
};

} // namespace wsdash
