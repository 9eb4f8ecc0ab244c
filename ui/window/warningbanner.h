#pragma once

#include "core/api/statisticsparser.h"
#include "ui/window/banner.h"

#include <QList>

class QPushButton;

namespace wsdash {

// The banner of a partly invalid answer: the data below is shown, and this lists what was
// invalid in it, each problem by its JSON path, with the request ID (and a button that copies
// both for a support ticket). Amber, not the red of ErrorBanner: nothing failed, part of the
// answer is missing.
class WarningBanner final : public Banner
{
    Q_OBJECT

public:
    explicit WarningBanner(QWidget* parent = nullptr);
    ~WarningBanner() override;

    // Shows the problems of the answer with `requestId`; hides the banner when there are none.
    // A problem inside a pool that is shown also names the pool (from `statistics`).
    void showProblems(const QList<ParseError>& problems, const QString& requestId,
                      const DesktopStatistics* statistics = nullptr);
    void clear();

    // What "Copy details" puts on the clipboard: the request ID and every problem, one a line.
    QString details() const;

    // How many problems the banner lists; the others are counted ("and 3 more").
    static constexpr int kListed = 5;

private:
    QPushButton* m_copy = nullptr;
    QList<ParseError> m_problems;
    QString m_requestId;
};

} // namespace wsdash
