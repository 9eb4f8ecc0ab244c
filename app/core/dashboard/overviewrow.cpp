#include "core/dashboard/overviewrow.h"

namespace wsdash {

QString OverviewRow::failureText() const
{
    if (!problem.isEmpty())
        return problem;
    return error.toOneLine();
}

} // namespace wsdash
