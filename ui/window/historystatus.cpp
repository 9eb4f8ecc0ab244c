#include "ui/window/historystatus.h"

#include "core/history/snapshotstore.h"

namespace wsdash {

namespace {

constexpr int kShownCharacters = 70;

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
    const QString shown = oneLine.size() > kShownCharacters
                              ? oneLine.left(kShownCharacters - 1) + QChar(0x2026)
                              : oneLine;
    setText(tr("History not available: %1").arg(shown));
    const QString full = m_location.isEmpty() ? oneLine : m_location + QLatin1Char('\n') + oneLine;
    setToolTip(full);
    setAccessibleDescription(full);
}

} // namespace wsdash
