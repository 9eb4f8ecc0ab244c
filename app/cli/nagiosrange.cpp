#include "cli/nagiosrange.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace wsdash {

namespace {

std::optional<double> number(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const double value = text.toDouble();
    return std::isfinite(value) ? std::optional<double>(value) : std::nullopt;
}

} // namespace

Expected<NagiosRange, QString> NagiosRange::parse(const QString& text)
{
    NagiosRange range;
    range.m_text = text.trimmed();
    QString body = range.m_text;
    auto bad = [&text] {
        return tr("\"%1\" is not a threshold range: use N (alert above N), N: (alert below N), "
                  "~:N, M:N (alert outside) or @M:N (alert inside).")
            .arg(text);
    };
    if (body.startsWith(QLatin1Char('@'))) {
        range.m_inside = true;
        body.remove(0, 1);
    }
    if (body.isEmpty())
        return bad();
    const int colon = static_cast<int>(body.indexOf(QLatin1Char(':')));
    QString start = colon < 0 ? QString() : body.left(colon);
    QString end = colon < 0 ? body : body.mid(colon + 1);
    if (end.contains(QLatin1Char(':')))
        return bad();

    if (start == QLatin1String("~")) {
        range.m_startInfinite = true;
    } else if (!start.isEmpty()) {
        const auto value = number(start);
        if (!value)
            return bad();
        range.m_start = *value;
    } else if (colon >= 0) {
        return bad(); // ":N" is not a range
    }
    if (end.isEmpty()) {
        if (colon < 0)
            return bad();
        range.m_endInfinite = true;
    } else {
        const auto value = number(end);
        if (!value)
            return bad();
        range.m_end = *value;
    }
    if (!range.m_startInfinite && !range.m_endInfinite && range.m_start > range.m_end) {
        return tr("The threshold range \"%1\" starts above its end.").arg(text);
    }
    return range;
}

bool NagiosRange::alerts(double value) const
{
    const bool below = !m_startInfinite && value < m_start;
    const bool above = !m_endInfinite && value > m_end;
    const bool outside = below || above;
    return m_inside ? !outside : outside;
}

double NagiosRange::excess(double value) const
{
    if (!alerts(value))
        return 0;
    if (m_inside) {
        // Depth inside the range, from the nearer end.
        double depth = 0;
        if (!m_startInfinite && !m_endInfinite)
            depth = std::min(value - m_start, m_end - value);
        return depth;
    }
    if (!m_startInfinite && value < m_start)
        return m_start - value;
    return value - m_end;
}

} // namespace wsdash
