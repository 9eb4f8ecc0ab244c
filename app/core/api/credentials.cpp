#include "core/api/credentials.h"

#include <QCoreApplication>

namespace wsdash {

Credentials Credentials::permanent(QString ak, QString sk)
{
    Credentials c;
    c.mode = Mode::AkSk;
    c.accessKey = std::move(ak);
    c.secretKey = std::move(sk);
    return c;
}

Credentials Credentials::temporary(QString ak, QString sk, QString token)
{
    Credentials c = permanent(std::move(ak), std::move(sk));
    c.mode = Mode::TemporaryAkSk;
    c.securityToken = std::move(token);
    return c;
}

Credentials Credentials::token(QString iamToken)
{
    Credentials c;
    c.mode = Mode::IamToken;
    c.iamToken = std::move(iamToken);
    return c;
}

bool Credentials::isValid() const
{
    switch (mode) {
    case Mode::None:
        return false;
    case Mode::AkSk:
        return !accessKey.isEmpty() && !secretKey.isEmpty();
    case Mode::TemporaryAkSk:
        return !accessKey.isEmpty() && !secretKey.isEmpty() && !securityToken.isEmpty();
    case Mode::IamToken:
        return !iamToken.isEmpty();
    }
    return false;
}

EnvironmentCredentials credentialsFromEnvironment(const QProcessEnvironment& env)
{
    EnvironmentCredentials result;
    const QString ak = env.value(QStringLiteral("HUAWEICLOUD_SDK_AK")).trimmed();
    const QString sk = env.value(QStringLiteral("HUAWEICLOUD_SDK_SK")).trimmed();
    const QString token = env.value(QStringLiteral("HUAWEICLOUD_SDK_SECURITY_TOKEN")).trimmed();
    const QString iamToken = env.value(QStringLiteral("WSDASH_IAM_TOKEN")).trimmed();
    result.projectId = env.value(QStringLiteral("HUAWEICLOUD_SDK_PROJECT_ID")).trimmed();

    if (!ak.isEmpty() || !sk.isEmpty()) {
        if (ak.isEmpty() || sk.isEmpty()) {
            result.error = QCoreApplication::translate(
                "wsdash::Credentials",
                "HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK must be set together.");
            return result;
        }
        result.credentials = token.isEmpty() ? Credentials::permanent(ak, sk)
                                             : Credentials::temporary(ak, sk, token);
        return result;
    }
    if (!token.isEmpty()) {
        result.error = QCoreApplication::translate(
            "wsdash::Credentials",
            "HUAWEICLOUD_SDK_SECURITY_TOKEN is set without HUAWEICLOUD_SDK_AK and "
            "HUAWEICLOUD_SDK_SK.");
        return result;
    }
    if (!iamToken.isEmpty())
        result.credentials = Credentials::token(iamToken);
    return result;
}

} // namespace wsdash
