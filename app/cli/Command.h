#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <vector>

namespace orglens::cli {

// Documented exit codes of orglens-cli.
enum ExitCode {
    ExitSuccess = 0, // the operation succeeded
    ExitFailure = 1, // the operation ran and failed (invalid signature, network error, ...)
    ExitUsage = 2,   // bad usage or bad input
};

// The streams and environment a command talks to; injectable so tests run commands in-process.
struct CommandIo {
    QTextStream &in;
    QTextStream &out;
    QTextStream &err;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

// One verb of orglens-cli ("decode", "diff", ...), with its own option parser.
class Command {
    Q_DECLARE_TR_FUNCTIONS(orglens::cli::Command)

public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;

    // Runs the command; `arguments` starts with the command name. Returns an ExitCode.
    int run(const QStringList &arguments, CommandIo &io);

protected:
    // Adds the command's options and positional arguments to the parser.
    virtual void configure(QCommandLineParser &parser) = 0;
    // Runs after successful parsing; --help is handled by the base class.
    virtual int execute(const QCommandLineParser &parser, CommandIo &io) = 0;

    // Prints "orglens-cli <name>: <message>" plus a hint to stderr and returns ExitUsage.
    int usageError(CommandIo &io, const QString &message) const;
    // Reads a positional value or, for "-" or when absent, all of standard input.
    static QString argumentOrStdin(const QStringList &positional, qsizetype index, CommandIo &io);
};

std::vector<std::unique_ptr<Command>> allCommands();

// A class's tr(), as Q_DECLARE_TR_FUNCTIONS declares it.
using TranslateFunction = QString (*)(const char *sourceText, const char *disambiguation, int n);

// Adds options to the parser with their descriptions translated by `translate`, the tr() of the class they were
// marked with. Options defined at namespace scope are built before main() installs the translator, so their
// descriptions still hold the English source texts.
void addTranslatedOptions(QCommandLineParser &parser, std::initializer_list<QCommandLineOption> options,
                          TranslateFunction translate);

} // namespace orglens::cli
