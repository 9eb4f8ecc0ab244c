#include "core/api/pagecaller.h"

namespace wsdash {

PageCaller::PageCaller(QNetworkAccessManager* network, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
    m_budgetWait.setSingleShot(true);
    connect(&m_budgetWait, &QTimer::timeout, this, &PageCaller::send);
}

PageCaller::~PageCaller()
{
    cancel();
}

ApiError PageCaller::badResponse(const ApiResponse& response, const QString& message)
{
    ApiError error;
    error.kind = ApiError::Kind::BadResponse;
    error.httpStatus = response.httpStatus;
    error.message = message;
    error.requestId = response.requestId;
    error.attempts = response.attempts;
    return error;
}

void PageCaller::call(ApiRequest request, RequestBudget::Priority priority)
{
    cancel();
    m_request = std::move(request);
    m_priority = priority;
    send();
}

void PageCaller::cancel()
{
    m_budgetWait.stop();
    if (ApiCall* call = m_call) {
        m_call = nullptr;
        call->cancel();
        call->disconnect(this);
        call->deleteLater();
    }
}

void PageCaller::release()
{
    if (ApiCall* done = m_call) {
        m_call = nullptr;
        done->disconnect(this);
        done->deleteLater();
    }
}

void PageCaller::send()
{
    if (m_budget && !m_budget->tryAcquire(m_priority)) {
        // Not dropped: the page is asked for when the budget has a token for it.
        m_budgetWait.start(m_budget->retryInterval(m_priority));
        return;
    }
    auto* call = new ApiCall(m_network, m_clock, m_request, this);
    m_call = call;
    connect(call, &ApiCall::succeeded, this, [this](const ApiResponse& response) {
        release();
        Q_EMIT answered(response);
    });
    connect(call, &ApiCall::failed, this, [this](const ApiError& error) {
        release();
        Q_EMIT failed(error);
    });
    call->start();
}

} // namespace wsdash
