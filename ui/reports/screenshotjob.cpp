#include "ui/reports/screenshotjob.h"

#include "ui/window/mainwindow.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>

namespace wsdash {

ScreenshotJob::ScreenshotJob(MainWindow& window, Save save, Without withoutData,
                             std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_save(std::move(save))
    , m_withoutData(withoutData)
{
    m_safety.setSingleShot(true);
    m_safety.setInterval(timeout);
    connect(&m_safety, &QTimer::timeout, this, [this] { capture(true); });
}

ScreenshotJob::~ScreenshotJob() = default;

void ScreenshotJob::start()
{
    m_window.installEventFilter(this);
    connect(&m_window, &MainWindow::resultShown, this, [this](bool ok) {
        if (m_resultShown)
            return;
        m_resultShown = true;
        m_resultOk = ok;
        maybeCapture();
    });
    connect(&m_window, &MainWindow::poolsShown, this, [this] {
        m_poolsShown = true;
        maybeCapture();
    });
    m_safety.start();
}

bool ScreenshotJob::eventFilter(QObject* watched, QEvent* event)
{
    // An update request paints the changed part of the window into its backing store (also
    // with Qt::WA_DontShowOnScreen), at every change on the way to the data: a seventh of start
    // to painted demo dashboard, for pixels nobody sees (issue 18). The picture is rendered from
    // the widgets themselves.
    if (watched == &m_window && event->type() == QEvent::UpdateRequest)
        return true;
    return QObject::eventFilter(watched, event);
}

void ScreenshotJob::maybeCapture()
{
    if (!m_resultShown || !m_poolsShown || m_done)
        return;
    // Let posted layout, resize and chart updates run, so that what is grabbed is what a user
    // would see: a few rounds, since a layout can post more. (A fixed 50 ms wait used to stand
    // here: a quarter of start to painted demo dashboard; issue 18.)
    QTimer::singleShot(0, this, [this] {
        for (int round = 0; round < 4; ++round) {
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        }
        capture(false);
    });
}

void ScreenshotJob::capture(bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    m_safety.stop();
    QCoreApplication::sendPostedEvents();
    Outcome outcome;
    outcome.dataShown = m_resultShown && m_resultOk;
    if (timedOut) {
        outcome.message = m_resultShown ? tr("the pool list did not arrive in time")
                                        : tr("no answer arrived in time");
    }
    if (!outcome.dataShown && m_withoutData == Without::DoNotSave) {
        Q_EMIT finished(outcome);
        return;
    }
    if (const auto error = m_save()) {
        outcome.message = *error;
        Q_EMIT finished(outcome);
        return;
    }
    outcome.saved = true;
    Q_EMIT finished(outcome);
}

} // namespace wsdash
