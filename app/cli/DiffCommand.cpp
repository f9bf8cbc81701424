#include "DiffCommand.h"

#include "TokenInput.h"
#include "common/JsonText.h"
#include "jwt/TokenDiff.h"

#include <QCoreApplication>

namespace orglens::cli {

namespace {

const QCommandLineOption
    JsonOption(QStringLiteral("json"),
               DiffCommand::tr("Print {\"added\", \"removed\", \"changed\", \"unchanged\"} as JSON."));
const QCommandLineOption AllOption(QStringLiteral("all"), DiffCommand::tr("Also list unchanged claims."));

QString itemsText(const QJsonArray &items)
{
    QStringList texts;
    for (const QJsonValue &item : items)
        texts << (item.isString() ? item.toString() : compactJson(item));
    return texts.join(QLatin1String(", "));
}

QString describeChange(const jwt::DiffEntry &entry)
{
    switch (entry.kind) {
    case jwt::ChangeKind::Added:
        return compactJson(entry.after);
    case jwt::ChangeKind::Removed:
    case jwt::ChangeKind::Unchanged:
        return compactJson(entry.before);
    case jwt::ChangeKind::Changed:
        break;
    }
    if (entry.itemsAdded.isEmpty() && entry.itemsRemoved.isEmpty())
        return QStringLiteral("%1 -> %2").arg(compactJson(entry.before), compactJson(entry.after));
    QStringList parts;
    if (!entry.itemsAdded.isEmpty())
        parts << DiffCommand::tr("items added: %1").arg(itemsText(entry.itemsAdded));
    if (!entry.itemsRemoved.isEmpty())
        parts << DiffCommand::tr("items removed: %1").arg(itemsText(entry.itemsRemoved));
    return parts.join(QLatin1String("; "));
}

QChar marker(jwt::ChangeKind kind)
{
    switch (kind) {
    case jwt::ChangeKind::Added:
        return QLatin1Char('+');
    case jwt::ChangeKind::Removed:
        return QLatin1Char('-');
    case jwt::ChangeKind::Changed:
        return QLatin1Char('~');
    case jwt::ChangeKind::Unchanged:
        break;
    }
    return QLatin1Char('=');
}

void printHuman(QTextStream &out, const jwt::TokenDiff &diff, bool listUnchanged)
{
    using jwt::ChangeKind;
    out << DiffCommand::tr("%1 added, %2 removed, %3 changed, %4 unchanged")
               .arg(diff.ofKind(ChangeKind::Added).size())
               .arg(diff.ofKind(ChangeKind::Removed).size())
               .arg(diff.ofKind(ChangeKind::Changed).size())
               .arg(diff.ofKind(ChangeKind::Unchanged).size())
        << '\n';
    for (const jwt::DiffEntry &entry : diff.entries) {
        if (entry.kind == ChangeKind::Unchanged && !listUnchanged)
            continue;
        QString path = entry.path;
        if (entry.isVolatile)
            path += DiffCommand::tr(" (volatile)");
        out << marker(entry.kind) << ' ' << path.leftJustified(34) << ' ' << describeChange(entry) << '\n';
    }
}

} // namespace

QString DiffCommand::summary() const
{
    return tr("Compare two tokens claim by claim (e.g. before and after a token exchange).");
}

void DiffCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("before"), tr("The first token, or - for standard input."),
                                 QStringLiteral("A"));
    parser.addPositionalArgument(QStringLiteral("after"), tr("The second token, or - for standard input."),
                                 QStringLiteral("B"));
    addTranslatedOptions(parser, {JsonOption, AllOption}, tr);
}

int DiffCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(io, tr("expected two tokens (A and B), got %1.").arg(positional.size()));
    if (positional.count(QStringLiteral("-")) > 1)
        return usageError(io, tr("only one of A and B can be read from standard input."));

    const auto before = decodeTokenArgument(name(), tr("token A"), argumentOrStdin(positional, 0, io), io);
    if (!before)
        return ExitUsage;
    const auto after = decodeTokenArgument(name(), tr("token B"), argumentOrStdin(positional, 1, io), io);
    if (!after)
        return ExitUsage;
    printInputNotes(tr("token A"), before->inputNotes, io);
    printInputNotes(tr("token B"), after->inputNotes, io);

    const jwt::TokenDiff diff = jwt::diffTokens(*before, *after);
    if (parser.isSet(JsonOption))
        io.out << QJsonDocument(diff.toJson()).toJson(QJsonDocument::Indented);
    else
        printHuman(io.out, diff, parser.isSet(AllOption));
    io.out.flush();
    return ExitSuccess;
}

} // namespace orglens::cli
