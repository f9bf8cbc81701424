#pragma once

#include "DemoRouter.h"
#include "ExchangeAction.h"
#include "HttpResponses.h"
#include "PostLoginActions.h"
#include "TokenIssuer.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace orglens::demo {

class DemoRouter;
class DemoTenant;
class FlowStore;
class RequestParameters;
struct Client;
struct TokenExchangeProfile;

// The back channel of the Authentication API: /oauth/token (authorization_code, refresh_token,
// client_credentials, device_code, token-exchange, password), /userinfo and /oauth/revoke. Bodies may be
// form-encoded or JSON; confidential clients authenticate with client_secret_post or HTTP Basic.
class TokenEndpoint {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::TokenEndpoint)

public:
    TokenEndpoint(DemoTenant &tenant, FlowStore &flows, TokenIssuer &issuer);

    void registerRoutes(DemoRouter &router);

    // The HTTP status Auth0 answers an /oauth/token error code with.
    static HttpStatus statusOf(const QString &error);

private:
    DemoReply token(const DemoRequest &request);
    // The token response for a granted request (token_issued event), and an OAuth error (token_error event).
    QHttpServerResponse issued(const Grant &grant, const std::optional<CustomClaims> &fromActions);
    QHttpServerResponse failure(const QString &grantType, const QString &clientId, const Error &error);
    // Runs the Post-Login Actions for a granted login, then answers `deferred`.
    void completeLogin(const Grant &grant, const std::shared_ptr<DeferredReply> &deferred);
    // A token exchange through a Custom Token Exchange profile: its Action decides user and organization.
    DemoReply exchangeWithProfile(const Client &client, const RequestParameters &params,
                                  const TokenExchangeProfile &profile);
    // The grant of an exchange for `userId` in `organization` (id or name; empty: none), membership checked.
    Result<Grant> exchangedGrant(const Client &client, const RequestParameters &params, const QString &userId,
                                 const QString &organization, const QString &defaultScope);
    QHttpServerResponse userinfo(const DemoRequest &request);
    QHttpServerResponse revoke(const DemoRequest &request);

    Result<const Client *> authenticateClient(const DemoRequest &request, const RequestParameters &params) const;
    Result<Grant> authorizationCodeGrant(const Client &client, const RequestParameters &params);
    Result<Grant> refreshTokenGrant(const Client &client, const RequestParameters &params);
    Result<Grant> clientCredentialsGrant(const Client &client, const RequestParameters &params);
    Result<Grant> deviceCodeGrant(const Client &client, const RequestParameters &params);
    Result<Grant> tokenExchangeGrant(const Client &client, const RequestParameters &params);
    // Why an exchange of `subjectTokenType` cannot be served: no profile, Node missing, or its Action not deployed.
    Error unservedExchange(const QString &subjectTokenType) const;
    Result<Grant> passwordGrant(const Client &client, const RequestParameters &params);

    // The Custom Token Exchange Action: validates the subject token and returns its claims.
    Result<QJsonObject> validateSubjectToken(const QString &subjectToken) const;
    // The scopes a user token gets: OIDC scopes plus those the audience's API defines.
    QStringList userScopes(const QString &requested, const QString &audience) const;
    Result<QString> resolveOrganizationParameter(const QString &organization) const;

    DemoTenant &m_tenant;
    FlowStore &m_flows;
    TokenIssuer &m_issuer;
    PostLoginActions m_postLogin;
    ExchangeAction m_exchangeAction;
};

} // namespace orglens::demo
