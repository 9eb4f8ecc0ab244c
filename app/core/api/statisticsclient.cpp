#include "core/api/statisticsclient.h"

#include "core/api/apicall.h"
#include "core/api/statisticsparser.h"

#include <QNetworkAccessManager>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace wsdash {

StatisticsClient::StatisticsClient(QObject* parent)
    : StatisticsClient(new QNetworkAccessManager(parent), SystemClock::instance(), parent)
{
    m_network->setParent(this);
}

StatisticsClient::StatisticsClient(QNetworkAccessManager* network, const Clock& clock,
                                   QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

StatisticsClient::~StatisticsClient()
{
    cancel();
}

QString StatisticsClient::apiPath(const QString& projectId)
{
    return QLatin1String("/v2/") + projectId + QLatin1String("/statistics");
}

quint64 StatisticsClient::fetch(const StatisticsRequest& request)
{
    cancel();
    const quint64 serial = ++m_serial;

    ApiRequest api;
    api.endpoint = request.endpoint;
    api.projectId = request.projectId;
    api.credentials = request.credentials;
    api.apiPath = apiPath(request.projectId);
    api.query = request.query.parameters();
    api.timeout = request.timeout;
    api.maxResponseBytes = request.maxResponseBytes;
    api.retry = request.retry;

    auto* call = new ApiCall(m_network, m_clock, std::move(api), this);
    m_call = call;
    {
        const std::lock_guard<std::mutex> lock(m_spareBody->mutex);
        call->setBodyBuffer(std::exchange(m_spareBody->buffer, QByteArray()));
    }
    Reading reading;
    reading.serial = serial;
    reading.query = request.query;
    reading.acceptPartial = request.acceptPartial;
    reading.digestPools = request.digestPools;
    reading.shownPools = request.shownPools;

    connect(call, &ApiCall::succeeded, this,
            [this, reading](const ApiResponse& response) { parseInBackground(reading, response); });
    connect(call, &ApiCall::failed, this,
            [this, serial, query = request.query](const ApiError& error) {
                StatisticsResult result;
                result.serial = serial;
                result.query = query;
                result.error = error;
                result.requestId = error.requestId;
                result.attempts = error.attempts;
                deliver(std::move(result));
            });

    call->start(); // an invalid project ID fails there, like every other outcome
    return serial;
}

void StatisticsClient::cancel()
{
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->cancel();
        call->disconnect(this);
        call->deleteLater();
    }
    if (QFutureWatcher<StatisticsResult>* watcher = m_parsing) {
        // The worker finishes its parse (it cannot be interrupted) into nothing: its result is
        // never delivered. A parse still queued does not start.
        m_parsing = nullptr;
        watcher->disconnect(this);
        watcher->future().cancel();
        watcher->deleteLater();
    }
}

void StatisticsClient::parseInBackground(const Reading& reading, ApiResponse response)
{
    if (ApiCall* call = m_call) { // done: it reports nothing more
        m_call = nullptr;
        call->disconnect(this);
        call->deleteLater();
    }
    // Only values cross to the worker (the body is shared, not copied); the result comes back
    // through the watcher, which lives on this thread.
    auto promise = std::make_shared<QPromise<StatisticsResult>>();
    auto* watcher = new QFutureWatcher<StatisticsResult>(this);
    m_parsing = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (m_parsing != watcher)
            return;
        m_parsing = nullptr;
        watcher->deleteLater();
        QFuture<StatisticsResult> future = watcher->future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        deliver(future.takeResult());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, reading, response = std::move(response), spare = m_spareBody]() mutable {
            if (!promise->isCanceled())
                promise->addResult(resultOf(reading, response));
            promise->finish();
            // The body's room, for the next answer: read into it, a refresh neither faults in nor
            // gives back its pages (44 MB for 100,000 pools; issue 18).
            QByteArray body = std::move(response.body);
            if (body.isDetached()) {
                body.truncate(0);
                const std::lock_guard<std::mutex> lock(spare->mutex);
                spare->buffer = std::move(body);
            }
        });
}

// The result of a successful transfer: the parsed statistics, or the parse error. Pure (runs
// on a worker thread): it touches no QObject.
StatisticsResult StatisticsClient::resultOf(const Reading& reading, const ApiResponse& response)
{
    StatisticsResult result;
    result.serial = reading.serial;
    result.query = reading.query;
    result.requestId = response.requestId;
    result.attempts = response.attempts;
    const auto fail = [&](const ParseError& error) {
        result.error.kind = ApiError::Kind::BadResponse;
        result.error.httpStatus = response.httpStatus;
        result.error.message = error.message;
        result.error.requestId = response.requestId;
        result.error.attempts = response.attempts;
    };
    std::optional<DesktopStatistics> statistics;
    if (reading.acceptPartial) {
        auto parsed = StatisticsParser::parseLenient(response.body, reading.shownPools);
        if (parsed) {
            statistics = std::move(parsed.value().statistics);
            result.problems = std::move(parsed.value().problems);
        } else {
            fail(parsed.error());
        }
    } else {
        auto parsed = StatisticsParser::parse(response.body);
        if (parsed)
            statistics = std::move(parsed).value();
        else
            fail(parsed.error());
    }
    if (statistics) {
        StatisticsParser::applyPoolFilter(reading.query, &*statistics);
        if (reading.digestPools && statistics->pools)
            result.poolDigest = std::make_shared<const PoolDigest>(digestPools(*statistics->pools));
        result.statistics = std::move(statistics);
    }
    return result;
}

void StatisticsClient::deliver(StatisticsResult result)
{
    result.receivedAt = m_clock.now();
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->deleteLater();
    }
    Q_EMIT finished(result);
}

} // namespace wsdash
