#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <optional>

namespace wsdash {

struct CliOptions;

// The command line's output group: --export, --screenshot and how a picture looks (--size,
// --scale, --as-of, --theme, --lang).
struct OutputCliSwitches
{
    OutputCliSwitches();

    QCommandLineOption exportFile;
    QCommandLineOption screenshot;
    QCommandLineOption size;
    QCommandLineOption scale;
    QCommandLineOption asOf;
    QCommandLineOption theme;
    QCommandLineOption lang;

    QList<QCommandLineOption> all() const;
};

// --export FILE and --screenshot FILE.png: the mode and the path (checked). The problem, if any.
std::optional<QString> applyOutputMode(const QCommandLineParser& parser, const OutputCliSwitches& s,
                                       CliOptions& options);

// --size, --scale, --as-of, --theme, --lang. The problem, if any.
std::optional<QString> applyPresentationOptions(const QCommandLineParser& parser,
                                                const OutputCliSwitches& s, CliOptions& options);

} // namespace wsdash
