#include "core/api/endpoint.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("wsdash::Endpoint", text);
}

} // namespace

const QStringList& Endpoint::knownRegions()
{
    static const QStringList regions = {
        QStringLiteral("cn-north-4"),     QStringLiteral("cn-east-3"),
        QStringLiteral("cn-east-5"),      QStringLiteral("cn-south-1"),
        QStringLiteral("cn-southwest-2"), QStringLiteral("cn-north-9"),
        QStringLiteral("cn-north-11"),    QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-2"), QStringLiteral("ap-southeast-3"),
        QStringLiteral("af-south-1"),     QStringLiteral("af-north-1"),
        QStringLiteral("la-south-2"),     QStringLiteral("la-north-2"),
        QStringLiteral("sa-brazil-1"),    QStringLiteral("me-east-1"),
        QStringLiteral("tr-west-1"),      QStringLiteral("eu-west-101"),
        QStringLiteral("na-mexico-1"),
    };
    return regions;
}

Expected<Endpoint, EndpointError> Endpoint::fromRegion(const QString& region,
                                                       const QProcessEnvironment& env)
{
    const QString id = region.trimmed().toLower();
    if (!knownRegions().contains(id)) {
        return EndpointError{tr("Unknown region \"%1\"; known regions: %2. Use --endpoint for "
                                "another one.")
                                 .arg(region, knownRegions().join(QLatin1String(", ")))};
    }
    const QString overrideName = QLatin1String("HUAWEICLOUD_SDK_REGION_WORKSPACE_") +
                                 id.toUpper().replace(QLatin1Char('-'), QLatin1Char('_'));
    const QString overridden = env.value(overrideName).trimmed();
    auto endpoint = fromUrl(overridden.isEmpty()
                                ? QStringLiteral("https://workspace.%1.myhuaweicloud.com").arg(id)
                                : overridden);
    if (!endpoint)
        return EndpointError{overrideName + QLatin1String(": ") + endpoint.error().message};
    Endpoint result = std::move(endpoint).value();
    result.m_region = id;
    return result;
}

Expected<Endpoint, EndpointError> Endpoint::fromUrl(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        return EndpointError{tr("\"%1\" is not a valid endpoint URL (expected e.g. "
                                "https://workspace.cn-north-4.myhuaweicloud.com).")
                                 .arg(text)};
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return EndpointError{tr("Endpoint \"%1\" must use https://.").arg(text)};
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return EndpointError{
            tr("Refusing plain http:// to %1: credentials and data would cross the network "
               "unencrypted. Use https://, or http:// only to a loopback address.")
                .arg(url.host())};
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return EndpointError{
            tr("Endpoint \"%1\" must not contain user information, a query or a fragment.")
                .arg(url.toDisplayString(QUrl::RemoveUserInfo))};
    }
    Endpoint endpoint;
    QUrl base = url;
    base.setScheme(scheme);
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    base.setPath(path);
    endpoint.m_baseUrl = base;
    return endpoint;
}

QString Endpoint::toDisplayString() const
{
    return m_baseUrl.toDisplayString();
}

QString Endpoint::pathFor(const QString& apiPath) const
{
    return m_baseUrl.path() + apiPath;
}

QUrl Endpoint::urlFor(const QString& apiPath, const QString& encodedQuery) const
{
    QUrl url = m_baseUrl;
    url.setPath(pathFor(apiPath));
    if (!encodedQuery.isEmpty())
        url.setQuery(encodedQuery, QUrl::StrictMode);
    return url;
}

bool Endpoint::isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace wsdash
