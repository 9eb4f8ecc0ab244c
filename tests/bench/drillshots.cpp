// Pictures of the desktops view as a user opens it: from a KPI tile row (click), a donut slice
// (arrow key + Enter) and a pool-table cell (click), against the in-process simulator at a
// fixed working morning.
//
//   wsdash-drill-shots OUT_DIR light|dark en|zh_CN
// writes OUT_DIR/drill-{tile,donut,table}-THEME-LANG.png.

#include "core/dashboard/dashboardcontroller.h"
#include "simtestsupport.h"
#include "ui/desktops/desktopsview.h"
#include "ui/style/theme.h"
#include "ui/style/translations.h"
#include "ui/table/pooltablemodel.h"
#include "ui/table/pooltablepanel.h"
#include "ui/window/drilldownlauncher.h"
#include "ui/window/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace wsdash;
using namespace wsdash::test;

namespace {

bool save(DesktopsView* view, const QString& path)
{
    if (!view)
        return false;
    QSignalSpy done(view, &DesktopsView::listingFinished);
    if (view->isLoading() && !done.wait(10000))
        return false;
    view->resize(1100, 520);
    QTest::qWait(50);
    return view->grab().save(path);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: wsdash-drill-shots OUT_DIR light|dark en|zh_CN\n");
        return 1;
    }
    const QDir out(args.at(1));
    const QString& theme = args.at(2);
    const QString& lang = args.at(3);
    Theme::apply(app, theme == QLatin1String("dark") ? ThemeChoice::Dark : ThemeChoice::Light);
    installTranslations(app, lang);

    SimulatorFixture fixture(smallConfig(8, 1300));
    DashboardController controller(&fixture.network, fixture.clock);
    StatisticsRequest request;
    request.endpoint = fixture.simulator->endpoint();
    request.projectId = fixture.simulator->projectId();
    request.credentials = fixture.simulator->clientCredentials();
    request.query = StatisticsQuery::everything();
    controller.setRequest(request);
    MainWindow window(controller, fixture.clock, nullptr);
    window.resize(1280, 800);
    DrillDownLauncher launcher(controller, &fixture.network, fixture.clock, nullptr, &window);
    launcher.connectTo(window.kpiPanel(), window.chartPanel(), window.poolTable());
    window.show();
    QSignalSpy shown(&window, &MainWindow::resultShown);
    window.start();
    if (!shown.wait(10000))
        return 2;
    QSignalSpy opened(&launcher, &DrillDownLauncher::viewOpened);
    const QString suffix = QStringLiteral("-%1-%2.png").arg(theme, lang);
    bool ok = true;

    // A tile row: "Faulty".
    QTest::mouseClick(window.findChild<QLabel*>(QStringLiteral("name_error_num")), Qt::LeftButton);
    ok &= opened.size() == 1 && save(opened.at(0).at(0).value<DesktopsView*>(),
                                     out.filePath(QStringLiteral("drill-tile") + suffix));

    // A donut slice by keyboard: the login family's second slice.
    QWidget* donut = nullptr; // the last visible donut: the login family
    for (QWidget* widget : window.findChildren<QWidget*>()) {
        if (QString::fromLatin1(widget->metaObject()->className()) ==
                QLatin1String("wsdash::DonutChart") &&
            widget->isVisible())
            donut = widget;
    }
    if (donut) {
        donut->setFocus();
        QTest::keyClick(donut, Qt::Key_Right);
        QTest::keyClick(donut, Qt::Key_Return);
    }
    ok &= opened.size() == 2 && save(opened.at(1).at(0).value<DesktopsView*>(),
                                     out.filePath(QStringLiteral("drill-donut") + suffix));

    // A pool-table cell: the largest pool's "Assigned" count.
    QTableView* table = window.poolTable()->view();
    const QModelIndex cell =
        table->model()->index(1, PoolTableModel::columnOf(Metric::AttachedNum));
    table->scrollTo(cell);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(cell).center());
    ok &= opened.size() == 3 && save(opened.at(2).at(0).value<DesktopsView*>(),
                                     out.filePath(QStringLiteral("drill-table") + suffix));
    window.grab().save(out.filePath(QStringLiteral("window") + suffix));
    return ok ? 0 : 3;
}
