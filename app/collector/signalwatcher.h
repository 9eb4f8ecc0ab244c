#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace wsdash {

// SIGTERM and SIGINT as a Qt signal (the self-pipe pattern): the handler only writes the signal
// number to a socket pair; a QSocketNotifier reads it in the event loop, so that shutting down
// happens between two steps of the loop, never in the middle of a history write.
// One instance per process.
class SignalWatcher final : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);
    ~SignalWatcher() override;

    bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace wsdash
