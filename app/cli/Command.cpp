#include "Command.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace orglens::cli {

int Command::run(const QStringList &arguments, CommandIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show help for this command."));
    parser.addOption(helpOption);
    configure(parser);
    if (!parser.parse(arguments))
        return usageError(io, parser.errorText());
    if (parser.isSet(helpOption)) {
        // QCommandLineParser names the binary in its help text; show the verb as well.
        QString help = parser.helpText();
        // The first line is "Usage: <binary> ..." in the user's language ("Utilisation : <binary>").
        help.replace(QRegularExpression(QStringLiteral("^([^:\n]*:\\s*)\\S+")),
                     QStringLiteral("\\1orglens-cli %1").arg(name()));
        io.out << help;
        io.out.flush();
        return ExitSuccess;
    }
    return execute(parser, io);
}

int Command::usageError(CommandIo &io, const QString &message) const
{
    io.err << "orglens-cli " << name() << ": " << message << '\n'
           << tr("Run 'orglens-cli %1 --help' for usage.").arg(name()) << '\n';
    io.err.flush();
    return ExitUsage;
}

void addTranslatedOptions(QCommandLineParser &parser, std::initializer_list<QCommandLineOption> options,
                          TranslateFunction translate)
{
    for (QCommandLineOption option : options) {
        option.setDescription(translate(option.description().toUtf8().constData(), nullptr, -1));
        parser.addOption(option);
    }
}

QString Command::argumentOrStdin(const QStringList &positional, qsizetype index, CommandIo &io)
{
    if (index < positional.size() && positional.at(index) != QLatin1String("-"))
        return positional.at(index);
    return io.in.readAll();
}

} // namespace orglens::cli
