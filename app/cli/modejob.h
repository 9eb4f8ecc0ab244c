#pragma once

#include <QObject>

namespace wsdash {

// One mode of `wsdash` (window, screenshot, export, check, history, profiles) as an
// asynchronous job: main() creates the one application object, starts the job from its event
// loop and leaves exec() with the status the job finishes with. No job runs a nested event loop.
class ModeJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Starts the work; called once, from the event loop. finished() follows, possibly much
    // later (the window finishes when it is closed).
    virtual void start() = 0;

Q_SIGNALS:
    // The process exit status (0 success, 1 usage or file error, 2 the request failed; the
    // plug-in statuses for --check).
    void finished(int status);
};

} // namespace wsdash
