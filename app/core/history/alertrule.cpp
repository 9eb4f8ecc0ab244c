#include "core/history/alertrule.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wsdash {

namespace {

const char* comparisonText(AlertRule::Comparison comparison)
{
    switch (comparison) {
    case AlertRule::Comparison::Greater:
        return ">";
    case AlertRule::Comparison::GreaterOrEqual:
        return ">=";
    case AlertRule::Comparison::Less:
        return "<";
    case AlertRule::Comparison::LessOrEqual:
        return "<=";
    }
    return ">";
}

std::optional<AlertRule::Comparison> comparisonFrom(const QString& text)
{
    if (text == QLatin1String(">"))
        return AlertRule::Comparison::Greater;
    if (text == QLatin1String(">=") || text == QStringLiteral("\u2265"))
        return AlertRule::Comparison::GreaterOrEqual;
    if (text == QLatin1String("<"))
        return AlertRule::Comparison::Less;
    if (text == QLatin1String("<=") || text == QStringLiteral("\u2264"))
        return AlertRule::Comparison::LessOrEqual;
    return std::nullopt;
}

std::optional<double> parseNumber(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<std::chrono::seconds> parseDuration(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,6})([smh])$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 amount = match.captured(1).toLongLong();
    const QChar unit = match.captured(2).at(0);
    const qint64 factor = unit == QLatin1Char('h') ? 3600 : unit == QLatin1Char('m') ? 60 : 1;
    return std::chrono::seconds(amount * factor);
}

} // namespace

QString formatRuleNumber(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 9e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 12);
}

QString formatRuleDuration(std::chrono::seconds duration)
{
    const qint64 s = duration.count();
    if (s != 0 && s % 3600 == 0)
        return QString::number(s / 3600) + QLatin1Char('h');
    if (s != 0 && s % 60 == 0)
        return QString::number(s / 60) + QLatin1Char('m');
    return QString::number(s) + QLatin1Char('s');
}

Expected<AlertRule, AlertRuleError> AlertRule::parse(const QString& text)
{
    return parse(text, {});
}

Expected<AlertRule, AlertRuleError> AlertRule::parse(const QString& given,
                                                     const QList<CountName>& names)
{
    // A count written by name becomes its field name: "each-pool Faulty > 0".
    QString text = given.trimmed();
    QString scopeWord;
    for (const QLatin1String word : {QLatin1String("total"), QLatin1String("each-pool")}) {
        if (text.startsWith(word + QLatin1Char(' '), Qt::CaseInsensitive)) {
            scopeWord = word + QLatin1Char(' ');
            text = text.mid(word.size()).trimmed();
        }
    }
    QList<CountName> longestFirst = names;
    std::stable_sort(
        longestFirst.begin(), longestFirst.end(),
        [](const CountName& a, const CountName& b) { return a.name.size() > b.name.size(); });
    for (const CountName& name : std::as_const(longestFirst)) {
        const qsizetype length = name.name.size();
        if (length == 0 || !text.startsWith(name.name, Qt::CaseInsensitive))
            continue;
        const QChar next = length < text.size() ? text.at(length) : QChar();
        if (next.isLetterOrNumber() || next == QLatin1Char('_'))
            continue;
        text = QLatin1String(metricInfo(name.metric).field) + text.mid(length);
        break;
    }
    // API field names in any case.
    static const QRegularExpression field(QStringLiteral("^([A-Za-z_]+)"));
    const auto fieldMatch = field.match(text);
    if (fieldMatch.hasMatch())
        text.replace(0, fieldMatch.capturedLength(), fieldMatch.captured(1).toLower());
    text = scopeWord + text;

    QStringList known;
    for (const CountName& name : names) {
        known.append(
            QStringLiteral("%1 (%2)").arg(name.name, QLatin1String(metricInfo(name.metric).field)));
    }
    if (known.isEmpty()) {
        for (const MetricInfo& info : allMetrics())
            known.append(QLatin1String(info.field));
    }
    const QString knownList = known.join(QStringLiteral(", "));

    static const QRegularExpression head(QStringLiteral(
        "^\\s*(?:(total|each-pool)\\s+)?([a-z_]+)(%?)\\s*(>=|<=|>|<|\u2265|\u2264)\\s*(.*)$"));
    const auto match = head.match(text);
    if (!match.hasMatch()) {
        return AlertRuleError{tr("\"%1\" is not a rule: write e.g. \"error_num > 0\" or "
                                 "\"each-pool attach_error_num >= warning 5 critical 10 for 5m\".")
                                  .arg(given.trimmed())};
    }
    AlertRule rule;
    rule.scope = match.captured(1) == QLatin1String("each-pool") ? Scope::EachPool : Scope::Total;
    const auto metric = metricFromField(match.captured(2));
    if (!metric) {
        return AlertRuleError{tr("Unknown count \"%1\" in \"%2\". The counts are: %3.")
                                  .arg(match.captured(2), given.trimmed(), knownList)};
    }
    rule.metric = *metric;
    rule.share = !match.captured(3).isEmpty();
    rule.comparison = *comparisonFrom(match.captured(4));

    const QStringList words =
        match.captured(5).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    int i = 0;
    auto bad = [&text](const QString& why) {
        return AlertRuleError{tr("In \"%1\": %2").arg(text.trimmed(), why)};
    };
    if (i < words.size()) {
        if (const auto bare = parseNumber(words.at(i))) {
            rule.critical = bare;
            ++i;
        }
    }
    while (i < words.size() && words.at(i) != QLatin1String("for")) {
        const QString& word = words.at(i);
        std::optional<double>* level = word == QLatin1String("warning")    ? &rule.warning
                                       : word == QLatin1String("critical") ? &rule.critical
                                                                           : nullptr;
        if (!level)
            return bad(tr("expected \"warning N\", \"critical N\" or \"for DURATION\", not \"%1\".")
                           .arg(word));
        if (level->has_value())
            return bad(tr("\"%1\" is given twice.").arg(word));
        if (i + 1 >= words.size())
            return bad(tr("\"%1\" needs a number.").arg(word));
        *level = parseNumber(words.at(i + 1));
        if (!level->has_value())
            return bad(tr("\"%1\" is not a number.").arg(words.at(i + 1)));
        i += 2;
    }
    if (i < words.size()) { // "for"
        if (i + 2 != words.size())
            return bad(tr("\"for\" needs one duration such as 90s, 5m or 1h, and ends the rule."));
        const auto sustain = parseDuration(words.at(i + 1));
        if (!sustain)
            return bad(tr("\"%1\" is not a duration such as 90s, 5m or 1h.").arg(words.at(i + 1)));
        rule.sustain = *sustain;
    }
    if (auto error = rule.validate())
        return bad(error->message);
    return rule;
}

std::optional<AlertRuleError> AlertRule::validate() const
{
    if (!warning && !critical)
        return AlertRuleError{tr("give a warning level, a critical level or both.")};
    if (share && metric == Metric::TotalNum)
        return AlertRuleError{tr("the share of total_num is always 100 %.")};
    if (warning && critical) {
        const bool upward =
            comparison == Comparison::Greater || comparison == Comparison::GreaterOrEqual;
        if (upward ? *critical < *warning : *critical > *warning) {
            return AlertRuleError{
                upward ? tr("the critical level must not be below the warning level.")
                       : tr("the critical level must not be above the warning level.")};
        }
    }
    if (sustain.count() < 0 || sustain > std::chrono::hours(24))
        return AlertRuleError{tr("\"for\" must be at most 24h.")};
    return std::nullopt;
}

QString AlertRule::subject() const
{
    return QLatin1String(metricInfo(metric).field) + (share ? QStringLiteral("%") : QString());
}

QString AlertRule::toText() const
{
    QString text;
    if (scope == Scope::EachPool)
        text += QStringLiteral("each-pool ");
    text += subject() + QLatin1Char(' ') + QLatin1String(comparisonText(comparison));
    if (warning)
        text += QStringLiteral(" warning ") + formatRuleNumber(*warning);
    if (critical)
        text += QStringLiteral(" critical ") + formatRuleNumber(*critical);
    if (sustain.count() > 0)
        text += QStringLiteral(" for ") + formatRuleDuration(sustain);
    return text;
}

std::optional<double> AlertRule::valueOf(const StateCounts& counts) const
{
    const Count count = counts.value(metric);
    if (!count)
        return std::nullopt;
    if (!share)
        return static_cast<double>(*count);
    const auto part = counts.share(metric);
    if (!part)
        return std::nullopt;
    return *part * 100.0;
}

bool AlertRule::breaches(double value, double limit) const
{
    switch (comparison) {
    case Comparison::Greater:
        return value > limit;
    case Comparison::GreaterOrEqual:
        return value >= limit;
    case Comparison::Less:
        return value < limit;
    case Comparison::LessOrEqual:
        return value <= limit;
    }
    return false;
}

std::optional<double> AlertRule::threshold(AlertLevel level) const
{
    switch (level) {
    case AlertLevel::Ok:
        return std::nullopt;
    case AlertLevel::Warning:
        return warning;
    case AlertLevel::Critical:
        return critical;
    }
    return std::nullopt;
}

} // namespace wsdash
