// libFuzzer target: the credential files of other Huawei Cloud tools that "Import" reads — the
// SDK credentials file (INI) and KooCLI's config.json.
//
// Input: the first byte picks the reader (even: SDK credentials file, odd: KooCLI config); the
// rest is the file's content, written to a private temporary file and imported.
//
// Invariants:
//   - an error names the file, has a reason, and a line number within the file (or 0);
//   - no secret value of the input (the value of sk, security_token, secretAccessKey or
//     securityToken, at least 16 characters, found nowhere else in the file or its path)
//     appears in an error, a note, or a profile's problems;
//   - an imported profile whose name has a line break is flagged by Profile::nameProblem().

#include "core/profiles/credentialimport.h"
#include "fuzzcheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace wsdash;
using wsdash::fuzz::printable;

namespace {

// Values written as secrets, as the reader takes them: a JSON member "secretAccessKey" or
// "securityToken", or an INI line "sk = ..." / "security_token = ...".
QStringList secretValues(const QString& text, bool kooCli, const QString& path)
{
    static const QRegularExpression json(
        QStringLiteral("\"(?:secretAccessKey|securityToken)\"\\s*:\\s*\"([^\"\\\\]{16,})\""));
    static const QRegularExpression ini(
        QStringLiteral("^[ \\t]*(?:sk|security_token)[ \\t]*=[ \\t]*(\\S{16,})[ \\t]*\\r?$"),
        QRegularExpression::MultilineOption);
    QStringList values;
    auto it = (kooCli ? json : ini).globalMatch(text);
    while (it.hasNext()) {
        const QString value = it.next().captured(1);
        // Real secrets are long and random: a short value may be a word of a message ("sk =
        // region"), and a value that also stands elsewhere in the file (say in a profile name)
        // or in the file's path may be shown.
        if (value.size() >= 16 && text.count(value) == 1 && !path.contains(value))
            values.append(value);
    }
    return values;
}

void checkNoSecret(const QString& message, const QStringList& secrets)
{
    for (const QString& secret : secrets)
        FUZZ_CHECK(!message.contains(secret), "secret in message: " + printable(message));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQtMessages();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    static QTemporaryDir dir;
    const bool kooCli = data[0] % 2 == 1;
    const QByteArray content(reinterpret_cast<const char*>(data + 1),
                             static_cast<qsizetype>(size - 1));
    const QString path =
        dir.filePath(kooCli ? QStringLiteral("config.json") : QStringLiteral("credentials"));
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate), QByteArray());
        file.write(content);
    }
    const auto result = kooCli ? credentialimport::fromKooCliConfig(path)
                               : credentialimport::fromSdkCredentialsFile(path);
    const QStringList secrets = secretValues(QString::fromUtf8(content), kooCli, path);

    if (!result) {
        const FileError& error = result.error();
        FUZZ_CHECK(!error.reason.isEmpty(), QByteArray());
        FUZZ_CHECK(error.toString().contains(path), printable(error.toString()));
        FUZZ_CHECK(error.line >= 0 && error.line <= content.count('\n') + 1,
                   QByteArray::number(error.line));
        checkNoSecret(error.toString(), secrets);
        return 0;
    }
    for (const QString& note : result->notes)
        checkNoSecret(note, secrets);
    for (const ImportedProfile& imported : result->profiles) {
        // An imported profile may be incomplete, but then it says so: a name with a line
        // break cannot be saved as it is.
        FUZZ_CHECK(!imported.profile.name.contains(QLatin1Char('\n')) ||
                       Profile::nameProblem(imported.profile.name).has_value(),
                   printable(imported.profile.name));
        for (const QString& problem : imported.profile.problems())
            checkNoSecret(problem, secrets);
    }
    return 0;
}
