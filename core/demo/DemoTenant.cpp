#include "DemoTenant.h"

#include "ActionPresets.h"

#include "ActionRunner.h"
#include "ManagementApi.h"
#include "OAuthServer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTcpServer>

namespace orglens::demo {

DemoTenant::DemoTenant(DemoTenantOptions options, QObject *parent)
    : DemoTenant(std::move(options), std::make_shared<SigningKey>(), parent)
{
}

DemoTenant::DemoTenant(DemoTenantOptions options, std::shared_ptr<SigningKey> signingKey, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_signingKey(std::move(signingKey)),
      m_server([this](const DemoRequest &request) { return handle(request); }, *m_options.clock),
      m_actionRunner(std::make_unique<ActionRunner>(m_options.actionModules))
{
    if (!m_options.claimNamespace.endsWith(QLatin1Char('/')))
        m_options.claimNamespace += QLatin1Char('/');
}

DemoTenant::~DemoTenant() = default;

Result<quint16> DemoTenant::start()
{
    if (isRunning())
        return Error{QStringLiteral("already-running"),
                     tr("The demo tenant is already running on port %1.").arg(m_port)};
    auto *tcpServer = new QTcpServer(&m_server);
    if (!tcpServer->listen(QHostAddress::LocalHost, m_options.port)) {
        const QString reason = tcpServer->errorString();
        delete tcpServer;
        return Error{QStringLiteral("listen"),
                     tr("The demo tenant cannot listen on 127.0.0.1:%1: %2. Choose another port with --port, "
                        "or 0 for a free one.")
                         .arg(m_options.port)
                         .arg(reason)};
    }
    m_server.bind(tcpServer);
    m_port = tcpServer->serverPort();
    m_store = seededStore();
    registerRoutes();
    QJsonObject started{{QStringLiteral("type"), QStringLiteral("tenant_started")},
                        {QStringLiteral("issuer"), issuer().toString()},
                        {QStringLiteral("kid"), m_signingKey->kid()},
                        {QStringLiteral("actions"), actionPresetName(m_options.actionPreset)}};
    if (const QString notice = actionsNotice(); !notice.isEmpty())
        started.insert(QStringLiteral("notice"), notice);
    emitEvent(started);
    return m_port;
}

std::unique_ptr<TenantStore> DemoTenant::seededStore() const
{
    auto store = std::make_unique<TenantStore>(m_options, managementAudience().toString());
    installActionPreset(*store, m_options.actionPreset, {issuer(), claimNamespace(), QLatin1String(OrdersApiAudience)});
    // The preset's Actions are built; what the API changes from now on builds for a while.
    store->actions().setBuildTime(m_options.actionBuildMs);
    return store;
}

bool DemoTenant::simulatesActions() const
{
    switch (m_options.actionPreset) {
    case ActionPreset::Builtin:
        return true;
    case ActionPreset::None:
        return false;
    default:
        return !ActionRunner::unavailableReason().isEmpty();
    }
}

QString DemoTenant::actionsNotice() const
{
    const bool presetHasActions =
        m_options.actionPreset != ActionPreset::Builtin && m_options.actionPreset != ActionPreset::None;
    return presetHasActions ? ActionRunner::unavailableReason() : QString();
}

QUrl DemoTenant::issuer() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QUrl DemoTenant::endpoint(const QString &path) const
{
    return QUrl(issuer().toString() + path);
}

QUrl DemoTenant::managementAudience() const
{
    return endpoint(QStringLiteral("api/v2/"));
}

QString DemoTenant::claimNamespace() const
{
    return m_options.claimNamespace;
}

TenantStore &DemoTenant::store()
{
    Q_ASSERT_X(m_store, "DemoTenant::store", "call start() first");
    return *m_store;
}

void DemoTenant::emitEvent(QJsonObject entry)
{
    if (!entry.contains(QLatin1String("time")))
        entry.insert(QStringLiteral("time"), clock().now().toUTC().toString(Qt::ISODateWithMs));
    // What Auth0 would log of it goes into the tenant's logs (before start() there is no store).
    if (m_store) {
        if (auto logged = TenantLogs::fromEvent(entry, *m_store))
            m_store->logs().append(std::move(*logged));
    }
    emit activity(entry);
}

void DemoTenant::reset()
{
    Q_ASSERT_X(m_store, "DemoTenant::reset", "call start() first");
    // Copying the pristine store is cheap (its strings and JSON are implicitly shared); seeding again is not.
    if (!m_seed)
        m_seed = seededStore();
    *m_store = *m_seed;
    m_oauth->reset();
    m_managementApi->forgetLogins();
}

DemoReply DemoTenant::handle(const DemoRequest &request)
{
    Q_ASSERT_X(m_store, "DemoTenant::handle", "call start() first");
    std::optional<DemoReply> reply = m_router.dispatch(request);
    if (!reply) {
        reply.emplace(
            managementError(HttpStatus::NotFound,
                            tr("No route for %1 %2 on the demo tenant.").arg(request.methodName(), request.url.path()),
                            QStringLiteral("not_found")));
    }
    const auto finish = [this](QHttpServerResponse &response) {
        // Responses must never be cached: they carry tokens and per-login pages.
        if (!response.hasHeader(QByteArrayLiteral("Cache-Control")))
            response.addHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        if (m_responseObserver)
            m_responseObserver(response);
    };
    if (reply->deferred)
        reply->deferred->beforeDelivery(finish);
    else
        finish(reply->response);
    return std::move(*reply);
}

void DemoTenant::setResponseObserver(std::function<void(const QHttpServerResponse &)> observer)
{
    m_responseObserver = std::move(observer);
}

void DemoTenant::registerRoutes()
{
    using Method = QHttpServerRequest::Method;
    // Discovery and keys may answer after a latency (slow networks, for cancellation tests).
    m_router.route(QStringLiteral("/.well-known/openid-configuration"), Method::Get,
                   [this](const DemoRequest &, const QStringList &) {
                       return DemoReply(jsonResponse(discoveryDocument()), m_options.slowMetadataMs);
                   });
    m_router.route(QStringLiteral("/.well-known/jwks.json"), Method::Get,
                   [this](const DemoRequest &, const QStringList &) {
                       return DemoReply(jsonResponse(m_signingKey->jwks()), m_options.slowMetadataMs);
                   });

    m_oauth = std::make_unique<OAuthServer>(*this);
    m_oauth->registerRoutes(m_router);
    // The Management API (/api/v2/...) is its own component.
    m_managementApi = std::make_unique<ManagementApi>(*this);
    m_managementApi->registerRoutes(m_router);
}

QJsonObject DemoTenant::discoveryDocument() const
{
    const auto url = [this](const char *path) { return endpoint(QLatin1String(path)).toString(); };
    const auto list = [](std::initializer_list<const char *> values) {
        QJsonArray array;
        for (const char *value : values)
            array.append(QLatin1String(value));
        return array;
    };
    return QJsonObject{
        {QStringLiteral("issuer"), issuer().toString()},
        {QStringLiteral("authorization_endpoint"), url("authorize")},
        {QStringLiteral("token_endpoint"), url("oauth/token")},
        {QStringLiteral("device_authorization_endpoint"), url("oauth/device/code")},
        {QStringLiteral("userinfo_endpoint"), url("userinfo")},
        {QStringLiteral("mfa_challenge_endpoint"), url("mfa/challenge")},
        {QStringLiteral("jwks_uri"), url(".well-known/jwks.json")},
        {QStringLiteral("registration_endpoint"), url("oidc/register")},
        {QStringLiteral("revocation_endpoint"), url("oauth/revoke")},
        {QStringLiteral("end_session_endpoint"), url("oidc/logout")},
        {QStringLiteral("scopes_supported"),
         list({"openid", "profile", "offline_access", "name", "given_name", "family_name", "nickname", "email",
               "email_verified", "picture", "created_at", "identities", "phone", "address"})},
        {QStringLiteral("response_types_supported"), list({"code"})},
        {QStringLiteral("code_challenge_methods_supported"), list({"S256"})},
        {QStringLiteral("response_modes_supported"), list({"query"})},
        {QStringLiteral("subject_types_supported"), list({"public"})},
        {QStringLiteral("id_token_signing_alg_values_supported"), list({"RS256"})},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         list({"client_secret_basic", "client_secret_post", "none"})},
        {QStringLiteral("grant_types_supported"),
         list({"authorization_code", "refresh_token", "client_credentials", "password",
               "urn:ietf:params:oauth:grant-type:device_code", "urn:ietf:params:oauth:grant-type:token-exchange"})},
        {QStringLiteral("claims_supported"),
         list({"aud", "auth_time", "created_at", "email", "email_verified", "exp", "iat", "iss", "name", "nickname",
               "sub", "sid", "nonce", "at_hash", "org_id", "org_name"})},
        {QStringLiteral("request_uri_parameter_supported"), false},
        {QStringLiteral("request_parameter_supported"), false},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    };
}

} // namespace orglens::demo
