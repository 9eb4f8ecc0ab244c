#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace wsdash {

// How requests are authenticated. Secrets live here only in memory: this type has no debug
// output and nothing in wsdash prints or logs it.
struct Credentials
{
    enum class Mode
    {
        None,
        AkSk,
        TemporaryAkSk,
        IamToken
    };

    Mode mode = Mode::None;
    QString accessKey;
    QString secretKey;
    QString securityToken; // temporary AK/SK
    QString iamToken;      // X-Auth-Token

    static Credentials permanent(QString ak, QString sk);
    static Credentials temporary(QString ak, QString sk, QString token);
    static Credentials token(QString iamToken);

    bool isValid() const;
    bool signsRequests() const { return mode == Mode::AkSk || mode == Mode::TemporaryAkSk; }
};

struct EnvironmentCredentials
{
    Credentials credentials;
    QString projectId;
    QString error; // set when the environment is inconsistent (e.g. an AK without SK)
};

// Reads HUAWEICLOUD_SDK_AK, _SK, _SECURITY_TOKEN, _PROJECT_ID and WSDASH_IAM_TOKEN. AK/SK take
// precedence over an IAM token, as in the SDKs.
EnvironmentCredentials credentialsFromEnvironment(const QProcessEnvironment& env);

} // namespace wsdash
