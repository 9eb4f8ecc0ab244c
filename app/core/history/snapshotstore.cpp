#include "core/history/snapshotstore.h"

#include "core/dashboard/exporter.h"
#include "core/history/historycsv.h"

#include <QElapsedTimer>
#include <QThread>

namespace wsdash {

// Everything here is touched on the worker thread only.
struct SnapshotStore::Worker
{
    Options options;
    std::unique_ptr<HistoryDatabase> database;
    std::optional<HistoryError> openError;
    QElapsedTimer sinceOpenAttempt;
    QDateTime lastCompaction;
};

SnapshotStore::SnapshotStore(Options options, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_path(options.database.effectiveLocation().toDisplayString())
    , m_worker(std::make_shared<Worker>())
    , m_thread(std::make_unique<QThread>())
    , m_threadContext(new QObject)
{
    qRegisterMetaType<HistoryNotice>();
    qRegisterMetaType<HistoryError>();
    m_worker->options = std::move(options);
    m_thread->setObjectName(QStringLiteral("wsdash-history"));
    m_threadContext->moveToThread(m_thread.get());
    m_thread->start(QThread::LowPriority);

    const QDateTime now = m_clock.now();
    post([this, now](Worker& worker) {
        worker.sinceOpenAttempt.start();
        auto database = HistoryDatabase::open(worker.options.database);
        if (!database) {
            worker.openError = database.error();
            const HistoryError& error = database.error();
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
            return;
        }
        worker.database = std::move(database).value();
        const int version = worker.database->schemaVersion();
        QMetaObject::invokeMethod(this, [this, version] { Q_EMIT opened(version); });
        worker.database->compact(now);
        worker.lastCompaction = now;
    });
}

SnapshotStore::~SnapshotStore()
{
    post([](Worker& worker) { worker.database.reset(); });
    m_thread->quit();
    m_thread->wait();
    delete m_threadContext;
}

void SnapshotStore::post(std::function<void(Worker&)> job)
{
    std::shared_ptr<Worker> worker = m_worker;
    QMetaObject::invokeMethod(
        m_threadContext,
        [this, worker, job = std::move(job)] {
            reopenIfDue(*worker);
            job(*worker);
            if (worker->database) {
                for (const HistoryNotice& n : worker->database->takeNotices())
                    QMetaObject::invokeMethod(this, [this, n] { Q_EMIT notice(n); });
            }
        },
        Qt::QueuedConnection);
}

void SnapshotStore::reopenIfDue(Worker& worker)
{
    if (worker.database || !worker.openError || !worker.options.database.isPostgres() ||
        worker.sinceOpenAttempt.elapsed() < worker.options.reopenInterval.count()) {
        return;
    }
    worker.sinceOpenAttempt.start();
    auto database = HistoryDatabase::open(worker.options.database);
    if (!database) {
        worker.openError = database.error();
        return;
    }
    worker.openError.reset();
    worker.database = std::move(database).value();
    const int version = worker.database->schemaVersion();
    QMetaObject::invokeMethod(this, [this, version] { Q_EMIT opened(version); });
}

template <typename T>
void SnapshotStore::query(QObject* context, Callback<T> callback,
                          std::function<Expected<T, HistoryError>(HistoryDatabase&)> job)
{
    Q_ASSERT(!context || context->thread() == thread());
    QPointer<QObject> guard(context ? context : this);
    post([this, guard, callback = std::move(callback), job = std::move(job)](Worker& worker) {
        Expected<T, HistoryError> result =
            worker.database ? job(*worker.database)
                            : Expected<T, HistoryError>(worker.openError.value_or(
                                  HistoryError{HistoryError::Kind::Closed, QString()}));
        QMetaObject::invokeMethod(this, [guard, callback, result] {
            if (guard)
                callback(result);
        });
    });
}

void SnapshotStore::record(const Snapshot& snapshot)
{
    record(QList<Snapshot>{snapshot});
}

void SnapshotStore::record(const QList<Snapshot>& snapshots)
{
    const QDateTime now = m_clock.now();
    post([this, snapshots, now](Worker& worker) {
        if (!worker.database) {
            if (worker.openError) {
                const HistoryError error = *worker.openError;
                QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
            }
            return;
        }
        QElapsedTimer timer;
        timer.start();
        const auto written = worker.database->record(snapshots);
        const qint64 elapsed = timer.elapsed();
        if (!written) {
            const HistoryError& error = written.error();
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
            return;
        }
        const int points = *written;
        QMetaObject::invokeMethod(this,
                                  [this, points, elapsed] { Q_EMIT recorded(points, elapsed); });
        if (!worker.lastCompaction.isValid() ||
            worker.lastCompaction.msecsTo(now) >= worker.options.compactionInterval.count() ||
            now < worker.lastCompaction) {
            worker.lastCompaction = now;
            const auto compacted = worker.database->compact(now);
            if (!compacted) {
                const HistoryError& error = compacted.error();
                QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
            }
        }
    });
}

void SnapshotStore::recordAlertEvents(const SeriesKey& key, const QList<AlertEvent>& events)
{
    post([this, key, events](Worker& worker) {
        if (!worker.database)
            return;
        const auto written = worker.database->appendAlertEvents(key, events);
        if (!written) {
            const HistoryError& error = written.error();
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
        }
    });
}

void SnapshotStore::compactNow()
{
    const QDateTime now = m_clock.now();
    post([this, now](Worker& worker) {
        if (!worker.database)
            return;
        worker.lastCompaction = now;
        const auto compacted = worker.database->compact(now);
        if (!compacted) {
            const HistoryError& error = compacted.error();
            QMetaObject::invokeMethod(this, [this, error] { Q_EMIT failed(error); });
        }
    });
}

void SnapshotStore::series(const SeriesRequest& request, QObject* context,
                           Callback<TrendSeries> callback)
{
    const QDateTime now = m_clock.now();
    query<TrendSeries>(context, std::move(callback),
                       [request, now](HistoryDatabase& db) { return db.series(request, now); });
}

void SnapshotStore::valuesAgo(const SeriesKey& key, const QString& poolId,
                              std::chrono::milliseconds ago, std::chrono::milliseconds tolerance,
                              QObject* context, Callback<std::optional<PastValues>> callback)
{
    const QDateTime at = m_clock.now().addMSecs(-ago.count());
    query<std::optional<PastValues>>(context, std::move(callback),
                                     [key, poolId, at, tolerance](HistoryDatabase& db) {
                                         return db.valuesNear(key, poolId, at, tolerance);
                                     });
}

void SnapshotStore::listSeries(QObject* context, Callback<QList<SeriesInfo>> callback)
{
    query<QList<SeriesInfo>>(context, std::move(callback),
                             [](HistoryDatabase& db) { return db.listSeries(); });
}

void SnapshotStore::listPools(const SeriesKey& key, QObject* context,
                              Callback<QList<PoolInfo>> callback)
{
    query<QList<PoolInfo>>(context, std::move(callback),
                           [key](HistoryDatabase& db) { return db.listPools(key); });
}

void SnapshotStore::alertLog(const QDateTime& from, const QDateTime& to, QObject* context,
                             Callback<QList<AlertLogEntry>> callback)
{
    query<QList<AlertLogEntry>>(context, std::move(callback),
                                [from, to](HistoryDatabase& db) { return db.alertLog(from, to); });
}

void SnapshotStore::exportCsv(const HistoryExportFilter& filter, const QString& path,
                              QObject* context, Callback<int> callback)
{
    query<int>(context, std::move(callback),
               [filter, path](HistoryDatabase& db) -> Expected<int, HistoryError> {
                   QByteArray csv = HistoryCsv::headerLine();
                   const auto rows = db.exportRows(
                       filter, [&csv](const HistoryRow& row) { csv += HistoryCsv::row(row); });
                   if (!rows)
                       return rows.error();
                   if (const auto error = writeFileAtomically(path, csv))
                       return HistoryError{HistoryError::Kind::Open, *error};
                   return *rows;
               });
}

void SnapshotStore::whenIdle(QObject* context, std::function<void()> callback)
{
    QPointer<QObject> guard(context ? context : this);
    post([this, guard, callback = std::move(callback)](Worker&) {
        QMetaObject::invokeMethod(this, [guard, callback] {
            if (guard)
                callback();
        });
    });
}

} // namespace wsdash
