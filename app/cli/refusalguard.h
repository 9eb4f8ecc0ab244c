#pragma once

#include "cli/commandline.h"
#include "core/api/statisticsclient.h"

#include <QProcessEnvironment>

#include <optional>

namespace wsdash {

// The headless side of "a refused key is not sent again" (RefusedCredentials): --export and
// --check run by a scheduler must not repeat a badly signed request every minute until the
// gateway locks the key.
class RefusalGuard final
{
public:
    explicit RefusalGuard(const CliOptions& options, const QProcessEnvironment& env =
                                                         QProcessEnvironment::systemEnvironment());

    // When these credentials were refused before: the one-line reason not to send them.
    std::optional<QString> refusedBefore() const;
    // After the fetch: remembers a refusal that needs new credentials, forgets one on success.
    void record(const StatisticsResult& result) const;

    // $WSDASH_DATA_DIR/refused-credentials (or the application data folder).
    static QString path(const QProcessEnvironment& env);

private:
    QString m_path;
    QString m_fingerprint;
};

} // namespace wsdash
