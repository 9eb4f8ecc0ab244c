// A second process for tst_snapshotstore and tst_historypostgres: writes snapshots into a
// history database, one transaction each, so that several of these contend for the write lock.
//   historywriter PATH|URL SOURCE COUNT POOLS
// PATH is a SQLite file, URL a postgresql:// location (HistoryLocation).
// Exit status 0 when every write succeeded; the first failure is printed.
#include "core/history/historydatabase.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

using namespace wsdash;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() != 5) {
        err << "usage: historywriter PATH SOURCE COUNT POOLS\n";
        return 2;
    }
    const auto location = HistoryLocation::parse(args.at(1));
    if (!location) {
        err << "location: " << location.error() << '\n';
        return 2;
    }
    HistoryOptions options = HistoryOptions::at(*location);
    options.busyTimeout = std::chrono::seconds(20);
    auto db = HistoryDatabase::open(options);
    if (!db) {
        err << "open: " << db.error().message << '\n';
        return 1;
    }
    const int count = args.at(3).toInt();
    const int pools = args.at(4).toInt();
    const QDateTime start(QDate(2024, 3, 1), QTime(8, 0), QTimeZone::utc());
    Snapshot snapshot;
    snapshot.key = {args.at(2), QStringLiteral("p1"), QString()};
    QList<PoolStatistics> list;
    for (int i = 0; i < pools; ++i) {
        PoolStatistics pool{QStringLiteral("pool-%1").arg(i), QStringLiteral("Pool %1").arg(i), {}};
        pool.counts.setValue(Metric::TotalNum, i);
        list.append(pool);
    }
    snapshot.statistics.pools = list;
    for (int i = 0; i < count; ++i) {
        snapshot.takenAt = start.addSecs(60LL * i);
        snapshot.statistics.totals.setValue(Metric::TotalNum, i);
        const auto written = (*db)->record({snapshot});
        if (!written) {
            err << "write " << i << ": " << written.error().message << '\n';
            return 1;
        }
        if (i % 10 == 0) {
            const auto compacted = (*db)->compact(snapshot.takenAt);
            if (!compacted) {
                err << "compact " << i << ": " << compacted.error().message << '\n';
                return 1;
            }
        }
    }
    return 0;
}
