#pragma once

#include <QProcess>
#include <QString>

#include <memory>

namespace wsdash::test {

// A private X server for tests of the real window: Xvfb on a display it picks itself
// (-displayfd), with openbox as window manager so that windows get focus and title bars.
// Everything it started is stopped when it goes.
class XServer final
{
public:
    XServer();
    ~XServer();

    // Whether Xvfb, openbox and xdotool are installed (tests skip with 77 when not).
    static bool toolsAvailable();

    // Starts the server and the window manager; false (with `error`) when they did not start.
    bool start(QString* error);
    // ":N".
    const QString& display() const { return m_display; }

    // Runs xdotool on this display; its stdout, trimmed (empty when it failed).
    QString xdotool(const QStringList& arguments, int timeoutMs = 10000) const;
    // The ID of a visible top-level window whose title matches `pattern` (a regular
    // expression), or empty.
    QString findWindow(const QString& pattern) const;

private:
    QString m_display;
    std::unique_ptr<QProcess> m_xvfb;
    std::unique_ptr<QProcess> m_windowManager;
};

} // namespace wsdash::test
