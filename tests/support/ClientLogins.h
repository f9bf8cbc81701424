#pragma once

#include "demo/TenantStore.h"
#include "oauth/DeviceFlow.h"
#include "oauth/OAuthClient.h"
#include "oauth/PkceFlow.h"

#include <QUrl>

// Logins run by OrgLens's own OAuth client against the demo tenant, with a scripted browser as the user: the
// flows as the application runs them, recorded in the client's session history.
namespace orglens::test {

// The result of `operation`, which may have finished while the test browser was waiting for a page; a
// "test_timeout" failure when none comes within `timeoutMs`.
oauth::TokenResult waitForResult(oauth::TokenOperation *operation, int timeoutMs = 15000);

// The user code of a device flow, or empty when the flow ended without one.
QString waitForUserCode(oauth::DeviceFlow *flow);

// The authorization URL of a PKCE flow (its loopback listener is up), or empty when the flow ended first.
QUrl waitForAuthorizationUrl(oauth::PkceFlow *flow);

// A device login for the demo's native application, approved by `email` in a fresh browser.
oauth::TokenResult deviceLoginWith(oauth::OAuthClient &client, const QUrl &issuer, const QString &email,
                                   const QString &audience = QLatin1String(demo::OrdersApiAudience),
                                   const QString &scope = QStringLiteral("openid profile offline_access"));

// Signs `email` in for a started PKCE flow in a fresh browser and answers the consent page with `consent`;
// returns the tenant's redirect to the loopback listener, not yet followed.
QUrl pkceCallbackFor(oauth::PkceFlow *flow, const QUrl &issuer, const QString &email,
                     const QString &consent = QStringLiteral("accept"));

} // namespace orglens::test
