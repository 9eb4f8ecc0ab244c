#pragma once

#include "core/api/apierror.h"
#include "core/profiles/diagnosis.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace wsdash {

// The banner of a failed refresh: code, message and request ID (with a copy button), and
// whether the data below is the last good one, marked stale. When the credentials were refused
// it says why in plain words (the diagnosis of Test connection) and offers what helps: Edit
// connection…, Test connection, and Retry only where trying again can succeed.
class ErrorBanner final : public QFrame
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

    QString text() const;
    const QString& requestId() const { return m_requestId; }

Q_SIGNALS:
    void retryRequested();
    void editConnectionRequested();
    void testConnectionRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColors();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_retry = nullptr;
    QString m_requestId;
};

} // namespace wsdash
