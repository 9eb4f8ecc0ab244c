#pragma once

#include "cli/commandline.h"

#include <QProcessEnvironment>
#include <QTextStream>

namespace wsdash {

// The command line's side of saved profiles. Each function runs to its end (a keychain may
// answer asynchronously) and returns the process exit status (0, or 1 with a one-line reason
// on `err`). No secret is ever printed. They work with or without an application object:
// when none exists they create a QCoreApplication for their own time.

// --profile NAME: fills options.endpoint, projectId and credentials from the saved profile
// (its secrets from the keychain). An --endpoint/--region or --project-id given on the command
// line wins over the profile's; credentials in the environment are ignored (with a warning).
int resolveProfile(int& argc, char** argv, CliOptions& options, const QProcessEnvironment& env,
                   QTextStream& err);

// --save-profile NAME (creates or updates the profile from the connection options and the
// environment's credentials; prints one line naming it) and --list-profiles.
int runProfileCommand(int& argc, char** argv, const CliOptions& options,
                      const QProcessEnvironment& env, QTextStream& out, QTextStream& err);

} // namespace wsdash
