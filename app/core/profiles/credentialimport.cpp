#include "core/profiles/credentialimport.h"

#include "core/api/apirequest.h"
#include "core/api/credentials.h"
#include "core/profiles/inireader.h"

#include <QCoreApplication>
#include <QDir>

namespace wsdash::credentialimport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("wsdash::CredentialImport", text);
}

bool hasWhitespace(const QString& text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

} // namespace

QString defaultSdkCredentialsPath()
{
    return QDir::home().filePath(QStringLiteral(".huaweicloud/credentials"));
}

QString defaultKooCliConfigPath()
{
    return QDir::home().filePath(QStringLiteral(".hcloud/config.json"));
}

Expected<ImportResult, FileError> fromEnvironment(const QProcessEnvironment& env)
{
    const QString source = tr("the environment");
    const EnvironmentCredentials found = credentialsFromEnvironment(env);
    if (!found.error.isEmpty())
        return FileError{source, 0, found.error};
    if (!found.credentials.isValid()) {
        return FileError{source, 0,
                         tr("neither HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK nor "
                            "WSDASH_IAM_TOKEN is set")};
    }
    if (!found.projectId.isEmpty() && !isValidProjectId(found.projectId)) {
        return FileError{source, 0,
                         tr("HUAWEICLOUD_SDK_PROJECT_ID is not a valid project ID (letters, "
                            "digits, - and _ only)")};
    }
    ImportedProfile imported;
    imported.profile.name = QStringLiteral("environment");
    imported.profile.projectId = found.projectId;
    switch (found.credentials.mode) {
    case Credentials::Mode::TemporaryAkSk:
        imported.profile.authMode = Profile::AuthMode::TemporaryAkSk;
        break;
    case Credentials::Mode::IamToken:
        imported.profile.authMode = Profile::AuthMode::IamToken;
        break;
    case Credentials::Mode::AkSk:
    case Credentials::Mode::None:
        imported.profile.authMode = Profile::AuthMode::AkSk;
        break;
    }
    imported.secrets = ProfileSecrets::fromCredentials(found.credentials);
    imported.current = true;
    ImportResult result;
    result.source = source;
    result.profiles.append(imported);
    return result;
}

Expected<ImportResult, FileError> fromSdkCredentialsFile(const QString& path)
{
    auto document = IniReader::readFile(path);
    if (!document)
        return document.error();
    const QString shown = QDir::toNativeSeparators(path);
    const auto fail = [&shown](int line, const QString& reason) {
        return Expected<ImportResult, FileError>(FileError{shown, line, reason});
    };
    ImportResult result;
    result.source = shown;
    const IniSection* basic = document->section(QStringLiteral("basic"), Qt::CaseInsensitive);
    if (!basic)
        return fail(0, tr("no [basic] section (expected ak and sk there)"));

    ImportedProfile imported;
    Profile& profile = imported.profile;
    profile.name = QStringLiteral("sdk-credentials");
    static const QStringList knownIgnored = {QStringLiteral("domain_id"), QStringLiteral("idp_id"),
                                             QStringLiteral("id_token_file")};
    std::optional<IniEntry> akEntry;
    std::optional<IniEntry> skEntry;
    std::optional<IniEntry> tokenEntry;
    for (const IniEntry& entry : basic->entries) {
        const QString& key = entry.key;
        const bool secretLike = key == QLatin1String("ak") || key == QLatin1String("sk") ||
                                key == QLatin1String("security_token") ||
                                key == QLatin1String("project_id");
        if (secretLike && hasWhitespace(entry.value))
            return fail(entry.line, tr("the value of %1 contains white space").arg(key));
        if (key == QLatin1String("ak")) {
            akEntry = entry;
        } else if (key == QLatin1String("sk")) {
            skEntry = entry;
        } else if (key == QLatin1String("security_token")) {
            tokenEntry = entry;
        } else if (key == QLatin1String("project_id")) {
            if (!entry.value.isEmpty() && !isValidProjectId(entry.value)) {
                return fail(entry.line, tr("project_id is not a valid project ID (letters, "
                                           "digits, - and _ only)"));
            }
            profile.projectId = entry.value;
        } else if (key == QLatin1String("iam_endpoint")) {
            if (!entry.value.isEmpty()) {
                if (const auto iam = Endpoint::fromUrl(entry.value); !iam)
                    return fail(entry.line, tr("iam_endpoint: %1").arg(iam.error().message));
                profile.iamEndpoint = entry.value;
            }
        } else if (knownIgnored.contains(key)) {
            result.notes.append(tr("%1:%2: %3 is not used by wsdash; ignored.")
                                    .arg(shown)
                                    .arg(entry.line)
                                    .arg(key));
        } else {
            result.notes.append(
                tr("%1:%2: unknown key %3 ignored.").arg(shown).arg(entry.line).arg(key));
        }
    }
    const bool hasAk = akEntry && !akEntry->value.isEmpty();
    const bool hasSk = skEntry && !skEntry->value.isEmpty();
    if (hasAk != hasSk) {
        const IniEntry& given = hasAk ? *akEntry : *skEntry;
        return fail(given.line, hasAk ? tr("ak is set but sk is missing or empty")
                                      : tr("sk is set but ak is missing or empty"));
    }
    if (!hasAk)
        return fail(basic->line, tr("[basic] has no ak and sk"));
    imported.secrets.accessKey = akEntry->value;
    imported.secrets.secretKey = skEntry->value;
    if (tokenEntry && !tokenEntry->value.isEmpty()) {
        profile.authMode = Profile::AuthMode::TemporaryAkSk;
        imported.secrets.securityToken = tokenEntry->value;
    }
    for (const IniSection& section : document->sections) {
        if (&section != basic) {
            result.notes.append(tr("%1:%2: section [%3] ignored (only [basic] is imported).")
                                    .arg(shown)
                                    .arg(section.line)
                                    .arg(section.name));
        }
    }
    result.notes.append(tr("The SDK credentials file names no region: choose one for profile "
                           "\"%1\".")
                            .arg(profile.name));
    imported.current = true;
    result.profiles.append(imported);
    return result;
}

} // namespace wsdash::credentialimport
