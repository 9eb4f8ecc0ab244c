#include "cli/checkcommand.h"

#include "cli/historycommand.h"
#include "cli/refusalguard.h"
#include "core/api/statisticsclient.h"

#include <QCoreApplication>
#include <QSet>
#include <QTimer>

#include <cmath>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

const char* statusName(int status)
{
    switch (status) {
    case CheckOk:
        return "OK";
    case CheckWarning:
        return "WARNING";
    case CheckCritical:
        return "CRITICAL";
    default:
        return "UNKNOWN";
    }
}

// Up to two decimals, no trailing zeros, always a '.' (perfdata is not localized).
QString number(double value)
{
    QString text = QString::number(value, 'f', 2);
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

// Text that must not break the line: no '|' (starts performance data), no line breaks.
QString plain(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('|') || c.category() == QChar::Other_Control)
            c = QLatin1Char('_');
    }
    return text;
}

// A performance data label: quoted, without quotes or '=' inside.
QString label(const QString& text)
{
    QString clean = plain(text);
    clean.replace(QLatin1Char('\''), QLatin1Char('_'));
    clean.replace(QLatin1Char('='), QLatin1Char('_'));
    return clean.contains(QLatin1Char(' ')) || clean.contains(QLatin1String("::"))
               ? QLatin1Char('\'') + clean + QLatin1Char('\'')
               : clean;
}

struct Measured
{
    std::optional<double> value; // count, or share in percent
    std::optional<std::int64_t> total;
    std::optional<std::int64_t> count;
};

Measured measure(const CheckOptions& check, const StateCounts& counts)
{
    Measured m;
    m.total = counts.value(Metric::TotalNum);
    m.count = counts.value(check.metric);
    if (!m.count)
        return m;
    if (!check.share) {
        m.value = static_cast<double>(*m.count);
    } else if (m.total && *m.total > 0) {
        m.value = 100.0 * static_cast<double>(*m.count) / static_cast<double>(*m.total);
    }
    return m;
}

int statusOf(const CheckOptions& check, double value)
{
    if (check.critical && check.critical->alerts(value))
        return CheckCritical;
    if (check.warning && check.warning->alerts(value))
        return CheckWarning;
    return CheckOk;
}

double excessOf(const CheckOptions& check, double value, int status)
{
    const auto& range = status == CheckCritical ? check.critical : check.warning;
    return range ? range->excess(value) : 0;
}

// label=value[UOM];warn;crit;min;max
QString perfdata(const CheckOptions& check, const QString& name, const Measured& m)
{
    const QString field = QLatin1String(metricInfo(check.metric).field);
    const QString base = check.share ? field + QStringLiteral("_pct") : field;
    QString text = label(name.isEmpty() ? base : name + QStringLiteral("::") + base) +
                   QLatin1Char('=') + number(*m.value) +
                   (check.share ? QStringLiteral("%") : QString()) + QLatin1Char(';') +
                   (check.warning ? check.warning->text() : QString()) + QLatin1Char(';') +
                   (check.critical ? check.critical->text() : QString()) + QStringLiteral(";0;");
    if (check.share)
        text += QStringLiteral("100");
    else if (m.total)
        text += QString::number(*m.total);
    return text;
}

QString shown(const CheckOptions& check, const Measured& m)
{
    if (!check.share)
        return number(*m.value);
    return number(*m.value) + QStringLiteral("% (") + QString::number(*m.count) +
           QStringLiteral(" of ") + QString::number(*m.total) + QLatin1Char(')');
}

CheckOutcome line(int status, const QString& text, const QString& perf = QString())
{
    QString result = QStringLiteral("WSDASH ") + QLatin1String(statusName(status)) +
                     QStringLiteral(" - ") + plain(text);
    if (!perf.isEmpty())
        result += QStringLiteral(" | ") + perf;
    return {status, result};
}

CheckOutcome evaluateTotal(const CheckOptions& check, const StateCounts& totals)
{
    const Measured m = measure(check, totals);
    if (!m.count)
        return checkUnknown(wsdash::tr("%1 was not reported by the API.").arg(check.subject));
    if (!m.value)
        return checkUnknown(
            wsdash::tr("%1 is undefined: total_num is 0 or not reported.").arg(check.subject));
    const int status = statusOf(check, *m.value);
    return line(status, check.subject + QLatin1Char('=') + shown(check, m),
                perfdata(check, QString(), m));
}

CheckOutcome evaluatePools(const CheckOptions& check, const DesktopStatistics& statistics)
{
    if (!statistics.pools)
        return checkUnknown(wsdash::tr("the API sent no per-pool statistics."));
    if (statistics.pools->isEmpty())
        return checkUnknown(wsdash::tr("no desktop pools were reported."));

    // Pool names label the results; a missing or repeated name falls back to the pool ID.
    QSet<QString> names;
    QSet<QString> repeated;
    for (const PoolStatistics& pool : *statistics.pools) {
        if (names.contains(pool.name))
            repeated.insert(pool.name);
        names.insert(pool.name);
    }

    int worst = CheckOk;
    int counted[3] = {0, 0, 0};
    int skipped = 0;
    QString worstText;
    double worstExcess = -1;
    QStringList perf;
    for (const PoolStatistics& pool : *statistics.pools) {
        const QString name =
            pool.name.isEmpty() || repeated.contains(pool.name) ? pool.id : pool.name;
        const Measured m = measure(check, pool.counts);
        if (!m.value) {
            ++skipped;
            continue;
        }
        const int status = statusOf(check, *m.value);
        ++counted[status];
        perf << perfdata(check, name, m);
        const double excess = excessOf(check, *m.value, status);
        if (status > worst || (status == worst && status != CheckOk && excess > worstExcess)) {
            worst = status;
            worstExcess = excess;
            worstText = name + QLatin1Char('=') + shown(check, m);
        }
    }
    const int evaluated = counted[0] + counted[1] + counted[2];
    if (evaluated == 0) {
        return checkUnknown(
            check.share ? wsdash::tr("%1 is undefined for every pool (no desktops, or "
                                     "the count was not reported).")
                              .arg(check.subject)
                        : wsdash::tr("%1 was not reported for any pool.").arg(check.subject));
    }
    QString text = check.subject + QStringLiteral(": ");
    if (worst == CheckOk) {
        text += wsdash::tr("%1 pools OK").arg(evaluated);
    } else {
        QStringList parts;
        if (counted[CheckCritical] > 0)
            parts << QStringLiteral("%1 CRITICAL").arg(counted[CheckCritical]);
        if (counted[CheckWarning] > 0)
            parts << QStringLiteral("%1 WARNING").arg(counted[CheckWarning]);
        text += wsdash::tr("%1 of %2 pools").arg(parts.join(QStringLiteral(", "))).arg(evaluated) +
                wsdash::tr("; worst %1").arg(worstText);
    }
    if (skipped > 0)
        text += wsdash::tr("; %1 pools without a value skipped").arg(skipped);
    return line(worst, text, perf.join(QLatin1Char(' ')));
}

} // namespace

CheckOutcome checkUnknown(const QString& reason)
{
    return line(CheckUnknown, reason);
}

CheckOutcome evaluateCheck(const CheckOptions& check, const DesktopStatistics& statistics)
{
    return check.eachPool ? evaluatePools(check, statistics)
                          : evaluateTotal(check, statistics.totals);
}

int reportCheckUsageError(const QString& message, QTextStream& out)
{
    out << checkUnknown(wsdash::tr("usage: %1 (see wsdash --help)").arg(message)).line << '\n';
    return CheckUnknown;
}

CheckCommand::CheckCommand(CliOptions options, QTextStream& out, QTextStream& err, QObject* parent)
    : ModeJob(parent)
    , m_options(std::move(options))
    , m_out(out)
    , m_err(err)
    , m_client(new StatisticsClient(this))
{}

CheckCommand::~CheckCommand() = default;

void CheckCommand::start()
{
    StatisticsRequest request;
    request.endpoint = m_options.endpoint;
    request.projectId = m_options.projectId;
    request.credentials = m_options.credentials;
    request.query = m_options.query;
    request.timeout = m_options.timeout;
    const RefusalGuard guard(m_options);
    if (const auto refused = guard.refusedBefore()) {
        const CheckOutcome outcome = checkUnknown(*refused);
        m_out << outcome.line << '\n';
        m_out.flush();
        QTimer::singleShot(0, this, [this, status = outcome.status] { Q_EMIT finished(status); });
        return;
    }
    connect(m_client, &StatisticsClient::finished, this, [this](const StatisticsResult& result) {
        RefusalGuard(m_options).record(result);
        CheckOutcome outcome;
        std::optional<QString> notRecorded;
        if (!result.ok()) {
            outcome = checkUnknown(wsdash::tr("request failed: %1").arg(result.error.toOneLine()));
        } else {
            // A sample that could not be recorded is said on stderr and in the plug-in's long
            // output; the check keeps its own status.
            notRecorded = recordFetch(m_options, result, m_err);
            outcome = evaluateCheck(m_options.history.check, *result.statistics);
        }
        m_out << outcome.line << '\n';
        if (notRecorded)
            m_out << "wsdash: history: " << *notRecorded << '\n';
        m_out.flush();
        m_err.flush();
        Q_EMIT finished(outcome.status);
    });
    m_client->fetch(request);
}

} // namespace wsdash
