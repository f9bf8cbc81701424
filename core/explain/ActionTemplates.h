#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

// The Auth0 Actions that put an organization into tokens where Auth0 itself does not (device flow, reference §1.6):
// a Post-Login Action that adds the namespaced claim <namespace>org_id from app_metadata.default_org_id, and a
// Custom Token Exchange Action that verifies such a token and sets the real organization.

namespace orglens::profiles {
struct Profile;
}

namespace orglens::explain {

struct ActionSettings {
    QString claimNamespace;   // https URL, normalised with a trailing slash
    QUrl issuer;              // the tenant that signs the subject tokens (https://<domain>/); token exchange only
    QString audience;         // the API identifier the subject tokens are issued for; token exchange only
    QString subjectTokenType; // the exchange profile's subject_token_type (shown in the comments), may be empty
};

// The settings a profile gives the Actions (namespace, issuer, audience, subject token type): what
// `orglens-cli actions generate` and the GUI generate from.
ActionSettings actionSettings(const profiles::Profile &profile);

enum class ActionKind { PostLogin, TokenExchange };

struct GeneratedAction {
    ActionKind kind = ActionKind::PostLogin;
    QString fileName; // "post-login.js" or "token-exchange.js"
    QString title;    // translated, e.g. "Post-Login Action"
    QString code;     // the JavaScript to paste into the Actions editor
};

// The name OrgLens gives the Action it deploys (repair, the demo tenant's fixed preset): how it recognises its own
// Actions in a tenant.
QString deployedActionName(ActionKind kind);
// The trigger the Action is for and its version: ("post-login", "v3") or ("custom-token-exchange", "v1").
QJsonObject actionTrigger(ActionKind kind);
// The npm packages the Action declares ([{name, version}]): jose for the exchange Action, none for Post-Login.
QJsonArray actionDependencies(ActionKind kind);

// "https://example.com" -> "https://example.com/". Refuses anything but an absolute https URL without query,
// fragment or user info, and Auth0's forbidden namespaces (auth0.com, webtask.io, webtask.run).
Result<QString> normalizeClaimNamespace(const QString &text);

// Whether Auth0 ignores `api.accessToken/idToken.setCustomClaim(name, …)` (reference §3): restricted claims
// (org_id, org_name, permissions, gty, azp, aud, iss, sub, scope, the registered JWT and OIDC standard claims) and
// claims under the forbidden namespaces auth0.com, webtask.io and webtask.run.
bool isIgnoredCustomClaim(const QString &name);

// The Post-Login Action for `claimNamespace` (already normalised).
QString postLoginAction(const QString &claimNamespace);
// The Custom Token Exchange Action; `settings` must be normalised (see generateActions).
QString tokenExchangeAction(const ActionSettings &settings);

// Validates and normalises the settings the requested Actions need (the exchange Action needs the issuer and
// the audience) and generates them, Post-Login first. The error names the missing or bad setting.
Result<QList<GeneratedAction>> generateActions(const ActionSettings &settings, const QList<ActionKind> &kinds);

} // namespace orglens::explain
