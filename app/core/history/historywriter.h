#pragma once

#include "core/base/expected.h"
#include "core/history/alertevent.h"
#include "core/history/snapshot.h"
#include "core/history/trendtypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>

#include <memory>

namespace wsdash {

class HistoryConnection;

// Writes snapshots and alert events. All snapshots of one call go in one transaction with
// prepared statements, so a snapshot of 10,000 pools is one commit of 10,001 rows.
class HistoryWriter final
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::HistoryWriter)

public:
    explicit HistoryWriter(HistoryConnection& connection);

    // Returns the number of sample rows written.
    Expected<int, HistoryError> record(const QList<Snapshot>& snapshots);
    Expected<int, HistoryError> appendAlertEvents(const SeriesKey& key,
                                                  const QList<AlertEvent>& events);

    // Forget cached IDs (after a failed transaction, or when another writer may have changed
    // the scopes).
    void clearCaches();

private:
    struct ScopeEntry
    {
        qint64 id = 0;
        QString name;
    };
    using ScopeCache = QHash<QString, ScopeEntry>; // by pool ID; '' = total

    std::optional<HistoryError> recordOne(const Snapshot& snapshot, int* rows);
    Expected<qint64, HistoryError> seriesId(const SeriesKey& key);
    Expected<qint64, HistoryError> scopeId(qint64 series, ScopeCache& cache, const QString& poolId,
                                           const QString& poolName);
    std::optional<HistoryError> insertSample(qint64 scope, qint64 t, const StateCounts& counts);
    std::optional<HistoryError> flushSamples();
    std::optional<HistoryError> markDirty(qint64 fromMs);

    static constexpr int kRowsPerStatement = 200;

    HistoryConnection& m_connection;
    QHash<QString, qint64> m_seriesIds; // by source \x1f project \x1f query
    QHash<qint64, ScopeCache> m_scopes; // by series ID
    QString m_insertPrefix;
    QString m_pending; // rows of the next INSERT
    int m_pendingRows = 0;
    qint64 m_fetch = 0; // fetches.id of the snapshot being recorded
    QSqlQuery m_insertScope;
    QSqlQuery m_selectScope;
};

} // namespace wsdash
