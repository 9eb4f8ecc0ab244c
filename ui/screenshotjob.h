#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

namespace wsdash {

class MainWindow;

// Renders the window to a PNG once the first result (data or error) and the pool list are on
// screen, or when the safety timeout runs out — it never waits forever.
class ScreenshotJob final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool saved = false;
        bool dataShown = false; // the statistics arrived (not an error, not the timeout)
        QString message;        // why saving failed, or what was missing
    };

    ScreenshotJob(MainWindow& window, QString path, std::chrono::milliseconds timeout,
                  QObject* parent = nullptr);
    ~ScreenshotJob() override;

    // Call before MainWindow::start().
    void start();

Q_SIGNALS:
    void finished(const wsdash::ScreenshotJob::Outcome& outcome);

private:
    void maybeCapture();
    void capture(bool timedOut);

    MainWindow& m_window;
    QString m_path;
    QTimer m_safety;
    bool m_resultShown = false;
    bool m_resultOk = false;
    bool m_poolsShown = false;
    bool m_done = false;
};

} // namespace wsdash
