#pragma once

#include "doctor/DoctorReport.h"
#include "profiles/Profile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

// What a repair of a tenant's org_id pipeline writes, step by step, and what each write replaces: computed before
// anything is written (RepairPlanner), shown, confirmed, then applied and undone by RepairRunner.

namespace orglens::repair {

// The steps, in the order they are applied (undo runs them backwards).
enum class StepKind {
    PostLoginAction,   // create or update OrgLens's Post-Login Action, and deploy it
    ExchangeAction,    // create or update OrgLens's Custom Token Exchange Action, and deploy it
    PostLoginBindings, // bind the Post-Login Action (and unbind what the user ticked), the whole list written back
    ExchangeProfile,   // the token exchange profile for the profile's subject_token_type names OrgLens's Action
    ExchangeClient,    // the exchange application may use custom_authentication profiles
    UserDefaultOrg,    // the user's app_metadata.default_org_id (optional)
};

// "post-login-action", "exchange-action", "post-login-bindings", "exchange-profile", "exchange-client",
// "user-default-org": stable, in the plan's JSON and the audit log.
QString stepKindId(StepKind kind);
std::optional<StepKind> stepKindFromId(const QString &id);

// One Management API request, as it will be sent (path under /api/v2/, percent-encoded).
struct PlannedRequest {
    QByteArray method;
    QString path;
    QJsonValue body{}; // an object or an array; anything else: no body

    bool hasBody() const { return body.isObject() || body.isArray(); }

    // {"method","path":"/api/v2/…","body"?}
    QJsonObject toJson() const;
};

struct RepairStep {
    StepKind kind = StepKind::PostLoginAction;
    QString title{};   // translated, e.g. "Deploy the Post-Login Action"
    QString summary{}; // translated: what changes, or why there is nothing to do
    bool needed = false;
    QStringList scopes{};             // what its writes need
    QList<PlannedRequest> requests{}; // ids of things created earlier in the same repair appear as {name}
    // The state the step replaces, as read when planning (null: absent), and the state it leaves. Each kind has
    // its own shape (see RepairState.h); apply re-reads `before` just before writing, undo compares `after`.
    QJsonValue before{};
    QJsonValue after{};
    bool done = false; // the write happened (in the audit log)

    QJsonObject toJson() const;
    static std::optional<RepairStep> fromJson(const QJsonObject &json);
};

// A bound Post-Login Action OrgLens did not create that sets an organization claim too (e.g. the support
// article's): listed, unbound only when the user ticks it.
struct BindingConflict {
    QString actionId;
    QString name;
    QString reason; // translated
    bool unbind = false;
};

struct RepairOptions {
    profiles::Profile profile{};
    QString userId{};     // optional: also check (and optionally set) this user's default organization
    QString defaultOrg{}; // set this as the user's default_org_id; empty: the user's only organization, if one
    bool setDefaultOrg = false;
    int bindingPosition = -1;  // where OrgLens's binding goes among the others; -1: last
    QStringList unbind{};      // ids or names of conflicting bound Actions the user chose to unbind
    bool probeActions = false; // the doctor's Action probe before (and after) the repair
};

struct RepairPlan {
    Q_DECLARE_TR_FUNCTIONS(orglens::repair::RepairPlan)

public:
    RepairOptions options{};
    QList<RepairStep> steps{};
    QList<BindingConflict> conflicts{};
    QStringList grantedScopes{}; // of the Management API application's token
    QString userEmail{};         // of options.userId, when read (the login hint of a proof's device login)
    doctor::DoctorReport doctorBefore{};

    bool anythingToDo() const;
    // Recomputes the bindings step for another position of OrgLens's binding or other bound Actions to unbind
    // (action ids), from the bindings read when planning (no request).
    void choose(int bindingPosition, const QStringList &unbind);
    // The display names of the post-login bindings OrgLens's binding goes among, in execution order (without
    // OrgLens's own and those chosen to be unbound): what bindingPosition counts.
    QStringList otherBindings() const;
    // The step of this kind; null when the plan has none.
    const RepairStep *step(StepKind kind) const;
    RepairStep *step(StepKind kind) { return const_cast<RepairStep *>(std::as_const(*this).step(kind)); }
    // The scopes the needed steps' writes need that the application was not granted: the repair stops before its
    // first write while any is missing.
    QStringList missingScopes() const;
    // "Grant update:clients, create:actions to the Management API application (client demo-m2m)." or empty.
    QString missingScopesText() const;
    // Every request the needed steps send, in order (what --dry-run prints).
    QList<PlannedRequest> requests() const;
    // {"tenant","profile","user","steps":[…],"conflicts":[…],"missing_scopes":[…],"doctor":{…}}
    QJsonObject toJson() const;
};

// One row of the before/after comparison of two doctor runs.
struct StepChange {
    QString id;
    QString title;
    doctor::StepStatus before = doctor::StepStatus::NotChecked;
    doctor::StepStatus after = doctor::StepStatus::NotChecked;
};
QList<StepChange> compareReports(const doctor::DoctorReport &before, const doctor::DoctorReport &after);

} // namespace orglens::repair
