#include "core/api/proxyfactory.h"

#include "core/api/endpoint.h"

namespace wsdash {

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery& query)
{
    if (Endpoint::isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}

void SystemProxyFactory::install()
{
    QNetworkProxyFactory::setApplicationProxyFactory(new SystemProxyFactory);
}

} // namespace wsdash
