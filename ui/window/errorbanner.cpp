#include "ui/window/errorbanner.h"

#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace wsdash {

ErrorBanner::ErrorBanner(QWidget* parent)
    : Banner(QStringLiteral("errorBanner"), tr("Error"), QStringLiteral("errorText"),
             Look{&Theme::errorBackground,
                  [](bool dark) { return MetricStyle::icon(Metric::ErrorNum, dark); }},
             parent)
{
    m_copy = addButton(tr("Copy request ID"), QStringLiteral("copyRequestIdButton"));
    m_copy->setAccessibleName(tr("Copy the request ID"));
    m_edit = addButton(tr("Edit connection…"), QStringLiteral("editConnectionButton"));
    m_test = addButton(tr("Test connection"), QStringLiteral("testConnectionButton"));
    m_retry = addButton(tr("Retry"), QStringLiteral("retryButton"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_requestId); });
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_edit, &QPushButton::clicked, this, &ErrorBanner::editConnectionRequested);
    connect(m_test, &QPushButton::clicked, this, &ErrorBanner::testConnectionRequested);
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showError(const ApiError& error, const QDateTime& lastGood)
{
    m_requestId = error.requestId;
    QString head;
    if (!error.code.isEmpty())
        head = error.code.toHtmlEscaped();
    if (error.httpStatus > 0 && !error.code.startsWith(QLatin1String("HTTP")))
        head += (head.isEmpty() ? QString() : QStringLiteral(" · ")) +
                tr("HTTP %1").arg(error.httpStatus);
    if (head.isEmpty())
        head = error.kindName().toHtmlEscaped();

    QString html =
        tr("<b>The refresh failed</b> — %1: %2").arg(head, oneLine(error.message).toHtmlEscaped());
    if (!error.detail.isEmpty())
        html +=
            QStringLiteral(" (") + oneLine(error.detail, 200).toHtmlEscaped() + QLatin1Char(')');
    if (error.attempts > 1) {
        // A sentence of its own: the message may end in a full stop or in a value.
        html += (html.endsWith(QLatin1Char('.')) ? QStringLiteral(" ") : QStringLiteral(". ")) +
                tr("Tried %n time(s).", nullptr, error.attempts);
    }
    QStringList second;
    if (!m_requestId.isEmpty())
        second.append(tr("Request ID: <code>%1</code>").arg(m_requestId.toHtmlEscaped()));
    if (lastGood.isValid()) {
        second.append(tr("The data below is from %1 and is stale.")
                          .arg(QLocale().toString(lastGood.toLocalTime(),
                                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    } else {
        second.append(tr("No data has been loaded yet."));
    }
    html += QStringLiteral("<br>") + second.join(QStringLiteral(" · "));
    setText(html);
    m_copy->setVisible(!m_requestId.isEmpty());
    m_edit->setVisible(false);
    m_test->setVisible(false);
    m_retry->setVisible(true);
    setVisible(true);
}

bool ErrorBanner::retryCanHelp(Diagnosis::Kind kind)
{
    switch (kind) {
    case Diagnosis::Kind::MissingPermission:
    case Diagnosis::Kind::ServiceNotEnabled:
    case Diagnosis::Kind::ClockSkew:
        return true;
    default:
        return false;
    }
}

void ErrorBanner::showRefusal(const Diagnosis& diagnosis, const QDateTime& lastGood)
{
    m_requestId = diagnosis.requestId;
    QString html = QStringLiteral("<b>") + diagnosis.title.toHtmlEscaped() +
                   QStringLiteral("</b> — ") + diagnosis.explanation.toHtmlEscaped();
    QStringList second;
    if (!diagnosis.suggestion.isEmpty())
        second.append(diagnosis.suggestion.toHtmlEscaped());
    second.append(tr("Nothing more is sent with these credentials until you act, so that the "
                     "gateway does not lock the key."));
    if (lastGood.isValid()) {
        second.append(tr("The data below is from %1 and is stale.")
                          .arg(QLocale().toString(lastGood.toLocalTime(),
                                                  QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    }
    if (!m_requestId.isEmpty() && !diagnosis.explanation.contains(m_requestId))
        second.append(tr("Request ID: <code>%1</code>").arg(m_requestId.toHtmlEscaped()));
    html += QStringLiteral("<br>") + second.join(QStringLiteral(" · "));
    setText(html);
    m_copy->setVisible(!m_requestId.isEmpty());
    m_edit->setVisible(true);
    m_test->setVisible(true);
    m_retry->setVisible(retryCanHelp(diagnosis.kind));
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_requestId.clear();
    clearText();
    setVisible(false);
}

} // namespace wsdash
