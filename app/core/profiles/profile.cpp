#include "core/profiles/profile.h"

#include "core/api/apirequest.h"

#include <QCoreApplication>
#include <QUuid>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("wsdash::Profile", text);
}

} // namespace

Expected<Endpoint, EndpointError> Profile::endpoint(const QProcessEnvironment& env) const
{
    if (!endpointUrl.isEmpty())
        return Endpoint::fromUrl(endpointUrl);
    if (region.isEmpty())
        return EndpointError{tr("The profile names neither a region nor an endpoint.")};
    return Endpoint::fromRegion(region, env);
}

QStringList Profile::problems() const
{
    QStringList problems;
    if (const auto problem = nameProblem(name))
        problems.append(*problem);
    if (!region.isEmpty() && !endpointUrl.isEmpty()) {
        problems.append(tr("Give either a region or a custom endpoint, not both."));
    } else if (region.isEmpty() && endpointUrl.isEmpty()) {
        problems.append(tr("Choose a region or enter a custom endpoint."));
    } else if (const auto ep = endpoint(); !ep) {
        problems.append(ep.error().message);
    }
    if (projectId.isEmpty())
        problems.append(tr("Enter the project ID."));
    else if (!isValidProjectId(projectId))
        problems.append(
            tr("The project ID may contain only letters, digits, - and _ (at most 64)."));
    if (authMode == AuthMode::IamPassword) {
        if (iamUserName.trimmed().isEmpty())
            problems.append(tr("Enter the IAM user name."));
        if (iamDomainName.trimmed().isEmpty())
            problems.append(tr("Enter the account name (the IAM domain)."));
        if (!iamEndpoint.isEmpty()) {
            if (const auto iam = Endpoint::fromUrl(iamEndpoint); !iam)
                problems.append(tr("IAM endpoint: %1").arg(iam.error().message));
        }
    }
    return problems;
}

QString Profile::secretKey() const
{
    return QLatin1String("profile/") + id;
}

QString Profile::summary() const
{
    const QString where = endpointUrl.isEmpty() ? region : endpointUrl;
    const QString project = projectId.size() > 8 ? projectId.left(8) + QChar(0x2026) : projectId;
    const QString dot = QStringLiteral(" \u00b7 ");
    return where + dot + project + dot + authModeName(authMode);
}

QString Profile::authModeName(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AkSk:
        return tr("permanent AK/SK");
    case AuthMode::TemporaryAkSk:
        return tr("temporary AK/SK");
    case AuthMode::IamToken:
        return tr("IAM token");
    case AuthMode::IamPassword:
        return tr("IAM sign-in");
    }
    return {};
}

QString Profile::authModeKey(AuthMode mode)
{
    switch (mode) {
    case AuthMode::AkSk:
        return QStringLiteral("aksk");
    case AuthMode::TemporaryAkSk:
        return QStringLiteral("temporary-aksk");
    case AuthMode::IamToken:
        return QStringLiteral("iam-token");
    case AuthMode::IamPassword:
        return QStringLiteral("iam-password");
    }
    return {};
}

std::optional<Profile::AuthMode> Profile::authModeFromKey(const QString& key)
{
    for (const AuthMode mode :
         {AuthMode::AkSk, AuthMode::TemporaryAkSk, AuthMode::IamToken, AuthMode::IamPassword}) {
        if (authModeKey(mode) == key)
            return mode;
    }
    return std::nullopt;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::optional<QString> Profile::nameProblem(const QString& name)
{
    if (name.isEmpty())
        return tr("Enter a profile name.");
    if (name.size() > 64)
        return tr("A profile name has at most 64 characters.");
    if (name != name.trimmed())
        return tr("A profile name must not start or end with a space.");
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return tr("A profile name must not contain control characters.");
    }
    return std::nullopt;
}

bool operator==(const Profile& a, const Profile& b)
{
    return a.id == b.id && a.name == b.name && a.region == b.region &&
           a.endpointUrl == b.endpointUrl && a.projectId == b.projectId &&
           a.authMode == b.authMode && a.iamUserName == b.iamUserName &&
           a.iamDomainName == b.iamDomainName && a.iamEndpoint == b.iamEndpoint &&
           a.tokenExpiresAt == b.tokenExpiresAt;
}

} // namespace wsdash
