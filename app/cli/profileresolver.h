#pragma once

#include "cli/commandline.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

namespace wsdash {

class ProfileStore;
class SecretStore;

// --profile NAME, asynchronously: fills the options' endpoint, project ID and credentials from
// the saved profile (its secrets from the keychain). An --endpoint/--region or --project-id
// given on the command line wins over the profile's; credentials in the environment are
// ignored (the warning was prepared by the parser and is printed here). Failures print one
// line on `err` naming the reason (and the saved profiles when the name is unknown).
class ProfileResolver final : public QObject
{
    Q_OBJECT

public:
    ProfileResolver(CliOptions options, const QProcessEnvironment& env, QTextStream& err,
                    QObject* parent = nullptr);
    ~ProfileResolver() override;

    void start();

Q_SIGNALS:
    void resolved(const wsdash::CliOptions& options);
    // The process exit status to end with (1).
    void failed(int status);

private:
    void resolveWith(std::unique_ptr<SecretStore> secrets);

    CliOptions m_options;
    const QProcessEnvironment m_env;
    QTextStream& m_err;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_store;
};

} // namespace wsdash
