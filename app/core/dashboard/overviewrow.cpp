#include "core/dashboard/overviewrow.h"

#include <QLocale>

namespace wsdash {

QString OverviewRow::failureText() const
{
    if (!problem.isEmpty())
        return problem;
    if (refusedBefore.isValid()) {
        return tr("Not sent: these credentials were refused on %1 (%2). Change them with "
                  "“Manage profiles…”; sending them again could lock the key.")
            .arg(QLocale().toString(refusedBefore.toLocalTime(), QLocale::ShortFormat),
                 error.toOneLine());
    }
    return error.toOneLine();
}

} // namespace wsdash
