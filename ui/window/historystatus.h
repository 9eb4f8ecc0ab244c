#pragma once

#include <QLabel>
#include <QString>

namespace wsdash {

class SnapshotStore;
struct HistoryError;

// The history's state at the right of the status bar: where it is ("History: PostgreSQL",
// "History: local file", the location in the tool tip) or why it cannot be used ("History not
// available: <the server's or the system's reason>"). Never blocks the dashboard: the store
// opens on its own thread and only reports here.
class HistoryStatus final : public QLabel
{
    Q_OBJECT

public:
    explicit HistoryStatus(QWidget* parent = nullptr);

    // Follows a store: opened, failed, recorded (a success after a failure clears the problem).
    void watch(SnapshotStore& store, bool postgres);
    // A problem found before any store could be made (a History/url setting that is not valid).
    void showProblem(const QString& reason);
    void showOpened();

    bool hasProblem() const { return m_problem; }

private:
    QString m_location;
    bool m_postgres = false;
    bool m_problem = false;
};

} // namespace wsdash
