#include "modes/guimodule.h"

#include "cli/exportcommand.h"
#include "core/version.h"
#include "modes/guientry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_MACOS)
#include <mach-o/dyld.h>
#endif

#include <vector>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

// The folder of the running executable, found before any application object exists (which
// would answer QCoreApplication::applicationDirPath(), but the module creates its own).
QString executableDirectory()
{
#if defined(Q_OS_WIN)
    std::vector<wchar_t> buffer(32768);
    const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), DWORD(buffer.size()));
    const QString path = QString::fromWCharArray(buffer.data(), int(length));
#elif defined(Q_OS_MACOS)
    uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);
    std::vector<char> buffer(size + 1, '\0');
    _NSGetExecutablePath(buffer.data(), &size);
    const QString path = QFileInfo(QString::fromLocal8Bit(buffer.data())).canonicalFilePath();
#else
    const QString path = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
#endif
    return QFileInfo(path).absolutePath();
}

} // namespace

QStringList guiModuleCandidates()
{
    const QDir here(executableDirectory());
    const QString name = QStringLiteral(WSDASH_GUI_MODULE_NAME);
    QStringList candidates{here.filePath(name)};
    const QString installed =
        QDir::cleanPath(here.filePath(QStringLiteral(WSDASH_GUI_MODULE_DIR "/") + name));
    if (!candidates.contains(installed))
        candidates.append(installed);
    return candidates;
}

int runGuiModule(int& argc, char** argv, const CliOptions& options, const QProcessEnvironment& env,
                 QTextStream& err)
{
    QStringList reasons;
    for (const QString& path : guiModuleCandidates()) {
        if (!QFileInfo::exists(path)) {
            reasons.append(tr("%1: no such file").arg(QDir::toNativeSeparators(path)));
            continue;
        }
        // Never unloaded: the module's objects live until the process ends.
        QLibrary module(path);
        const auto guiMain = reinterpret_cast<WsdashGuiMain>(module.resolve(kGuiMainSymbol));
        if (!guiMain) {
            reasons.append(module.errorString());
            continue;
        }
        return guiMain(kVersion, &argc, argv, &options, &env);
    }
    err << "wsdash: "
        << tr("the window module cannot be loaded (%1)").arg(reasons.join(QStringLiteral("; ")))
        << '\n';
    return ExitUsage;
}

} // namespace wsdash
