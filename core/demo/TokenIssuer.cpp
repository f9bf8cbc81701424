#include "TokenIssuer.h"

#include "DemoTenant.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

namespace orglens::demo {

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr int IdTokenLifetimeSeconds = 36000; // Auth0's default ID token lifetime (10 h)

Error invalidGrant(const QString &message)
{
    return Error{QStringLiteral("invalid_grant"), message};
}

// at_hash (OIDC Core §3.1.3.6): base64url of the left half of SHA-256 over the access token's ASCII.
QString accessTokenHash(const QString &accessToken)
{
    const QByteArray digest = QCryptographicHash::hash(accessToken.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(digest.size() / 2).toBase64(Base64Url));
}

bool audienceContains(const QJsonValue &aud, const QString &value)
{
    if (aud.isArray())
        return aud.toArray().contains(value);
    return aud.toString() == value;
}

} // namespace

QString randomString(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (char &byte : data)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(data.toBase64(Base64Url));
}

QJsonObject IssuedTokens::toJson() const
{
    QJsonObject body{{QStringLiteral("access_token"), accessToken},
                     {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                     {QStringLiteral("expires_in"), expiresIn}};
    if (!scope.isEmpty())
        body.insert(QStringLiteral("scope"), scope);
    if (!idToken.isEmpty())
        body.insert(QStringLiteral("id_token"), idToken);
    if (!refreshToken.isEmpty())
        body.insert(QStringLiteral("refresh_token"), refreshToken);
    return body;
}

TokenIssuer::TokenIssuer(DemoTenant &tenant) : m_tenant(tenant) {}

void TokenIssuer::forgetTokens()
{
    m_refreshTokens.clear();
    m_opaqueTokens.clear();
}

IssuedTokens TokenIssuer::issue(const Grant &grant, const std::optional<CustomClaims> &fromActions)
{
    const QDateTime now = m_tenant.clock().now();
    const bool userGrant = !grant.userId.isEmpty();
    const QJsonObject simulated = userGrant && !fromActions ? postLoginActionClaims(grant) : QJsonObject{};
    const CustomClaims customClaims = fromActions.value_or(CustomClaims{simulated, simulated});
    if (!simulated.isEmpty()) {
        m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("post_login_action")},
                                       {QStringLiteral("protocol"), grant.protocol},
                                       {QStringLiteral("user_id"), grant.userId},
                                       {QStringLiteral("claims"), simulated}});
    }

    IssuedTokens tokens;
    tokens.scope = grant.scopes.join(QLatin1Char(' '));
    tokens.expiresIn = m_tenant.options().accessTokenLifetimeSeconds;
    tokens.accessToken = accessToken(grant, now, customClaims.accessToken);
    if (userGrant && grant.hasScope(QStringLiteral("openid")))
        tokens.idToken = idToken(grant, now, tokens.accessToken, customClaims.idToken);

    const Client *client = m_tenant.store().findClient(grant.clientId);
    const Api *api = grant.audience.isEmpty() ? nullptr : m_tenant.store().findApi(grant.audience);
    const bool offlineAllowed = grant.audience.isEmpty() || (api && api->allowOfflineAccess);
    if (userGrant && grant.hasScope(QStringLiteral("offline_access")) && offlineAllowed && client &&
        client->allowsGrant(QStringLiteral("refresh_token")))
        tokens.refreshToken =
            newRefreshToken(grant, grant.refreshFamily.isEmpty() ? randomString(12) : grant.refreshFamily);
    return tokens;
}

QJsonObject TokenIssuer::postLoginActionClaims(const Grant &grant) const
{
    // The support article's Action: `if (event.transaction.protocol === 'oauth2-device-code') {...}`.
    // On refresh the protocol is oauth2-refresh-token, so the claim is not added again.
    if (!m_tenant.simulatesActions() || !m_tenant.options().postLoginActionEnabled ||
        grant.protocol != QLatin1String(Protocol::DeviceCode))
        return {};
    const User *user = m_tenant.store().findUser(grant.userId);
    const QJsonValue defaultOrg = user ? user->appMetadata.value(QLatin1String("default_org_id")) : QJsonValue();
    if (!defaultOrg.isString() || defaultOrg.toString().isEmpty())
        return {};
    return QJsonObject{{m_tenant.claimNamespace() + QStringLiteral("org_id"), defaultOrg}};
}

void TokenIssuer::addOrganizationClaims(QJsonObject &claims, const QString &orgId) const
{
    if (orgId.isEmpty())
        return;
    claims.insert(QStringLiteral("org_id"), orgId);
    const Organization *org = m_tenant.store().findOrganization(orgId);
    if (org && m_tenant.store().allowsOrganizationNames())
        claims.insert(QStringLiteral("org_name"), org->name);
}

QString TokenIssuer::accessToken(const Grant &grant, const QDateTime &issuedAt, const QJsonObject &customClaims)
{
    const QDateTime expiresAt = issuedAt.addSecs(m_tenant.options().accessTokenLifetimeSeconds);
    const bool userGrant = !grant.userId.isEmpty();
    if (grant.audience.isEmpty()) {
        // No audience: Auth0 issues an opaque token that only /userinfo accepts.
        const QString token = randomString(24);
        m_opaqueTokens.insert(token, OpaqueRecord{grant, expiresAt});
        return token;
    }
    const QString userinfo = m_tenant.endpoint(QStringLiteral("userinfo")).toString();
    QJsonObject claims = customClaims;
    claims.insert(QStringLiteral("iss"), m_tenant.issuer().toString());
    claims.insert(QStringLiteral("sub"), userGrant ? grant.userId : grant.clientId + QStringLiteral("@clients"));
    if (userGrant && grant.hasScope(QStringLiteral("openid")))
        claims.insert(QStringLiteral("aud"), QJsonArray{grant.audience, userinfo});
    else
        claims.insert(QStringLiteral("aud"), grant.audience);
    claims.insert(QStringLiteral("iat"), issuedAt.toSecsSinceEpoch());
    claims.insert(QStringLiteral("exp"), expiresAt.toSecsSinceEpoch());
    claims.insert(QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' ')));
    claims.insert(QStringLiteral("azp"), grant.clientId);
    if (grant.grantType == QLatin1String("client_credentials"))
        claims.insert(QStringLiteral("gty"), QStringLiteral("client-credentials"));
    else if (grant.grantType == QLatin1String("password"))
        claims.insert(QStringLiteral("gty"), QStringLiteral("password"));
    addOrganizationClaims(claims, grant.orgId);
    return QString::fromLatin1(m_tenant.signingKey().sign({}, claims));
}

QString TokenIssuer::idToken(const Grant &grant, const QDateTime &issuedAt, const QString &accessToken,
                             const QJsonObject &customClaims) const
{
    const User *user = m_tenant.store().findUser(grant.userId);
    QJsonObject claims = customClaims;
    if (user && grant.hasScope(QStringLiteral("profile"))) {
        claims.insert(QStringLiteral("name"), user->name);
        claims.insert(QStringLiteral("nickname"), user->nickname());
        claims.insert(QStringLiteral("updated_at"), user->updatedAt.toString(Qt::ISODateWithMs));
    }
    if (user && grant.hasScope(QStringLiteral("email"))) {
        claims.insert(QStringLiteral("email"), user->email);
        claims.insert(QStringLiteral("email_verified"), user->emailVerified);
    }
    claims.insert(QStringLiteral("iss"), m_tenant.issuer().toString());
    claims.insert(QStringLiteral("sub"), grant.userId);
    claims.insert(QStringLiteral("aud"), grant.clientId);
    claims.insert(QStringLiteral("iat"), issuedAt.toSecsSinceEpoch());
    claims.insert(QStringLiteral("exp"), issuedAt.addSecs(IdTokenLifetimeSeconds).toSecsSinceEpoch());
    if (!grant.sessionId.isEmpty())
        claims.insert(QStringLiteral("sid"), grant.sessionId);
    if (grant.authTime.isValid())
        claims.insert(QStringLiteral("auth_time"), grant.authTime.toSecsSinceEpoch());
    if (!grant.nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), grant.nonce);
    claims.insert(QStringLiteral("at_hash"), accessTokenHash(accessToken));
    addOrganizationClaims(claims, grant.orgId);
    return QString::fromLatin1(m_tenant.signingKey().sign({}, claims));
}

QString TokenIssuer::newRefreshToken(const Grant &grant, const QString &family)
{
    const QString token = randomString(32);
    m_refreshTokens.insert(token, RefreshRecord{grant, family, false});
    return token;
}

Result<Grant> TokenIssuer::redeemRefreshToken(const QString &refreshToken, const QString &clientId)
{
    const auto it = m_refreshTokens.find(refreshToken);
    if (it == m_refreshTokens.end() || it->grant.clientId != clientId)
        return invalidGrant(tr("Unknown or invalid refresh token."));
    if (it->rotated) {
        // Refresh token rotation: a rotated token used again means it leaked; revoke the whole family.
        const QString family = it->family;
        revokeFamily(family);
        return Error{QStringLiteral("invalid_grant_reuse"), tr("Unknown or invalid refresh token.")};
    }
    it->rotated = true;
    Grant grant = it->grant;
    grant.protocol = QLatin1String(Protocol::RefreshToken);
    grant.grantType = QStringLiteral("refresh_token");
    grant.nonce.clear();
    grant.refreshFamily = it->family; // the replacement issued by issue() joins the same family
    return grant;
}

bool TokenIssuer::revokeRefreshToken(const QString &refreshToken, const QString &clientId)
{
    const auto it = m_refreshTokens.constFind(refreshToken);
    if (it == m_refreshTokens.cend() || it->grant.clientId != clientId)
        return false;
    revokeFamily(it->family);
    return true;
}

void TokenIssuer::revokeFamily(const QString &family)
{
    m_refreshTokens.removeIf([&family](const auto &entry) { return entry.value().family == family; });
}

Result<Grant> TokenIssuer::grantForUserinfo(const QString &accessToken) const
{
    const auto invalid = [] {
        return Error{QStringLiteral("invalid_token"), tr("The access token is not valid for /userinfo.")};
    };
    const QDateTime now = m_tenant.clock().now();
    if (!accessToken.contains(QLatin1Char('.'))) {
        const auto it = m_opaqueTokens.constFind(accessToken);
        if (it == m_opaqueTokens.cend() || it->expiresAt <= now)
            return invalid();
        return it->grant;
    }
    const auto payload = m_tenant.signingKey().verify(accessToken.toLatin1());
    if (!payload)
        return invalid();
    const QString userinfo = m_tenant.endpoint(QStringLiteral("userinfo")).toString();
    if (payload->value(QLatin1String("exp")).toInteger() <= now.toSecsSinceEpoch() ||
        !audienceContains(payload->value(QLatin1String("aud")), userinfo) ||
        payload->value(QLatin1String("iss")).toString() != m_tenant.issuer().toString())
        return invalid();
    Grant grant;
    grant.userId = payload->value(QLatin1String("sub")).toString();
    grant.clientId = payload->value(QLatin1String("azp")).toString();
    grant.orgId = payload->value(QLatin1String("org_id")).toString();
    grant.scopes = payload->value(QLatin1String("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return grant;
}

} // namespace orglens::demo
