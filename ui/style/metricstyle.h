#pragma once

#include "core/api/statistics.h"
#include "core/api/statisticsquery.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace wsdash {

// How counts, families and desktop types are named and drawn: the Workspace console's words,
// a colour per state that reads in light and dark themes, and an icon whose shape tells the
// state apart without its colour.
class MetricStyle final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::MetricStyle)

public:
    static QString label(Metric metric);    // "Assignment failed"
    static QString label(Family family);    // "Assignment"
    static QString label(DesktopType type); // "Common (dedicated) desktops"
    static QString notReported();           // "n/a"
    // What an invalid count shows (StateCounts::isInvalid): "invalid".
    static QString invalid();
    // The text of a count: the number, "invalid" or "n/a".
    static QString count(const StateCounts& counts, Metric metric);
    // Text and background of an invalid count: warning colours that read in both themes.
    static QColor invalidText(bool dark);
    static QColor invalidBackground(bool dark);
    // What a count means, in one or two sentences: the help page, the tiles' and the table's
    // tooltips and the chart legends all use these words.
    static QString definition(Metric metric);
    // The desktops a query covers: "Common + Pooled desktops", "Pooled desktops", "All desktops".
    static QString scope(const QList<DesktopType>& types);
    // The state a family's donut puts in its hole: assigned, running, in use.
    static Metric headline(Family family);

    static QColor color(Metric metric, bool dark);
    static QIcon icon(Metric metric, bool dark);
    // An icon for the states of the window itself: warning, error.
    static QIcon warningIcon(bool dark);

    // "1,234" in the user's locale; "n/a" when not reported.
    static QString count(Count value);
    // "12.3%".
    static QString share(double fraction);
    // "▲ 12", "▼ 3", "= 0".
    static QString delta(qint64 value);
};

} // namespace wsdash
