#pragma once

#include "FlowStore.h"
#include "HttpResponses.h"
#include "TokenIssuer.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <memory>

namespace orglens::demo {

class DemoRouter;
class DemoTenant;
class TokenEndpoint;
struct Client;
struct LoginTransaction;

// The browser side of the demo tenant's Authentication API: /authorize with its login and consent pages,
// /oauth/device/code and /activate, /v2/logout. Owns the flow state and the token issuer, and the
// TokenEndpoint (/oauth/token, /userinfo, /oauth/revoke) that shares them.
class OAuthServer {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::OAuthServer)

public:
    explicit OAuthServer(DemoTenant &tenant);
    ~OAuthServer();

    void registerRoutes(DemoRouter &router);
    // Forgets every login transaction, session, code, device authorization and refresh token.
    void reset();

    // Name of the browser session cookie.
    static QByteArray sessionCookieName() { return QByteArrayLiteral("orglens_demo_session"); }

private:
    QHttpServerResponse authorize(const DemoRequest &request);
    QHttpServerResponse login(const DemoRequest &request);
    QHttpServerResponse consent(const DemoRequest &request);
    QHttpServerResponse activatePage(const DemoRequest &request);
    QHttpServerResponse activate(const DemoRequest &request);
    QHttpServerResponse deviceCode(const DemoRequest &request);
    QHttpServerResponse logout(const DemoRequest &request);

    // After the login (or with an existing session): the consent page, or the device confirmation.
    QHttpServerResponse consentPage(const LoginTransaction &transaction);
    QHttpServerResponse finishAuthorize(const LoginTransaction &transaction);
    // Redirects an /authorize error to the client: error, error_description, state and iss (RFC 9207).
    QHttpServerResponse redirectError(const QString &redirectUri, const QString &state, const QString &error,
                                      const QString &description);
    QHttpServerResponse errorPage(HttpStatus status, const QString &error, const QString &description);
    std::optional<Session> currentSession(const DemoRequest &request) const;
    QString applicationName(const QString &clientId) const;
    QString organizationName(const QString &orgId) const;
    void emitEvent(const QString &type, QJsonObject details);

    DemoTenant &m_tenant;
    FlowStore m_flows;
    TokenIssuer m_issuer;
    std::unique_ptr<TokenEndpoint> m_tokenEndpoint;
};

} // namespace orglens::demo
