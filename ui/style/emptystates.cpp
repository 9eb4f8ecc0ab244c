#include "ui/style/emptystates.h"

#include "core/dashboard/dashboardcontroller.h"
#include "ui/style/metricstyle.h"

namespace wsdash {

QString EmptyStates::missingPools(const DashboardController& controller)
{
    const auto& current = controller.current();
    if (!current) {
        if (controller.lastError())
            return tr("No data: the request failed (see above).");
        return controller.isLoading() ? tr("Loading…") : QString();
    }
    const auto& pools = current->statistics->pools;
    if (!pools) {
        return tr("The per-pool breakdown needs “%1” in the desktop type filter: the API only "
                  "breaks pooled desktops down by pool.")
            .arg(MetricStyle::label(DesktopType::Pooled));
    }
    if (pools->isEmpty()) {
        return current->query.poolIds().isEmpty() ? tr("This project has no desktop pools.")
                                                  : tr("None of the selected pools was found.");
    }
    return {};
}

} // namespace wsdash
