#pragma once

#include "cli/historyoptions.h"
#include "core/api/credentials.h"
#include "core/api/endpoint.h"
#include "core/api/statisticsquery.h"
#include "core/base/expected.h"

#include <QDateTime>
#include <QProcessEnvironment>
#include <QSize>
#include <QStringList>

#include <chrono>

namespace wsdash {

// What `wsdash` was asked to do, validated. Credentials come from the environment or a saved
// profile (resolved by ProfileResolver, profileresolver.h), never from arguments.
struct CliOptions
{
    enum class Mode
    {
        Window,
        Export,
        Screenshot,
        Help,
        Version,
        Check,
        History,
        SaveProfile,
        ListProfiles,
        Drill // --drill COUNT (drillcommand.h)
    };
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    Mode mode = Mode::Window;
    bool demo = false;
    Endpoint endpoint; // unset in demo mode
    QString projectId;
    QString profile;     // --profile: endpoint, project and credentials come from it; an
                         // --endpoint/--region or --project-id given as well overrides its value
    QString saveProfile; // --save-profile NAME
    Credentials credentials;
    StatisticsQuery query;
    std::chrono::milliseconds timeout{30000};
    QString exportPath;
    std::optional<Metric> drillCount; // --drill: the count whose desktops are listed
    HistoryCliOptions history;        // --check, --history, --no-history (historyoptions.h)
    QString screenshotPath;
    QSize size{1280, 800};
    qreal scale = 1.0; // --scale: device pixels per logical pixel of a --screenshot
    QDateTime asOf;    // --as-of: the data time shown and written instead of the real one
    Theme theme = Theme::System;
    QString language;
    QString helpText;
    QStringList warnings; // printed to stderr, do not stop the run
};

struct UsageError
{
    // A word longer than a line (a value pasted by mistake, 128 KiB of it) is cut to its start
    // and its length, so that the message stays readable.
    UsageError(const QString& text);
    QString message;
};

// Parses the arguments (argv[0] first). Help and version are modes, not errors.
Expected<CliOptions, UsageError> parseCommandLine(const QStringList& arguments,
                                                  const QProcessEnvironment& environment);

} // namespace wsdash
