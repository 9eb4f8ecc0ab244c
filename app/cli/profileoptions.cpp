#include "cli/profileoptions.h"

#include "core/api/apirequest.h"
#include "core/profiles/profile.h"

#include <QCoreApplication>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

QString dashed(const QCommandLineOption& option)
{
    return QLatin1String("--") + option.names().constFirst();
}

} // namespace

std::optional<QString>
profileOptionsProblem(const QCommandLineParser& parser, const QCommandLineOption& profile,
                      const QCommandLineOption& saveProfile, const QCommandLineOption& listProfiles,
                      std::initializer_list<const QCommandLineOption*> notWithProfileCommands)
{
    if (parser.isSet(profile) && parser.value(profile).isEmpty())
        return tr("--profile needs the name of a saved profile (see --list-profiles).");
    for (const QCommandLineOption* command : {&listProfiles, &saveProfile}) {
        if (!parser.isSet(*command))
            continue;
        QList<const QCommandLineOption*> others(notWithProfileCommands);
        others.append(&profile);
        if (command == &listProfiles)
            others.append(&saveProfile);
        for (const QCommandLineOption* other : std::as_const(others)) {
            if (parser.isSet(*other)) {
                return tr("%1 cannot be combined with %2.").arg(dashed(*command), dashed(*other));
            }
        }
    }
    if (parser.isSet(saveProfile)) {
        if (const auto problem = Profile::nameProblem(parser.value(saveProfile)))
            return tr("--save-profile: %1").arg(*problem);
    }
    return std::nullopt;
}

Expected<CliOptions, UsageError> withProfileOverrides(CliOptions options,
                                                      const QString& projectIdOverride,
                                                      const QProcessEnvironment& environment)
{
    const QString projectId = projectIdOverride.trimmed();
    if (!projectId.isEmpty() && !isValidProjectId(projectId)) {
        return UsageError{
            tr("Project ID \"%1\" is not valid (letters, digits, - and _ only).").arg(projectId)};
    }
    options.projectId = projectId; // empty: the profile's
    QStringList ignored;
    for (const char* name : {"HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK",
                             "HUAWEICLOUD_SDK_SECURITY_TOKEN", "WSDASH_IAM_TOKEN"}) {
        if (!environment.value(QLatin1String(name)).trimmed().isEmpty())
            ignored.append(QLatin1String(name));
    }
    if (!ignored.isEmpty()) {
        options.warnings.append(tr("%1 ignored: profile \"%2\" supplies the credentials.")
                                    .arg(ignored.join(QLatin1String(", ")), options.profile));
    }
    return options;
}

} // namespace wsdash
