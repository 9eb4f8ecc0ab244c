#pragma once

#include "core/base/expected.h"
#include "core/base/fileerror.h"
#include "core/profiles/profile.h"
#include "core/profiles/profilesecrets.h"

#include <QList>
#include <QProcessEnvironment>
#include <QStringList>

namespace wsdash {

// A profile found in another tool's configuration. It may be incomplete (e.g. the SDK
// credentials file names no region): profile.problems() says what the user must still give.
struct ImportedProfile
{
    Profile profile; // no id yet
    ProfileSecrets secrets;
    bool current = false; // the source's current/default profile
};

struct ImportResult
{
    QString source; // file name, or "environment"
    QList<ImportedProfile> profiles;
    QStringList notes; // what was skipped or ignored, and why (translated)
};

// Reading credentials that other Huawei Cloud tools keep. Malformed files give a FileError
// naming the file and the line; secrets never appear in a message.
namespace credentialimport {

// HUAWEICLOUD_SDK_AK/_SK/_SECURITY_TOKEN/_PROJECT_ID, or WSDASH_IAM_TOKEN.
Expected<ImportResult, FileError> fromEnvironment(const QProcessEnvironment& env);

// The SDK credentials file (INI, section [basic]: ak, sk, security_token, project_id,
// iam_endpoint).
Expected<ImportResult, FileError> fromSdkCredentialsFile(const QString& path);

// KooCLI's configuration (JSON: current, profiles[] with name, accessKeyId, secretAccessKey,
// securityToken, region, projectId). Profiles whose keys KooCLI encrypted ("authEncrypt") or
// that use another authentication mode are skipped with a note.
Expected<ImportResult, FileError> fromKooCliConfig(const QString& path);

// ~/.huaweicloud/credentials and ~/.hcloud/config.json.
QString defaultSdkCredentialsPath();
QString defaultKooCliConfigPath();

} // namespace credentialimport

} // namespace wsdash
