#pragma once

#include "management/AuditLog.h"
#include "management/BulkJournal.h"
#include "management/BulkPlan.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

namespace orglens::management {

class ManagementClient;
class LookupGroup;

// The result of one row of a bulk run.
struct RowResult {
    int line = 0;
    QString userId;
    QString orgId;
    QJsonValue before;
    RowStatus status = RowStatus::NotStarted;
    QString detail; // why skipped, failed or not started
};

struct BulkSummary {
    QList<RowResult> results; // in CSV order
    int applied = 0;
    int skipped = 0;
    int failed = 0;
    int unaudited = 0;          // changed, but without an audit entry (the run stopped there)
    int notStarted = 0;         // rows never sent because the run was cancelled or stopped
    std::optional<Error> fatal; // the run could not continue (journal or audit log not writable)
    bool cancelled = false;     // cancel() stopped it: the rows NotStarted were not started
};

// Validates a bulk CSV against the tenant with few requests and applies the plan with bounded concurrency, a
// write-ahead journal and the audit log.
class BulkRunner : public QObject {
    Q_OBJECT

public:
    BulkRunner(ManagementClient &client, AuditLog audit, QString profileName, QObject *parent = nullptr);

    // Looks up what the rows need: each organization once (by id or name) and its member list (checkpoint
    // paging), users by e-mail only for e-mail rows, current default_org_id by user_id search in batches of 50
    // (GET per user only for ids the search did not return). Then plans (planBulk).
    void validate(const QList<BulkRow> &rows, bool allowNonMember, std::function<void(const Result<BulkPlan> &)> done);

    // Applies the plan: rows already at the target are skipped (no PATCH); rows the journal shows as done are not
    // touched again; rows with an intent and no outcome are re-read and PATCHed only if not yet at the target.
    void apply(const BulkPlan &plan, BulkJournal &journal, const JournalState &state, int concurrency,
               std::function<void(const BulkSummary &)> done);
    // Stops the running apply(): no further row is started; the PATCHes in flight (at most `concurrency`) finish and
    // get their journal outcome, then `done` is called with cancelled set. The journal stays consistent, so a later
    // apply() with the replayed journal (resume) continues with the rows not started.
    void cancel();

signals:
    void progress(int done, int total);

private:
    struct ApplyState;
    void startNext(const std::shared_ptr<ApplyState> &state);
    void patchRow(const std::shared_ptr<ApplyState> &state, int index);
    struct ValidationState;
    void lookUpRows(const QList<BulkRow> &rows, const std::shared_ptr<ValidationState> &state,
                    const std::shared_ptr<LookupGroup> &group);
    void checkMemberships(const QList<BulkRow> &rows, const std::shared_ptr<ValidationState> &state,
                          const std::shared_ptr<LookupGroup> &group);
    void finishApplied(const std::shared_ptr<ApplyState> &state, int index, const QJsonValue &before,
                       const QString &detail);
    // Appends an applied bulk change to the audit log.
    [[nodiscard]] Result<AuditEntry> auditChange(const QString &userId, const QJsonValue &before, const QString &after);
    void finishRow(const std::shared_ptr<ApplyState> &state, int index, RowStatus status, const QString &detail,
                   bool journalOutcome = true);

    ManagementClient &m_client;
    AuditLog m_audit;
    QString m_profile;
    std::weak_ptr<ApplyState> m_running;
};

// The Lucene query that finds these users by id: user_id:"a" OR user_id:"b" ...
QString userIdQuery(const QStringList &userIds);

} // namespace orglens::management
