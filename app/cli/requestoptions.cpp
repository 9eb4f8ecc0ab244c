#include "cli/requestoptions.h"

#include <QCoreApplication>

#include <cmath>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

RequestCliSwitches::RequestCliSwitches()
    : timeout(QStringLiteral("timeout"),
              tr("Total time a request may take, retries included (default 30)."),
              QStringLiteral("SECONDS"))
    , desktopType(QStringLiteral("desktop-type"),
                  tr("DEDICATED or POOLED; repeatable, commas allowed."), QStringLiteral("TYPE"))
    , statisticsType(QStringLiteral("statistics-type"),
                     tr("attach-state, login-state or run-state; repeatable, commas allowed."),
                     QStringLiteral("TYPE"))
    , poolId(QStringLiteral("pool-id"), tr("Desktop pool ID; repeatable, commas allowed."),
             QStringLiteral("ID"))
{}

QList<QCommandLineOption> RequestCliSwitches::all() const
{
    return {timeout, desktopType, statisticsType, poolId};
}

std::optional<QString> applyRequestOptions(const QCommandLineParser& parser,
                                           const RequestCliSwitches& r, StatisticsQuery& query,
                                           std::chrono::milliseconds& timeout)
{
    auto parsed = StatisticsQuery::fromStrings(
        parser.values(r.desktopType), parser.values(r.statisticsType), parser.values(r.poolId));
    if (!parsed)
        return parsed.error().message;
    query = std::move(parsed).value();

    if (parser.isSet(r.timeout)) {
        bool ok = false;
        const double seconds = parser.value(r.timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600) {
            return tr("--timeout must be a number of seconds between 0 and 3600, not \"%1\".")
                .arg(parser.value(r.timeout));
        }
        timeout = std::chrono::milliseconds(std::llround(seconds * 1000));
    }
    return std::nullopt;
}

} // namespace wsdash
