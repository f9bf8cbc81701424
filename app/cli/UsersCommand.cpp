#include "UsersCommand.h"

#include "ManagementSession.h"
#include "management/BulkJob.h"
#include "management/DefaultOrg.h"
#include "management/DefaultOrgEditor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <algorithm>

namespace orglens::cli {

namespace {

const QCommandLineOption ClearOption(QStringLiteral("clear"),
                                     UsersCommand::tr("set-default-org: delete the key instead."));
const QCommandLineOption AllowNonMemberOption(QStringLiteral("allow-non-member"),
                                              UsersCommand::tr("Allow an organization the user is not a member of."));
const QCommandLineOption DryRunOption(QStringLiteral("dry-run"),
                                      UsersCommand::tr("Show what would change; change nothing."));
const QCommandLineOption ResumeOption(QStringLiteral("resume"), UsersCommand::tr("bulk: continue an interrupted run."));
const QCommandLineOption
    JournalOption(QStringLiteral("journal"),
                  UsersCommand::tr("bulk: the journal file (default: the CSV file name + .journal)."),
                  QStringLiteral("FILE"));
const QCommandLineOption ConcurrencyOption(QStringLiteral("concurrency"),
                                           UsersCommand::tr("bulk: PATCHes in flight (default 4)."),
                                           QStringLiteral("N"), QStringLiteral("4"));
const QCommandLineOption PageOption(QStringLiteral("page"), UsersCommand::tr("search: page (0-based)."),
                                    QStringLiteral("N"), QStringLiteral("0"));
const QCommandLineOption PerPageOption(QStringLiteral("per-page"),
                                       UsersCommand::tr("search: results per page (at most 100)."), QStringLiteral("N"),
                                       QStringLiteral("50"));

QString shown(const QJsonValue &value)
{
    return value.isString() ? value.toString() : UsersCommand::tr("(none)");
}

void printUserLine(CommandIo &io, const QJsonObject &user)
{
    io.out << user.value(QLatin1String("user_id")).toString() << '\t' << user.value(QLatin1String("email")).toString()
           << '\t' << shown(management::defaultOrgOf(user)) << '\n';
}

void printErrors(const Command &command, CommandIo &io, QList<management::RowError> errors)
{
    std::stable_sort(errors.begin(), errors.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
    io.err << "orglens-cli " << command.name() << ": "
           << UsersCommand::tr("%1 row(s) are not valid; nothing was changed:").arg(errors.size()) << '\n';
    for (const auto &error : errors)
        io.err << "  " << UsersCommand::tr("line %1: %2").arg(error.line).arg(error.message) << '\n';
    io.err.flush();
}

} // namespace

QString UsersCommand::summary() const
{
    return tr("Users: get ID, search QUERY, by-email EMAIL, orgs ID, set-default-org USER ORG, "
              "bulk-set-default-org FILE.csv.");
}

void UsersCommand::configure(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("verb"),
                                 tr("get ID | search QUERY | by-email EMAIL | orgs ID | set-default-org USER ORG | "
                                    "bulk-set-default-org FILE"));
    ManagementSession::addOptions(parser);
    addTranslatedOptions(parser,
                         {ClearOption, AllowNonMemberOption, DryRunOption, ResumeOption, JournalOption,
                          ConcurrencyOption, PageOption, PerPageOption},
                         tr);
}

int UsersCommand::execute(const QCommandLineParser &parser, CommandIo &io)
{
    const QStringList arguments = parser.positionalArguments();
    const QString verb = arguments.value(0);
    if (verb == QLatin1String("set-default-org"))
        return setDefaultOrg(parser, arguments, io);
    if (verb == QLatin1String("bulk-set-default-org"))
        return bulkSetDefaultOrg(parser, arguments, io);
    const QStringList oneArgument{QStringLiteral("get"), QStringLiteral("search"), QStringLiteral("by-email"),
                                  QStringLiteral("orgs")};
    if (!oneArgument.contains(verb) || arguments.size() != 2)
        return usageError(io, tr("expected one of: users get ID, users search QUERY, users by-email EMAIL, users orgs "
                                 "ID, users set-default-org USER ORG, users bulk-set-default-org FILE."));
    // Checked before any request, like --concurrency: "--page abc" is bad usage, not page 0.
    bool pageOk = false, perPageOk = false;
    const int page = parser.value(PageOption).toInt(&pageOk);
    const int perPage = parser.value(PerPageOption).toInt(&perPageOk);
    if (!pageOk || page < 0)
        return usageError(io, tr("--page must be a whole number from 0 (the first page)."));
    if (!perPageOk || perPage < 1 || perPage > 100)
        return usageError(io, tr("--per-page must be a number from 1 to 100."));
    auto session = ManagementSession::open(parser, *this, io);
    if (!session)
        return ExitUsage;
    auto &client = session->client();
    const bool json = ManagementSession::json(parser);
    QObject context;
    if (verb == QLatin1String("orgs")) {
        const auto list = ManagementSession::wait<management::ListResult>(
            [&](auto done) { client.userOrganizations(arguments.at(1), &context, done); });
        if (!list.ok())
            return reportApiError(*this, io, list.error->text());
        if (json) {
            printJson(io, list.items);
        } else {
            for (const QJsonValue &org : list.items)
                io.out << org.toObject().value(QLatin1String("id")).toString() << '\t'
                       << org.toObject().value(QLatin1String("name")).toString() << '\n';
            io.out.flush();
        }
        return ExitSuccess;
    }
    const auto result = ManagementSession::wait<management::ApiResult>([&](auto done) {
        if (verb == QLatin1String("get"))
            client.getUser(arguments.at(1), &context, done);
        else if (verb == QLatin1String("by-email"))
            client.usersByEmail(arguments.at(1), &context, done);
        else
            client.searchUsers(arguments.at(1), page, perPage, &context, done);
    });
    if (!result.ok())
        return reportApiError(*this, io, result.error->text());
    if (json || verb == QLatin1String("get")) {
        printJson(io, result.body);
        return ExitSuccess;
    }
    const QJsonArray users =
        result.body.isArray() ? result.array() : result.object().value(QLatin1String("users")).toArray();
    for (const QJsonValue &user : users)
        printUserLine(io, user.toObject());
    if (result.body.isObject())
        io.out << tr("%1 of %2 user(s)").arg(users.size()).arg(result.object().value(QLatin1String("total")).toInt())
               << '\n';
    io.out.flush();
    return ExitSuccess;
}

int UsersCommand::setDefaultOrg(const QCommandLineParser &parser, const QStringList &arguments, CommandIo &io)
{
    const bool clear = parser.isSet(ClearOption);
    if (arguments.size() != (clear ? 2 : 3))
        return usageError(io, clear ? tr("expected 'users set-default-org USER --clear'.")
                                    : tr("expected 'users set-default-org USER ORG' (or USER --clear)."));
    auto session = ManagementSession::open(parser, *this, io);
    if (!session)
        return ExitUsage;
    management::DefaultOrgEditor editor(session->client(), management::AuditLog(), session->profile().name);
    const auto plan = ManagementSession::wait<Result<management::DefaultOrgChange>>([&](auto done) {
        editor.plan(arguments.at(1), arguments.value(2), clear, parser.isSet(AllowNonMemberOption), done);
    });
    if (!plan)
        return reportApiError(*this, io, plan.error().message);
    const bool json = ManagementSession::json(parser);
    const QString line =
        tr("%1: app_metadata.default_org_id %2 -> %3").arg(plan->userId, shown(plan->before), shown(plan->after));
    if (!plan->isMember)
        io.err << tr("Warning: %1 is not a member of %2 (--allow-non-member).").arg(plan->userId, shown(plan->after))
               << '\n';
    if (parser.isSet(DryRunOption) || !plan->changes()) {
        const QString status = plan->changes() ? tr("dry run, nothing changed") : tr("already set, nothing to do");
        if (json)
            printJson(io, QJsonObject{{QStringLiteral("user_id"), plan->userId},
                                      {QStringLiteral("before"), plan->before},
                                      {QStringLiteral("after"), plan->after},
                                      {QStringLiteral("changed"), false},
                                      {QStringLiteral("dry_run"), parser.isSet(DryRunOption)}});
        else
            io.out << line << "  (" << status << ")\n";
        io.out.flush();
        return ExitSuccess;
    }
    const auto applied = ManagementSession::wait<Result<management::AuditEntry>>(
        [&](auto done) { editor.apply(*plan, clear ? QStringLiteral("clear") : QStringLiteral("set"), {}, done); });
    if (!applied)
        return reportApiError(*this, io, applied.error().message);
    if (json) {
        QJsonObject output = applied->toJson();
        output.insert(QStringLiteral("changed"), true);
        printJson(io, output);
    } else {
        io.out << line << "  " << tr("(done, verified; audit entry %1)").arg(applied->id) << '\n';
        io.out.flush();
    }
    return ExitSuccess;
}

int UsersCommand::bulkSetDefaultOrg(const QCommandLineParser &parser, const QStringList &arguments, CommandIo &io)
{
    if (arguments.size() != 2)
        return usageError(io, tr("expected 'users bulk-set-default-org FILE.csv'."));
    bool concurrencyOk = false;
    const int concurrency = parser.value(ConcurrencyOption).toInt(&concurrencyOk);
    if (!concurrencyOk || concurrency < 1 || concurrency > 64)
        return usageError(io, tr("--concurrency must be a number from 1 to 64."));
    const QString csvPath = arguments.at(1);
    const auto file = management::BulkJob::read(csvPath);
    if (!file) {
        return usageError(io, file.error().code == QLatin1String("read_failed")
                                  ? tr("cannot read %1: %2").arg(csvPath, file.error().message)
                                  : QStringLiteral("%1: %2").arg(csvPath, file.error().message));
    }

    auto session = ManagementSession::open(parser, *this, io);
    if (!session)
        return ExitUsage;
    auto &client = session->client();
    management::BulkJob job(client, management::AuditLog(), session->profile().name);
    job.setConcurrency(concurrency);
    QElapsedTimer clock;
    clock.start();
    const auto plan = ManagementSession::wait<Result<management::BulkPlan>>(
        [&](auto done) { job.validate(file.value(), parser.isSet(AllowNonMemberOption), done); });
    if (!plan)
        return reportApiError(*this, io, plan.error().message);
    if (!plan->errors.isEmpty()) {
        printErrors(*this, io, plan->errors);
        return ExitUsage;
    }
    const int validationRequests = client.requestsSent();
    const bool json = ManagementSession::json(parser);
    if (parser.isSet(DryRunOption)) {
        QJsonArray planned;
        for (const auto &row : plan->rows) {
            if (json) {
                planned.append(QJsonObject{{QStringLiteral("line"), row.line},
                                           {QStringLiteral("user_id"), row.userId},
                                           {QStringLiteral("before"), row.before},
                                           {QStringLiteral("after"), row.orgId},
                                           {QStringLiteral("change"), !row.alreadyAtTarget}});
            } else {
                io.out << tr("line %1: %2 %3 -> %4%5")
                              .arg(row.line)
                              .arg(row.userId, shown(row.before), row.orgId,
                                   row.alreadyAtTarget ? tr("  (already set, skip)") : QString())
                       << '\n';
            }
        }
        QJsonArray checks;
        for (const auto &check : plan->membershipChecks) {
            checks.append(QJsonObject{{QStringLiteral("org_id"), check.orgId},
                                      {QStringLiteral("members"), check.members},
                                      {QStringLiteral("csv_users"), check.csvUsers},
                                      {QStringLiteral("method"), check.methodName()},
                                      {QStringLiteral("requests"), check.requests},
                                      {QStringLiteral("other_method_requests"), check.otherMethodRequests}});
            if (!json)
                io.out << (check.method == management::MembershipCheck::Method::PerUser
                               ? tr("Membership in %1 (%2 members): checked per user for the %3 user(s) of the CSV, "
                                    "%4 request(s) instead of %5 to read the member list.")
                               : tr("Membership in %1 (%2 members): read from the member list for the %3 user(s) of "
                                    "the CSV, %4 request(s) instead of %5 to check each user."))
                              .arg(check.orgId)
                              .arg(check.members)
                              .arg(check.csvUsers)
                              .arg(check.requests)
                              .arg(check.otherMethodRequests)
                       << '\n';
        }
        if (json)
            printJson(io, QJsonObject{{QStringLiteral("dry_run"), true},
                                      {QStringLiteral("rows"), planned},
                                      {QStringLiteral("to_change"), plan->toChange()},
                                      {QStringLiteral("validation_requests"), validationRequests},
                                      {QStringLiteral("membership_checks"), checks}});
        else
            io.out << tr("Dry run: %1 of %2 row(s) would change; nothing was changed (%3 Management API requests).")
                          .arg(plan->toChange())
                          .arg(plan->rows.size())
                          .arg(validationRequests)
                   << '\n';
        io.out.flush();
        return ExitSuccess;
    }

    const auto opened = job.openJournal(file.value(), parser.isSet(ResumeOption), parser.value(JournalOption));
    if (!opened) {
        // Another run holding the journal is not a usage mistake: the command ran and must not go on.
        if (opened.error().code == QLatin1String("journal_locked"))
            return reportApiError(*this, io, opened.error().message);
        return usageError(io, opened.error().message);
    }

    QElapsedTimer applyClock;
    applyClock.start();
    qint64 lastProgress = -1000;
    QObject::connect(&job, &management::BulkJob::progress, &job, [&](int done, int total) {
        const qint64 elapsed = applyClock.elapsed();
        if (elapsed - lastProgress < 1000 && done != total)
            return;
        lastProgress = elapsed;
        const double rate = elapsed > 0 ? done * 1000.0 / elapsed : 0.0;
        const QString eta = rate > 0 ? QString::number(int((total - done) / rate)) : QStringLiteral("?");
        io.err << tr("%1/%2 rows, %3 rows/s, ETA %4 s").arg(done).arg(total).arg(rate, 0, 'f', 1).arg(eta) << '\n';
        io.err.flush();
    });
    const auto summary =
        ManagementSession::wait<management::BulkSummary>([&](auto done) { job.apply(plan.value(), done); });
    const double seconds = clock.elapsed() / 1000.0;
    const int requests = client.requestsSent();

    if (json) {
        QJsonArray results;
        for (const auto &row : summary.results)
            results.append(QJsonObject{{QStringLiteral("line"), row.line},
                                       {QStringLiteral("user_id"), row.userId},
                                       {QStringLiteral("org_id"), row.orgId},
                                       {QStringLiteral("before"), row.before},
                                       {QStringLiteral("status"), management::rowStatusText(row.status)},
                                       {QStringLiteral("detail"), row.detail}});
        QJsonObject output{{QStringLiteral("applied"), summary.applied},
                           {QStringLiteral("skipped"), summary.skipped},
                           {QStringLiteral("failed"), summary.failed},
                           {QStringLiteral("unaudited"), summary.unaudited},
                           {QStringLiteral("not_started"), summary.notStarted},
                           {QStringLiteral("rows"), results},
                           {QStringLiteral("requests"), requests},
                           {QStringLiteral("validation_requests"), validationRequests},
                           {QStringLiteral("rate_limited"), client.pacer().rateLimitedCount()},
                           {QStringLiteral("seconds"), seconds},
                           {QStringLiteral("journal"), job.journalPath()}};
        if (summary.fatal)
            output.insert(QStringLiteral("error"), summary.fatal->message);
        printJson(io, output);
    } else {
        for (const auto &row : summary.results) {
            io.out << tr("line %1: %2 -> %3: %4")
                          .arg(row.line)
                          .arg(row.userId, row.orgId,
                               row.status == management::RowStatus::NotStarted ? tr("not started")
                                                                               : management::rowStatusText(row.status))
                   << (row.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(row.detail)) << '\n';
        }
        io.out << tr("Applied %1, skipped %2, failed %3, not started %4 in %5 s (%6 Management API requests). "
                     "Journal: %7")
                      .arg(summary.applied)
                      .arg(summary.skipped)
                      .arg(summary.failed)
                      .arg(summary.notStarted)
                      .arg(seconds, 0, 'f', 1)
                      .arg(requests)
                      .arg(job.journalPath())
               << '\n';
        if (summary.unaudited > 0)
            io.out << tr("%1 row(s) were changed but have no audit entry (see their detail); --resume writes the "
                         "entries once the audit log can be written.")
                          .arg(summary.unaudited)
                   << '\n';
        io.out.flush();
    }
    if (summary.fatal)
        return reportApiError(*this, io, summary.fatal->message);
    return summary.failed > 0 ? ExitFailure : ExitSuccess;
}

} // namespace orglens::cli
