#include "support/xserver.h"

#include <QElapsedTimer>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QThread>

namespace wsdash::test {

namespace {

void stop(QProcess* process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(3000)) {
        process->kill();
        process->waitForFinished(3000);
    }
}

} // namespace

XServer::XServer() = default;

XServer::~XServer()
{
    stop(m_windowManager.get());
    stop(m_xvfb.get());
}

bool XServer::toolsAvailable()
{
    for (const char* tool : {"Xvfb", "openbox", "xdotool"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            return false;
    }
    return true;
}

bool XServer::start(QString* error)
{
    m_xvfb = std::make_unique<QProcess>();
    m_xvfb->setProcessChannelMode(QProcess::SeparateChannels);
    // -displayfd 1: Xvfb picks a free display and writes its number on stdout when ready.
    m_xvfb->start(QStringLiteral("Xvfb"),
                  {QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                   QStringLiteral("0"), QStringLiteral("1280x900x24"), QStringLiteral("-nolisten"),
                   QStringLiteral("tcp")});
    QElapsedTimer waited;
    waited.start();
    QByteArray number;
    while (!number.contains('\n') && waited.elapsed() < 15000) {
        if (!m_xvfb->waitForReadyRead(500) && m_xvfb->state() == QProcess::NotRunning)
            break;
        number += m_xvfb->readAllStandardOutput();
    }
    if (!number.contains('\n')) {
        *error = QStringLiteral("Xvfb did not start: ") +
                 QString::fromLocal8Bit(m_xvfb->readAllStandardError());
        return false;
    }
    m_display = QLatin1Char(':') + QString::fromLatin1(number.trimmed());

    m_windowManager = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    m_windowManager->setProcessEnvironment(env);
    m_windowManager->setStandardOutputFile(QProcess::nullDevice());
    m_windowManager->setStandardErrorFile(QProcess::nullDevice());
    m_windowManager->start(QStringLiteral("openbox"), {QStringLiteral("--sm-disable")});
    if (!m_windowManager->waitForStarted(5000)) {
        *error = QStringLiteral("openbox did not start");
        return false;
    }
    // Started is not yet managing: a window mapped while openbox is still taking over the
    // screen was at times never shown (tst_journeys, 1 start in 3-6 on a slow machine). Openbox
    // publishes the desktops (_NET_NUMBER_OF_DESKTOPS) once it manages the screen.
    waited.restart();
    while (xdotool({QStringLiteral("get_num_desktops")}).toInt() < 1) {
        if (waited.elapsed() > 10000) {
            *error = QStringLiteral("openbox did not take over the screen in 10 s");
            return false;
        }
        QThread::msleep(20);
    }
    return true;
}

QString XServer::xdotool(const QStringList& arguments, int timeoutMs) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), m_display);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
}

QString XServer::findWindow(const QString& pattern) const
{
    const QString ids = xdotool({QStringLiteral("search"), QStringLiteral("--onlyvisible"),
                                 QStringLiteral("--name"), pattern},
                                3000);
    return ids.section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace wsdash::test
