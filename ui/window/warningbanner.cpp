#include "ui/window/warningbanner.h"

#include "core/api/apierror.h"
#include "ui/style/metricstyle.h"
#include "ui/style/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>

namespace wsdash {

namespace {

// The message without its leading "path: ", which the banner shows apart.
QString withoutPath(const ParseError& problem)
{
    const QString prefix = problem.path + QLatin1String(": ");
    return !problem.path.isEmpty() && problem.message.startsWith(prefix)
               ? problem.message.mid(prefix.size())
               : problem.message;
}

// The pool a problem is in, when the path points into a pool that is shown.
const PoolStatistics* poolOf(const ParseError& problem, const DesktopStatistics* statistics)
{
    static const QRegularExpression pattern(QStringLiteral("^desktop_pool_statistics\\[(\\d+)\\]"));
    if (!statistics || !statistics->pools)
        return nullptr;
    const QRegularExpressionMatch match = pattern.match(problem.path);
    if (!match.hasMatch())
        return nullptr;
    const int index = match.captured(1).toInt();
    for (const PoolStatistics& pool : *statistics->pools) {
        if (pool.answerIndex == index)
            return &pool;
    }
    return nullptr;
}

} // namespace

WarningBanner::WarningBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("warningBanner"));
    setAccessibleName(tr("Warning"));
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(20, 20);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("warningText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copy = new QPushButton(tr("Copy details"), this);
    m_copy->setObjectName(QStringLiteral("copyProblemsButton"));
    m_copy->setAccessibleName(tr("Copy the request ID and the problems"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(details()); });
    updateColors();
    setVisible(false);
}

WarningBanner::~WarningBanner() = default;

void WarningBanner::showProblems(const QList<ParseError>& problems, const QString& requestId,
                                 const DesktopStatistics* statistics)
{
    if (problems.isEmpty()) {
        clear();
        return;
    }
    m_problems = problems;
    m_requestId = requestId;
    QString html = tr("<b>Part of the answer is invalid</b> — the rest is shown. Invalid counts "
                      "show “%1” and are left out of totals, charts, history and alerts.")
                       .arg(MetricStyle::invalid().toHtmlEscaped());
    if (!requestId.isEmpty())
        html += QLatin1Char(' ') + tr("Request ID: <code>%1</code>").arg(requestId.toHtmlEscaped());
    const qsizetype listed = std::min<qsizetype>(problems.size(), kListed);
    for (qsizetype i = 0; i < listed; ++i) {
        const ParseError& problem = problems.at(i);
        html += QStringLiteral("<br>• ");
        if (!problem.path.isEmpty())
            html += QStringLiteral("<code>") + problem.path.toHtmlEscaped() +
                    QStringLiteral("</code>: ");
        html += oneLine(withoutPath(problem), 200).toHtmlEscaped();
        if (const PoolStatistics* pool = poolOf(problem, statistics)) {
            html +=
                QStringLiteral(" (") +
                tr("pool %1").arg(pool->name.isEmpty() ? pool->id : pool->name).toHtmlEscaped() +
                QLatin1Char(')');
        }
    }
    if (problems.size() > listed) {
        html += QStringLiteral("<br>") + tr("…and %n more problem(s); Copy details has them all.",
                                            nullptr, static_cast<int>(problems.size() - listed));
    }
    m_text->setText(html);
    setVisible(true);
}

void WarningBanner::clear()
{
    m_problems.clear();
    m_requestId.clear();
    m_text->clear();
    setVisible(false);
}

QString WarningBanner::text() const
{
    return m_text->text();
}

QString WarningBanner::details() const
{
    QStringList lines;
    if (!m_requestId.isEmpty())
        lines.append(tr("Request ID: %1").arg(m_requestId));
    for (const ParseError& problem : m_problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char('\n'));
}

void WarningBanner::updateColors()
{
    const bool dark = Theme::isDark(palette());
    QPalette p = palette();
    p.setColor(QPalette::Window, Theme::warningBackground(palette()));
    setPalette(p);
    m_icon->setPixmap(MetricStyle::warningIcon(dark).pixmap(QSize(20, 20), devicePixelRatioF()));
}

void WarningBanner::changeEvent(QEvent* event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // Setting our own Window colour sends a PaletteChange too: only react to real changes.
        if (palette().color(QPalette::Window) != Theme::warningBackground(palette()))
            updateColors();
    }
}

} // namespace wsdash
