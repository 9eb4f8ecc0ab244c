// The yardstick of "start to painted dashboard" (issue 18): a bare Qt Charts window (one
// QChartView with a donut of three slices in a QMainWindow, 1280x800) that, like
// `wsdash --demo --screenshot`, shows itself, lets posted events run, grabs itself and saves a
// PNG, then exits. scripts/bench.sh times both processes.
//
//   wsdash-bench-barechart OUT.png

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QMainWindow>
#include <QPieSeries>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fputs("usage: wsdash-bench-barechart OUT.png\n", stderr);
        return 2;
    }
    auto* series = new QPieSeries;
    series->setHoleSize(0.6);
    series->append(QStringLiteral("Running"), 180);
    series->append(QStringLiteral("Stopped"), 60);
    series->append(QStringLiteral("Error"), 6);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(QStringLiteral("A bare Qt Charts window"));
    QMainWindow window;
    window.setCentralWidget(new QChartView(chart, &window));
    window.resize(1280, 800);
    window.show();
    int status = 1;
    QTimer::singleShot(0, &window, [&] {
        QCoreApplication::sendPostedEvents();
        status = window.grab().save(arguments.at(1), "PNG") ? 0 : 1;
        QCoreApplication::quit();
    });
    app.exec();
    return status;
}
