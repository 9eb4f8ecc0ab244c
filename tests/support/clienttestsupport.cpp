#include "support/clienttestsupport.h"

#include <QSignalSpy>

namespace wsdash::test {

QByteArray fullStatisticsBody()
{
    return R"({
  "total_num": 120,
  "attach_statistics": {"attached_num": 100, "unattached_num": 15, "attaching_num": 3},
  "run_state_statistics": {"stop_num": 20, "active_num": 95, "error_num": 4, "hibernated_num": 1},
  "login_state_statistics": {"in_use_num": 60, "unregistered_num": 2, "ready_num": 30,
                             "disconnected_num": 5},
  "desktop_pool_statistics": [
    {"desktop_pool_id": "pool-a", "desktop_pool_name": "Finance", "total_num": 50,
     "run_state_statistics": {"stop_num": 5, "active_num": 45, "error_num": 0, "hibernated_num": 0}}
  ]
})";
}

RetryPolicy fastRetry()
{
    RetryPolicy retry;
    retry.baseDelay = std::chrono::milliseconds(10);
    retry.maxDelay = std::chrono::milliseconds(40);
    retry.random = [] { return 0.5; };
    return retry;
}

Credentials testAkSk()
{
    return Credentials::permanent(QString::fromLatin1(kTestAk), QString::fromLatin1(kTestSk));
}

StatisticsRequest statisticsRequestFor(const TestHttpServer& server, const Credentials& credentials)
{
    StatisticsRequest request;
    request.endpoint = Endpoint::fromUrl(server.baseUrl()).value();
    request.projectId = kTestProject;
    request.credentials = credentials;
    request.timeout = std::chrono::milliseconds(5000);
    request.retry = fastRetry();
    return request;
}

ApiRequest apiRequestFor(const TestHttpServer& server, const QList<QueryParameter>& query)
{
    ApiRequest request;
    request.endpoint = Endpoint::fromUrl(server.baseUrl()).value();
    request.projectId = kTestProject;
    request.credentials = testAkSk();
    request.apiPath = StatisticsClient::apiPath(kTestProject);
    request.query = query;
    request.retry = fastRetry();
    request.timeout = std::chrono::milliseconds(5000);
    return request;
}

StatisticsQuery fullQuery(const QStringList& poolIds)
{
    return StatisticsQuery::fromStrings({QStringLiteral("POOLED,DEDICATED")},
                                        {QStringLiteral("run-state,login-state,attach-state")},
                                        poolIds)
        .value();
}

StatisticsResult fetchOnce(StatisticsClient& client, const StatisticsRequest& request, int waitMs)
{
    QSignalSpy spy(&client, &StatisticsClient::finished);
    client.fetch(request);
    if (!spy.wait(waitMs) || spy.count() != 1) {
        StatisticsResult none;
        none.error.message = QStringLiteral("test: no single finished() within %1 ms").arg(waitMs);
        return none;
    }
    return spy.takeFirst().constFirst().value<StatisticsResult>();
}

} // namespace wsdash::test
