#include "core/history/alertrulesettings.h"

#include <QUrl>

namespace wsdash {

QString AlertRuleSettings::group(const QString& profile)
{
    // An empty profile (endpoint and environment credentials) gets a name no profile can have
    // once encoded.
    const QString name = profile.isEmpty() ? QStringLiteral("%")
                                           : QString::fromLatin1(QUrl::toPercentEncoding(profile));
    return QStringLiteral("alerts/") + name;
}

QList<AlertRule> AlertRuleSettings::load(QSettings& settings, const QString& profile,
                                         QStringList* problems)
{
    QList<AlertRule> rules;
    settings.beginGroup(group(profile));
    const int count = settings.beginReadArray(QStringLiteral("rules"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        const QString text = settings.value(QStringLiteral("rule")).toString();
        auto rule = AlertRule::parse(text);
        if (rule)
            rules.append(*rule);
        else if (problems)
            problems->append(rule.error().message);
    }
    settings.endArray();
    settings.endGroup();
    return rules;
}

void AlertRuleSettings::save(QSettings& settings, const QString& profile,
                             const QList<AlertRule>& rules)
{
    settings.beginGroup(group(profile));
    settings.remove(QStringLiteral("rules"));
    settings.beginWriteArray(QStringLiteral("rules"), static_cast<int>(rules.size()));
    for (int i = 0; i < rules.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("rule"), rules.at(i).toText());
    }
    settings.endArray();
    settings.endGroup();
}

} // namespace wsdash
