#include "cli/refusalguard.h"

#include "core/api/refusedcredentials.h"
#include "core/history/datalocation.h"

#include <QCoreApplication>
#include <QDir>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

} // namespace

RefusalGuard::RefusalGuard(const CliOptions& options, const QProcessEnvironment& env)
    : m_path(path(env))
    , m_fingerprint(
          RefusedCredentials::fingerprint(options.endpoint, options.projectId, options.credentials))
{}

QString RefusalGuard::path(const QProcessEnvironment& env)
{
    return QDir(dataDirectory(env)).filePath(QStringLiteral("refused-credentials"));
}

std::optional<QString> RefusalGuard::refusedBefore() const
{
    const auto refusal = RefusedCredentials(m_path).find(m_fingerprint);
    if (!refusal)
        return std::nullopt;
    return wsdash::tr("request not sent: these credentials were refused at %1 (%2); sending them "
                      "again could get the access key locked. Correct the key or token: new "
                      "credentials are sent again.")
        .arg(refusal->at.toString(Qt::ISODate), refusal->error.toOneLine());
}

void RefusalGuard::record(const StatisticsResult& result) const
{
    RefusedCredentials refused(m_path);
    if (result.ok()) {
        refused.remember(m_fingerprint, std::nullopt);
        return;
    }
    if (RefusedCredentials::needsNewCredentials(result.error, QDateTime::currentDateTimeUtc()))
        refused.remember(m_fingerprint, result.error);
}

} // namespace wsdash
