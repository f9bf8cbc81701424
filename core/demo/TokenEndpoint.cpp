#include "TokenEndpoint.h"

#include "oauth/SubjectTokenType.h"

#include "ActionRunner.h"
#include "DemoRouter.h"
#include "DemoTenant.h"
#include "FlowStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>

#include <openssl/crypto.h>

#include <optional>

namespace orglens::demo {

namespace {

namespace GrantType {
const QString AuthorizationCode = QStringLiteral("authorization_code");
const QString RefreshToken = QStringLiteral("refresh_token");
const QString ClientCredentials = QStringLiteral("client_credentials");
const QString Password = QStringLiteral("password");
const QString DeviceCode = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
const QString TokenExchange = QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
} // namespace GrantType

Error tokenError(const char *error, const QString &description)
{
    return Error{QLatin1String(error), description};
}

Error missing(const char *parameter)
{
    return tokenError("invalid_request",
                      TokenEndpoint::tr("Missing required parameter: %1").arg(QLatin1String(parameter)));
}

bool sameSecret(const QString &given, const QString &expected)
{
    const QByteArray a = given.toUtf8();
    const QByteArray b = expected.toUtf8();
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QStringList scopeList(const QString &scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

struct BasicCredentials {
    QString clientId;
    QString secret;
    bool valid = false;
};

// RFC 6749 §2.3.1: id and secret are form-urlencoded, joined with ':' and base64-encoded. Nullopt without Basic.
std::optional<BasicCredentials> basicCredentials(const DemoRequest &request)
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
    if (!authorization.startsWith("Basic "))
        return std::nullopt;
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return BasicCredentials{};
    return BasicCredentials{QUrl::fromPercentEncoding(decoded.left(colon)),
                            QUrl::fromPercentEncoding(decoded.mid(colon + 1)), true};
}

// subject_token_type prefixes Auth0 reserves for itself and Okta (reference §4).
} // namespace

TokenEndpoint::TokenEndpoint(DemoTenant &tenant, FlowStore &flows, TokenIssuer &issuer)
    : m_tenant(tenant), m_flows(flows), m_issuer(issuer), m_postLogin(tenant), m_exchangeAction(tenant)
{
}

void TokenEndpoint::registerRoutes(DemoRouter &router)
{
    using Method = QHttpServerRequest::Method;
    router.route(QStringLiteral("/oauth/token"), Method::Post,
                 [this](const DemoRequest &request, const QStringList &) { return token(request); });
    router.route(QStringLiteral("/userinfo"), Method::Get | Method::Post,
                 [this](const DemoRequest &request, const QStringList &) { return userinfo(request); });
    router.route(QStringLiteral("/oauth/revoke"), Method::Post,
                 [this](const DemoRequest &request, const QStringList &) { return revoke(request); });
}

HttpStatus TokenEndpoint::statusOf(const QString &error)
{
    if (error == QLatin1String("invalid_client"))
        return HttpStatus::Unauthorized;
    if (error == QLatin1String("slow_down") || error == QLatin1String("too_many_attempts"))
        return HttpStatus::TooManyRequests;
    if (error == QLatin1String("invalid_grant") || error == QLatin1String("unauthorized_client") ||
        error == QLatin1String("access_denied") || error == QLatin1String("authorization_pending") ||
        error == QLatin1String("expired_token") || error == QLatin1String("invalid_scope"))
        return HttpStatus::Forbidden;
    if (error == QLatin1String("server_error"))
        return HttpStatus::InternalServerError;
    return HttpStatus::BadRequest; // invalid_request, unsupported_grant_type, ...
}

QHttpServerResponse TokenEndpoint::failure(const QString &grantType, const QString &clientId, const Error &error)
{
    m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("token_error")},
                                   {QStringLiteral("grant_type"), grantType},
                                   {QStringLiteral("client_id"), clientId},
                                   {QStringLiteral("error"), error.code},
                                   {QStringLiteral("error_description"), error.message}});
    return oauthError(statusOf(error.code), error.code, error.message);
}

QHttpServerResponse TokenEndpoint::issued(const Grant &grant, const std::optional<CustomClaims> &fromActions)
{
    const IssuedTokens tokens = m_issuer.issue(grant, fromActions);
    m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("token_issued")},
                                   {QStringLiteral("grant_type"), grant.grantType},
                                   {QStringLiteral("protocol"), grant.protocol},
                                   {QStringLiteral("client_id"), grant.clientId},
                                   {QStringLiteral("user_id"), grant.userId},
                                   {QStringLiteral("audience"), grant.audience},
                                   {QStringLiteral("scope"), tokens.scope},
                                   {QStringLiteral("org_id"), grant.orgId},
                                   {QStringLiteral("id_token"), !tokens.idToken.isEmpty()},
                                   {QStringLiteral("refresh_token"), !tokens.refreshToken.isEmpty()}});
    return jsonResponse(tokens.toJson());
}

DemoReply TokenEndpoint::token(const DemoRequest &request)
{
    const RequestParameters params(request);
    const QString grantType = params.value(QStringLiteral("grant_type"));
    if (!params.parseError().isEmpty())
        return failure(grantType, {}, tokenError("invalid_request", params.parseError()));
    if (grantType.isEmpty())
        return failure(grantType, {}, missing("grant_type"));
    using Handler = Result<Grant> (TokenEndpoint::*)(const Client &, const RequestParameters &);
    const QHash<QString, Handler> handlers{
        {GrantType::AuthorizationCode, &TokenEndpoint::authorizationCodeGrant},
        {GrantType::RefreshToken, &TokenEndpoint::refreshTokenGrant},
        {GrantType::ClientCredentials, &TokenEndpoint::clientCredentialsGrant},
        {GrantType::DeviceCode, &TokenEndpoint::deviceCodeGrant},
        {GrantType::TokenExchange, &TokenEndpoint::tokenExchangeGrant},
        {GrantType::Password, &TokenEndpoint::passwordGrant},
    };
    const Handler handler = handlers.value(grantType);
    if (!handler)
        return failure(grantType, {},
                       tokenError("unsupported_grant_type", tr("Unsupported grant type: %1").arg(grantType)));
    const auto client = authenticateClient(request, params);
    if (!client) {
        const auto basic = basicCredentials(request);
        return failure(grantType, basic ? basic->clientId : params.value(QStringLiteral("client_id")), client.error());
    }
    const QString clientId = (*client)->clientId;
    if (!(*client)->allowsGrant(grantType))
        return failure(
            grantType, clientId,
            tokenError("unauthorized_client", tr("Grant type '%1' not allowed for the client.").arg(grantType)));

    // A token exchange profile for the subject token type runs its Action (the built-in exchange otherwise).
    // (Profiles never have a reserved type: the built-in grant below refuses those.)
    if (grantType == GrantType::TokenExchange) {
        if (const TokenExchangeProfile *profile =
                m_exchangeAction.runnableProfile(params.value(QStringLiteral("subject_token_type"))))
            return exchangeWithProfile(**client, params, *profile);
    }
    const Result<Grant> grant = (this->*handler)(**client, params);
    if (!grant)
        return failure(grantType, clientId, grant.error());
    // Post-Login Actions run for user logins, not for client credentials; the answer waits for them.
    if (grant->userId.isEmpty() || !m_postLogin.active())
        return issued(*grant, std::nullopt);
    auto deferred = std::make_shared<DeferredReply>();
    completeLogin(*grant, deferred);
    return DemoReply::later(deferred);
}

Result<const Client *> TokenEndpoint::authenticateClient(const DemoRequest &request,
                                                         const RequestParameters &params) const
{
    QString clientId = params.value(QStringLiteral("client_id"));
    QString secret = params.value(QStringLiteral("client_secret"));
    bool secretSent = params.contains(QStringLiteral("client_secret"));
    if (const auto basic = basicCredentials(request)) {
        if (!basic->valid)
            return tokenError("invalid_client",
                              tr("The HTTP Basic credentials must be base64(client_id:client_secret)."));
        clientId = basic->clientId;
        secret = basic->secret;
        secretSent = true;
    }
    if (clientId.isEmpty())
        return missing("client_id");
    const Client *client = m_tenant.store().findClient(clientId);
    if (!client)
        return tokenError("invalid_client", tr("Unknown client: %1").arg(clientId));
    if (client->isPublic())
        return client; // token_endpoint_auth_method none
    if (!secretSent) {
        return tokenError("invalid_client", tr("Client authentication is required for %1: send client_secret in the "
                                               "body (client_secret_post) or use HTTP Basic.")
                                                .arg(clientId));
    }
    if (!sameSecret(secret, client->clientSecret))
        return tokenError("invalid_client",
                          tr("Client authentication failed: wrong client_secret for %1.").arg(clientId));
    return client;
}

QStringList TokenEndpoint::userScopes(const QString &requested, const QString &audience) const
{
    static const QStringList oidcScopes{QStringLiteral("openid"), QStringLiteral("profile"), QStringLiteral("email"),
                                        QStringLiteral("offline_access")};
    const Api *api = audience.isEmpty() ? nullptr : m_tenant.store().findApi(audience);
    QStringList granted;
    for (const QString &scope : scopeList(requested)) {
        if ((oidcScopes.contains(scope) || (api && api->scopes.contains(scope))) && !granted.contains(scope))
            granted.append(scope);
    }
    return granted;
}

Result<QString> TokenEndpoint::resolveOrganizationParameter(const QString &organization) const
{
    const Organization *org =
        m_tenant.store().resolveOrganization(organization, m_tenant.store().allowsOrganizationNames());
    if (!org)
        return tokenError("invalid_request", tr("parameter organization is invalid: %1").arg(organization));
    return org->id;
}

Result<Grant> TokenEndpoint::authorizationCodeGrant(const Client &client, const RequestParameters &params)
{
    const QString codeValue = params.value(QStringLiteral("code"));
    if (codeValue.isEmpty())
        return missing("code");
    // Taking the code makes it single use, whatever the outcome of this request.
    const std::optional<AuthorizationCode> code = m_flows.takeCode(codeValue);
    if (!code || code->grant.clientId != client.clientId || code->expiresAt <= m_tenant.clock().now())
        return tokenError("invalid_grant", tr("Invalid authorization code"));
    if (params.value(QStringLiteral("redirect_uri")) != code->redirectUri)
        return tokenError("invalid_grant", tr("The redirect_uri does not match the one sent to /authorize."));
    const QString verifier = params.value(QStringLiteral("code_verifier"));
    if (verifier.isEmpty())
        return tokenError("invalid_request", tr("Parameter 'code_verifier' is required"));
    if (pkceChallenge(verifier) != code->codeChallenge)
        return tokenError("invalid_grant", tr("Failed to verify code verifier"));
    Grant grant = code->grant;
    grant.scopes = userScopes(grant.scopes.join(QLatin1Char(' ')), grant.audience);
    return grant;
}

Result<Grant> TokenEndpoint::refreshTokenGrant(const Client &client, const RequestParameters &params)
{
    const QString refreshToken = params.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty())
        return missing("refresh_token");
    Result<Grant> grant = m_issuer.redeemRefreshToken(refreshToken, client.clientId);
    if (!grant && grant.error().code == QLatin1String("invalid_grant_reuse")) {
        m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("refresh_token_reuse")},
                                       {QStringLiteral("client_id"), client.clientId},
                                       {QStringLiteral("note"), tr("a rotated refresh token was used again; its whole "
                                                                   "family is revoked")}});
        return tokenError("invalid_grant", grant.error().message);
    }
    return grant;
}

Result<Grant> TokenEndpoint::clientCredentialsGrant(const Client &client, const RequestParameters &params)
{
    const QString audience = params.value(QStringLiteral("audience"));
    if (audience.isEmpty()) {
        return tokenError("access_denied",
                          tr("No audience parameter was provided, and no default audience has been configured"));
    }
    if (!m_tenant.store().findApi(audience))
        return tokenError("access_denied", tr("Service not found: %1").arg(audience));
    const ClientGrant *clientGrant = m_tenant.store().findClientGrant(client.clientId, audience);
    if (!clientGrant) {
        return tokenError("access_denied", tr("Client is not authorized to access \"%1\". You need to create a "
                                              "\"client-grant\" associated to this API.")
                                               .arg(audience));
    }
    QStringList scopes = clientGrant->scopes;
    const QStringList requested = scopeList(params.value(QStringLiteral("scope")));
    if (!requested.isEmpty()) {
        QStringList notGranted;
        for (const QString &scope : requested) {
            if (!clientGrant->scopes.contains(scope))
                notGranted.append(scope);
        }
        if (!notGranted.isEmpty())
            return tokenError("access_denied",
                              tr("Client has not been granted scopes: %1").arg(notGranted.join(QLatin1String(", "))));
        scopes = requested;
    }

    // Organizations for M2M (reference §1.3): the client grant's organization_usage decides.
    QString orgId;
    const QString organization = params.value(QStringLiteral("organization"));
    if (!organization.isEmpty()) {
        if (clientGrant->effectiveOrganizationUsage() == QLatin1String("deny"))
            return tokenError("invalid_request", tr("parameter organization is not allowed for this client"));
        const auto resolved = resolveOrganizationParameter(organization);
        if (!resolved)
            return resolved.error();
        if (!clientGrant->allowAnyOrganization && !clientGrant->organizations.contains(*resolved)) {
            return tokenError("access_denied", tr("the client grant of %1 for %2 is not associated with the "
                                                  "organization %3")
                                                   .arg(client.clientId, audience, *resolved));
        }
        orgId = *resolved;
    } else if (clientGrant->effectiveOrganizationUsage() == QLatin1String("require")) {
        if (client.defaultOrganization.isEmpty())
            return tokenError("invalid_request", tr("parameter organization is required for this client"));
        orgId = client.defaultOrganization;
    }

    Grant grant;
    grant.clientId = client.clientId;
    grant.audience = audience;
    grant.scopes = scopes;
    grant.orgId = orgId;
    grant.protocol = QLatin1String(Protocol::ClientCredentials);
    grant.grantType = GrantType::ClientCredentials;
    return grant;
}

Result<Grant> TokenEndpoint::deviceCodeGrant(const Client &client, const RequestParameters &params)
{
    const QString deviceCode = params.value(QStringLiteral("device_code"));
    if (deviceCode.isEmpty())
        return missing("device_code");
    DeviceAuthorization *device = m_flows.deviceByCode(deviceCode);
    if (!device || device->clientId != client.clientId)
        return tokenError("invalid_grant", tr("Invalid or expired device code."));
    const QDateTime now = m_tenant.clock().now();
    if (device->expiresAt <= now) {
        // expired_token once, then the code is gone (invalid_grant).
        m_flows.removeDevice(deviceCode);
        return tokenError("expired_token", tr("The device code has expired: start the device flow again."));
    }
    switch (device->status) {
    case DeviceAuthorization::Status::Denied:
        m_flows.removeDevice(deviceCode);
        return tokenError("access_denied", tr("User cancelled the confirmation prompt."));
    case DeviceAuthorization::Status::Approved: {
        Grant grant = device->grant;
        grant.scopes = userScopes(grant.scopes.join(QLatin1Char(' ')), grant.audience);
        m_flows.removeDevice(deviceCode);
        return grant;
    }
    case DeviceAuthorization::Status::Pending:
        break;
    }
    // The interval counts from when the previous poll was answered (RFC 8628 §3.5).
    const bool tooFast = device->lastPoll.isValid() && device->lastPoll.msecsTo(now) < qint64(device->interval) * 1000;
    device->lastPoll = now;
    if (tooFast) {
        const int interval = device->interval;
        device->interval += 5;
        return tokenError("slow_down",
                          tr("You are polling faster than the specified interval of %1 seconds.").arg(interval));
    }
    return tokenError("authorization_pending", tr("User has yet to authorize device code."));
}

Result<QJsonObject> TokenEndpoint::validateSubjectToken(const QString &subjectToken) const
{
    const auto reject = [](const QString &reason) {
        return tokenError("invalid_request", tr("Invalid subject token: %1").arg(reason));
    };
    const auto payload = m_tenant.signingKey().verify(subjectToken.toLatin1());
    if (!payload)
        return reject(payload.error().message);
    const QString issuer = payload->value(QLatin1String("iss")).toString();
    if (issuer != m_tenant.issuer().toString())
        return reject(tr("the issuer '%1' is not this tenant (%2).").arg(issuer, m_tenant.issuer().toString()));
    const QJsonValue exp = payload->value(QLatin1String("exp"));
    const qint64 now = m_tenant.clock().now().toSecsSinceEpoch();
    if (!exp.isDouble() || exp.toInteger() <= now) {
        return reject(tr("the token expired at %1.")
                          .arg(QDateTime::fromSecsSinceEpoch(exp.toInteger(), Qt::UTC).toString(Qt::ISODate)));
    }
    // An access token of this tenant is issued for one of its APIs; ID tokens carry a client id instead.
    const QJsonValue aud = payload->value(QLatin1String("aud"));
    const QJsonArray audiences = aud.isArray() ? aud.toArray() : QJsonArray{aud};
    bool forApi = false;
    for (const QJsonValue &audience : audiences)
        forApi = forApi || m_tenant.store().findApi(audience.toString());
    if (!forApi)
        return reject(tr("it is not an access token of this tenant (its audience is no API of the tenant)."));
    const QString subject = payload->value(QLatin1String("sub")).toString();
    if (subject.endsWith(QLatin1String("@clients")))
        return reject(tr("it was issued to a machine-to-machine client, not to a user."));
    if (!m_tenant.store().findUser(subject))
        return reject(tr("its user '%1' does not exist.").arg(subject));
    return *payload;
}

Result<Grant> TokenEndpoint::tokenExchangeGrant(const Client &client, const RequestParameters &params)
{
    const QString subjectTokenType = params.value(QStringLiteral("subject_token_type"));
    if (subjectTokenType.isEmpty())
        return missing("subject_token_type");
    if (oauth::isReservedSubjectTokenType(subjectTokenType)) {
        return tokenError("invalid_request", tr("subject_token_type '%1' is reserved: use a URI your organization "
                                                "owns (https://… or urn:…), not auth0.com, okta.com, urn:ietf, "
                                                "urn:auth0 or urn:okta.")
                                                 .arg(subjectTokenType));
    }
    // Here no profile's Action can run: the built-in exchange stands in for the demo's own type, if simulating.
    if (!m_tenant.simulatesActions() || subjectTokenType != QLatin1String(DeviceTokenSubjectType))
        return unservedExchange(subjectTokenType);
    const QString subjectToken = params.value(QStringLiteral("subject_token"));
    if (subjectToken.isEmpty())
        return missing("subject_token");
    const auto claims = validateSubjectToken(subjectToken);
    if (!claims)
        return claims.error();
    const QString userId = claims->value(QLatin1String("sub")).toString();

    // The built-in exchange Action: setOrganization() from the parameter, else from the namespaced claim.
    const QString claimName = m_tenant.claimNamespace() + QStringLiteral("org_id");
    QString organization = params.value(QStringLiteral("organization"));
    if (organization.isEmpty())
        organization = claims->value(claimName).toString();
    if (organization.isEmpty()) {
        return tokenError("access_denied", tr("The subject token has no %1 claim and no organization parameter was "
                                              "sent: the exchange cannot set an organization.")
                                               .arg(claimName));
    }
    return exchangedGrant(client, params, userId, organization, claims->value(QLatin1String("scope")).toString());
}

Error TokenEndpoint::unservedExchange(const QString &subjectTokenType) const
{
    const TokenExchangeProfile *profile = m_tenant.store().exchangeProfiles().forSubjectTokenType(subjectTokenType);
    if (!profile) {
        const QString demoType =
            m_tenant.simulatesActions()
                ? tr(" (the demo tenant's built-in exchange uses '%1')").arg(QLatin1String(DeviceTokenSubjectType))
                : QString();
        return tokenError(
            "invalid_request",
            tr("No Custom Token Exchange profile for subject_token_type '%1'%2.").arg(subjectTokenType, demoType));
    }
    if (const QString reason = ActionRunner::unavailableReason(); !reason.isEmpty())
        return tokenError("server_error", reason);
    // Auth0 does not document this case; the demo names the cause.
    return tokenError("invalid_request", tr("The token exchange profile '%1' names the Action %2, which is not "
                                            "deployed: deploy it, or point the profile at a deployed Action.")
                                             .arg(profile->name, profile->actionId));
}

Result<Grant> TokenEndpoint::exchangedGrant(const Client &client, const RequestParameters &params,
                                            const QString &userId, const QString &organization,
                                            const QString &defaultScope)
{
    QString orgId;
    if (!organization.isEmpty()) {
        const auto resolved = resolveOrganizationParameter(organization);
        if (!resolved)
            return resolved.error();
        orgId = *resolved;
        if (!m_tenant.store().isMember(userId, orgId))
            return tokenError("access_denied", tr("user %1 is not part of the %2 organization").arg(userId, orgId));
    }
    QString audience = params.value(QStringLiteral("audience"));
    if (audience.isEmpty())
        audience = QLatin1String(OrdersApiAudience);
    if (!m_tenant.store().findApi(audience))
        return tokenError("access_denied", tr("Service not found: %1").arg(audience));
    QString scope = params.value(QStringLiteral("scope"));
    if (scope.isEmpty())
        scope = defaultScope;

    Grant grant;
    grant.clientId = client.clientId;
    grant.userId = userId;
    grant.audience = audience;
    grant.scopes = userScopes(scope, audience);
    grant.orgId = orgId;
    grant.protocol = QLatin1String(Protocol::TokenExchange);
    grant.grantType = GrantType::TokenExchange;
    grant.authTime = m_tenant.clock().now();
    m_tenant.emitEvent(
        QJsonObject{{QStringLiteral("type"), QStringLiteral("token_exchange")},
                    {QStringLiteral("client_id"), client.clientId},
                    {QStringLiteral("user_id"), userId},
                    {QStringLiteral("org_id"), orgId},
                    {QStringLiteral("subject_token_type"), params.value(QStringLiteral("subject_token_type"))}});
    return grant;
}

DemoReply TokenEndpoint::exchangeWithProfile(const Client &client, const RequestParameters &params,
                                             const TokenExchangeProfile &profile)
{
    const QString grantType = GrantType::TokenExchange;
    if (params.value(QStringLiteral("subject_token")).isEmpty())
        return failure(grantType, client.clientId, missing("subject_token"));
    if (!client.allowsCustomTokenExchange()) {
        return failure(grantType, client.clientId,
                       tokenError("unauthorized_client",
                                  tr("The application %1 may not use Custom Token Exchange profiles: set its "
                                     "token_exchange.allow_any_profile_of_type to [\"custom_authentication\"].")
                                      .arg(client.clientId)));
    }
    auto deferred = std::make_shared<DeferredReply>();
    m_exchangeAction.run(
        profile, client, params,
        [this, deferred, grantType, params, clientId = client.clientId](const ExchangeDecision &decision) {
            if (decision.rejected) {
                deferred->resolve(failure(grantType, clientId, *decision.rejected));
                return;
            }
            const Client *current = m_tenant.store().findClient(clientId);
            const Result<Grant> grant =
                current ? exchangedGrant(*current, params, decision.userId, decision.organization, {})
                        : Result<Grant>(tokenError("invalid_client", tr("Unknown client: %1").arg(clientId)));
            if (!grant) {
                deferred->resolve(failure(grantType, clientId, grant.error()));
                return;
            }
            completeLogin(*grant, deferred);
        });
    return DemoReply::later(deferred);
}

void TokenEndpoint::completeLogin(const Grant &grant, const std::shared_ptr<DeferredReply> &deferred)
{
    if (!m_postLogin.active()) {
        deferred->resolve(issued(grant, std::nullopt));
        return;
    }
    m_postLogin.run(grant, [this, deferred, grant](const PostLoginOutcome &outcome) {
        if (outcome.denied)
            deferred->resolve(failure(grant.grantType, grant.clientId, *outcome.denied));
        else
            deferred->resolve(issued(grant, CustomClaims{outcome.accessTokenClaims, outcome.idTokenClaims}));
    });
}

Result<Grant> TokenEndpoint::passwordGrant(const Client &client, const RequestParameters &params)
{
    const QString username = params.value(QStringLiteral("username"));
    if (username.isEmpty())
        return missing("username");
    if (!m_tenant.store().checkPassword(username, params.value(QStringLiteral("password"))))
        return tokenError("invalid_grant", tr("Wrong email or password."));
    const QString audience = params.value(QStringLiteral("audience"));
    if (!audience.isEmpty() && !m_tenant.store().findApi(audience))
        return tokenError("access_denied", tr("Service not found: %1").arg(audience));
    if (params.contains(QStringLiteral("organization"))) {
        // Auth0 does not support Organizations in the password grant: the parameter changes nothing.
        m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("organization_ignored")},
                                       {QStringLiteral("grant_type"), GrantType::Password},
                                       {QStringLiteral("client_id"), client.clientId}});
    }
    Grant grant;
    grant.clientId = client.clientId;
    grant.userId = m_tenant.store().findUserByEmail(username)->userId;
    grant.audience = audience;
    grant.scopes = userScopes(params.value(QStringLiteral("scope")), audience);
    grant.protocol = QLatin1String(Protocol::Password);
    grant.grantType = GrantType::Password;
    grant.authTime = m_tenant.clock().now();
    return grant;
}

QHttpServerResponse TokenEndpoint::userinfo(const DemoRequest &request)
{
    const QByteArray authorization = request.header(QByteArrayLiteral("Authorization"));
    const auto unauthorized = [] {
        QHttpServerResponse response(QByteArrayLiteral("text/plain"), QByteArrayLiteral("Unauthorized"),
                                     HttpStatus::Unauthorized);
        response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                           QByteArrayLiteral("Bearer error=\"invalid_token\", error_description=\"Invalid token\""));
        return response;
    };
    if (!authorization.startsWith("Bearer "))
        return unauthorized();
    const auto grant = m_issuer.grantForUserinfo(QString::fromLatin1(authorization.mid(7).trimmed()));
    const User *user = grant ? m_tenant.store().findUser(grant->userId) : nullptr;
    if (!user)
        return unauthorized();
    QJsonObject body{{QStringLiteral("sub"), user->userId}};
    if (grant->hasScope(QStringLiteral("profile"))) {
        body.insert(QStringLiteral("name"), user->name);
        body.insert(QStringLiteral("nickname"), user->nickname());
        body.insert(QStringLiteral("updated_at"), user->updatedAt.toString(Qt::ISODateWithMs));
    }
    if (grant->hasScope(QStringLiteral("email"))) {
        body.insert(QStringLiteral("email"), user->email);
        body.insert(QStringLiteral("email_verified"), user->emailVerified);
    }
    if (!grant->orgId.isEmpty())
        body.insert(QStringLiteral("org_id"), grant->orgId);
    return jsonResponse(body);
}

QHttpServerResponse TokenEndpoint::revoke(const DemoRequest &request)
{
    const RequestParameters params(request);
    if (!params.parseError().isEmpty())
        return oauthError(HttpStatus::BadRequest, QStringLiteral("invalid_request"), params.parseError());
    const auto client = authenticateClient(request, params);
    if (!client)
        return oauthError(statusOf(client.error().code), client.error().code, client.error().message);
    const QString token = params.value(QStringLiteral("token"));
    if (token.isEmpty())
        return oauthError(HttpStatus::BadRequest, QStringLiteral("invalid_request"), missing("token").message);
    const bool revoked = m_issuer.revokeRefreshToken(token, (*client)->clientId);
    m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("refresh_token_revoked")},
                                   {QStringLiteral("client_id"), (*client)->clientId},
                                   {QStringLiteral("found"), revoked}});
    // RFC 7009 §2.2: an unknown token is answered 200 as well.
    return QHttpServerResponse(HttpStatus::Ok);
}

} // namespace orglens::demo
