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
    : QFrame(parent)
{
    setObjectName(QStringLiteral("errorBanner"));
    setAccessibleName(tr("Error"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("errorText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy = new QPushButton(tr("Copy request ID"), this);
    m_copy->setObjectName(QStringLiteral("copyRequestIdButton"));
    m_copy->setAccessibleName(tr("Copy the request ID"));
    m_edit = new QPushButton(tr("Edit connection…"), this);
    m_edit->setObjectName(QStringLiteral("editConnectionButton"));
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignVCenter);
    layout->addWidget(m_edit, 0, Qt::AlignVCenter);
    layout->addWidget(m_test, 0, Qt::AlignVCenter);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_requestId); });
    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(m_edit, &QPushButton::clicked, this, &ErrorBanner::editConnectionRequested);
    connect(m_test, &QPushButton::clicked, this, &ErrorBanner::testConnectionRequested);
    updateColors();
    setVisible(false);
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
    m_text->setText(html);
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
    m_text->setText(html);
    m_copy->setVisible(!m_requestId.isEmpty());
    m_edit->setVisible(true);
    m_test->setVisible(true);
    m_retry->setVisible(retryCanHelp(diagnosis.kind));
    setVisible(true);
}

void ErrorBanner::clear()
{
    m_requestId.clear();
    m_text->clear();
    setVisible(false);
}

QString ErrorBanner::text() const
{
    return m_text->text();
}

void ErrorBanner::updateColors()
{
    const bool dark = Theme::isDark(palette());
    QPalette p = palette();
    p.setColor(QPalette::Window, Theme::errorBackground(palette()));
    setPalette(p);
    m_icon->setPixmap(
        MetricStyle::icon(Metric::ErrorNum, dark).pixmap(QSize(20, 20), devicePixelRatioF()));
}

void ErrorBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Setting our own Window colour sends a PaletteChange too: only react to real changes.
        const QColor wanted = Theme::errorBackground(palette());
        if (palette().color(QPalette::Window) != wanted)
            updateColors();
    }
}

} // namespace wsdash
