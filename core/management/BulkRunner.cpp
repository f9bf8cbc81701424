#include "BulkRunner.h"

#include "management/DefaultOrg.h"
#include "management/ManagementClient.h"

#include <QCoreApplication>
#include <QSet>

namespace orglens::management {

namespace {

constexpr int SearchBatch = 50;

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

// Lookups answered in any order, and what to do once all of them have answered. A lookup is outstanding from the
// moment its answer handler is made with track() until that handler has run, so a handler may start further lookups
// of the same group (an organization's members once its id is known) and the group waits for those as well.
class LookupGroup : public std::enable_shared_from_this<LookupGroup> {
public:
    // Calls start(group) to send the first lookups, then `then` once every tracked lookup has answered (at once when
    // there was none to make).
    static void run(const std::function<void(const std::shared_ptr<LookupGroup> &)> &start, std::function<void()> then)
    {
        const std::shared_ptr<LookupGroup> group(new LookupGroup(std::move(then)));
        start(group);
        group->m_started = true;
        group->thenIfAnswered();
    }

    // The answer handler of one more lookup: `handler`, after which the lookup is no longer outstanding. An answer
    // that came twice still counts once: it cannot stand in for another lookup's.
    template <typename Handler> auto track(Handler handler)
    {
        const quint64 id = m_nextId++;
        m_outstanding.insert(id);
        return [group = shared_from_this(), id, handler = std::move(handler)](const auto &answer) {
            handler(answer);
            group->m_outstanding.remove(id);
            group->thenIfAnswered();
        };
    }

private:
    explicit LookupGroup(std::function<void()> then) : m_then(std::move(then)) {}

    void thenIfAnswered()
    {
        if (m_started && m_outstanding.isEmpty() && m_then)
            std::exchange(m_then, nullptr)();
    }

    std::function<void()> m_then;
    QSet<quint64> m_outstanding;
    quint64 m_nextId = 0;
    bool m_started = false; // start() has sent the first lookups: none outstanding now means all answered
};

struct BulkRunner::ValidationState {
    BulkLookups lookups;
    QHash<QString, int> memberTotals; // organizations whose member list did not fit the first page
    QList<MembershipCheck> checks;
    std::optional<Error> fatal;

    void failWith(const ApiError &error)
    {
        if (!fatal)
            fatal = Error{QStringLiteral("lookup_failed"), error.text()};
    }
};

void BulkRunner::validate(const QList<BulkRow> &rows, bool allowNonMember,
                          std::function<void(const Result<BulkPlan> &)> done)
{
    auto state = std::make_shared<ValidationState>();
    const auto finish = [state, rows, allowNonMember, done] {
        if (state->fatal) {
            done(*state->fatal);
            return;
        }
        BulkPlan plan = planBulk(rows, state->lookups, allowNonMember);
        plan.membershipChecks = state->checks;
        done(plan);
    };
    // Second step, once the users and organizations are known: complete the membership of large organizations.
    const auto checkLargeOrganizations = [this, state, rows, finish] {
        LookupGroup::run(
            [&](const auto &group) {
                if (!state->fatal)
                    checkMemberships(rows, state, group);
            },
            finish);
    };
    LookupGroup::run([&](const auto &group) { lookUpRows(rows, state, group); }, checkLargeOrganizations);
}

// Each organization once (by id or name) with the first page of its members, users by e-mail for e-mail rows, and
// the current default organization of users by id: a search per 50, a GET for each id the search did not return.
void BulkRunner::lookUpRows(const QList<BulkRow> &rows, const std::shared_ptr<ValidationState> &state,
                            const std::shared_ptr<LookupGroup> &group)
{
    const auto failWith = [state](const ApiError &error) { state->failWith(error); };
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
    for (const QString &ref : std::as_const(orgRefs)) {
        m_client.getOrganization(ref, this, group->track([this, state, ref, group, failWith](const ApiResult &result) {
            if (result.ok()) {
                const QString id = result.object().value(QLatin1String("id")).toString();
                state->lookups.orgIds.insert(ref, id);
                if (!state->lookups.members.contains(id)) {
                    state->lookups.members.insert(id, {});
                    m_client.organizationMembersFirstPage(
                        id, this, group->track([state, id, failWith](const ApiResult &page) {
                            if (!page.ok())
                                failWith(*page.error);
                            const QJsonArray members = page.object().value(QLatin1String("members")).toArray();
                            for (const QJsonValue &member : members)
                                state->lookups.members[id].insert(
                                    member.toObject().value(QLatin1String("user_id")).toString());
                            const int total = page.object().value(QLatin1String("total")).toInt(int(members.size()));
                            if (total > members.size())
                                state->memberTotals.insert(id, total);
                        }));
                }
            } else if (result.statusCode != 404) {
                failWith(*result.error);
            }
        }));
    }
    for (const QString &email : std::as_const(emails)) {
        m_client.usersByEmail(email, this, group->track([state, email, failWith](const ApiResult &result) {
            if (!result.ok())
                failWith(*result.error);
            QStringList ids;
            for (const QJsonValue &user : result.array()) {
                const QString id = user.toObject().value(QLatin1String("user_id")).toString();
                ids << id;
                state->lookups.currentDefault.insert(id, defaultOrgOf(user.toObject()));
            }
            state->lookups.usersByEmail.insert(email, ids);
        }));
    }
    for (qsizetype start = 0; start < userIds.size(); start += SearchBatch) {
        const QStringList batch = userIds.mid(start, SearchBatch);
        m_client.searchUsers(
            userIdQuery(batch), 0, SearchBatch, this,
            group->track([this, state, batch, group, failWith](const ApiResult &result) {
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
                    m_client.getUser(id, this, group->track([state, id, failWith](const ApiResult &user) {
                        if (user.ok())
                            state->lookups.currentDefault.insert(id, defaultOrgOf(user.object()));
                        else if (user.statusCode != 404)
                            failWith(*user.error);
                    }));
                }
            }));
    }
}

// For each organization with more members than one page: read its whole member list, or ask each of the CSV's users
// for their organizations, whichever takes fewer requests (30,000 members are 300 pages; two CSV rows are two).
void BulkRunner::checkMemberships(const QList<BulkRow> &rows, const std::shared_ptr<ValidationState> &state,
                                  const std::shared_ptr<LookupGroup> &group)
{
    const BulkLookups &lookups = state->lookups;
    QHash<QString, QSet<QString>> csvUsers; // organization id -> the users the CSV assigns to it
    for (const BulkRow &row : rows) {
        const QString orgId = lookups.orgIds.value(row.org);
        if (!state->memberTotals.contains(orgId))
            continue;
        const QStringList ids = row.byEmail ? lookups.usersByEmail.value(row.user.toLower()) : QStringList{row.user};
        for (const QString &id : ids)
            csvUsers[orgId].insert(id);
    }
    for (auto it = state->memberTotals.cbegin(); it != state->memberTotals.cend(); ++it) {
        const QString orgId = it.key();
        MembershipCheck check;
        check.orgId = orgId;
        check.members = it.value();
        check.csvUsers = int(csvUsers.value(orgId).size());
        const int listPages = (check.members + ManagementClient::PageSize - 1) / ManagementClient::PageSize;
        const bool perUser = check.csvUsers < listPages;
        check.method = perUser ? MembershipCheck::Method::PerUser : MembershipCheck::Method::MemberList;
        check.requests = perUser ? check.csvUsers : listPages;
        check.otherMethodRequests = perUser ? listPages : check.csvUsers;
        state->checks.append(check);
        if (!perUser) {
            m_client.organizationMembers(orgId, this, group->track([state, orgId](const ListResult &list) {
                if (!list.ok())
                    state->failWith(*list.error);
                for (const QJsonValue &member : list.items)
                    state->lookups.members[orgId].insert(member.toObject().value(QLatin1String("user_id")).toString());
            }));
            continue;
        }
        for (const QString &userId : csvUsers.value(orgId)) {
            m_client.userOrganizations(userId, this, group->track([state, orgId, userId](const ListResult &list) {
                if (!list.ok() && list.error->statusCode != 404)
                    state->failWith(*list.error);
                for (const QJsonValue &organization : list.items) {
                    if (organization.toObject().value(QLatin1String("id")).toString() == orgId)
                        state->lookups.members[orgId].insert(userId);
                }
            }));
        }
    }
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
        if (journaled.outcome == RowStatus::Applied || journaled.outcome == RowStatus::Skipped) {
            finishRow(state, index, *journaled.outcome, tr("done in an earlier run"), false);
            continue;
        }
        if (journaled.intent && (!journaled.outcome || journaled.outcome == RowStatus::Unaudited)) {
            // The earlier run may have sent this PATCH, or sent it and could not audit it: read the user (not the
            // search index), then audit the change found there or send it again.
            ++state->active;
            m_client.getUser(row.userId, this, [this, state, index, journaled](const ApiResult &result) {
                --state->active;
                const PlannedRow &row = state->rows.at(index);
                if (!result.ok()) {
                    finishRow(state, index, RowStatus::Failed, result.error->text());
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
            finishRow(state, index, RowStatus::Skipped, tr("already %1").arg(row.orgId));
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
            switch (result.status) {
            case RowStatus::NotStarted:
                ++summary.notStarted;
                if (state->fatal && result.detail.isEmpty())
                    result.detail = tr("not started: the run stopped (%1)").arg(state->fatal->message);
                break;
            case RowStatus::Applied:
                ++summary.applied;
                break;
            case RowStatus::Skipped:
                ++summary.skipped;
                break;
            case RowStatus::Failed:
                ++summary.failed;
                break;
            case RowStatus::Unaudited:
                ++summary.unaudited;
                break;
            }
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
    m_client.patchAppMetadata(
        row.userId, defaultOrgChange(row.orgId), this, [this, state, index](const ApiResult &result) {
            --state->active;
            const PlannedRow &row = state->rows.at(index);
            if (!result.ok()) {
                finishRow(state, index, RowStatus::Failed, result.error->text());
                return;
            }
            const QJsonValue now = defaultOrgOf(result.object());
            if (now.toString() != row.orgId) {
                finishRow(state, index, RowStatus::Failed,
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
        // A resume re-reads the row and writes the missing entry.
        if (!state->fatal)
            state->fatal = audited.error();
        finishRow(state, index, RowStatus::Unaudited,
                  tr("applied, but its audit entry could not be written (%1): undo it by hand, the value before was "
                     "%2")
                      .arg(audited.error().message, before.isString() ? before.toString() : QStringLiteral("absent")));
        return;
    }
    finishRow(state, index, RowStatus::Applied, detail);
}

Result<AuditEntry> BulkRunner::auditChange(const QString &userId, const QJsonValue &before, const QString &after)
{
    return m_audit.append({.profile = m_profile,
                           .tenant = m_client.config().issuer.toString(),
                           .clientId = m_client.config().clientId,
                           .userId = userId,
                           .before = before,
                           .after = after,
                           .source = QStringLiteral("bulk")});
}

void BulkRunner::finishRow(const std::shared_ptr<ApplyState> &state, int index, RowStatus status, const QString &detail,
                           bool journalOutcome)
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
