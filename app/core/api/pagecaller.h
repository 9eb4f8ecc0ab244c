#pragma once

#include "core/api/apicall.h"
#include "core/api/requestbudget.h"
#include "core/base/clock.h"

#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace wsdash {

// The page-by-page calling both list clients share (DesktopListClient, DesktopPoolClient): one
// ApiCall at a time, each first taking a token from the RequestBudget — waiting for one when
// there is none, never dropping the page — and cleaned up however it ends. What a page means
// and when to ask for the next one stays with the client.
class PageCaller final : public QObject
{
    Q_OBJECT

public:
    PageCaller(QNetworkAccessManager* network, const Clock& clock, QObject* parent = nullptr);
    ~PageCaller() override;

    // `budget` may be null (no rate limiting).
    void setRequestBudget(RequestBudget* budget) { m_budget = budget; }
    // Sends `request` as soon as the budget has a token of `priority`; replaces (cancels) a
    // page still waiting or in flight.
    void call(ApiRequest request, RequestBudget::Priority priority);
    // Nothing more is sent or delivered.
    void cancel();
    bool isBusy() const { return m_call != nullptr || m_budgetWait.isActive(); }
    bool isWaitingForBudget() const { return m_budgetWait.isActive(); }

    // The error for an answer whose body could not be read as a page.
    static ApiError badResponse(const ApiResponse& response, const QString& message);

Q_SIGNALS:
    // The page's answer; the call is over (a slot may ask for the next page or cancel).
    void answered(const wsdash::ApiResponse& response);
    void failed(const wsdash::ApiError& error);

private:
    void send();
    void release();

    QNetworkAccessManager* m_network;
    const Clock& m_clock;
    RequestBudget* m_budget = nullptr;
    QTimer m_budgetWait;
    ApiRequest m_request;
    RequestBudget::Priority m_priority = RequestBudget::Priority::Interactive;
    ApiCall* m_call = nullptr;
};

} // namespace wsdash
