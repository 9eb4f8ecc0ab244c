#include "modes/modelauncher.h"

#include "cli/exportcommand.h"
#include "cli/modejob.h"
#include "cli/profileresolver.h"

namespace wsdash {

ModeLauncher::ModeLauncher(CliOptions options, const QProcessEnvironment& env, QTextStream& err,
                           JobFactory createJob, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_env(env)
    , m_err(err)
    , m_createJob(std::move(createJob))
{}

ModeLauncher::~ModeLauncher() = default;

void ModeLauncher::start()
{
    if (m_options.profile.isEmpty()) {
        run(m_options);
        return;
    }
    auto* resolver = new ProfileResolver(m_options, m_env, m_err, this);
    connect(resolver, &ProfileResolver::resolved, this, [this, resolver](const CliOptions& o) {
        resolver->deleteLater();
        run(o);
    });
    connect(resolver, &ProfileResolver::failed, this, &ModeLauncher::finished);
    resolver->start();
}

void ModeLauncher::run(CliOptions options)
{
    m_job = m_createJob(std::move(options));
    if (!m_job) {
        m_err.flush();
        Q_EMIT finished(ExitRequestFailed);
        return;
    }
    connect(m_job.get(), &ModeJob::finished, this, &ModeLauncher::finished);
    m_job->start();
}

} // namespace wsdash
