#include "ActionsCommand.h"

#include "ProfileOptions.h"
#include "explain/ActionTemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace orglens::cli {

namespace {

const QCommandLineOption WhichOption(QStringLiteral("which"),
                                     ActionsCommand::tr("post-login, token-exchange or both (default: both)."),
                                     QStringLiteral("WHICH"), QStringLiteral("both"));
const QCommandLineOption
    OutOption(QStringLiteral("out"),
              ActionsCommand::tr("Write post-login.js / token-exchange.js into DIR instead of printing."),
              QStringLiteral("DIR"));

std::optional<QList<explain::ActionKind>> kindsFor(const QString &which)
{
    if (which == QLatin1String("post-login"))
        return QList{explain::ActionKind::PostLogin};
    if (which == QLatin1String("token-exchange"))
        return QList{explain::ActionKind::TokenExchange};
    if (which == QLatin1String("both"))
        return QList{explain::ActionKind::PostLogin, explain::ActionKind::TokenExchange};
    return std::nullopt;
}

// Writes every file, or none: all are first written to temporary files and only then committed.
QString writeActions(const QList<explain::GeneratedAction> &actions, const QString &directory)
{
    if (!QDir().mkpath(directory))
        return ActionsCommand::tr("cannot create the directory %1.").arg(directory);
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const explain::GeneratedAction &action : actions) {
        auto file = std::make_unique<QSaveFile>(QDir(directory).filePath(action.fileName));
        const QByteArray bytes = action.code.toUtf8();
        if (!file->open(QIODevice::WriteOnly) || file->write(bytes) != bytes.size())
            return ActionsCommand::tr("cannot write %1: %2").arg(file->fileName(), file->errorString());
        files.push_back(std::move(file));
    }
    for (const auto &file : files) {
        if (!file->commit())
            return ActionsCommand::tr("cannot write %1: %2").arg(file->fileName(), file->errorString());
    }
    return {};
}

} // namespace

QString ActionsCommand::summary() const
{
    return tr("Generate the Auth0 Actions that add the organization: Post-Login and Custom Token Exchange.");
}

void ActionsCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("generate"), tr("Generate the Actions."), QStringLiteral("generate"));
    ProfileOptions::addTo(parser);
    addTranslatedOptions(parser, {WhichOption, OutOption}, tr);
}

int ActionsCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{QStringLiteral("generate")})
        return usageError(io, tr("expected 'actions generate'."));
    const auto kinds = kindsFor(parser.value(WhichOption));
    if (!kinds)
        return usageError(
            io, tr("--which must be post-login, token-exchange or both, not \"%1\".").arg(parser.value(WhichOption)));
    const auto profile = ProfileOptions::resolve(parser, *this, io, false);
    if (!profile)
        return ExitUsage;
    if (profile->claimNamespace.isEmpty())
        return usageError(io, tr("no claim namespace: give --namespace https://<your-domain>/ or a profile with one."));

    const auto actions = explain::generateActions(explain::actionSettings(*profile), *kinds);
    if (!actions)
        return usageError(io, actions.error().message);

    if (parser.isSet(OutOption)) {
        const QString error = writeActions(actions.value(), parser.value(OutOption));
        if (!error.isEmpty()) {
            io.err << "orglens-cli " << name() << ": " << error << '\n';
            io.err.flush();
            return ExitFailure;
        }
        for (const explain::GeneratedAction &action : actions.value())
            io.out << tr("Wrote %1: %2").arg(action.title, QDir(parser.value(OutOption)).filePath(action.fileName))
                   << '\n';
    } else {
        for (const explain::GeneratedAction &action : actions.value())
            io.out << "// ===== " << action.fileName << " (" << action.title << ") =====\n" << action.code << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace orglens::cli
