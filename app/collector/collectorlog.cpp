#include "collector/collectorlog.h"

namespace wsdash {

QString logfmtValue(const QString& value)
{
    bool quote = value.isEmpty();
    for (const QChar c : value) {
        if (c.isSpace() || c == QLatin1Char('=') || c == QLatin1Char('"') ||
            c.category() == QChar::Other_Control) {
            quote = true;
            break;
        }
    }
    if (!quote)
        return value;
    QString text = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            text += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            text += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            text += QStringLiteral("\\r");
        else if (c.category() == QChar::Other_Control)
            text += QLatin1Char(' ');
        else
            text += c;
    }
    return text + QLatin1Char('"');
}

QString logfmtLine(const QList<QPair<QString, QString>>& fields)
{
    QStringList parts;
    parts.reserve(fields.size());
    for (const auto& [key, value] : fields)
        parts << key + QLatin1Char('=') + logfmtValue(value);
    return parts.join(QLatin1Char(' '));
}

QString logTime(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace wsdash
