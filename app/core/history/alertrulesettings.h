#pragma once

#include "core/history/alertrule.h"

#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace wsdash {

// Alert rules per profile in the settings file (openSettings(), never a secret), in their text
// form so that the file stays readable and editable:
//
//   [alerts]
//   <encoded profile>\rules\1\rule=error_num > critical 0
//   <encoded profile>\rules\size=1
//
// The profile name is percent-encoded so that any name is one settings group.
class AlertRuleSettings final
{
public:
    // Rules that no longer parse are skipped and described in `problems`.
    static QList<AlertRule> load(QSettings& settings, const QString& profile,
                                 QStringList* problems = nullptr);
    static void save(QSettings& settings, const QString& profile, const QList<AlertRule>& rules);
    static QString group(const QString& profile);
};

} // namespace wsdash
