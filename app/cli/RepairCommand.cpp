#include "RepairCommand.h"

#include "DoctorCommand.h"
#include "ManagementSession.h"
#include "management/AuditLog.h"
#include "repair/RepairPlanner.h"
#include "repair/RepairRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace orglens::cli {

namespace {

const QCommandLineOption UserOption(QStringLiteral("user"),
                                    RepairCommand::tr("Also check this user (user_id) and, with --set-default-org, "
                                                      "set their default organization."),
                                    QStringLiteral("USER_ID"));
const QCommandLineOption SetDefaultOrgOption(QStringLiteral("set-default-org"),
                                             RepairCommand::tr("Set the user's app_metadata.default_org_id: to --org, "
                                                               "or to their only organization."));
const QCommandLineOption OrgOption(QStringLiteral("org"),
                                   RepairCommand::tr("The organization id for --set-default-org."),
                                   QStringLiteral("ORG_ID"));
const QCommandLineOption PositionOption(QStringLiteral("position"),
                                        RepairCommand::tr("Where OrgLens's post-login binding goes among the others: "
                                                          "first, last (the default) or a 0-based index."),
                                        QStringLiteral("POSITION"));
const QCommandLineOption UnbindOption(QStringLiteral("unbind"),
                                      RepairCommand::tr("Unbind this post-login Action (name or id), e.g. one the plan "
                                                        "lists as setting an org claim too. Repeatable."),
                                      QStringLiteral("ACTION"));
const QCommandLineOption PlanOption(QStringLiteral("plan"),
                                    RepairCommand::tr("Print the plan and write nothing (the default)."));
const QCommandLineOption
    DryRunOption(QStringLiteral("dry-run"),
                 RepairCommand::tr("Print the HTTP requests the repair would send; write nothing."));
const QCommandLineOption ApplyOption(QStringLiteral("apply"), RepairCommand::tr("Apply the plan (needs --yes)."));
const QCommandLineOption YesOption(QStringLiteral("yes"),
                                   RepairCommand::tr("Confirm --apply: write to the tenant the plan names."));

QString statusText(const repair::RepairStep &step)
{
    if (step.done)
        return RepairCommand::tr("done");
    return step.needed ? RepairCommand::tr("will do") : RepairCommand::tr("nothing to do");
}

void printPlan(const repair::RepairPlan &plan, CommandIo &io)
{
    io.out << RepairCommand::tr("Repair plan for tenant %1 (profile %2)")
                  .arg(plan.options.profile.issuer.toString(),
                       plan.options.profile.name.isEmpty() ? RepairCommand::tr("ad hoc") : plan.options.profile.name)
           << "\n\n";
    int number = 0;
    for (const repair::RepairStep &step : plan.steps) {
        io.out << ++number << ". [" << statusText(step) << "] " << repair::stepKindId(step.kind) << ": " << step.title
               << '\n';
        io.out << "   " << step.summary << '\n';
        if (step.needed) {
            io.out << "   " << RepairCommand::tr("Scope: %1").arg(step.scopes.join(QStringLiteral(", "))) << '\n';
            for (const repair::PlannedRequest &request : step.requests)
                io.out << "   " << request.method << " /api/v2/" << request.path << '\n';
        }
    }
    for (const repair::BindingConflict &conflict : plan.conflicts) {
        io.out << '\n'
               << (conflict.unbind ? RepairCommand::tr("Unbinds: %1").arg(conflict.reason)
                                   : RepairCommand::tr("Stays bound (unbind with --unbind \"%1\"): %2")
                                         .arg(conflict.name, conflict.reason))
               << '\n';
    }
    if (const QString missing = plan.missingScopesText(); !missing.isEmpty())
        io.out << '\n' << missing << '\n';
    else if (!plan.anythingToDo())
        io.out << '\n' << RepairCommand::tr("Nothing to do: every step is already in the right state.") << '\n';
    io.out.flush();
}

void printRequests(const repair::RepairPlan &plan, CommandIo &io)
{
    for (const repair::PlannedRequest &request : plan.requests()) {
        io.out << request.method << " /api/v2/" << request.path << '\n';
        if (request.hasBody())
            io.out << QJsonDocument(request.body.toObject()).toJson(QJsonDocument::Indented);
        io.out << '\n';
    }
    io.out << RepairCommand::tr("Dry run: nothing was written.") << '\n';
    io.out.flush();
}

void printComparison(const doctor::DoctorReport &before, const doctor::DoctorReport &after, CommandIo &io)
{
    io.out << '\n' << RepairCommand::tr("The doctor, before → after:") << '\n';
    for (const repair::StepChange &row : repair::compareReports(before, after))
        io.out << "  " << row.id.leftJustified(28) << doctor::stepStatusName(row.before).leftJustified(12) << "→ "
               << doctor::stepStatusName(row.after) << '\n';
    io.out.flush();
}

Result<int> bindingPosition(const QCommandLineParser &parser)
{
    const QString value = parser.value(PositionOption);
    if (value.isEmpty() || value == QLatin1String("last"))
        return -1;
    if (value == QLatin1String("first"))
        return 0;
    bool ok = false;
    const int index = value.toInt(&ok);
    if (!ok || index < 0)
        return Error{QStringLiteral("bad-position"),
                     RepairCommand::tr("--position must be first, last or a 0-based index, not '%1'.").arg(value)};
    return index;
}

} // namespace

QString RepairCommand::summary() const
{
    return tr("Fix the tenant's org_id pipeline: plan, apply (one audit entry), undo with 'audit undo ID'.");
}

void RepairCommand::configure(QCommandLineParser &parser)
{
    addTranslatedOptions(parser,
                         {UserOption, SetDefaultOrgOption, OrgOption, PositionOption, UnbindOption, PlanOption,
                          DryRunOption, ApplyOption, YesOption},
                         tr);
    DoctorCommand::addProbeOption(parser);
    ManagementSession::addOptions(parser);
}

int RepairCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, tr("expected no arguments; the tenant comes from the profile options."));
    const bool apply = parser.isSet(ApplyOption);
    if (apply && (parser.isSet(PlanOption) || parser.isSet(DryRunOption)))
        return usageError(io, tr("--apply cannot be combined with --plan or --dry-run."));
    if (apply && !parser.isSet(YesOption))
        return usageError(io, tr("--apply writes to the tenant: read the plan (--plan), then add --yes."));
    if (parser.isSet(SetDefaultOrgOption) && !parser.isSet(UserOption))
        return usageError(io, tr("--set-default-org needs --user."));
    const Result<int> position = bindingPosition(parser);
    if (!position)
        return usageError(io, position.error().message);
    const Result<QString> probe = DoctorCommand::probeChoice(parser);
    if (!probe)
        return usageError(io, probe.error().message);
    if (*probe == QLatin1String("exchange") || *probe == QLatin1String("all"))
        return usageError(io, tr("repair runs the doctor with --probe actions only; probe the exchange with 'doctor "
                                 "--probe exchange' after the repair."));
    auto session = ManagementSession::open(parser, *this, io);
    if (!session)
        return ExitUsage;

    repair::RepairOptions options{.profile = session->profile(),
                                  .userId = parser.value(UserOption),
                                  .defaultOrg = parser.value(OrgOption),
                                  .setDefaultOrg = parser.isSet(SetDefaultOrgOption),
                                  .bindingPosition = *position,
                                  .unbind = parser.values(UnbindOption),
                                  .probeActions = *probe == QLatin1String("actions")};
    QNetworkAccessManager network;
    repair::RepairPlanner planner(&session->client(), &network);
    const auto plan =
        ManagementSession::wait<Result<repair::RepairPlan>>([&](auto done) { planner.plan(options, done); });
    if (!plan)
        return reportApiError(*this, io, plan.error().message);
    const bool json = ManagementSession::json(parser);
    if (!apply) {
        if (parser.isSet(DryRunOption) && !json)
            printRequests(*plan, io);
        else if (json)
            printJson(io, plan->toJson());
        else
            printPlan(*plan, io);
        return ExitSuccess;
    }

    repair::RepairRunner runner(session->client(), management::AuditLog(), session->profile().name);
    QObject::connect(&runner, &repair::RepairRunner::stepStarted, &runner, [&io](int index, const QString &title) {
        io.err << tr("Step %1: %2").arg(index + 1).arg(title) << '\n';
        io.err.flush();
    });
    const auto outcome = ManagementSession::wait<repair::RepairOutcome>([&](auto done) { runner.apply(*plan, done); });
    // Verify: the doctor again, on what the tenant now holds.
    std::optional<doctor::DoctorReport> after;
    if (outcome.ok)
        after = DoctorCommand::run(*session, {options.profile, options.userId, options.probeActions, false, {}});
    if (json) {
        QJsonArray steps;
        for (const repair::RepairStep &step : outcome.steps)
            steps.append(step.toJson());
        QJsonObject result{{QStringLiteral("ok"), outcome.ok},
                           {QStringLiteral("message"), outcome.message},
                           {QStringLiteral("audit_id"), outcome.entry.id},
                           {QStringLiteral("steps"), steps},
                           {QStringLiteral("doctor_before"), plan->doctorBefore.toJson()}};
        if (after)
            result.insert(QStringLiteral("doctor_after"), after->toJson());
        printJson(io, result);
    } else {
        printOutcome(io, outcome.ok, outcome.message);
        if (after)
            printComparison(plan->doctorBefore, *after, io);
    }
    return outcome.ok ? ExitSuccess : ExitFailure;
}

} // namespace orglens::cli
