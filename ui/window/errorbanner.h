#pragma once

#include "core/api/apierror.h"

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;

namespace wsdash {

// The banner of a failed refresh: code, message and request ID (with a copy button), and
// whether the data below is the last good one, marked stale.
class ErrorBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget* parent = nullptr);
    ~ErrorBanner() override;

    // `lastGood` is when the data still shown was fetched (invalid: no data).
    void showError(const ApiError& error, const QDateTime& lastGood);
    void clear();

    QString text() const;
    const QString& requestId() const { return m_requestId; }

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateColors();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_retry = nullptr;
    QString m_requestId;
};

} // namespace wsdash
