#pragma once

#include "RepairPlan.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QObject>

#include <functional>

// What each kind of repair step reads, writes and compares: shared by the planner (what to write), the runner
// (re-read before a write, the write, undo) and the plan's choices. Internal to core/repair.

namespace orglens::management {
class ManagementClient;
}

namespace orglens::repair::steps {

// An id that exists only once an earlier step of the same repair created it, e.g. "{new:post-login-action}".
QString newIdPlaceholder(StepKind kind);

// The states the steps compare (RepairStep::before/after), from the Management API's JSON:
// an Action {"id","name","trigger","version_id","version","code","dependencies","draft_code","draft_dependencies"};
QJsonValue actionState(const QJsonObject &action, const QString &trigger);
// the bindings of post-login, in order [{"action_id","action_name","display_name"}];
QJsonArray bindingsState(const QJsonArray &bindings);
// the exchange profile {"id","name","subject_token_type","action_id","type"} or null;
QJsonValue profileState(const QJsonObject &profile);
// the application {"client_id","allow_any_profile_of_type":[…]};
QJsonObject clientState(const QJsonObject &client);
// the user {"user_id","default_org_id": value or null}.
QJsonObject userState(const QJsonObject &user);

// What must not have changed for a write (or an undo) to go ahead: the parts of a state the step depends on.
QJsonValue fingerprint(StepKind kind, const QJsonValue &state);
// One line for a message: "version 3 (act_…)", "[A, B]", "absent", …
QString describeState(StepKind kind, const QJsonValue &state);

// Reads the step's current state from the tenant (the Action by name, the bindings, the profile by
// subject_token_type, the application, the user), named by what its before/after states hold.
void readState(management::ManagementClient &client, QObject *context, const RepairStep &step,
               std::function<void(const Result<QJsonValue> &)> done);

// The current bindings without OrgLens's Action `actionRef` and those in `unbind` (action ids), in order.
QJsonArray otherBindings(const QJsonArray &current, const QString &actionRef, const QStringList &unbind);

// The bindings step: OrgLens's Action `actionRef` (an id or the placeholder) at `position` (-1: last) among the
// other current bindings, without those in `unbind` (action ids).
RepairStep bindingsStep(const QJsonArray &current, const QString &actionRef, const QString &actionName, int position,
                        const QStringList &unbind);

// The requests that undo a done step (from its before and after states), and the scopes they need.
QList<PlannedRequest> undoRequests(const RepairStep &step);
QStringList undoScopes(const RepairStep &step);

// Whether `granted` allows `scope` (update:users also allows update:users_app_metadata).
bool grants(const QStringList &granted, const QString &scope);

} // namespace orglens::repair::steps
