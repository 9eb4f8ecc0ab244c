#include "core/history/alertevent.h"

namespace wsdash {

const char* alertLevelName(AlertLevel level)
{
    switch (level) {
    case AlertLevel::Ok:
        return "ok";
    case AlertLevel::Warning:
        return "warning";
    case AlertLevel::Critical:
        return "critical";
    }
    return "ok";
}

std::optional<AlertLevel> alertLevelFromName(const QString& name)
{
    for (const AlertLevel level : {AlertLevel::Ok, AlertLevel::Warning, AlertLevel::Critical}) {
        if (name == QLatin1String(alertLevelName(level)))
            return level;
    }
    return std::nullopt;
}

} // namespace wsdash
