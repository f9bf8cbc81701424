#include "BulkRunner.h"

#include "management/ManagementClient.h"

#include <QCoreApplication>
#include <QSet>

namespace orglens::management {

namespace {

constexpr int SearchBatch = 50;

QJsonValue defaultOrgOf(const QJsonObject &user)
{
    const QJsonValue value =
        user.value(QLatin1String("app_metadata")).toObject().value(QLatin1String("default_org_id"));
    return value.isUndefined() ? QJsonValue() : value;
}

} // namespace

QString userIdQuery(const QStringList &userIds)
{
    QStringList terms;
    for (QString id : userIds) {
        id.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\""));
        terms << QStringLiteral("user_id:\"%1\"").arg(id);
    }
    return terms.join(QLatin1String(" OR "));
}

BulkRunner::BulkRunner(ManagementClient &client, AuditLog audit, QString profileName, QObject *parent)
    : QObject(parent), m_client(client), m_audit(std::move(audit)), m_profile(std::move(profileName))
{
}

void BulkRunner::validate(const QList<BulkRow> &rows, bool allowNonMember,
                          std::function<void(const Result<BulkPlan> &)> done)
{
    struct State {
        BulkLookups lookups;
        int pending = 0;
        std::optional<Error> fatal;
    };
    auto state = std::make_shared<State>();
    // Called when one lookup finished; plans after the last one.
    const auto settle = [state, rows, allowNonMember, done] {
        if (--state->pending > 0)
            return;
        if (state->fatal)
            done(*state->fatal);
        else
            done(planBulk(rows, state->lookups, allowNonMember));
    };
    const auto failWith = [state](const ApiError &error) {
        if (!state->fatal)
            state->fatal = Error{QStringLiteral("lookup_failed"), error.text()};
    };

    QSet<QString> orgRefs, emails;
    QStringList userIds;
    QSet<QString> seenIds;
    for (const BulkRow &row : rows) {
        orgRefs.insert(row.org);
        if (row.byEmail)
            emails.insert(row.user.toLower());
        else if (!seenIds.contains(row.user)) {
            seenIds.insert(row.user);
            userIds << row.user;
        }
    }
    state->pending = 1; // held until every lookup is started
    for (const QString &ref : std::as_const(orgRefs)) {
        ++state->pending;
        m_client.getOrganization(ref, this, [this, state, ref, settle, failWith](const ApiResult &result) {
            if (result.ok()) {
                const QString id = result.object().value(QLatin1String("id")).toString();
                state->lookups.orgIds.insert(ref, id);
                if (!state->lookups.members.contains(id)) {
                    state->lookups.members.insert(id, {});
                    ++state->pending;
                    m_client.organizationMembers(id, this, [state, id, settle, failWith](const ListResult &list) {
                        if (!list.ok())
                            failWith(*list.error);
                        QSet<QString> &members = state->lookups.members[id];
                        for (const QJsonValue &member : list.items)
                            members.insert(member.toObject().value(QLatin1String("user_id")).toString());
                        settle();
                    });
                }
            } else if (result.statusCode != 404) {
                failWith(*result.error);
            }
            settle();
        });
    }
    for (const QString &email : std::as_const(emails)) {
        ++state->pending;
        m_client.usersByEmail(email, this, [state, email, settle, failWith](const ApiResult &result) {
            if (!result.ok())
                failWith(*result.error);
            QStringList ids;
            for (const QJsonValue &user : result.array()) {
                const QString id = user.toObject().value(QLatin1String("user_id")).toString();
                ids << id;
                state->lookups.currentDefault.insert(id, defaultOrgOf(user.toObject()));
            }
            state->lookups.usersByEmail.insert(email, ids);
            settle();
        });
    }
    for (qsizetype start = 0; start < userIds.size(); start += SearchBatch) {
        const QStringList batch = userIds.mid(start, SearchBatch);
        ++state->pending;
        m_client.searchUsers(
            userIdQuery(batch), 0, SearchBatch, this, [this, state, batch, settle, failWith](const ApiResult &result) {
                if (!result.ok())
                    failWith(*result.error);
                for (const QJsonValue &user : result.object().value(QLatin1String("users")).toArray()) {
                    const QJsonObject object = user.toObject();
                    state->lookups.currentDefault.insert(object.value(QLatin1String("user_id")).toString(),
                                                         defaultOrgOf(object));
                }
                // Search is eventually consistent: confirm the ids it did not return one by one.
                for (const QString &id : batch) {
                    if (!result.ok() || state->lookups.currentDefault.contains(id))
                        continue;
                    ++state->pending;
                    m_client.getUser(id, this, [state, id, settle, failWith](const ApiResult &user) {
                        if (user.ok())
                            state->lookups.currentDefault.insert(id, defaultOrgOf(user.object()));
                        else if (user.statusCode != 404)
                            failWith(*user.error);
                        settle();
                    });
                }
                settle();
            });
    }
    QMetaObject::invokeMethod(this, settle, Qt::QueuedConnection);
}

struct BulkRunner::ApplyState {
    QList<PlannedRow> rows;
    QList<RowResult> results;
    BulkJournal *journal = nullptr;
    JournalState journalState;
    int next = 0;
    int active = 0;
    int finished = 0;
    int concurrency = 4;
    std::optional<Error> fatal;
    bool cancelled = false;
    std::function<void(const BulkSummary &)> done;
};

void BulkRunner::apply(const BulkPlan &plan, BulkJournal &journal, const JournalState &journalState, int concurrency,
                       std::function<void(const BulkSummary &)> done)
{
    auto state = std::make_shared<ApplyState>();
    state->rows = plan.rows;
    state->journal = &journal;
    state->journalState = journalState;
    state->concurrency = std::max(1, concurrency);
    state->done = std::move(done);
    for (const PlannedRow &row : plan.rows)
        state->results.append({row.line, row.userId, row.orgId, row.before, {}, {}});
    m_running = state;
    QMetaObject::invokeMethod(
        this, [this, state] { startNext(state); }, Qt::QueuedConnection);
}

void BulkRunner::cancel()
{
    const auto state = m_running.lock();
    if (!state || state->cancelled)
        return;
    state->cancelled = true;
    // Finishes at once when nothing is in flight; otherwise the last answer in flight ends the run.
    QMetaObject::invokeMethod(
        this, [this, state] { startNext(state); }, Qt::QueuedConnection);
}

void BulkRunner::startNext(const std::shared_ptr<ApplyState> &state)
{
    while (!state->fatal && !state->cancelled && state->active < state->concurrency &&
           state->next < state->rows.size()) {
        const int index = state->next++;
        const PlannedRow &row = state->rows.at(index);
        const JournalRow journaled = state->journalState.rows.value(row.line);
        if (journaled.outcome == QLatin1String("applied") || journaled.outcome == QLatin1String("skipped")) {
            finishRow(state, index, journaled.outcome, tr("done in an earlier run"), false);
            continue;
        }
        if (journaled.intent && journaled.outcome.isEmpty()) {
            // The earlier run may have sent this PATCH: read the user (not the search index) before sending again.
            ++state->active;
            m_client.getUser(row.userId, this, [this, state, index, journaled](const ApiResult &result) {
                --state->active;
                const PlannedRow &row = state->rows.at(index);
                if (!result.ok()) {
                    finishRow(state, index, QStringLiteral("failed"), result.error->text());
                    return;
                }
                if (defaultOrgOf(result.object()).toString() == row.orgId) {
                    RowResult &rowResult = state->results[index];
                    rowResult.before = journaled.before;
                    finishApplied(state, index, journaled.before, tr("applied by the interrupted run"));
                    return;
                }
                state->rows[index].before = defaultOrgOf(result.object());
                state->results[index].before = state->rows.at(index).before;
                ++state->active;
                patchRow(state, index);
            });
            continue;
        }
        if (row.alreadyAtTarget) {
            finishRow(state, index, QStringLiteral("skipped"), tr("already %1").arg(row.orgId));
            continue;
        }
        ++state->active;
        patchRow(state, index);
    }
    if (state->finished == state->rows.size() || ((state->fatal || state->cancelled) && state->active == 0)) {
        BulkSummary summary;
        summary.results = state->results;
        summary.fatal = state->fatal;
        summary.cancelled = state->cancelled && state->finished < state->rows.size();
        for (RowResult &result : summary.results) {
            if (result.status.isEmpty()) {
                ++summary.notStarted;
                if (state->fatal && result.detail.isEmpty())
                    result.detail = tr("not started: the run stopped (%1)").arg(state->fatal->message);
            } else if (result.status == QLatin1String("applied"))
                ++summary.applied;
            else if (result.status == QLatin1String("skipped"))
                ++summary.skipped;
            else if (result.status == QLatin1String("failed"))
                ++summary.failed;
        }
        auto done = std::exchange(state->done, nullptr);
        if (done)
            done(summary);
    }
}

void BulkRunner::patchRow(const std::shared_ptr<ApplyState> &state, int index)
{
    const PlannedRow &row = state->rows.at(index);
    const auto intent = state->journal->intent(row.line, row.userId, row.before, row.orgId);
    if (!intent) {
        state->fatal = intent.error();
        --state->active;
        QMetaObject::invokeMethod(
            this, [this, state] { startNext(state); }, Qt::QueuedConnection);
        return;
    }
    m_client.patchAppMetadata(row.userId, {{QStringLiteral("default_org_id"), row.orgId}}, this,
                              [this, state, index](const ApiResult &result) {
                                  --state->active;
                                  const PlannedRow &row = state->rows.at(index);
                                  if (!result.ok()) {
                                      finishRow(state, index, QStringLiteral("failed"), result.error->text());
                                      return;
                                  }
                                  const QJsonValue now = defaultOrgOf(result.object());
                                  if (now.toString() != row.orgId) {
                                      finishRow(
                                          state, index, QStringLiteral("failed"),
                                          tr("the API answered but default_org_id reads '%1'").arg(now.toString()));
                                      return;
                                  }
                                  finishApplied(state, index, row.before, {});
                              });
}

void BulkRunner::finishApplied(const std::shared_ptr<ApplyState> &state, int index, const QJsonValue &before,
                               const QString &detail)
{
    const PlannedRow &row = state->rows.at(index);
    const auto audited = auditChange(row.userId, before, row.orgId);
    if (!audited) {
        // The change is made but not recorded: say so on the row and stop, rather than make more unaudited changes.
        if (!state->fatal)
            state->fatal = audited.error();
        finishRow(state, index, QStringLiteral("applied"),
                  tr("applied, but its audit entry could not be written (%1): undo it by hand, the value before was "
                     "%2")
                      .arg(audited.error().message, before.isString() ? before.toString() : QStringLiteral("absent")));
        return;
    }
    finishRow(state, index, QStringLiteral("applied"), detail);
}

Result<AuditEntry> BulkRunner::auditChange(const QString &userId, const QJsonValue &before, const QString &after)
{
    return m_audit.append({{},
                           {},
                           m_profile,
                           m_client.config().issuer.toString(),
                           m_client.config().clientId,
                           userId,
                           before,
                           after,
                           QStringLiteral("bulk"),
                           {}});
}

void BulkRunner::finishRow(const std::shared_ptr<ApplyState> &state, int index, const QString &status,
                           const QString &detail, bool journalOutcome)
{
    RowResult &result = state->results[index];
    result.status = status;
    result.detail = detail;
    if (journalOutcome) {
        const auto written = state->journal->outcome(result.line, result.userId, status, detail);
        if (!written && !state->fatal)
            state->fatal = written.error();
    }
    ++state->finished;
    emit progress(state->finished, int(state->rows.size()));
    startNext(state);
}

} // namespace orglens::management
