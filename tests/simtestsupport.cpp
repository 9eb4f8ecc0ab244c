#include "simtestsupport.h"

#include "core/api/signer.h"
#include "support/clienttestsupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimeZone>

namespace wsdash::test {

QDateTime wednesdayMorning()
{
    return QDateTime(QDate(2024, 1, 3), QTime(10, 30), QTimeZone::utc());
}

sim::SimulatorConfig smallConfig(int pools, int desktops, std::uint64_t seed)
{
    sim::SimulatorConfig config;
    config.fleet.pools = pools;
    config.fleet.desktops = desktops;
    config.fleet.seed = seed;
    config.fleet.timeZone = QTimeZone::utc();
    return config;
}

QByteArray RawReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

RawReply send(QNetworkAccessManager& network, const sim::Simulator& simulator,
              const RawRequest& request, int timeoutMs)
{
    QUrl url = simulator.url();
    url.setPath(request.path);
    if (!request.query.isEmpty())
        url.setQuery(QString::fromLatin1(request.query), QUrl::StrictMode);
    QNetworkRequest networkRequest(url);
    for (const auto& [name, value] : request.headers)
        networkRequest.setRawHeader(name, value);

    QElapsedTimer timer;
    timer.start();
    QNetworkReply* reply = network.sendCustomRequest(networkRequest, request.method);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    RawReply result;
    result.finished = finished.wait(timeoutMs);
    result.elapsedMs = timer.elapsed();
    if (!result.finished)
        reply->abort();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    const QJsonDocument document = QJsonDocument::fromJson(result.body);
    if (document.isObject())
        result.json = document.object();
    reply->deleteLater();
    return result;
}

RawRequest signedRequest(const sim::Simulator& simulator, const QString& apiPath,
                         const QList<QueryParameter>& query, const QDateTime& date,
                         const QString& accessKey, const QString& secretKey)
{
    RawRequest request;
    request.path = apiPath;
    request.query = canonicalQueryString(query).toLatin1();
    request.headers = {
        {"Host", hostHeaderValue(QStringLiteral("http"), simulator.url().host(), simulator.port())},
        {"X-Sdk-Date", Signer::formatSdkDate(date)},
        {"X-Project-Id", simulator.projectId().toUtf8()},
    };
    SignableRequest signable;
    signable.path = apiPath;
    signable.query = query;
    signable.headers = request.headers;
    const SignedParts parts = Signer::sign(signable, accessKey, secretKey);
    request.headers.append({"Authorization", parts.authorization});
    return request;
}

RawRequest signedRequest(const sim::Simulator& simulator, const QString& apiPath,
                         const QList<QueryParameter>& query, const QDateTime& date)
{
    const Credentials credentials = simulator.clientCredentials();
    return signedRequest(simulator, apiPath, query, date, credentials.accessKey,
                         credentials.secretKey);
}

QString statisticsPath(const sim::Simulator& simulator)
{
    return QLatin1String("/v2/") + simulator.projectId() + QLatin1String("/statistics");
}

QString poolsPath(const sim::Simulator& simulator)
{
    return QLatin1String("/v2/") + simulator.projectId() + QLatin1String("/desktop-pools");
}

bool isRequestId(const QByteArray& value)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9a-f]{32}$"));
    return pattern.match(QString::fromLatin1(value)).hasMatch();
}

sim::MetricCounts expectedTotals(sim::Fleet& fleet, const QDateTime& when, bool dedicated,
                                 bool pooled, const QList<int>& pools)
{
    const sim::FleetCounts& counts = fleet.countsAt(when);
    sim::MetricCounts sum{};
    if (dedicated)
        sim::addCounts(sum, counts.dedicated);
    if (pooled) {
        for (int i = 0; i < static_cast<int>(counts.pools.size()); ++i) {
            if (pools.isEmpty() || pools.contains(i))
                sim::addCounts(sum, counts.pools[static_cast<std::size_t>(i)]);
        }
    }
    return sum;
}

SimulatorFixture::SimulatorFixture(const sim::SimulatorConfig& config, const QDateTime& now)
    : clock(now)
    , simulator(std::make_unique<sim::Simulator>(config, clock))
{
    const auto url = simulator->start();
    if (!url)
        startError = url.error();
}

RawReply SimulatorFixture::send(const RawRequest& request, int timeoutMs)
{
    return test::send(network, *simulator, request, timeoutMs);
}

RawReply SimulatorFixture::get(const QString& path, const QList<QueryParameter>& query)
{
    return send(signedRequest(*simulator, path, query, clock.now()));
}

StatisticsResult SimulatorFixture::fetch(const Credentials& credentials,
                                         const StatisticsQuery& query)
{
    StatisticsClient client(&network, clock);
    StatisticsRequest request;
    request.endpoint = simulator->endpoint();
    request.projectId = simulator->projectId();
    request.credentials = credentials;
    request.query = query;
    request.timeout = std::chrono::milliseconds(5000);
    request.retry = fastRetry();
    return fetchOnce(client, request);
}

} // namespace wsdash::test
