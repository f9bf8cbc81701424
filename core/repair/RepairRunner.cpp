#include "RepairRunner.h"

#include "RepairSteps.h"
#include "management/ManagementClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>

namespace orglens::repair {

namespace {

// How long a repair waits for an Action's build, and how often it asks (Auth0's own tools wait up to 2 minutes).
constexpr int BuildWaitSeconds = 120;
constexpr int BuildPollMs = 500;

QString stateName(bool finished, bool ok)
{
    if (!finished)
        return QStringLiteral("applying");
    return ok ? QStringLiteral("applied") : QStringLiteral("failed");
}

// Replaces the placeholders of ids created earlier in the run ("{new:post-login-action}") in a request.
PlannedRequest resolved(PlannedRequest request, const QHash<QString, QString> &created)
{
    QByteArray body = QJsonDocument(request.body.toObject()).toJson(QJsonDocument::Compact); // every body is an object
    for (auto it = created.cbegin(); it != created.cend(); ++it) {
        request.path.replace(it.key(), management::ManagementClient::encodeSegment(it.value()));
        body.replace(it.key().toUtf8(), it.value().toUtf8());
    }
    if (request.hasBody())
        request.body = QJsonDocument::fromJson(body).object();
    return request;
}

} // namespace

// One apply or undo in progress: the steps to run, where it is, the audit entry that describes it.
struct RepairRunner::Run {
    QList<RepairStep> steps; // apply: the plan's needed steps; undo: the repair's done steps, last first
    bool undo = false;
    bool force = false;
    int index = 0;
    int request = 0;
    QHash<QString, QString> created; // placeholder -> id
    bool buildAwaited = false;       // the next deploy request's Action is built
    management::AuditEntry entry;
    Done done;
};

RepairRunner::RepairRunner(management::ManagementClient &client, management::AuditLog audit, QString profileName,
                           QObject *parent)
    : QObject(parent), m_client(client), m_audit(std::move(audit)), m_profile(std::move(profileName))
{
}

void RepairRunner::apply(const RepairPlan &plan, Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    for (const RepairStep &step : plan.steps) {
        if (step.needed)
            run->steps.append(step);
    }
    const auto stop = [this, run](const QString &message) {
        QTimer::singleShot(0, this, [run, message] { run->done({false, message, {}, run->steps}); });
    };
    if (run->steps.isEmpty())
        return stop(tr("Nothing to do: every step is already in the right state."));
    if (const QString missing = plan.missingScopesText(); !missing.isEmpty())
        return stop(missing);
    run->entry = {.profile = m_profile,
                  .tenant = plan.options.profile.issuer.toString(),
                  .clientId = m_client.config().clientId,
                  .userId = plan.options.userId,
                  .source = QStringLiteral("repair")};
    next(run);
}

void RepairRunner::undo(const QString &auditId, bool force, Done done)
{
    auto run = std::make_shared<Run>();
    run->done = std::move(done);
    run->undo = true;
    run->force = force;
    const auto stop = [this, run](const QString &message) {
        QTimer::singleShot(0, this, [run, message] { run->done({false, message, {}, run->steps}); });
    };
    const auto repair = m_audit.find(auditId);
    if (!repair)
        return stop(repair.error().message);
    if (repair->source != QLatin1String("repair"))
        return stop(tr("Audit entry %1 is not a repair.").arg(auditId));
    for (const QJsonValue &value : repair->details.value(QLatin1String("steps")).toArray()) {
        const auto step = RepairStep::fromJson(value.toObject());
        if (step && step->done)
            run->steps.prepend(*step);
    }
    if (run->steps.isEmpty())
        return stop(tr("Repair %1 wrote nothing: there is nothing to undo.").arg(auditId));
    run->entry = {.profile = m_profile,
                  .tenant = repair->tenant,
                  .clientId = m_client.config().clientId,
                  .userId = repair->userId,
                  .source = QStringLiteral("undo"),
                  .undoOf = auditId};
    // Nothing is written unless every step can be undone: the scopes first, then what changed since the repair.
    m_client.grantedScopes(this, [this, run, stop](const Result<QStringList> &granted) {
        if (!granted)
            return stop(granted.error().message);
        QStringList missing;
        for (const RepairStep &step : std::as_const(run->steps)) {
            for (const QString &scope : steps::undoScopes(step)) {
                if (!steps::grants(*granted, scope) && !missing.contains(scope))
                    missing << scope;
            }
        }
        if (!missing.isEmpty())
            return stop(tr("Grant %1 to the Management API application: the undo writes nothing without it.")
                            .arg(missing.join(QStringLiteral(", "))));
        checkUnchanged(run, 0, {});
    });
}

void RepairRunner::checkUnchanged(const std::shared_ptr<Run> &run, int index, QStringList changed)
{
    if (index == run->steps.size()) {
        if (!changed.isEmpty() && !run->force) {
            changed.prepend(tr("The tenant changed since the repair; nothing was undone (force to undo anyway):"));
            run->done({false, changed.join(QStringLiteral("\n  ")), {}, run->steps, true});
            return;
        }
        next(run);
        return;
    }
    const RepairStep &step = run->steps.at(index);
    steps::readState(m_client, this, step, [this, run, index, changed](const Result<QJsonValue> &current) mutable {
        const RepairStep &step = run->steps.at(index);
        if (!current) {
            run->done(
                {false, tr("Cannot read %1: %2").arg(stepKindId(step.kind), current.error().message), {}, run->steps});
            return;
        }
        if (steps::fingerprint(step.kind, *current) != steps::fingerprint(step.kind, step.after))
            changed << tr("%1: the repair left %2, now %3")
                           .arg(stepKindId(step.kind), steps::describeState(step.kind, step.after),
                                steps::describeState(step.kind, *current));
        checkUnchanged(run, index + 1, changed);
    });
}

void RepairRunner::next(const std::shared_ptr<Run> &run)
{
    if (run->index == run->steps.size())
        return finish(run, true,
                      run->undo ? tr("Undone: %n step(s) restored.", nullptr, int(run->steps.size()))
                                : tr("Repaired: %n step(s) applied.", nullptr, int(run->steps.size())));
    const RepairStep &step = run->steps.at(run->index);
    emit stepStarted(run->index, step.title);
    if (run->undo) {
        if (run->entry.id.isEmpty() && !record(run, false, true))
            return;
        return write(run, steps::undoRequests(step));
    }
    // The step re-reads what it replaces: a change since the plan stops the repair before this write.
    steps::readState(m_client, this, step, [this, run](const Result<QJsonValue> &current) {
        const RepairStep &step = run->steps.at(run->index);
        if (!current)
            return finish(
                run, false,
                tr("Cannot read %1 before writing it: %2").arg(stepKindId(step.kind), current.error().message));
        if (steps::fingerprint(step.kind, *current) != steps::fingerprint(step.kind, step.before))
            return finish(
                run, false,
                tr("%1 changed since the plan (planned on %2, now %3): stopped before writing it. Plan again.")
                    .arg(stepKindId(step.kind), steps::describeState(step.kind, step.before),
                         steps::describeState(step.kind, *current)));
        // Described before the first write, so that a stop at any point leaves an entry undo can use.
        if (run->entry.id.isEmpty() && !record(run, false, true))
            return;
        write(run, step.requests);
    });
}

void RepairRunner::write(const std::shared_ptr<Run> &run, const QList<PlannedRequest> &requests)
{
    if (run->request == requests.size()) {
        run->request = 0;
        return verify(run);
    }
    const PlannedRequest request = resolved(requests.at(run->request), run->created);
    // Auth0 deploys only a built draft, and builds take seconds after a create or an update.
    static const QRegularExpression deployDraft(QStringLiteral("^actions/actions/([^/]+)/deploy$"));
    if (const auto match = deployDraft.match(request.path); match.hasMatch() && !run->buildAwaited) {
        run->buildAwaited = true;
        return awaitBuild(run, match.captured(1), QDateTime::currentDateTimeUtc().addSecs(BuildWaitSeconds),
                          [this, run, requests] { write(run, requests); });
    }
    run->buildAwaited = false;
    m_client.request(request.method, request.path, {}, request.body, this,
                     [this, run, requests, request](const management::ApiResult &result) {
                         RepairStep &step = run->steps[run->index];
                         if (!result.ok())
                             return salvage(run,
                                            tr("%1 %2 failed: %3")
                                                .arg(QString::fromLatin1(request.method),
                                                     QStringLiteral("/api/v2/") + request.path, result.error->text()));
                         // An id this write created is what later requests (and undo) name.
                         if (request.method == "POST" && !request.path.endsWith(QLatin1String("/deploy")))
                             run->created.insert(steps::newIdPlaceholder(step.kind),
                                                 result.object().value(QLatin1String("id")).toString());
                         ++run->request;
                         write(run, requests);
                     });
}

void RepairRunner::awaitBuild(const std::shared_ptr<Run> &run, const QString &actionPath, const QDateTime &deadline,
                              const std::function<void()> &then)
{
    m_client.request(
        "GET", QStringLiteral("actions/actions/") + actionPath, {}, {}, this,
        [this, run, actionPath, deadline, then](const management::ApiResult &result) {
            const QString status = result.object().value(QLatin1String("status")).toString();
            if (!result.ok())
                return salvage(run, tr("Cannot read the Action's build state: %1").arg(result.error->text()));
            if (status == QLatin1String("built"))
                return then();
            if (status == QLatin1String("failed") || QDateTime::currentDateTimeUtc() > deadline)
                return salvage(run, tr("The Action \"%1\" was not built (status %2): it cannot be deployed.")
                                        .arg(result.object().value(QLatin1String("name")).toString(), status));
            QTimer::singleShot(BuildPollMs, this, [this, run, actionPath, deadline, then] {
                awaitBuild(run, actionPath, deadline, then);
            });
        });
}

void RepairRunner::salvage(const std::shared_ptr<Run> &run, const QString &message)
{
    // A step whose first writes went through before one failed changed the tenant: read what it left, so that the
    // audit entry describes it and undo can restore it.
    steps::readState(m_client, this, run->steps.at(run->index), [this, run, message](const Result<QJsonValue> &left) {
        RepairStep &step = run->steps[run->index];
        const QJsonValue replaced = run->undo ? step.after : step.before;
        if (left && steps::fingerprint(step.kind, *left) != steps::fingerprint(step.kind, replaced)) {
            step.before = replaced;
            step.after = *left;
            step.done = true;
        }
        finish(run, false, message);
    });
}

void RepairRunner::verify(const std::shared_ptr<Run> &run)
{
    // The state the write left, read back: the audit's "after", what undo will compare.
    steps::readState(m_client, this, run->steps.at(run->index), [this, run](const Result<QJsonValue> &after) {
        RepairStep &step = run->steps[run->index];
        if (run->undo) {
            step.before = step.after; // what the undo replaced
        }
        step.after = after ? after.value() : QJsonValue(QJsonValue::Null);
        step.done = true;
        if (!after)
            return finish(
                run, false,
                tr("%1 was written but could not be read back: %2").arg(stepKindId(step.kind), after.error().message));
        if (!record(run, false, true))
            return;
        ++run->index;
        next(run);
    });
}

bool RepairRunner::record(const std::shared_ptr<Run> &run, bool finished, bool ok, const QString &error)
{
    QJsonArray steps;
    for (const RepairStep &step : std::as_const(run->steps))
        steps.append(step.toJson());
    run->entry.details = {{QStringLiteral("state"), stateName(finished, ok)}, {QStringLiteral("steps"), steps}};
    if (!error.isEmpty())
        run->entry.details.insert(QStringLiteral("error"), error);
    const auto recorded = m_audit.record(run->entry);
    if (!recorded) {
        // Without a description of what was written the repair must not go on.
        run->done({false, tr("Stopped: the audit log cannot be written (%1).").arg(recorded.error().message),
                   run->entry, run->steps});
        return false;
    }
    run->entry = recorded.value();
    return true;
}

void RepairRunner::finish(const std::shared_ptr<Run> &run, bool ok, const QString &message)
{
    QString text = message;
    if (!run->entry.id.isEmpty()) {
        if (!record(run, true, ok, ok ? QString() : message))
            return;
        if (!ok && !run->undo)
            text +=
                QLatin1Char(' ') +
                tr("What was written is in audit entry %1; 'orglens-cli audit undo %1' reverts it.").arg(run->entry.id);
        else if (ok)
            text += QLatin1Char(' ') + tr("(audit entry %1)").arg(run->entry.id);
    }
    run->done({ok, text, run->entry, run->steps});
}

} // namespace orglens::repair
