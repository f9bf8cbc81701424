#pragma once

#include "common/Result.h"
#include "explain/Diagnosis.h"
#include "oauth/Flow.h"
#include "profiles/Profile.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// "Will this login produce org_id?" — predicts the organization claims of the tokens a login would return, from the
// flow, its parameters, the profile and (when fetched) the tenant's data, and lists the reasons that block them
// (reference §1 and §7). After the login, comparePrediction() checks the prediction against the real token.

namespace orglens::explain {

// "device" | "pkce" | "client-credentials" | "refresh" | "exchange" | "password" (also the session record names
// "client_credentials" and "token_exchange"); anything else is an error that lists them.
Result<oauth::Flow> parsePreflightFlow(const QString &name);

struct PreflightInput {
    profiles::Profile profile; // issuer, claim namespace, organization-name setting
    oauth::Flow flow = oauth::Flow::Pkce;
    QString organization;                  // the organization parameter (id or name), empty = not sent
    QString audience;                      // empty = the profile's audience
    QString userId;                        // who will log in, when known
    std::optional<QString> refreshedOrgId; // refresh: org_id of the token the refresh token came with ("" = none)
    // user, user's organizations, client (organization_usage, organization_require_behavior, default_organization),
    // client grant (client credentials: organization_usage, allow_any_organization)
    TenantEvidence tenant;
};

// Yes / No / Unknown for one claim.
enum class ClaimOutlook { Yes, No, Unknown };
QString claimOutlookName(ClaimOutlook outlook); // "yes" | "no" | "unknown"

// Why a claim will be missing or the login refused. Ids are stable: device-flow, password-grant,
// no-organization-parameter, organization-required, client-denies-organizations, user-not-member,
// organization-name-not-allowed, m2m-without-organization, client-grant-denies-organizations, no-default-org,
// default-org-not-member, no-post-login-for-m2m, exchange-without-organization.
struct BlockingReason {
    QString id;
    Confidence confidence = Confidence::Certain;
    QString text;              // one line
    QString fix;               // one line
    bool loginRefused = false; // Auth0 will refuse the login itself (no tokens at all)
};

struct Prediction {
    oauth::Flow flow = oauth::Flow::Pkce;
    ClaimOutlook orgId = ClaimOutlook::Unknown;
    QString expectedOrgId; // the org_id value when it is known
    ClaimOutlook namespacedClaim = ClaimOutlook::Unknown;
    QString claimName; // <namespace>org_id, empty when the profile has no namespace
    QString expectedClaimValue;
    QList<BlockingReason> reasons; // most certain first
    QStringList assumptions;       // what the prediction takes for granted or could not check

    bool loginRefused() const;
    // {"flow","org_id":"yes|no|unknown","expected_org_id","namespaced_claim":{"name","outlook","expected"},
    //  "login_refused", "reasons":[{"id","confidence","text","fix","login_refused"}], "assumptions":[...]}
    QJsonObject toJson() const;
};

Prediction predict(const PreflightInput &input);

// One way the real token disagrees with the prediction.
struct PredictionMismatch {
    QString claim; // "org_id", the namespaced claim name, or "token"
    QString predicted;
    QString actual;
    QString text() const; // "pre-flight predicted org_id yes, got no"
};

// Compares the prediction with the token the login returned (access or ID token, compact JWS). Unknown outlooks
// are not compared. An opaque or undecodable token is one mismatch on "token".
QList<PredictionMismatch> comparePrediction(const Prediction &prediction, const QByteArray &token);

} // namespace orglens::explain
