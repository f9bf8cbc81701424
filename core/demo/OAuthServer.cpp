#include "OAuthServer.h"

#include "DemoRouter.h"
#include "DemoTenant.h"
#include "LoginPages.h"
#include "TokenEndpoint.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace orglens::demo {

namespace {

constexpr int AuthorizationCodeLifetimeSeconds = 300;

QStringList scopeList(const QString &scope)
{
    return scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QByteArray sessionCookie(const QString &value, bool expire)
{
    QByteArray cookie = OAuthServer::sessionCookieName() + '=' + value.toLatin1() + "; Path=/; HttpOnly; SameSite=Lax";
    if (expire)
        cookie += "; Max-Age=0";
    return cookie;
}

} // namespace

OAuthServer::OAuthServer(DemoTenant &tenant)
    : m_tenant(tenant), m_issuer(tenant), m_tokenEndpoint(std::make_unique<TokenEndpoint>(tenant, m_flows, m_issuer))
{
}

OAuthServer::~OAuthServer() = default;

void OAuthServer::registerRoutes(DemoRouter &router)
{
    using Method = QHttpServerRequest::Method;
    const auto route = [this, &router](const char *path, Method method,
                                       QHttpServerResponse (OAuthServer::*handler)(const DemoRequest &)) {
        router.route(QLatin1String(path), method, [this, handler](const DemoRequest &request, const QStringList &) {
            return (this->*handler)(request);
        });
    };
    route("/authorize", Method::Get, &OAuthServer::authorize);
    route("/u/login", Method::Post, &OAuthServer::login);
    route("/u/consent", Method::Post, &OAuthServer::consent);
    route("/activate", Method::Get, &OAuthServer::activatePage);
    route("/activate", Method::Post, &OAuthServer::activate);
    route("/oauth/device/code", Method::Post, &OAuthServer::deviceCode);
    route("/v2/logout", Method::Get, &OAuthServer::logout);
    route("/oidc/logout", Method::Get, &OAuthServer::logout);
    m_tokenEndpoint->registerRoutes(router);
}

void OAuthServer::reset()
{
    m_flows = FlowStore();
    m_issuer.forgetTokens();
}

void OAuthServer::emitEvent(const QString &type, QJsonObject details)
{
    details.insert(QStringLiteral("type"), type);
    m_tenant.emitEvent(details);
}

QString OAuthServer::applicationName(const QString &clientId) const
{
    const Client *client = m_tenant.store().findClient(clientId);
    return client ? client->name : clientId;
}

QString OAuthServer::organizationName(const QString &orgId) const
{
    const Organization *org = m_tenant.store().findOrganization(orgId);
    return org ? org->displayName : QString();
}

std::optional<Session> OAuthServer::currentSession(const DemoRequest &request) const
{
    const QString id = request.cookie(sessionCookieName());
    return id.isEmpty() ? std::nullopt : m_flows.session(id);
}

QHttpServerResponse OAuthServer::errorPage(HttpStatus status, const QString &error, const QString &description)
{
    emitEvent(QStringLiteral("authorize_error"),
              {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    return htmlResponse(LoginPages::message(tr("Something went wrong"), error + QStringLiteral(": ") + description),
                        status);
}

QHttpServerResponse OAuthServer::redirectError(const QString &redirectUri, const QString &state, const QString &error,
                                               const QString &description)
{
    emitEvent(QStringLiteral("authorize_error"),
              {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}});
    QUrl url(redirectUri);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("error"), error);
    query.addQueryItem(QStringLiteral("error_description"), description);
    if (!state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("iss"), m_tenant.issuer().toString());
    url.setQuery(query);
    return redirectResponse(url);
}

QHttpServerResponse OAuthServer::authorize(const DemoRequest &request)
{
    const RequestParameters params(request);
    const QString clientId = params.value(QStringLiteral("client_id"));
    const Client *client = m_tenant.store().findClient(clientId);
    if (!client)
        return errorPage(HttpStatus::BadRequest, QStringLiteral("invalid_request"),
                         tr("Unknown client: %1").arg(clientId));
    const QString redirectUri = params.value(QStringLiteral("redirect_uri"));
    if (!client->allowsRedirectUri(redirectUri)) {
        return errorPage(HttpStatus::BadRequest, QStringLiteral("invalid_request"),
                         tr("Callback URL mismatch. '%1' is not in the list of allowed callback URLs of %2 "
                            "(any http://127.0.0.1:<port>/… or http://localhost:<port>/… URL).")
                             .arg(redirectUri, clientId));
    }
    // From here on errors go back to the application.
    const QString state = params.value(QStringLiteral("state"));
    const auto fail = [&](const QString &error, const QString &description) {
        return redirectError(redirectUri, state, error, description);
    };
    if (!client->allowsGrant(QStringLiteral("authorization_code")))
        return fail(QStringLiteral("unauthorized_client"),
                    tr("Grant type 'authorization_code' not allowed for the client."));
    const QString responseType = params.value(QStringLiteral("response_type"));
    if (responseType != QLatin1String("code")) {
        return fail(QStringLiteral("unsupported_response_type"),
                    tr("Unsupported response type: '%1'. The demo tenant supports only 'code'.").arg(responseType));
    }
    const QString challenge = params.value(QStringLiteral("code_challenge"));
    const QString method = params.value(QStringLiteral("code_challenge_method"));
    if (challenge.isEmpty())
        return fail(QStringLiteral("invalid_request"),
                    tr("Missing required parameter: code_challenge (PKCE with S256)."));
    if (method != QLatin1String("S256")) {
        return fail(QStringLiteral("invalid_request"),
                    tr("Unsupported code_challenge_method: '%1'. Only S256 is supported.")
                        .arg(method.isEmpty() ? QStringLiteral("plain") : method));
    }
    const QString connection = params.value(QStringLiteral("connection"));
    if (!connection.isEmpty() && connection != QLatin1String(DatabaseConnection))
        return fail(QStringLiteral("invalid_request"),
                    tr("the connection %1 is not enabled for this client").arg(connection));

    const QString audience = params.value(QStringLiteral("audience"));
    if (!audience.isEmpty() && !m_tenant.store().findApi(audience))
        return fail(QStringLiteral("access_denied"), tr("Service not found: %1").arg(audience));

    QString orgId;
    const QString organization = params.value(QStringLiteral("organization"));
    if (!organization.isEmpty()) {
        if (client->organizationUsage == QLatin1String("deny"))
            return fail(QStringLiteral("invalid_request"), tr("parameter organization is not allowed for this client"));
        const Organization *org =
            m_tenant.store().resolveOrganization(organization, m_tenant.store().allowsOrganizationNames());
        if (!org)
            return fail(QStringLiteral("invalid_request"),
                        tr("parameter organization is invalid: %1").arg(organization));
        orgId = org->id;
    } else if (client->organizationUsage == QLatin1String("require")) {
        return fail(QStringLiteral("invalid_request"), tr("parameter organization is required for this client"));
    }

    const QString prompt = params.value(QStringLiteral("prompt"));
    const std::optional<Session> session = currentSession(request);
    if (prompt == QLatin1String("none") && !session)
        return fail(QStringLiteral("login_required"), tr("Login required"));

    LoginTransaction &transaction = m_flows.newTransaction(LoginTransaction::Kind::Authorize);
    transaction.clientId = clientId;
    transaction.redirectUri = redirectUri;
    transaction.state = state;
    transaction.codeChallenge = challenge;
    transaction.nonce = params.value(QStringLiteral("nonce"));
    transaction.scopes = scopeList(params.value(QStringLiteral("scope")));
    transaction.audience = audience;
    transaction.orgId = orgId;
    transaction.loginHint = params.value(QStringLiteral("login_hint"));

    if (session && prompt != QLatin1String("login")) {
        transaction.userId = session->userId;
        transaction.sessionId = session->id;
        transaction.authTime = session->authTime;
        // prompt=none cannot show a page: the demo skips consent for it (Auth0 would need prior consent).
        if (prompt == QLatin1String("none"))
            return finishAuthorize(transaction);
        return consentPage(transaction);
    }
    return htmlResponse(
        LoginPages::login({transaction.id, client->name, organizationName(orgId), transaction.loginHint, {}}));
}

QHttpServerResponse OAuthServer::login(const DemoRequest &request)
{
    const RequestParameters params(request);
    LoginTransaction *transaction = m_flows.transaction(params.value(QStringLiteral("tx")));
    if (!transaction) {
        return errorPage(
            HttpStatus::BadRequest, QStringLiteral("invalid_request"),
            tr("The login transaction is unknown or finished. Start the login again from the application."));
    }
    const QString email = params.value(QStringLiteral("email")).trimmed();
    if (!m_tenant.store().checkPassword(email, params.value(QStringLiteral("password")))) {
        emitEvent(QStringLiteral("login_failed"),
                  {{QStringLiteral("email"), email}, {QStringLiteral("client_id"), transaction->clientId}});
        return htmlResponse(
            LoginPages::login({transaction->id, applicationName(transaction->clientId),
                               organizationName(transaction->orgId), email, tr("Wrong email or password.")}));
    }
    const User *user = m_tenant.store().findUserByEmail(email);
    const Session session = m_flows.newSession(user->userId, m_tenant.clock().now());
    transaction->userId = user->userId;
    transaction->sessionId = session.id;
    transaction->authTime = session.authTime;
    emitEvent(QStringLiteral("login"), {{QStringLiteral("user_id"), user->userId},
                                        {QStringLiteral("client_id"), transaction->clientId},
                                        {QStringLiteral("flow"), transaction->kind == LoginTransaction::Kind::Device
                                                                     ? QStringLiteral("device")
                                                                     : QStringLiteral("authorization_code")}});
    QHttpServerResponse response = consentPage(*transaction);
    response.addHeader(QByteArrayLiteral("Set-Cookie"), sessionCookie(session.id, false));
    return response;
}

QHttpServerResponse OAuthServer::consentPage(const LoginTransaction &transaction)
{
    const User *user = m_tenant.store().findUser(transaction.userId);
    QString userCode;
    if (transaction.kind == LoginTransaction::Kind::Device) {
        const DeviceAuthorization *device = m_flows.deviceByCode(transaction.deviceCode);
        userCode = device ? device->userCode : QString();
    }
    return htmlResponse(
        LoginPages::consent({transaction.id, applicationName(transaction.clientId),
                             user ? user->email : transaction.userId, transaction.scopes.join(QLatin1Char(' ')),
                             transaction.audience, organizationName(transaction.orgId), userCode}));
}

QHttpServerResponse OAuthServer::consent(const DemoRequest &request)
{
    const RequestParameters params(request);
    const QString transactionId = params.value(QStringLiteral("tx"));
    LoginTransaction *found = m_flows.transaction(transactionId);
    if (!found || found->userId.isEmpty()) {
        return errorPage(HttpStatus::BadRequest, QStringLiteral("invalid_request"),
                         tr("The login transaction is unknown, finished or not logged in yet. Start again."));
    }
    const LoginTransaction transaction = *found;
    m_flows.removeTransaction(transactionId);
    const bool accepted = params.value(QStringLiteral("action")) == QLatin1String("accept");

    if (transaction.kind == LoginTransaction::Kind::Authorize) {
        if (!accepted)
            return redirectError(transaction.redirectUri, transaction.state, QStringLiteral("access_denied"),
                                 tr("User did not authorize the request"));
        return finishAuthorize(transaction);
    }

    DeviceAuthorization *device = m_flows.deviceByCode(transaction.deviceCode);
    if (!device || device->status != DeviceAuthorization::Status::Pending ||
        device->expiresAt <= m_tenant.clock().now()) {
        return htmlResponse(
            LoginPages::message(tr("Device activation"), tr("This code has expired or was already used.")),
            HttpStatus::BadRequest);
    }
    const QJsonObject details{{QStringLiteral("user_id"), transaction.userId},
                              {QStringLiteral("client_id"), transaction.clientId},
                              {QStringLiteral("user_code"), device->userCode}};
    if (!accepted) {
        device->status = DeviceAuthorization::Status::Denied;
        emitEvent(QStringLiteral("device_denied"), details);
        return htmlResponse(LoginPages::message(tr("Device activation"),
                                                tr("You cancelled the request; the device was not connected.")));
    }
    device->status = DeviceAuthorization::Status::Approved;
    Grant &grant = device->grant;
    grant.clientId = device->clientId;
    grant.userId = transaction.userId;
    grant.audience = device->audience;
    grant.scopes = device->scopes;
    grant.protocol = QLatin1String(Protocol::DeviceCode);
    grant.grantType = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
    grant.sessionId = transaction.sessionId;
    grant.authTime = transaction.authTime;
    emitEvent(QStringLiteral("device_approved"), details);
    return htmlResponse(LoginPages::message(tr("Congratulations, you're all set!"),
                                            tr("Your device is now connected. You can close this window.")));
}

QHttpServerResponse OAuthServer::finishAuthorize(const LoginTransaction &transaction)
{
    // Organization membership is checked after authentication, as Auth0 does.
    if (!transaction.orgId.isEmpty() && !m_tenant.store().isMember(transaction.userId, transaction.orgId)) {
        return redirectError(
            transaction.redirectUri, transaction.state, QStringLiteral("access_denied"),
            tr("user %1 is not part of the %2 organization").arg(transaction.userId, transaction.orgId));
    }
    AuthorizationCode code;
    code.grant.clientId = transaction.clientId;
    code.grant.userId = transaction.userId;
    code.grant.audience = transaction.audience;
    code.grant.scopes = transaction.scopes;
    code.grant.orgId = transaction.orgId;
    code.grant.nonce = transaction.nonce;
    code.grant.protocol = QLatin1String(Protocol::AuthorizationCode);
    code.grant.grantType = QStringLiteral("authorization_code");
    code.grant.sessionId = transaction.sessionId;
    code.grant.authTime = transaction.authTime;
    code.redirectUri = transaction.redirectUri;
    code.codeChallenge = transaction.codeChallenge;
    code.expiresAt = m_tenant.clock().now().addSecs(AuthorizationCodeLifetimeSeconds);
    const QString value = m_flows.addCode(code);
    emitEvent(QStringLiteral("authorization_code_issued"), {{QStringLiteral("user_id"), transaction.userId},
                                                            {QStringLiteral("client_id"), transaction.clientId},
                                                            {QStringLiteral("org_id"), transaction.orgId}});
    QUrl url(transaction.redirectUri);
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("code"), value);
    if (!transaction.state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), transaction.state);
    query.addQueryItem(QStringLiteral("iss"), m_tenant.issuer().toString());
    url.setQuery(query);
    return redirectResponse(url);
}

QHttpServerResponse OAuthServer::deviceCode(const DemoRequest &request)
{
    const RequestParameters params(request);
    if (!params.parseError().isEmpty())
        return oauthError(HttpStatus::BadRequest, QStringLiteral("invalid_request"), params.parseError());
    const QString clientId = params.value(QStringLiteral("client_id"));
    const Client *client = m_tenant.store().findClient(clientId);
    if (clientId.isEmpty())
        return oauthError(HttpStatus::BadRequest, QStringLiteral("invalid_request"),
                          tr("Missing required parameter: client_id"));
    if (!client)
        return oauthError(HttpStatus::Unauthorized, QStringLiteral("invalid_client"),
                          tr("Unknown client: %1").arg(clientId));
    const QString deviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
    if (!client->allowsGrant(deviceGrant))
        return oauthError(HttpStatus::Forbidden, QStringLiteral("unauthorized_client"),
                          tr("Grant type '%1' not allowed for the client.").arg(deviceGrant));
    const QString audience = params.value(QStringLiteral("audience"));
    if (!audience.isEmpty() && !m_tenant.store().findApi(audience))
        return oauthError(HttpStatus::Forbidden, QStringLiteral("access_denied"),
                          tr("Service not found: %1").arg(audience));

    DeviceAuthorization &device = m_flows.newDeviceAuthorization();
    device.clientId = clientId;
    device.scopes = scopeList(params.value(QStringLiteral("scope")));
    device.audience = audience;
    device.interval = m_tenant.options().deviceInterval;
    device.expiresAt = m_tenant.clock().now().addSecs(m_tenant.options().deviceCodeLifetimeSeconds);

    QJsonObject details{{QStringLiteral("client_id"), clientId}, {QStringLiteral("user_code"), device.userCode}};
    // Auth0 does not support Organizations in the device flow: the parameter changes nothing.
    if (params.contains(QStringLiteral("organization"))) {
        details.insert(QStringLiteral("ignored_organization"), params.value(QStringLiteral("organization")));
        details.insert(QStringLiteral("note"), tr("organization is ignored: the Device Authorization flow does not "
                                                  "support Organizations, tokens never carry org_id"));
    }
    emitEvent(QStringLiteral("device_code_issued"), details);

    const QString verificationUri = m_tenant.endpoint(QStringLiteral("activate")).toString();
    QUrl complete(verificationUri);
    complete.setQuery(QUrlQuery{{QStringLiteral("user_code"), device.userCode}});
    return jsonResponse(QJsonObject{{QStringLiteral("device_code"), device.deviceCode},
                                    {QStringLiteral("user_code"), device.userCode},
                                    {QStringLiteral("verification_uri"), verificationUri},
                                    {QStringLiteral("verification_uri_complete"), complete.toString()},
                                    {QStringLiteral("expires_in"), m_tenant.options().deviceCodeLifetimeSeconds},
                                    {QStringLiteral("interval"), device.interval}});
}

QHttpServerResponse OAuthServer::activatePage(const DemoRequest &request)
{
    return htmlResponse(
        LoginPages::activate(request.query().queryItemValue(QStringLiteral("user_code"), QUrl::FullyDecoded), {}));
}

QHttpServerResponse OAuthServer::activate(const DemoRequest &request)
{
    const RequestParameters params(request);
    const QString userCode = params.value(QStringLiteral("user_code"));
    DeviceAuthorization *device = m_flows.deviceByUserCode(userCode);
    if (!device || device->status != DeviceAuthorization::Status::Pending ||
        device->expiresAt <= m_tenant.clock().now()) {
        emitEvent(QStringLiteral("device_activation_failed"), {{QStringLiteral("user_code"), userCode}});
        return htmlResponse(
            LoginPages::activate(userCode, tr("Invalid or expired code. Check the code on your device.")));
    }
    LoginTransaction &transaction = m_flows.newTransaction(LoginTransaction::Kind::Device);
    transaction.clientId = device->clientId;
    transaction.scopes = device->scopes;
    transaction.audience = device->audience;
    transaction.deviceCode = device->deviceCode;
    if (const auto session = currentSession(request)) {
        transaction.userId = session->userId;
        transaction.sessionId = session->id;
        transaction.authTime = session->authTime;
        return consentPage(transaction);
    }
    return htmlResponse(LoginPages::login({transaction.id, applicationName(transaction.clientId), {}, {}, {}}));
}

QHttpServerResponse OAuthServer::logout(const DemoRequest &request)
{
    const RequestParameters params(request);
    QString returnTo = params.value(QStringLiteral("returnTo"));
    if (returnTo.isEmpty())
        returnTo = params.value(QStringLiteral("post_logout_redirect_uri"));
    const QString clientId = params.value(QStringLiteral("client_id"));
    const Client *client = m_tenant.store().findClient(clientId.isEmpty() ? QStringLiteral("demo-native") : clientId);
    if (!returnTo.isEmpty() && (!client || !client->allowsRedirectUri(returnTo))) {
        return errorPage(HttpStatus::BadRequest, QStringLiteral("invalid_request"),
                         tr("The returnTo URL '%1' is not in the list of allowed logout URLs of %2.")
                             .arg(returnTo, clientId.isEmpty() ? QStringLiteral("the tenant") : clientId));
    }
    const std::optional<Session> session = currentSession(request);
    if (session)
        m_flows.removeSession(session->id);
    emitEvent(QStringLiteral("logout"), {{QStringLiteral("user_id"), session ? session->userId : QString()},
                                         {QStringLiteral("client_id"), clientId}});
    QHttpServerResponse response =
        returnTo.isEmpty()
            ? htmlResponse(LoginPages::message(tr("Logged out"), tr("You are logged out of the demo tenant.")))
            : redirectResponse(QUrl(returnTo));
    response.addHeader(QByteArrayLiteral("Set-Cookie"), sessionCookie(QString(), true));
    return response;
}

} // namespace orglens::demo
