#pragma once

#include "doctor/DoctorReport.h"
#include "oauth/SessionHistory.h"
#include "profiles/Profile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

namespace orglens {
class Clock;
}

namespace orglens::explain {

// How sure a finding is; findings are ordered by it (then by the rule's own weight).
enum class Confidence { Certain, Likely, Possible };
QString confidenceName(Confidence confidence); // "certain" | "likely" | "possible" (JSON and CLI)

// One fact behind a finding: what was seen, where it came from, and whether it supports or rules out the cause.
struct Evidence {
    enum class Source { Token, Session, Profile, Tenant };
    enum class Role { Supports, RulesOut, Missing }; // Missing: would settle it, not fetched yet
    Source source = Source::Token;
    Role role = Role::Supports;
    QString text; // one line, e.g. "gty is \"password\"" or "app_metadata has no default_org_id"
};
QString sourceName(Evidence::Source source); // "token" | "session" | "profile" | "tenant"
QString roleName(Evidence::Role role);       // "supports" | "rules_out" | "missing"

// What "Fetch tenant evidence" reads (TenantEvidenceFetcher).
struct TenantEvidenceRequest {
    QString userId;
    QString clientId;
    QStringList orgIds;
    QString grantAudience; // with clientId: read that client grant (its organization_usage)
};

// Something OrgLens can do to fix the cause (the GUI shows it as a button, the CLI prints the command). Each kind
// carries its own typed payload, so a field a handler needs cannot be dropped on the way.
struct SetDefaultOrgFix {
    QString userId;
    QString orgId;
};
struct RunExchangeFix {
    QString organization; // the organization parameter to send; empty: none
};
struct LoginWithOrganizationFix {
    oauth::Flow flow = oauth::Flow::Pkce; // Pkce, Device or ClientCredentials
    QString organization;
};
struct OpenTenantSettingsFix {
    QUrl url;
};
using FixPayload = std::variant<SetDefaultOrgFix, RunExchangeFix, LoginWithOrganizationFix, OpenTenantSettingsFix,
                                TenantEvidenceRequest>;

struct FixAction {
    enum class Kind { SetDefaultOrg, RunExchange, LoginWithOrganization, OpenTenantSettings, FetchTenantEvidence };
    QString label; // translated button text
    FixPayload payload;

    // The payload's alternative, as a name for switches and JSON (the order of FixPayload).
    Kind kind() const { return Kind(payload.index()); }
    // The payload as JSON, for --json output: {"user_id","org_id"}, {"organization"}, {"flow","organization"},
    // {"url"} or {"user_id","client_id","org_ids","grant_audience"?}.
    QJsonObject arguments() const;
};
// "set_default_org" | "run_exchange" | "login_with_organization" | "open_tenant_settings" | "fetch_tenant_evidence"
QString actionKindName(FixAction::Kind kind);

struct Finding {
    QString id; // stable rule id, e.g. "device-flow" (part of the interface)
    Confidence confidence = Confidence::Possible;
    QString title; // one line
    QList<Evidence> evidence;
    QStringList fixSteps; // plain steps, in order
    QList<FixAction> actions;
    bool offersGeneratedActions = false; // the fix is (or needs) the generated Actions (set from the rule)
};

// The verdict and the findings, most likely first.
struct Diagnosis {
    bool hasOrgId = false;
    QList<Finding> findings;

    // {"has_org_id": bool, "findings": [{"id","confidence","title","evidence":[{"source","role","text"}],
    //   "fix": "1. ...\n2. ...", "fix_steps": [...], "actions": [{"kind","label","arguments"}]}]}
    QJsonObject toJson() const;
};

// Live facts read with the Management API; every part is optional (absent = not fetched).
struct TenantEvidence {
    std::optional<QJsonObject> user;             // GET /api/v2/users/{id}
    std::optional<QJsonArray> userOrganizations; // GET /api/v2/users/{id}/organizations
    QList<QJsonObject> organizations;            // organizations referenced by the token or app_metadata
    std::optional<QJsonObject> client;           // GET /api/v2/clients/{id} (organization_usage, ...)
    // The client grant of an M2M token's client for its audience: GET /api/v2/client-grants?client_id=&audience=
    // (organization_usage absent = never set = deny; allow_any_organization).
    std::optional<QJsonObject> clientGrant;
    // What could not be read and why, keyed "user", "user_organizations", "client", "client_grant" or
    // "organization:<id>"
    // (e.g. "403 Forbidden: Insufficient scope ... (insufficient_scope)"): shown as missing evidence.
    QHash<QString, QString> unavailable;
    // The tenant doctor's checklist of the tenant's org_id pipeline (orglens-cli explain --check-tenant): its failed
    // steps are findings of their own and settle others (lost on refresh, namespaces).
    std::optional<doctor::DoctorReport> doctor;
};

// Everything the engine may use. Only `token` is required.
struct ExplainInput {
    QByteArray token;                            // as pasted (Bearer prefix and whitespace allowed)
    std::optional<oauth::SessionRecord> session; // the login that produced the token, when OrgLens ran it
    // The flow the user says produced the token when there is no session record (CLI --flow).
    std::optional<oauth::Flow> declaredFlow;
    QList<oauth::SessionRecord> lineage;      // the session's ancestors, oldest first (device -> refresh -> ...)
    std::optional<profiles::Profile> profile; // issuer, namespace, exchange settings
    TenantEvidence tenant;
    const Clock *clock = nullptr; // nullptr = system clock
};

} // namespace orglens::explain
