#pragma once

#include <QCoreApplication>
#include <QString>

namespace wsdash {

class DashboardController;

// The words the panels use when they have nothing to show, in one place so that the per-pool
// chart and the pool table always say the same.
class EmptyStates final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::EmptyStates)

public:
    // Why there are no pools to show; empty when there are some (or nothing to say yet).
    static QString missingPools(const DashboardController& controller);
};

} // namespace wsdash
