#pragma once

#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/api/poolranking.h"
#include "core/api/statistics.h"
#include "core/api/statisticsparser.h"
#include "core/api/statisticsquery.h"
#include "core/base/clock.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>

#include <memory>
#include <mutex>
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
    // With acceptPartial: the pools shown now, whose ID and name text an unchanged pool of the
    // new answer shares (StatisticsScanner::scan; issue 18).
    QList<PoolStatistics> shownPools;
    // Take the pool list's PoolDigest with the answer, off the UI thread (the window's chart).
    bool digestPools = false;
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
    // With StatisticsRequest::digestPools and pools in the answer: their digest (shared).
    std::shared_ptr<const PoolDigest> poolDigest;

    bool ok() const { return statistics.has_value(); }
};

// Fetches GET /v2/{project_id}/statistics. One request in, one StatisticsResult out through
// finished(). A newer fetch() supersedes an older one: the older is aborted and never delivers.
// The answer is parsed on a worker thread of the global QThreadPool (a 10,000-pool answer takes
// tens of milliseconds), so the thread of the client only receives the parsed result; a result
// whose fetch was superseded or cancelled while it was being parsed is dropped.
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
    // A request is on the wire or its answer is being parsed.
    bool isBusy() const { return m_call != nullptr || m_parsing != nullptr; }

    static QString apiPath(const QString& projectId);

Q_SIGNALS:
    void finished(const wsdash::StatisticsResult& result);

private:
    // How one answer is to be read: what a fetch() asked for besides the transfer.
    struct Reading
    {
        quint64 serial = 0;
        StatisticsQuery query;
        bool acceptPartial = false;
        bool digestPools = false;
        QList<PoolStatistics> shownPools; // shared, not copied
    };

    void parseInBackground(const Reading& reading, ApiResponse response);
    static StatisticsResult resultOf(const Reading& reading, const ApiResponse& response);
    void deliver(StatisticsResult result);

    // The buffer of the last answer, handed back by the worker that parsed it, for the next
    // answer to be read into (ApiCall::setBodyBuffer).
    struct SpareBody
    {
        std::mutex mutex;
        QByteArray buffer;
    };

    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    std::shared_ptr<SpareBody> m_spareBody = std::make_shared<SpareBody>();
    ApiCall* m_call = nullptr;
    QFutureWatcher<StatisticsResult>* m_parsing = nullptr; // the answer being parsed
    quint64 m_serial = 0;
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::StatisticsResult)
