#include "AuditCommand.h"

#include "ManagementSession.h"
#include "management/AuditLog.h"
#include "management/DefaultOrgEditor.h"
#include "repair/RepairRunner.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace orglens::cli {

namespace {

const QCommandLineOption ForceOption(QStringLiteral("force"),
                                     AuditCommand::tr("Undo even though the tenant was changed since the entry."));

QString shown(const QJsonValue &value)
{
    return value.isString() ? value.toString() : AuditCommand::tr("(none)");
}

// "repair: 5 step(s) applied" (or failed, applying).
QString repairSummary(const management::AuditEntry &entry)
{
    int done = 0;
    for (const QJsonValue &step : entry.details.value(QLatin1String("steps")).toArray())
        done += step.toObject().value(QLatin1String("done")).toBool() ? 1 : 0;
    return AuditCommand::tr("%n step(s) written, %1", nullptr, done)
        .arg(entry.details.value(QLatin1String("state")).toString());
}

} // namespace

int AuditCommand::undoRepair(ManagementSession &session, const management::AuditLog &log, const QString &id,
                             const QCommandLineParser &parser, CommandIo &io) const
{
    repair::RepairRunner runner(session.client(), log, session.profile().name);
    const auto outcome = ManagementSession::wait<repair::RepairOutcome>(
        [&](auto done) { runner.undo(id, parser.isSet(ForceOption), done); });
    if (ManagementSession::json(parser)) {
        printJson(io, QJsonObject{{QStringLiteral("ok"), outcome.ok},
                                  {QStringLiteral("message"), outcome.message},
                                  {QStringLiteral("entry"),
                                   outcome.entry.id.isEmpty() ? QJsonValue() : QJsonValue(outcome.entry.toJson())}});
    } else {
        printOutcome(io, outcome.ok, outcome.message);
    }
    return outcome.ok ? ExitSuccess : ExitFailure;
}

QString AuditCommand::summary() const
{
    return tr("The audit log of default_org_id changes and repairs: 'audit list', 'audit undo ID [--force]'.");
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
            io.out << entry.id << "  " << entry.time.toUTC().toString(Qt::ISODate) << "  ";
            if (entry.isRepair())
                io.out << repairSummary(entry);
            else
                io.out << entry.userId << "  " << shown(entry.before) << " -> " << shown(entry.after);
            io.out << "  " << entry.source
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
    const auto entry = log.find(arguments.at(1));
    if (entry && entry->isRepair())
        return undoRepair(*session, log, arguments.at(1), parser, io);
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
