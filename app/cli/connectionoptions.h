#pragma once

#include "cli/commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QProcessEnvironment>

#include <initializer_list>

namespace wsdash {

// The command line's connection group: --demo, --endpoint, --region, --project-id, --profile,
// --save-profile, --list-profiles (credentials come from the environment or the profile).
struct ConnectionCliSwitches
{
    ConnectionCliSwitches();

    QCommandLineOption demo;
    QCommandLineOption endpoint;
    QCommandLineOption region;
    QCommandLineOption projectId;
    QCommandLineOption profile;
    QCommandLineOption saveProfile;
    QCommandLineOption listProfiles;

    QList<QCommandLineOption> all() const;
};

// Fills the connection of `options` (endpoint, project, credentials, demo, profile) and the
// profile modes. Plain `wsdash` without a connection is the window, which chooses one itself;
// every other mode needs one. `notWithProfileCommands`: options --save-profile and
// --list-profiles exclude.
Expected<CliOptions, UsageError>
applyConnectionOptions(const QCommandLineParser& parser, const ConnectionCliSwitches& c,
                       std::initializer_list<const QCommandLineOption*> notWithProfileCommands,
                       CliOptions options, const QProcessEnvironment& environment);

// The keys and project of a connection given by --endpoint or --region: the credentials from
// the environment (HUAWEICLOUD_SDK_AK/SK/SECURITY_TOKEN, WSDASH_IAM_TOKEN), the project from
// `projectIdOption` (--project-id, when given) or HUAWEICLOUD_SDK_PROJECT_ID, checked.
struct EnvironmentConnection
{
    Credentials credentials;
    QString projectId;
};
Expected<EnvironmentConnection, UsageError>
environmentConnection(const std::optional<QString>& projectIdOption,
                      const QProcessEnvironment& environment);

} // namespace wsdash
