#pragma once

#include "core/base/clock.h"
#include "core/base/expected.h"
#include "core/history/alertevent.h"
#include "core/history/historydatabase.h"
#include "core/history/snapshot.h"
#include "core/history/trendtypes.h"

#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <memory>

class QThread;

namespace wsdash {

// The history as the window uses it: every call returns at once, the disk work happens on a
// worker thread with its own connection, so recording a snapshot never makes the window
// stutter. Writes are done in the order they were made; a read sees every write made before it.
// Answers come back on the caller's thread through a callback that is dropped when its context
// object is gone (the context must live on the store's thread).
//
// The clock is read on the caller's thread only (time of compaction, "24 h ago").
class SnapshotStore final : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(const Expected<T, HistoryError>&)>;

    struct Options
    {
        HistoryOptions database;
        // Compaction runs after a write when this much time has passed since the last one,
        // and once after opening.
        std::chrono::milliseconds compactionInterval = std::chrono::minutes(10);
        // A PostgreSQL history that could not be opened (the server down, the database not
        // created yet) is tried again before the next operation once this much time has passed
        // since the last attempt; opened() follows when it works. A SQLite file is not retried.
        std::chrono::milliseconds reopenInterval = std::chrono::seconds(60);
    };

    SnapshotStore(Options options, const Clock& clock, QObject* parent = nullptr);
    // Finishes the queued writes, then closes the database.
    ~SnapshotStore() override;

    void record(const Snapshot& snapshot);
    void record(const QList<Snapshot>& snapshots);
    void recordAlertEvents(const SeriesKey& key, const QList<AlertEvent>& events);
    void compactNow();

    void series(const SeriesRequest& request, QObject* context, Callback<TrendSeries> callback);
    // The values of a scope `ago` before now (for "change against 24 h ago"), within
    // `tolerance`; empty when nothing was recorded near that time.
    void valuesAgo(const SeriesKey& key, const QString& poolId, std::chrono::milliseconds ago,
                   std::chrono::milliseconds tolerance, QObject* context,
                   Callback<std::optional<PastValues>> callback);
    void listSeries(QObject* context, Callback<QList<SeriesInfo>> callback);
    void listPools(const SeriesKey& key, QObject* context, Callback<QList<PoolInfo>> callback);
    void alertLog(const QDateTime& from, const QDateTime& to, QObject* context,
                  Callback<QList<AlertLogEntry>> callback);
    // Writes the history in the filter's range as CSV (HistoryCsv) to `path` atomically;
    // the callback gets the number of rows.
    void exportCsv(const HistoryExportFilter& filter, const QString& path, QObject* context,
                   Callback<int> callback);

    // Calls back once everything queued before has been done.
    void whenIdle(QObject* context, std::function<void()> callback);

    const QString& path() const { return m_path; }

Q_SIGNALS:
    void opened(int schemaVersion);
    // Something the user should be told that did not stop the history (a damaged file set aside).
    void notice(const wsdash::HistoryNotice& notice);
    // A write or a compaction failed, or the database could not be opened.
    void failed(const wsdash::HistoryError& error);
    // After every successful write of snapshots: points written and the time it took.
    void recorded(int points, qint64 milliseconds);

private:
    struct Worker;

    void post(std::function<void(Worker&)> job);
    void reopenIfDue(Worker& worker); // on the worker thread
    template <typename T>
    void query(QObject* context, Callback<T> callback,
               std::function<Expected<T, HistoryError>(HistoryDatabase&)> job);

    const Clock& m_clock;
    QString m_path;
    std::shared_ptr<Worker> m_worker;
    std::unique_ptr<QThread> m_thread;
    QObject* m_threadContext; // lives on m_thread; deleted after the thread stopped
};

} // namespace wsdash

Q_DECLARE_METATYPE(wsdash::HistoryNotice)
Q_DECLARE_METATYPE(wsdash::HistoryError)
