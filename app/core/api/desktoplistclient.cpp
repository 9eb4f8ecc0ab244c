#include "core/api/desktoplistclient.h"

#include "core/api/apicall.h"

#include <algorithm>

namespace wsdash {

DesktopListClient::DesktopListClient(QNetworkAccessManager* network, const Clock& clock,
                                     QObject* parent)
    : QObject(parent)
    , m_caller(network, clock)
{
    connect(&m_caller, &PageCaller::answered, this, &DesktopListClient::onPage);
    connect(&m_caller, &PageCaller::failed, this, [this](const ApiError& error) { finish(error); });
}

DesktopListClient::~DesktopListClient()
{
    cancel();
}

QString DesktopListClient::apiPath(const QString& projectId)
{
    return QLatin1String("/v2/") + projectId + QLatin1String("/desktops/detail");
}

int DesktopListClient::pagesFor(qint64 total, int pageSize)
{
    if (total <= 0 || pageSize <= 0)
        return 1;
    return static_cast<int>((total + pageSize - 1) / pageSize);
}

quint64 DesktopListClient::list(const DesktopListRequest& request)
{
    cancel();
    m_request = request;
    m_request.pageSize = std::clamp(m_request.pageSize, 1, 500);
    m_result = DesktopListResult();
    m_result.serial = ++m_serial;
    m_offset = 0;
    fetchPage(); // an invalid project ID fails in ApiCall::start, like every other outcome
    return m_serial;
}

void DesktopListClient::cancel()
{
    m_caller.cancel();
    m_listing = false;
}

void DesktopListClient::fetchPage()
{
    ApiRequest api;
    api.endpoint = m_request.endpoint;
    api.projectId = m_request.projectId;
    api.credentials = m_request.credentials;
    api.apiPath = apiPath(m_request.projectId);
    api.query = m_request.filter.parameters(m_offset, m_request.pageSize);
    api.timeout = m_request.timeout;
    api.retry = m_request.retry;
    m_listing = true;
    m_caller.call(std::move(api), m_result.pagesFetched == 0 ? RequestBudget::Priority::Interactive
                                                             : RequestBudget::Priority::Background);
}

void DesktopListClient::onPage(const ApiResponse& response)
{
    QString error;
    auto page = DesktopListParser::parse(response.body, &error);
    if (!page) {
        finish(PageCaller::badResponse(response, error));
        return;
    }
    const quint64 serial = m_serial;
    const int pageNumber = ++m_result.pagesFetched;
    m_offset += page->entries;
    m_result.totalCount = page->totalCount;
    m_result.desktopsListed += page->desktops.size();
    m_result.problems += page->problems;
    const bool lastPage = page->entries == 0 || m_offset >= page->totalCount ||
                          m_result.pagesFetched >= m_request.maxPages;
    Q_EMIT pageReceived(pageNumber, page->desktops, page->totalCount);
    if (serial != m_serial || !m_listing)
        return; // a slot superseded or cancelled this listing
    Q_EMIT progress(pageNumber,
                    std::max(pageNumber, pagesFor(page->totalCount, m_request.pageSize)),
                    m_result.desktopsListed, page->totalCount);
    if (serial != m_serial || !m_listing)
        return;
    if (lastPage)
        finish(std::nullopt);
    else
        fetchPage();
}

void DesktopListClient::finish(std::optional<ApiError> error)
{
    m_listing = false;
    DesktopListResult result = std::move(m_result);
    m_result = DesktopListResult();
    if (error) {
        result.error = std::move(error);
        result.failedPage = result.pagesFetched + 1;
    }
    Q_EMIT finished(result);
}

} // namespace wsdash
