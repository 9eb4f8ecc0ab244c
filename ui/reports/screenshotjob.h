#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace wsdash {

class MainWindow;

// Saves what the window shows (a PNG, a PDF report) once the first result (data or error) and
// the pool list are on screen, or when the safety timeout runs out — it never waits forever.
class ScreenshotJob final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool saved = false;     // the output was written
        bool dataShown = false; // the statistics arrived (not an error, not the timeout)
        QString message;        // why saving failed, or what was missing
    };

    // Writes the output; returns an error message on failure.
    using Save = std::function<std::optional<QString>()>;
    enum class Without
    {
        SaveAnyway, // a picture of the error is what was asked for (--screenshot)
        DoNotSave,  // without data there is nothing to write (--export FILE.pdf)
    };

    ScreenshotJob(MainWindow& window, Save save, Without withoutData,
                  std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~ScreenshotJob() override;

    // Call before MainWindow::start(). From here on the window's backing store is not painted:
    // the window is not on a screen, and `save` renders what it shows once, at the end.
    void start();

Q_SIGNALS:
    void finished(const wsdash::ScreenshotJob::Outcome& outcome);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void maybeCapture();
    void capture(bool timedOut);

    MainWindow& m_window;
    Save m_save;
    Without m_withoutData;
    QTimer m_safety;
    bool m_resultShown = false;
    bool m_resultOk = false;
    bool m_poolsShown = false;
    bool m_done = false;
};

} // namespace wsdash
