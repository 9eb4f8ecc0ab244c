#include "cli/exportcommand.h"
#include "cli/modejob.h"
#include "core/base/memorypolicy.h"
#include "core/version.h"
#include "modes/application.h"
#include "modes/guiapplication.h"
#include "modes/guientry.h"
#include "modes/modelauncher.h"
#include "modes/screenshotmode.h"
#include "modes/windowmode.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <cstring>

// The window module's entry point (guientry.h): the window, --screenshot and --export FILE.pdf.
extern "C" Q_DECL_EXPORT int wsdash_gui_main(const char* version, int* argc, char** argv,
                                             const wsdash::CliOptions* options,
                                             const QProcessEnvironment* env)
{
    using namespace wsdash;
    keepFreedMemoryForReuse();
    preferHugePagesForTheHeap();
    QTextStream err(stderr);
    if (std::strcmp(version, kVersion) != 0) {
        err << "wsdash: "
            << QCoreApplication::translate("wsdash",
                                           "the window module is version %1, not %2: reinstall "
                                           "wsdash")
                   .arg(QLatin1String(kVersion), QLatin1String(version))
            << '\n';
        return ExitUsage;
    }
    const auto app = createGuiApplication(*argc, argv, *options, err);
    if (!app)
        return ExitUsage;
    const auto createJob = [env, &err](CliOptions o) -> std::unique_ptr<ModeJob> {
        if (o.mode == CliOptions::Mode::Window)
            return std::make_unique<WindowMode>(std::move(o), *env, err);
        if (needsWidgets(o)) // --screenshot, and --export FILE.pdf (drawn by the window)
            return std::make_unique<ScreenshotMode>(std::move(o), err);
        return nullptr; // the executable's (headlessjobs.h)
    };
    ModeLauncher launcher(*options, *env, err, createJob);
    QObject::connect(&launcher, &ModeLauncher::finished, app.get(),
                     [](int status) { QCoreApplication::exit(status); });
    QTimer::singleShot(0, &launcher, &ModeLauncher::start);
    const int status = app->exec();
    if (options->mode == CliOptions::Mode::Screenshot) {
        // The picture is written (atomically, checked) and there is nothing else to save:
        // tearing the window and the application down would only cost time (a twentieth of start
        // to painted demo dashboard; issue 18).
        err.flush();
        std::fflush(nullptr);
        std::_Exit(status);
    }
    return status;
}
