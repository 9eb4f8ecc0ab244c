#pragma once

#include "cli/commandline.h"
#include "core/api/credentials.h"
#include "core/api/endpoint.h"
#include "core/api/statisticsquery.h"
#include "core/base/expected.h"

#include <QHostAddress>
#include <QProcessEnvironment>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <optional>

namespace wsdash {

// One connection the collector polls: from a saved profile or from --endpoint/--region and the
// environment's credentials.
struct CollectorConnection
{
    QString name;    // the profile name, or the endpoint; the series source and the log label
    QString profile; // empty when the connection came from the environment
    Endpoint endpoint;
    QString projectId;
    Credentials credentials;
};

// What `wsdash-collector` was asked to do, validated (docs/COLLECTOR.md).
struct CollectorOptions
{
    enum class Mode
    {
        Run,
        Help,
        Version
    };

    Mode mode = Mode::Run;
    QStringList profiles;      // --profile NAME, repeatable
    bool allProfiles = false;  // --all-profiles
    QString projectIdOverride; // --project-id with one --profile
    // --endpoint/--region with the environment's credentials (resolved); profiles are resolved
    // later, asynchronously (CollectorProfiles).
    std::optional<CollectorConnection> direct;
    StatisticsQuery query;
    std::chrono::milliseconds timeout{30000};
    std::chrono::milliseconds interval{60000};
    int callsPerMinute = 180; // the request budget (RequestBudget::Options::callsPerMinute)
    bool once = false;
    QString historyPath; // --history FILE; the default data location when empty
    QString historyUrl;  // --history-url: a file path or postgresql:// URL (checked when parsed)
    bool metricsEnabled = false;
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;
    QUrl webhook;
    QString helpText;
    QStringList warnings; // printed on stderr, do not stop the run
};

// Parses the arguments (argv[0] first). Help and version are modes, not errors.
Expected<CollectorOptions, UsageError>
parseCollectorCommandLine(const QStringList& arguments, const QProcessEnvironment& environment);

// The shortest interval the request budget allows for `connections` connections polled once per
// round each: a round of `connections` calls every interval must stay below callsPerMinute.
std::chrono::milliseconds minimumInterval(int connections, int callsPerMinute);

// "127.0.0.1:9464", "[::1]:9464", "0.0.0.0:9464": the address and port of --metrics-listen;
// a non-loopback address other than the explicit wildcard is refused.
std::optional<QString> parseListenAddress(const QString& text, QHostAddress& address,
                                          quint16& port);

// --webhook: https, or http to a loopback host only.
std::optional<QString> checkWebhookUrl(const QUrl& url);

} // namespace wsdash
