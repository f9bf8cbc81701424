#pragma once

#include "RepairPlan.h"
#include "management/AuditLog.h"

#include <QObject>

#include <functional>
#include <memory>

namespace orglens::management {
class ManagementClient;
}

namespace orglens::repair {

struct RepairOutcome {
    bool ok = false;
    QString message;                // translated: what happened, or why it stopped (nothing half-written undescribed)
    management::AuditEntry entry{}; // the repair's (or the undo's) audit entry; id empty when nothing was written
    QList<RepairStep> steps{};      // as applied (or undone): done, before, after
    bool tenantChanged = false;     // undo refused, nothing written: the tenant changed since (force overrides)
};

// Applies a plan and undoes an applied one. Writing to a tenant is the most dangerous thing OrgLens does, so:
// nothing is written while the application lacks a scope a step needs; before each write the step re-reads what it
// replaces and stops if it changed since the plan; the repair is one audit entry (source "repair"), written before
// the first write and again after each one with what that write replaced, so a stop at any point — a 500, a crash —
// leaves an entry that undo can use.
class RepairRunner : public QObject {
    Q_OBJECT

public:
    RepairRunner(management::ManagementClient &client, management::AuditLog audit, QString profileName,
                 QObject *parent = nullptr);

    using Done = std::function<void(const RepairOutcome &)>;
    void apply(const RepairPlan &plan, Done done);
    // Undoes the repair of audit entry `auditId`, last step first: Actions OrgLens created are deleted, updated ones
    // rolled back to the version they replaced, the bindings list, the exchange profile, the application's setting
    // and the user's default_org_id restored. Refuses, before any write, when the tenant changed since the repair,
    // unless `force`.
    void undo(const QString &auditId, bool force, Done done);

signals:
    // Before each step: its index in the plan's steps and its title.
    void stepStarted(int index, const QString &title);

private:
    struct Run;
    void checkUnchanged(const std::shared_ptr<Run> &run, int index, QStringList changed);
    void next(const std::shared_ptr<Run> &run);
    void write(const std::shared_ptr<Run> &run, const QList<PlannedRequest> &requests);
    // Polls the Action until its draft is built, then `then`; stops the run when the build fails or takes too long.
    void awaitBuild(const std::shared_ptr<Run> &run, const QString &actionPath, const QDateTime &deadline,
                    const std::function<void()> &then);
    void salvage(const std::shared_ptr<Run> &run, const QString &message);
    void verify(const std::shared_ptr<Run> &run);
    // Writes the run's audit entry again (false, with `done` called, when the log cannot be written).
    bool record(const std::shared_ptr<Run> &run, bool finished, bool ok, const QString &error = {});
    void finish(const std::shared_ptr<Run> &run, bool ok, const QString &message);

    management::ManagementClient &m_client;
    management::AuditLog m_audit;
    QString m_profile;
};

} // namespace orglens::repair
