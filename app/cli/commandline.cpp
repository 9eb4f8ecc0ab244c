#include "cli/commandline.h"

#include "cli/connectionoptions.h"
#include "cli/drillcommand.h"
#include "cli/historyoptions.h"
#include "cli/outputoptions.h"
#include "cli/requestoptions.h"
#include "core/api/apirequest.h"
#include "core/dashboard/exporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringConverter>

namespace wsdash {

namespace {

QString tr(const char* text)
{
    // The context lupdate gives tr() calls in namespace wsdash.
    return QCoreApplication::translate("wsdash", text);
}

const char kCredentialsHelp[] =
    "With no options (the desktop launcher), wsdash opens the window on the connection used\n"
    "last (a saved profile, the demo or the environment's keys), else on a welcome page\n"
    "(Try the demo, Add a connection, Import). Options given here win over what is remembered.\n"
    "\n"
    "Credentials are never taken from arguments. They come from the environment:\n"
    "  HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK   permanent or temporary AK/SK\n"
    "  HUAWEICLOUD_SDK_SECURITY_TOKEN          security token of a temporary AK/SK\n"
    "  HUAWEICLOUD_SDK_PROJECT_ID              project ID when --project-id is not given\n"
    "  WSDASH_IAM_TOKEN                        an IAM token (X-Auth-Token) instead of AK/SK\n"
    "  HUAWEICLOUD_SDK_REGION                  region of the connection the window offers\n"
    "or from a saved profile (--profile NAME), whose keys are in the system keychain;\n"
    "--save-profile NAME stores the credentials above in one (see docs/PROFILES.md).\n"
    "\n"
    "Exit status: 0 success, 1 usage error, 2 the request failed.\n";

// The parser names the program after argv[0], or "<executable_name>" before a
// QCoreApplication exists (as here): the first line says "wsdash" either way.
QString helpWithProgramName(QString help)
{
    const QString shown = QCoreApplication::instance() && !QCoreApplication::arguments().isEmpty()
                              ? QCoreApplication::arguments().constFirst()
                              : QStringLiteral("<executable_name>");
    const qsizetype lineEnd = help.indexOf(QLatin1Char('\n'));
    const qsizetype at = help.indexOf(shown);
    if (!shown.isEmpty() && at >= 0 && (lineEnd < 0 || at < lineEnd))
        help.replace(at, shown.size(), QStringLiteral("wsdash"));
    return help;
}

} // namespace

UsageError::UsageError(const QString& text)
    : message(text)
{
    constexpr int kLongestWord = 120;
    static const QRegularExpression longWord(QStringLiteral("\\S{%1,}").arg(kLongestWord + 1));
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = longWord.match(message, from)).hasMatch()) {
        const QString cut = match.captured().left(60) + QChar(0x2026) +
                            tr(" (%1 characters)").arg(match.capturedLength());
        message.replace(match.capturedStart(), match.capturedLength(), cut);
        from = match.capturedStart() + cut.size();
    }
}

Expected<CliOptions, UsageError> parseCommandLine(const QStringList& arguments,
                                                  const QProcessEnvironment& environment)
{
    // A name that is not valid text in the system's encoding reaches us with U+FFFD in it:
    // going on would write a file of another name.
    for (const QString& argument : arguments) {
        if (argument.contains(QChar::ReplacementCharacter)) {
            return UsageError{
                tr("\"%1\" is not valid text in the system's encoding (%2); "
                   "rename the file or choose another name.")
                    .arg(argument, QString::fromLatin1(QStringConverter::nameForEncoding(
                                       QStringConverter::System)))};
        }
    }
    const ConnectionCliSwitches c;
    const RequestCliSwitches r;
    const OutputCliSwitches out;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("wsdash — a dashboard for Huawei Cloud Workspace desktop statistics."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions(c.all());
    parser.addOptions(r.all());
    parser.addOptions(out.all());
    const HistoryCliSwitches h;
    parser.addOptions(h.all());
    const DrillCliSwitches drill;
    parser.addOption(drill.drill);

    if (!parser.parse(arguments))
        return UsageError{parser.errorText()};
    if (!parser.positionalArguments().isEmpty()) {
        // Not echoed: a stray argument may be a pasted secret.
        return UsageError{tr("Unexpected argument (not shown). Options start with --; "
                             "credentials are read from the environment, never from the "
                             "command line.")};
    }

    CliOptions options;
    if (parser.isSet(helpOption)) {
        options.mode = CliOptions::Mode::Help;
        options.helpText =
            helpWithProgramName(parser.helpText()) + QLatin1Char('\n') + tr(kCredentialsHelp);
        return options;
    }
    if (parser.isSet(versionOption)) {
        options.mode = CliOptions::Mode::Version;
        return options;
    }

    // Options given once must not be given twice with different values.
    for (const QCommandLineOption* single :
         {&c.endpoint, &c.region, &c.projectId, &c.profile, &c.saveProfile, &r.timeout,
          &out.exportFile, &out.screenshot, &out.size, &out.scale, &out.asOf, &out.theme,
          &out.lang}) {
        if (parser.values(*single).size() > 1) {
            return UsageError{
                tr("--%1 is given more than once.").arg(single->names().constFirst())};
        }
    }

    if (const auto problem = applyRequestOptions(parser, r, options.query, options.timeout))
        return UsageError{*problem};

    if (const auto problem = applyOutputMode(parser, out, options))
        return UsageError{*problem};
    if (const auto problem = applyHistoryOptions(parser, h, options))
        return UsageError{*problem};
    if (const auto problem = applyDrillOptions(parser, drill, options))
        return UsageError{*problem};
    if (options.mode == CliOptions::Mode::History) {             // reads local files only
        options.projectId = parser.value(c.projectId).trimmed(); // a filter here
        return options;
    }
    if (const auto problem = applyPresentationOptions(parser, out, options))
        return UsageError{*problem};
    return applyConnectionOptions(parser, c, {&c.demo, &out.exportFile, &out.screenshot},
                                  std::move(options), environment);
}

} // namespace wsdash
