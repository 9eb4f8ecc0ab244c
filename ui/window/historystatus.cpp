#include "ui/window/historystatus.h"

#include "core/history/snapshotstore.h"

namespace wsdash {

namespace {

constexpr int kShownCharacters = 90;

} // namespace

HistoryStatus::HistoryStatus(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("historyStatus"));
    setTextFormat(Qt::PlainText);
}

void HistoryStatus::watch(SnapshotStore& store, bool postgres)
{
    m_location = store.path();
    m_postgres = postgres;
    setText(tr("History: opening…"));
    setToolTip(m_location);
    connect(&store, &SnapshotStore::opened, this, [this] { showOpened(); });
    connect(&store, &SnapshotStore::failed, this,
            [this](const HistoryError& error) { showProblem(error.message); });
    connect(&store, &SnapshotStore::recorded, this, [this] {
        if (m_problem)
            showOpened();
    });
}

void HistoryStatus::showOpened()
{
    m_problem = false;
    setText(m_postgres ? tr("History: PostgreSQL") : tr("History: local file"));
    setToolTip(m_location);
    setAccessibleDescription(m_location);
}

void HistoryStatus::showProblem(const QString& reason)
{
    m_problem = true;
    const QString oneLine = reason.simplified();
    // The location is in the tool tip: the label keeps the room for the reason itself
    // ("Cannot connect to the history database <URL>: <the server's words>").
    QString shown = oneLine;
    const QString afterLocation = m_location + QStringLiteral(": ");
    if (!m_location.isEmpty() && shown.contains(afterLocation))
        shown = shown.mid(shown.indexOf(afterLocation) + afterLocation.size());
    if (shown.size() > kShownCharacters)
        shown = shown.left(kShownCharacters - 1) + QChar(0x2026);
    setText(tr("History not available: %1").arg(shown));
    const QString full = m_location.isEmpty() ? oneLine : m_location + QLatin1Char('\n') + oneLine;
    setToolTip(full);
    setAccessibleDescription(full);
}

} // namespace wsdash
