#pragma once

#include <QString>

#include <optional>

namespace orglens::oauth {

// How a token was (or will be) obtained. One enum for the session history, the Login view, Explain and pre-flight.
enum class Flow { Device, Pkce, ClientCredentials, Refresh, Exchange, Password, Pasted };

// The name in session records, reports and JSON: "device", "pkce", "client_credentials", "refresh",
// "token_exchange", "password", "pasted".
QString flowId(Flow flow);
// The name on the command line (--flow): "device", "pkce", "client-credentials", "refresh", "exchange", "password",
// "pasted".
QString flowOptionName(Flow flow);
// Either spelling; nullopt for anything else.
std::optional<Flow> parseFlow(const QString &name);
// Short, for lists (translated): "Device authorization", "Authorization code + PKCE", …
QString flowLabel(Flow flow);
// For sentences (translated): "Device Authorization flow", "authorization code flow with PKCE", …
QString flowDescription(Flow flow);
// Whether an `organization` parameter of this flow puts the organization on its tokens. Auth0 ignores it in the Device
// Authorization and Resource Owner Password flows (their tokens never carry org_id); a refresh keeps the organization
// the refresh token was issued with.
bool flowAcceptsOrganization(Flow flow);
// Why the flow has no organization (translated), for a form that offers the field; empty when it accepts one.
QString organizationIgnoredReason(Flow flow);

} // namespace orglens::oauth
