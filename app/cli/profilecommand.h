#pragma once

#include "cli/commandline.h"
#include "cli/modejob.h"

#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

namespace wsdash {

class ProfileStore;
class SecretStore;

// The command line's side of saved profiles: --save-profile NAME (creates or updates the
// profile from the connection options and the environment's credentials; prints one line
// naming it) and --list-profiles. Finishes with 0, or 1 with a one-line reason on `err`. No
// secret is ever printed.
class ProfileCommand final : public ModeJob
{
    Q_OBJECT

public:
    ProfileCommand(CliOptions options, const QProcessEnvironment& env, QTextStream& out,
                   QTextStream& err, QObject* parent = nullptr);
    ~ProfileCommand() override;

    void start() override;

private:
    int listProfiles();
    void saveWith(std::unique_ptr<SecretStore> secrets);
    void finish(int status);

    const CliOptions m_options;
    const QProcessEnvironment m_env;
    QTextStream& m_out;
    QTextStream& m_err;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
};

} // namespace wsdash
