#include "cli/connectionoptions.h"

#include "cli/profileoptions.h"
#include "core/api/apirequest.h"

#include <QCoreApplication>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

ConnectionCliSwitches::ConnectionCliSwitches()
    : demo(QStringLiteral("demo"),
           tr("Use the built-in Workspace simulator instead of a cloud account."))
    , endpoint(QStringLiteral("endpoint"),
               tr("Workspace API endpoint, e.g. "
                  "https://workspace.cn-north-4.myhuaweicloud.com."),
               QStringLiteral("URL"))
    , region(QStringLiteral("region"), tr("Region ID, e.g. cn-north-4."), QStringLiteral("ID"))
    , projectId(QStringLiteral("project-id"),
                tr("Project ID (default: $HUAWEICLOUD_SDK_PROJECT_ID)."), QStringLiteral("ID"))
    , profile(QStringLiteral("profile"), tr("Use a saved connection profile."),
              QStringLiteral("NAME"))
    , saveProfile(QStringLiteral("save-profile"),
                  tr("Create or update a profile from --endpoint/--region, --project-id and the "
                     "credentials in the environment (secrets go to the system keychain), then "
                     "exit."),
                  QStringLiteral("NAME"))
    , listProfiles(QStringLiteral("list-profiles"),
                   tr("List the saved profiles (no secrets) and exit."))
{}

QList<QCommandLineOption> ConnectionCliSwitches::all() const
{
    return {demo, endpoint, region, projectId, profile, saveProfile, listProfiles};
}

Expected<CliOptions, UsageError>
applyConnectionOptions(const QCommandLineParser& parser, const ConnectionCliSwitches& o,
                       std::initializer_list<const QCommandLineOption*> notWithProfileCommands,
                       CliOptions options, const QProcessEnvironment& environment)
{
    options.demo = parser.isSet(o.demo);
    options.profile = parser.value(o.profile);
    if (const auto problem = profileOptionsProblem(parser, o.profile, o.saveProfile, o.listProfiles,
                                                   notWithProfileCommands)) {
        return UsageError{*problem};
    }
    if (parser.isSet(o.listProfiles)) {
        options.mode = CliOptions::Mode::ListProfiles;
        return options;
    }
    if (parser.isSet(o.saveProfile)) {
        options.mode = CliOptions::Mode::SaveProfile;
        options.saveProfile = parser.value(o.saveProfile);
    }
    if (options.demo) {
        if (parser.isSet(o.endpoint) || parser.isSet(o.region) || parser.isSet(o.profile)) {
            return UsageError{
                tr("--demo uses the built-in simulator; it cannot be combined with --endpoint, "
                   "--region or --profile.")};
        }
        options.projectId = parser.value(o.projectId);
        return options;
    }
    const bool fromProfile = !options.profile.isEmpty();

    if (parser.isSet(o.endpoint) && parser.isSet(o.region))
        return UsageError{tr("Give either --endpoint or --region, not both.")};
    if (parser.isSet(o.endpoint)) {
        auto endpoint = Endpoint::fromUrl(parser.value(o.endpoint));
        if (!endpoint)
            return UsageError{endpoint.error().message};
        options.endpoint = std::move(endpoint).value();
    } else if (parser.isSet(o.region)) {
        auto endpoint = Endpoint::fromRegion(parser.value(o.region), environment);
        if (!endpoint)
            return UsageError{endpoint.error().message};
        options.endpoint = std::move(endpoint).value();
    } else if (!fromProfile) {
        // Plain `wsdash` (the desktop launcher): the window opens on the connection used
        // last, or on its welcome page.
        if (options.mode == CliOptions::Mode::Window)
            return options;
        return UsageError{tr("Say where to connect: --endpoint URL or --region ID (or --demo "
                             "for the built-in simulator).")};
    }
    if (fromProfile)
        return withProfileOverrides(std::move(options), parser.value(o.projectId), environment);

    auto connection = environmentConnection(
        parser.isSet(o.projectId) ? std::optional(parser.value(o.projectId)) : std::nullopt,
        environment);
    if (!connection)
        return connection.error();
    options.credentials = connection->credentials;
    options.projectId = connection->projectId;
    return options;
}

Expected<EnvironmentConnection, UsageError>
environmentConnection(const std::optional<QString>& projectIdOption,
                      const QProcessEnvironment& environment)
{
    const EnvironmentCredentials env = credentialsFromEnvironment(environment);
    if (!env.error.isEmpty())
        return UsageError{env.error};
    if (!env.credentials.isValid()) {
        return UsageError{tr("No credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK "
                             "(plus HUAWEICLOUD_SDK_SECURITY_TOKEN for a temporary key), or "
                             "WSDASH_IAM_TOKEN.")};
    }
    EnvironmentConnection connection;
    connection.credentials = env.credentials;
    connection.projectId = projectIdOption ? projectIdOption->trimmed() : env.projectId;
    if (connection.projectId.isEmpty()) {
        return UsageError{
            tr("No project ID: give --project-id or set HUAWEICLOUD_SDK_PROJECT_ID.")};
    }
    if (!isValidProjectId(connection.projectId)) {
        return UsageError{tr("Project ID \"%1\" is not valid (letters, digits, - and _ only).")
                              .arg(connection.projectId)};
    }
    return connection;
}

} // namespace wsdash
