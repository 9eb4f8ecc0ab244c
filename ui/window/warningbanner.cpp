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
    : Banner(QStringLiteral("warningBanner"), tr("Warning"), QStringLiteral("warningText"),
             Look{&Theme::warningBackground, &MetricStyle::warningIcon}, parent)
{
    m_copy = addButton(tr("Copy details"), QStringLiteral("copyProblemsButton"), Qt::AlignTop);
    m_copy->setAccessibleName(tr("Copy the request ID and the problems"));
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(details()); });
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
    setText(html);
    setVisible(true);
}

void WarningBanner::clear()
{
    m_problems.clear();
    m_requestId.clear();
    clearText();
    setVisible(false);
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

} // namespace wsdash
