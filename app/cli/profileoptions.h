#pragma once

#include "cli/commandline.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <initializer_list>
#include <optional>

namespace wsdash {

// The command-line checks of --profile, --save-profile and --list-profiles (used by
// parseCommandLine; the work itself is in profilecommand.h).

// Why these options cannot be used together as given; nullopt when they can.
std::optional<QString>
profileOptionsProblem(const QCommandLineParser& parser, const QCommandLineOption& profile,
                      const QCommandLineOption& saveProfile, const QCommandLineOption& listProfiles,
                      std::initializer_list<const QCommandLineOption*> notWithProfileCommands);

// With --profile: the project ID given on the command line (if any) overrides the profile's;
// credentials in the environment are ignored, with a warning, because the profile supplies them.
Expected<CliOptions, UsageError> withProfileOverrides(CliOptions options,
                                                      const QString& projectIdOverride,
                                                      const QProcessEnvironment& environment);

} // namespace wsdash
