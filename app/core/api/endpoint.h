#pragma once

#include "core/base/expected.h"

#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

namespace wsdash {

struct EndpointError
{
    QString message;
};

// Where the Workspace API is reached: https://workspace.{region}.myhuaweicloud.com, or a custom
// base URL. Plain http:// is accepted only for loopback hosts (the simulator, tests).
class Endpoint
{
public:
    Endpoint() = default;

    // Region IDs known to the Huawei Cloud SDKs for Workspace.
    static const QStringList& knownRegions();

    // The region's endpoint; HUAWEICLOUD_SDK_REGION_WORKSPACE_{REGION} overrides it as in the SDKs.
    static Expected<Endpoint, EndpointError> fromRegion(const QString& region,
                                                        const QProcessEnvironment& env = {});
    static Expected<Endpoint, EndpointError> fromUrl(const QString& url);

    const QUrl& baseUrl() const { return m_baseUrl; }
    const QString& region() const { return m_region; }
    bool isValid() const { return m_baseUrl.isValid() && !m_baseUrl.isEmpty(); }
    // For display: "https://workspace.cn-north-4.myhuaweicloud.com".
    QString toDisplayString() const;

    // The URL of an API path below the base, e.g. "/v2/{pid}/statistics", with the query sent
    // exactly as given (already canonical and encoded).
    QUrl urlFor(const QString& apiPath, const QString& encodedQuery) const;
    // The path as sent for an API path (base path prefix included).
    QString pathFor(const QString& apiPath) const;

    static bool isLoopbackHost(const QString& host);

private:
    QUrl m_baseUrl;
    QString m_region;
};

} // namespace wsdash
