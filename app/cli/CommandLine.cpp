#include "CommandLine.h"

#include <QCoreApplication>

#include "common/BuildInfo.h"

namespace orglens::cli {

namespace {

// The translation context of this file's messages.
struct CommandLine {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::CommandLine)
};

void printUsage(QTextStream &out, const std::vector<std::unique_ptr<Command>> &commands)
{
    out << CommandLine::tr("Usage: orglens-cli <command> [options]") << "\n\n"
        << CommandLine::tr("OrgLens command line: inspect, verify and compare Auth0 tokens.") << "\n\n"
        << CommandLine::tr("Commands:") << '\n';
    for (const auto &command : commands)
        out << "  " << command->name().leftJustified(16) << command->summary() << '\n';
    out << '\n'
        << CommandLine::tr("Run 'orglens-cli <command> --help' for the options of a command.") << "\n\n"
        << CommandLine::tr("Exit codes: 0 success, 1 the operation failed, 2 bad usage or bad input.") << '\n';
}

} // namespace

int runCommandLine(const QStringList &arguments, CommandIo &io)
{
    const auto commands = allCommands();
    if (arguments.isEmpty()) {
        printUsage(io.err, commands);
        io.err.flush();
        return ExitUsage;
    }
    const QString &verb = arguments.first();
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        printUsage(io.out, commands);
        io.out.flush();
        return ExitSuccess;
    }
    if (verb == QLatin1String("--version") || verb == QLatin1String("-v")) {
        io.out << "orglens-cli " << versionLine() << '\n';
        io.out.flush();
        return ExitSuccess;
    }
    for (const auto &command : commands) {
        if (command->name() == verb)
            return command->run(arguments, io);
    }
    io.err << CommandLine::tr("orglens-cli: unknown command '%1'.").arg(verb) << '\n'
           << CommandLine::tr("Run 'orglens-cli --help' for the list of commands.") << '\n';
    io.err.flush();
    return ExitUsage;
}

} // namespace orglens::cli
