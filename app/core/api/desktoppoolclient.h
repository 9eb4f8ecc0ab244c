#pragma once

#include "core/api/apierror.h"
#include "core/api/apirequest.h"
#include "core/api/pagecaller.h"
#include "core/api/requestbudget.h"
#include "core/base/clock.h"
#include "core/base/expected.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

class QNetworkAccessManager;

namespace wsdash {

class ApiCall;

// One entry of GET /v2/{project_id}/desktop-pools (the fields a pool picker needs).
struct DesktopPool
{
    QString id;
    QString name;
    QString type; // DYNAMIC or STATIC
    QString status;
    std::optional<qint64> desktopCount;
    std::optional<qint64> desktopUsed;
};

// One page of the pool list.
struct DesktopPoolPage
{
    qint64 totalCount = 0;
    QList<DesktopPool> pools;
};

struct DesktopPoolListRequest
{
    Endpoint endpoint;
    QString projectId;
    Credentials credentials;
    std::chrono::milliseconds timeout{30000}; // per page
    int pageSize = 1000;                      // the API allows 0..1000
    int maxPages = 100;                       // 100,000 pools at most
};

// Every pool of the project, or why the list is missing.
struct DesktopPoolListResult
{
    QList<DesktopPool> pools;
    std::optional<ApiError> error;
    int pagesFetched = 0;
    bool ok() const { return !error.has_value(); }
};

// Fetches the whole pool list, page by page (offset/limit), for the pool picker. A newer
// fetchAll() supersedes an older one. With a RequestBudget, every page first takes a token;
// a page that finds none waits (a timer) until one is due, and the fetch stays busy meanwhile.
class DesktopPoolClient final : public QObject
{
    Q_OBJECT

public:
    DesktopPoolClient(QNetworkAccessManager* network, const Clock& clock,
                      QObject* parent = nullptr);
    ~DesktopPoolClient() override;

    // `budget` is used, not owned (null: no limit); pages take tokens of `priority`.
    void setRequestBudget(RequestBudget* budget,
                          RequestBudget::Priority priority = RequestBudget::Priority::Interactive);

    void fetchAll(const DesktopPoolListRequest& request);
    void cancel();
    bool isBusy() const { return m_caller.isBusy(); }
    // A page is waiting for a token of the request budget.
    bool isWaitingForBudget() const { return m_caller.isWaitingForBudget(); }

    static QString apiPath(const QString& projectId);
    // Strict reader of one page; the message names the JSON path of a bad value.
    static Expected<DesktopPoolPage, QString> parsePage(const QByteArray& body);

Q_SIGNALS:
    void finished(const wsdash::DesktopPoolListResult& result);

private:
    void fetchPage();
    void onPage(const ApiResponse& response);
    void finish(std::optional<ApiError> error);

    PageCaller m_caller;
    DesktopPoolListRequest m_request;
    RequestBudget::Priority m_priority = RequestBudget::Priority::Interactive;
    QList<DesktopPool> m_pools;
    int m_pages = 0;
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::DesktopPoolListResult)
