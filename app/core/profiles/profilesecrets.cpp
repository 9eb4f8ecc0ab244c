#include "core/profiles/profilesecrets.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace wsdash {

namespace {

constexpr int kBlobVersion = 1;

} // namespace

bool ProfileSecrets::isCompleteFor(Profile::AuthMode mode) const
{
    switch (mode) {
    case Profile::AuthMode::AkSk:
        return !accessKey.isEmpty() && !secretKey.isEmpty();
    case Profile::AuthMode::TemporaryAkSk:
        return !accessKey.isEmpty() && !secretKey.isEmpty() && !securityToken.isEmpty();
    case Profile::AuthMode::IamToken:
    case Profile::AuthMode::IamPassword:
        return !iamToken.isEmpty();
    }
    return false;
}

ProfileSecrets ProfileSecrets::reducedTo(Profile::AuthMode mode) const
{
    ProfileSecrets reduced;
    switch (mode) {
    case Profile::AuthMode::TemporaryAkSk:
        reduced.securityToken = securityToken;
        Q_FALLTHROUGH();
    case Profile::AuthMode::AkSk:
        reduced.accessKey = accessKey;
        reduced.secretKey = secretKey;
        break;
    case Profile::AuthMode::IamToken:
    case Profile::AuthMode::IamPassword:
        reduced.iamToken = iamToken;
        break;
    }
    return reduced;
}

Credentials ProfileSecrets::credentials(Profile::AuthMode mode) const
{
    switch (mode) {
    case Profile::AuthMode::AkSk:
        return Credentials::permanent(accessKey, secretKey);
    case Profile::AuthMode::TemporaryAkSk:
        return Credentials::temporary(accessKey, secretKey, securityToken);
    case Profile::AuthMode::IamToken:
    case Profile::AuthMode::IamPassword:
        return Credentials::token(iamToken);
    }
    return {};
}

ProfileSecrets ProfileSecrets::fromCredentials(const Credentials& credentials)
{
    ProfileSecrets secrets;
    secrets.accessKey = credentials.accessKey;
    secrets.secretKey = credentials.secretKey;
    secrets.securityToken = credentials.securityToken;
    secrets.iamToken = credentials.iamToken;
    return secrets;
}

QByteArray ProfileSecrets::toBlob() const
{
    QJsonObject object;
    object.insert(QLatin1String("version"), kBlobVersion);
    const std::pair<const char*, const QString*> fields[] = {
        {"access_key", &accessKey},
        {"secret_key", &secretKey},
        {"security_token", &securityToken},
        {"iam_token", &iamToken},
    };
    for (const auto& [key, value] : fields) {
        if (!value->isEmpty())
            object.insert(QLatin1String(key), *value);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ProfileSecrets> ProfileSecrets::fromBlob(const QByteArray& blob)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(blob, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject object = document.object();
    if (object.value(QLatin1String("version")).toInt() != kBlobVersion)
        return std::nullopt;
    ProfileSecrets secrets;
    const std::pair<const char*, QString*> fields[] = {
        {"access_key", &secrets.accessKey},
        {"secret_key", &secrets.secretKey},
        {"security_token", &secrets.securityToken},
        {"iam_token", &secrets.iamToken},
    };
    for (const auto& [key, target] : fields) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        if (!value.isString())
            return std::nullopt;
        *target = value.toString();
    }
    return secrets;
}

void ProfileSecrets::wipe()
{
    wipeString(accessKey);
    wipeString(secretKey);
    wipeString(securityToken);
    wipeString(iamToken);
}

bool operator==(const ProfileSecrets& a, const ProfileSecrets& b)
{
    return a.accessKey == b.accessKey && a.secretKey == b.secretKey &&
           a.securityToken == b.securityToken && a.iamToken == b.iamToken;
}

void wipeBytes(QByteArray& bytes)
{
    if (!bytes.isDetached()) {
        bytes.clear(); // shared: writing would detach and wipe only our copy
        return;
    }
    std::fill(bytes.begin(), bytes.end(), '\0');
    bytes.clear();
}

void wipeString(QString& text)
{
    if (!text.isDetached()) {
        text.clear();
        return;
    }
    std::fill(text.begin(), text.end(), QChar(u'\0'));
    text.clear();
}

} // namespace wsdash
