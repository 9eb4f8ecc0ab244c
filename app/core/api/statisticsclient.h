#pragma once

#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/api/statistics.h"
#include "core/api/statisticsparser.h"
#include "core/api/statisticsquery.h"
#include "core/base/clock.h"

#include <QDateTime>
#include <QMetaType>
#include <QObject>

#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace wsdash {

class ApiCall;

// What the dashboard and the exports need to know to fetch statistics once.
struct StatisticsRequest
{
    Endpoint endpoint;
    QString projectId;
    Credentials credentials;
    StatisticsQuery query;
    std::chrono::milliseconds timeout{30000};
    qint64 maxResponseBytes = 64LL * 1024 * 1024;
    RetryPolicy retry;
    // Read the answer with StatisticsParser::parseLenient: the window shows what is valid of a
    // partly invalid answer. Off for --export and --check, which stay strict (exit 2).
    bool acceptPartial = false;
};

// The outcome of one fetch: the statistics, or the error; the request ID either way.
struct StatisticsResult
{
    quint64 serial = 0; // increases with every fetch() of one client
    StatisticsQuery query;
    std::optional<DesktopStatistics> statistics;
    // With StatisticsRequest::acceptPartial: what was invalid in the answer (the invalid counts
    // are marked in `statistics`). Empty for a clean answer.
    QList<ParseError> problems;
    ApiError error; // meaningful when statistics is empty
    QString requestId;
    QDateTime receivedAt; // by the client's clock
    int attempts = 0;

    bool ok() const { return statistics.has_value(); }
};

// Fetches GET /v2/{project_id}/statistics. One request in, one StatisticsResult out through
// finished(). A newer fetch() supersedes an older one: the older is aborted and never delivers.
class StatisticsClient final : public QObject
{
    Q_OBJECT

public:
    explicit StatisticsClient(QObject* parent = nullptr);
    StatisticsClient(QNetworkAccessManager* network, const Clock& clock, QObject* parent = nullptr);
    ~StatisticsClient() override;

    // Returns the serial of the new fetch.
    quint64 fetch(const StatisticsRequest& request);
    void cancel();
    bool isBusy() const { return m_call != nullptr; }

    static QString apiPath(const QString& projectId);

Q_SIGNALS:
    void finished(const wsdash::StatisticsResult& result);

private:
    void deliver(StatisticsResult result);

    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    ApiCall* m_call = nullptr;
    quint64 m_serial = 0;
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::StatisticsResult)
