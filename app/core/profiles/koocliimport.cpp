// KooCLI's ~/.hcloud/config.json; part of the credentialimport functions.
#include "core/api/apirequest.h"
#include "core/api/jsonlocator.h"
#include "core/profiles/credentialimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace wsdash::credentialimport {

namespace {

constexpr qint64 kMaxConfigSize = 4 * 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("wsdash::CredentialImport", text);
}

bool isTrue(const QJsonValue& value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
    return false;
}

} // namespace

Expected<ImportResult, FileError> fromKooCliConfig(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path))
        return FileError{shown, 0, tr("the file does not exist")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return FileError{shown, 0, tr("cannot be read (%1)").arg(file.errorString())};
    if (file.size() > kMaxConfigSize)
        return FileError{shown, 0, tr("the file is larger than 4 MiB; not a KooCLI configuration")};
    const QByteArray data = file.read(kMaxConfigSize + 1);
    const JsonLocator locator(data);

    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype offset = parseError.offset;
        return FileError{shown, locator.lineOf(offset),
                         tr("not valid JSON: %1 (column %2)")
                             .arg(parseError.errorString())
                             .arg(locator.columnOf(offset))};
    }
    const auto fail = [&shown, &locator](const JsonPath& where, const QString& reason) {
        return Expected<ImportResult, FileError>(FileError{shown, locator.lineOf(where), reason});
    };
    if (!document.isObject())
        return fail({}, tr("expected a JSON object at the top"));
    const QJsonObject root = document.object();
    const QJsonValue profilesValue = root.value(QLatin1String("profiles"));
    if (!profilesValue.isArray())
        return fail({QStringLiteral("profiles")}, tr("expected \"profiles\": [...]"));
    const QString currentName = root.value(QLatin1String("current")).toString();
    const bool allEncrypted = isTrue(root.value(QLatin1String("authEncrypt")));

    ImportResult result;
    result.source = shown;
    const QJsonArray profiles = profilesValue.toArray();
    for (int i = 0; i < profiles.size(); ++i) {
        const JsonPath here = {QStringLiteral("profiles"), i};
        const auto pathOf = [&here](const char* key) {
            JsonPath p = here;
            p.append(QString::fromLatin1(key));
            return p;
        };
        if (!profiles.at(i).isObject())
            return fail(here, tr("profiles[%1] is not an object").arg(i));
        const QJsonObject entry = profiles.at(i).toObject();
        // Every field read must be a string when present.
        for (const char* key : {"name", "mode", "accessKeyId", "secretAccessKey", "securityToken",
                                "region", "projectId"}) {
            const QJsonValue value = entry.value(QLatin1String(key));
            if (!value.isUndefined() && !value.isNull() && !value.isString()) {
                return fail(pathOf(key),
                            tr("%1 must be a string").arg(JsonLocator::toString(pathOf(key))));
            }
        }
        const QString name = entry.value(QLatin1String("name")).toString().trimmed();
        if (name.isEmpty())
            return fail(here, tr("profiles[%1] has no name").arg(i));
        const int line = locator.lineOf(here);
        const QString where = shown + QLatin1Char(':') + QString::number(line);

        if (allEncrypted || isTrue(entry.value(QLatin1String("authEncrypt")))) {
            result.notes.append(tr("%1: profile \"%2\" skipped: KooCLI stores its keys "
                                   "encrypted (authEncrypt), which wsdash cannot read. Enter "
                                   "them by hand.")
                                    .arg(where, name));
            continue;
        }
        const QString mode = entry.value(QLatin1String("mode")).toString();
        if (!mode.isEmpty() && mode.compare(QLatin1String("AKSK"), Qt::CaseInsensitive) != 0) {
            result.notes.append(tr("%1: profile \"%2\" skipped: authentication mode %3 is not "
                                   "supported (only AKSK).")
                                    .arg(where, name, mode));
            continue;
        }
        ImportedProfile imported;
        Profile& profile = imported.profile;
        profile.name = name;
        imported.secrets.accessKey = entry.value(QLatin1String("accessKeyId")).toString().trimmed();
        imported.secrets.secretKey =
            entry.value(QLatin1String("secretAccessKey")).toString().trimmed();
        const QString token = entry.value(QLatin1String("securityToken")).toString().trimmed();
        const bool hasAk = !imported.secrets.accessKey.isEmpty();
        const bool hasSk = !imported.secrets.secretKey.isEmpty();
        if (!hasAk && !hasSk) {
            result.notes.append(
                tr("%1: profile \"%2\" skipped: it has no access key.").arg(where, name));
            continue;
        }
        if (hasAk != hasSk) {
            return fail(
                pathOf(hasAk ? "accessKeyId" : "secretAccessKey"),
                hasAk ? tr("profile \"%1\" has accessKeyId but no secretAccessKey").arg(name)
                      : tr("profile \"%1\" has secretAccessKey but no accessKeyId").arg(name));
        }
        if (!token.isEmpty()) {
            profile.authMode = Profile::AuthMode::TemporaryAkSk;
            imported.secrets.securityToken = token;
        }
        const QString projectId = entry.value(QLatin1String("projectId")).toString().trimmed();
        if (!projectId.isEmpty() && !isValidProjectId(projectId)) {
            return fail(pathOf("projectId"),
                        tr("profile \"%1\": projectId is not a valid project ID").arg(name));
        }
        profile.projectId = projectId;
        const QString region = entry.value(QLatin1String("region")).toString().trimmed().toLower();
        if (Endpoint::knownRegions().contains(region)) {
            profile.region = region;
        } else if (!region.isEmpty()) {
            result.notes.append(tr("%1: profile \"%2\": region %3 has no known Workspace "
                                   "endpoint; choose a region or enter an endpoint.")
                                    .arg(where, name, region));
        }
        imported.current = name == currentName;
        result.profiles.append(imported);
    }
    if (result.profiles.isEmpty() && result.notes.isEmpty())
        result.notes.append(tr("%1: no profiles.").arg(shown));
    return result;
}

} // namespace wsdash::credentialimport
