// The yardstick of "start to painted window": a bare Qt Widgets window (a label in a
// QMainWindow, 1280x800) that, like `wsdash --screenshot`, shows itself, lets posted events
// run, grabs itself and saves a PNG, then exits. scripts/bench.sh times both processes.
//
//   wsdash-bench-barewindow OUT.png

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
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
        std::fputs("usage: wsdash-bench-barewindow OUT.png\n", stderr);
        return 2;
    }
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("A bare Qt window"), &window));
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
