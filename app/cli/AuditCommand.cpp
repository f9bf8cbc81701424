#include "AuditCommand.h"

#include "ManagementSession.h"
#include "management/AuditLog.h"
#include "management/DefaultOrgEditor.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace orglens::cli {

namespace {

const QCommandLineOption ForceOption(QStringLiteral("force"),
                                     AuditCommand::tr("Undo even though the value was changed since the entry."));

QString shown(const QJsonValue &value)
{
    return value.isString() ? value.toString() : AuditCommand::tr("(none)");
}

} // namespace

QString AuditCommand::summary() const
{
    return tr("The audit log of default_org_id changes: 'audit list', 'audit undo ID [--force]'.");
}

void AuditCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verb"), tr("list | undo ID"));
    ManagementSession::addOptions(parser);
    addTranslatedOptions(parser, {ForceOption}, tr);
}

int AuditCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList arguments = parser.positionalArguments();
    const QString verb = arguments.value(0);
    const management::AuditLog log;
    if (verb == QLatin1String("list") && arguments.size() == 1) {
        QStringList unreadable;
        const auto entries = log.entries(&unreadable);
        if (!entries)
            return reportApiError(*this, io, entries.error().message);
        for (const QString &problem : std::as_const(unreadable))
            io.err << tr("warning: %1").arg(problem) << '\n';
        io.err.flush();
        if (ManagementSession::json(parser)) {
            QJsonArray array;
            for (const auto &entry : entries.value())
                array.append(entry.toJson());
            printJson(io, array);
            return ExitSuccess;
        }
        for (const auto &entry : entries.value()) {
            io.out << entry.id << "  " << entry.time.toUTC().toString(Qt::ISODate) << "  " << entry.userId << "  "
                   << shown(entry.before) << " -> " << shown(entry.after) << "  " << entry.source
                   << (entry.undoOf.isEmpty() ? QString() : QStringLiteral(" of %1").arg(entry.undoOf)) << "  "
                   << entry.tenant << '\n';
        }
        io.out.flush();
        return ExitSuccess;
    }
    if (verb != QLatin1String("undo") || arguments.size() != 2)
        return usageError(io, tr("expected 'audit list' or 'audit undo ID'."));
    auto session = ManagementSession::open(parser, *this, io);
    if (!session)
        return ExitUsage;
    management::DefaultOrgEditor editor(session->client(), log, session->profile().name);
    const auto result = ManagementSession::wait<Result<management::AuditEntry>>(
        [&](auto done) { editor.undo(arguments.at(1), parser.isSet(ForceOption), done); });
    if (!result)
        return reportApiError(*this, io, result.error().message);
    if (ManagementSession::json(parser)) {
        printJson(io, result->toJson());
    } else {
        io.out << tr("Undone: %1 default_org_id %2 -> %3 (audit entry %4)")
                      .arg(result->userId, shown(result->before), shown(result->after), result->id)
               << '\n';
        io.out.flush();
    }
    return ExitSuccess;
}

} // namespace orglens::cli
