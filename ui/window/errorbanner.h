#pragma once

#include "core/api/apierror.h"
#include "core/profiles/diagnosis.h"
#include "ui/window/banner.h"

#include <QDateTime>

class QPushButton;

namespace wsdash {

// The banner of a failed refresh: code, message and request ID (with a copy button), and
// whether the data below is the last good one, marked stale. When the credentials were refused
// it says why in plain words (the diagnosis of Test connection) and offers what helps: Edit
// connection…, Test connection, and Retry only where trying again can succeed.
class ErrorBanner final : public Banner
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    ~ErrorBanner() override;

    // `lastGood` is when the data still shown was fetched (invalid: no data).
    void showError(const ApiError& error, const QDateTime& lastGood);
    // The credentials were refused; nothing is sent until the user acts.
    void showRefusal(const Diagnosis& diagnosis, const QDateTime& lastGood);
    void clear();

    // Whether Retry can succeed after this diagnosis without changing the connection (a
    // permission granted meanwhile, a clock set right, a service enabled).
    static bool retryCanHelp(Diagnosis::Kind kind);

    const QString& requestId() const { return m_requestId; }

Q_SIGNALS:
    void retryRequested();
    void editConnectionRequested();
    void testConnectionRequested();

private:
    QPushButton* m_copy = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_retry = nullptr;
    QString m_requestId;
};

} // namespace wsdash
