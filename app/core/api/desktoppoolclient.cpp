#include "core/api/desktoppoolclient.h"

#include "core/api/apicall.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wsdash {

namespace {

// The JSON path of the pool at `index`, for messages: built only when there is one.
QString poolPath(qsizetype index)
{
    return QStringLiteral("desktop_pools[%1]").arg(index);
}

// Into *out; text equal to *same (the pool before's type or status, one of a few values) is
// shared with it rather than held once more by each of up to 100,000 pools.
std::optional<QString> readString(const QJsonObject& object, const char* field, qsizetype index,
                                  QString* out, QString* same = nullptr)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        return DesktopPoolClient::tr("%1.%2: expected a string")
            .arg(poolPath(index), QLatin1String(field));
    }
    *out = value.toString();
    if (same) {
        if (*out == *same)
            *out = *same;
        else
            *same = *out;
    }
    return std::nullopt;
}

std::optional<QString> readCount(const QJsonObject& object, const char* field, qsizetype index,
                                 std::optional<qint64>* out)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != static_cast<double>(value.toInteger(-1))) {
        return DesktopPoolClient::tr("%1.%2: expected a count")
            .arg(poolPath(index), QLatin1String(field));
    }
    *out = value.toInteger();
    return std::nullopt;
}

} // namespace

DesktopPoolClient::DesktopPoolClient(QNetworkAccessManager* network, const Clock& clock,
                                     QObject* parent)
    : QObject(parent)
    , m_caller(network, clock)
{
    connect(&m_caller, &PageCaller::answered, this, &DesktopPoolClient::onPage);
    connect(&m_caller, &PageCaller::failed, this, [this](const ApiError& error) { finish(error); });
}

DesktopPoolClient::~DesktopPoolClient()
{
    cancel();
}

QString DesktopPoolClient::apiPath(const QString& projectId)
{
    return QLatin1String("/v2/") + projectId + QLatin1String("/desktop-pools");
}

Expected<DesktopPoolPage, QString> DesktopPoolClient::parsePage(const QByteArray& body)
{
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !document.isObject())
        return tr("The desktop pool list is not a JSON object.");
    const QJsonObject root = document.object();

    DesktopPoolPage page;
    const QJsonValue total = root.value(QLatin1String("total_count"));
    if (!total.isUndefined() && !total.isNull()) {
        if (!total.isDouble() || total.toInteger(-1) < 0)
            return tr("total_count: expected a count");
        page.totalCount = total.toInteger();
    }
    const QJsonValue list = root.value(QLatin1String("desktop_pools"));
    if (list.isUndefined() || list.isNull())
        return page;
    if (!list.isArray())
        return tr("desktop_pools: expected an array");
    const QJsonArray array = list.toArray();
    page.pools.reserve(array.size());
    QString lastType;
    QString lastStatus;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return tr("%1: expected an object").arg(poolPath(i));
        const QJsonObject object = array.at(i).toObject();
        DesktopPool pool;
        if (auto error = readString(object, "id", i, &pool.id))
            return *error;
        if (auto error = readString(object, "name", i, &pool.name))
            return *error;
        if (auto error = readString(object, "type", i, &pool.type, &lastType))
            return *error;
        if (auto error = readString(object, "status", i, &pool.status, &lastStatus))
            return *error;
        if (pool.id.isEmpty())
            return tr("%1.id: missing").arg(poolPath(i));
        if (auto error = readCount(object, "desktop_count", i, &pool.desktopCount))
            return *error;
        if (auto error = readCount(object, "desktop_used", i, &pool.desktopUsed))
            return *error;
        page.pools.append(std::move(pool));
    }
    if (page.totalCount < page.pools.size())
        page.totalCount = page.pools.size();
    return page;
}

void DesktopPoolClient::setRequestBudget(RequestBudget* budget, RequestBudget::Priority priority)
{
    m_caller.setRequestBudget(budget);
    m_priority = priority;
}

void DesktopPoolClient::fetchAll(const DesktopPoolListRequest& request)
{
    cancel();
    m_request = request;
    m_request.pageSize = std::clamp(m_request.pageSize, 1, 1000);
    m_pools.clear();
    m_pages = 0;
    fetchPage(); // an invalid project ID fails in ApiCall::start, like every other outcome
}

void DesktopPoolClient::cancel()
{
    m_caller.cancel();
}

void DesktopPoolClient::fetchPage()
{
    ApiRequest api;
    api.endpoint = m_request.endpoint;
    api.projectId = m_request.projectId;
    api.credentials = m_request.credentials;
    api.apiPath = apiPath(m_request.projectId);
    api.query = {{QStringLiteral("limit"), QString::number(m_request.pageSize)},
                 {QStringLiteral("offset"), QString::number(m_pools.size())}};
    api.timeout = m_request.timeout;
    m_caller.call(std::move(api), m_priority);
}

void DesktopPoolClient::onPage(const ApiResponse& response)
{
    ++m_pages;
    auto page = parsePage(response.body);
    if (!page) {
        finish(PageCaller::badResponse(response, page.error()));
        return;
    }
    const bool lastPage =
        page->pools.isEmpty() || m_pools.size() + page->pools.size() >= page->totalCount;
    if (m_pages == 1) { // room for the whole list: grown page by page it was copied over and over
        m_pools.reserve(static_cast<qsizetype>(
            std::min(page->totalCount, qint64{m_request.pageSize} * m_request.maxPages)));
    }
    m_pools.append(std::move(page.value().pools));
    if (lastPage || m_pages >= m_request.maxPages)
        finish(std::nullopt);
    else
        fetchPage();
}

void DesktopPoolClient::finish(std::optional<ApiError> error)
{
    DesktopPoolListResult result;
    result.error = std::move(error);
    if (result.ok())
        result.pools = std::move(m_pools);
    result.pagesFetched = m_pages;
    m_pools.clear();
    Q_EMIT finished(result);
}

} // namespace wsdash
