#pragma once

#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/api/desktopdetail.h"
#include "core/api/desktoplistfilter.h"
#include "core/api/pagecaller.h"
#include "core/api/requestbudget.h"
#include "core/base/clock.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;

namespace wsdash {

class ApiCall;

struct DesktopListRequest
{
    Endpoint endpoint;
    QString projectId;
    Credentials credentials;
    DesktopListFilter filter;
    std::chrono::milliseconds timeout{30000}; // per page, retries included
    int pageSize = 500;                       // the API allows 0..500
    int maxPages = 2000;                      // one million desktops at most
    RetryPolicy retry;
};

// How a listing ended. The desktops themselves arrive page by page through pageReceived().
struct DesktopListResult
{
    quint64 serial = 0;
    qint64 totalCount = 0; // the last total_count the server sent
    qint64 desktopsListed = 0;
    int pagesFetched = 0;
    std::optional<ApiError> error; // why the listing stopped early
    int failedPage = 0;            // 1-based page that failed; 0 when none did
    QStringList problems;          // values of the wrong type that were skipped, by JSON path
    bool ok() const { return !error.has_value(); }
};

// Lists the desktops of GET /v2/{project_id}/desktops/detail page by page (offset/limit, 500 a
// page), on the same ApiCall (signing, retries, error handling) as StatisticsClient. A newer
// list() supersedes an older one, which then never reports again; so does cancel().
//
// With a RequestBudget the first page takes an Interactive token (the user asked for it) and
// the following pages Background tokens, so that a long listing never takes the tokens kept
// for the dashboard's own refresh. A page that finds no token waits for one.
class DesktopListClient final : public QObject
{
    Q_OBJECT

public:
    DesktopListClient(QNetworkAccessManager* network, const Clock& clock,
                      QObject* parent = nullptr);
    ~DesktopListClient() override;

    void setRequestBudget(RequestBudget* budget) { m_caller.setRequestBudget(budget); }

    quint64 list(const DesktopListRequest& request);
    void cancel();
    bool isBusy() const { return m_listing; }
    bool isWaitingForBudget() const { return m_caller.isWaitingForBudget(); }

    static QString apiPath(const QString& projectId);
    // Pages a listing of `total` desktops takes (at least one).
    static int pagesFor(qint64 total, int pageSize);

Q_SIGNALS:
    // Page `page` (1-based) arrived; `totalCount` as the server counts now.
    void pageReceived(int page, const QList<wsdash::DesktopDetail>& desktops, qint64 totalCount);
    void progress(int pagesDone, int pagesTotal, qint64 desktopsListed, qint64 totalCount);
    void finished(const wsdash::DesktopListResult& result);

private:
    void fetchPage();
    void onPage(const ApiResponse& response);
    void finish(std::optional<ApiError> error);

    PageCaller m_caller;
    DesktopListRequest m_request;
    bool m_listing = false;
    DesktopListResult m_result;
    qint64 m_offset = 0;
    quint64 m_serial = 0;
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::DesktopListResult)
