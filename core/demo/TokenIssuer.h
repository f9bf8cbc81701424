#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>

#include <QString>
#include <QStringList>
#include <optional>

namespace orglens::demo {

class DemoTenant;

// Post-Login Action protocols (event.transaction.protocol) of the flows the demo tenant runs.
namespace Protocol {
inline constexpr auto AuthorizationCode = "oidc-basic-profile";
inline constexpr auto DeviceCode = "oauth2-device-code";
inline constexpr auto RefreshToken = "oauth2-refresh-token";
inline constexpr auto Password = "oauth2-password";
inline constexpr auto TokenExchange = "oauth2-token-exchange";
inline constexpr auto ClientCredentials = "oauth2-client-credentials";
} // namespace Protocol

// What a set of tokens is issued for: who, to which client, for which API, in which organization.
struct Grant {
    QString clientId;
    QString userId;   // empty for client credentials
    QString audience; // empty: the access token is opaque, good only for /userinfo
    QStringList scopes;
    QString orgId; // organization context; empty when the login had none
    QString nonce;
    QString protocol;  // see Protocol
    QString grantType; // the grant_type that produced the tokens
    QString sessionId;
    QDateTime authTime;
    QString refreshFamily; // set on a refresh: the rotated refresh token's family

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

// What Post-Login Actions put into a login's tokens.
struct CustomClaims {
    QJsonObject accessToken;
    QJsonObject idToken;
};

struct IssuedTokens {
    QString accessToken;
    QString idToken;      // empty without the openid scope or for client credentials
    QString refreshToken; // empty without offline_access
    QString scope;
    int expiresIn = 0;

    // The /oauth/token response body.
    QJsonObject toJson() const;
};

// Mints Auth0-shaped tokens (RS256 JWTs or opaque access tokens), runs the simulated Post-Login Action,
// and keeps the refresh tokens (rotation with reuse detection) and opaque access tokens.
class TokenIssuer {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::TokenIssuer)

public:
    explicit TokenIssuer(DemoTenant &tenant);

    // The tokens for `grant`, with the custom claims the tenant's Post-Login Actions set; without them
    // (`fromActions` empty: no Actions bound, or Node missing) the built-in simulation of the article's Action.
    IssuedTokens issue(const Grant &grant, const std::optional<CustomClaims> &fromActions = std::nullopt);
    // Forgets every refresh token and opaque access token.
    void forgetTokens();

    // Redeems a refresh token for `clientId` (rotation: the token becomes invalid). Reusing a rotated token
    // revokes its whole family. The returned grant is the original one with protocol/grant type of a refresh.
    Result<Grant> redeemRefreshToken(const QString &refreshToken, const QString &clientId);
    // Revokes the refresh token (and its family) when it belongs to `clientId`; false when unknown.
    bool revokeRefreshToken(const QString &refreshToken, const QString &clientId);
    // The grant behind an access token valid for /userinfo (JWT with the userinfo audience, or opaque).
    Result<Grant> grantForUserinfo(const QString &accessToken) const;

    // Claims the simulated Post-Login Action adds for this grant (the device-flow workaround of the support
    // article: `<namespace>org_id` from app_metadata.default_org_id, only for protocol oauth2-device-code).
    QJsonObject postLoginActionClaims(const Grant &grant) const;

private:
    struct RefreshRecord {
        Grant grant;
        QString family;
        bool rotated = false;
    };
    struct OpaqueRecord {
        Grant grant;
        QDateTime expiresAt;
    };

    QString accessToken(const Grant &grant, const QDateTime &issuedAt, const QJsonObject &customClaims);
    QString idToken(const Grant &grant, const QDateTime &issuedAt, const QString &accessToken,
                    const QJsonObject &customClaims) const;
    QString newRefreshToken(const Grant &grant, const QString &family);
    void addOrganizationClaims(QJsonObject &claims, const QString &orgId) const;
    void revokeFamily(const QString &family);

    DemoTenant &m_tenant;
    QHash<QString, RefreshRecord> m_refreshTokens;
    QHash<QString, OpaqueRecord> m_opaqueTokens;
};

// A random URL-safe string of `bytes` random bytes (tokens, codes, ids).
QString randomString(int bytes);

} // namespace orglens::demo
