#include "ManagementApi.h"

#include "ActionsApi.h"
#include "DemoTenant.h"
#include "HttpResponses.h"
#include "LogsApi.h"
#include "MetadataMerge.h"
#include "Paging.h"
#include "UserQuery.h"
#include "UsersExport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace orglens::demo {

namespace {

using Method = QHttpServerRequest::Method;
using Arguments = QStringList;

// Auth0 lets user search page through the first 1,000 results only.
constexpr int SearchWindow = 1000;

const QString ReadUsers = QStringLiteral("read:users");
const QString UpdateUsers = QStringLiteral("update:users");
const QString UpdateAppMetadata = QStringLiteral("update:users_app_metadata");
const QString ReadOrganizations = QStringLiteral("read:organizations");
const QString ReadMembers = QStringLiteral("read:organization_members");
const QString ReadClients = QStringLiteral("read:clients");
const QString ReadOrganizationConnections = QStringLiteral("read:organization_connections");
const QString ReadClientGrants = QStringLiteral("read:client_grants");

ManagementError userNotFound()
{
    return ManagementError::notFound(QStringLiteral("The user does not exist."), QStringLiteral("inexistent_user"));
}

ManagementError organizationNotFound()
{
    // Message and code as observed from Auth0 (unverified against its documentation).
    return ManagementError::notFound(QStringLiteral("No organization found by that id or name"),
                                     QStringLiteral("inexistent_organization"));
}

QUrlQuery queryOf(const DemoRequest &request)
{
    return QUrlQuery(request.url);
}

// Route arguments arrive as the router matched them in the path; undo any percent-encoding left in them.
QString pathArgument(const QString &argument)
{
    return QUrl::fromPercentEncoding(argument.toUtf8());
}

QString audienceText(const QJsonValue &aud)
{
    if (!aud.isArray())
        return aud.toString();
    QStringList values;
    for (const auto &value : aud.toArray())
        values << value.toString();
    return values.join(u' ');
}

bool audienceContains(const QJsonValue &aud, const QString &value)
{
    return aud.isArray() ? aud.toArray().contains(value) : aud.toString() == value;
}

QJsonObject organizationJson(const Organization &organization)
{
    QJsonObject json = organization.toJson();
    json.insert(QStringLiteral("branding"), QJsonObject());
    json.insert(QStringLiteral("metadata"), QJsonObject());
    return json;
}

QHttpServerResponse pagedResponse(const QUrlQuery &query, const QJsonArray &all, const QString &key,
                                  bool allowCheckpoint)
{
    const auto paging = Paging::fromQuery(query, allowCheckpoint);
    if (const auto *error = std::get_if<ManagementError>(&paging))
        return error->toResponse();
    const QJsonValue body = std::get<Paging>(paging).apply(all, key);
    return body.isArray() ? QHttpServerResponse(body.toArray()) : QHttpServerResponse(body.toObject());
}

// A PATCH with a JSON object body: `apply`'s result, or its error (404 for an unknown entity, else 400).
QHttpServerResponse jsonPatch(const DemoRequest &request,
                              const std::function<Result<QJsonObject>(const QJsonObject &)> &apply)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ManagementError::badRequest(QStringLiteral("Payload validation error: 'Invalid JSON'."),
                                           QStringLiteral("invalid_body"))
            .toResponse();
    const Result<QJsonObject> result = apply(document.object());
    if (!result)
        return ManagementError::fromError(result.error().code.startsWith(QLatin1String("inexistent")) ? 404 : 400,
                                          result.error())
            .toResponse();
    return QHttpServerResponse(*result);
}

} // namespace

ManagementApi::ManagementApi(DemoTenant &tenant)
    : m_tenant(tenant), m_rateLimiter(tenant.options().managementRateLimit, tenant.clock()),
      m_faults(tenant.options().failRate, tenant.options().failSeed, tenant.options().slowMs),
      m_actionsApi(std::make_unique<ActionsApi>(tenant)), m_logsApi(std::make_unique<LogsApi>(tenant)),
      m_usersExports(std::make_unique<UsersExports>(tenant, *this))
{
    QObject::connect(&tenant, &DemoTenant::activity, &m_context,
                     [this](const QJsonObject &entry) { recordEvent(entry); });
}

ManagementApi::~ManagementApi() = default;

DemoRouter::Handler ManagementApi::guarded(const QStringList &scopes, RouteHandler handler)
{
    return [this, scopes, handler = std::move(handler)](const DemoRequest &request, const Arguments &arguments) {
        Arguments decoded;
        for (const QString &argument : arguments)
            decoded.append(pathArgument(argument));
        return serve(request, scopes, [&] { return handler(request, decoded); });
    };
}

void ManagementApi::recordEvent(const QJsonObject &entry)
{
    if (entry.value(QLatin1String("type")).toString() != QLatin1String("login"))
        return;
    LoginStats &stats = m_logins[entry.value(QLatin1String("user_id")).toString()];
    ++stats.count;
    stats.last = entry.value(QLatin1String("time")).toString();
}

QJsonObject ManagementApi::userJson(const User &user) const
{
    QJsonObject json = user.toJson();
    // Auth0's default picture: Gravatar for the e-mail with the initials avatar as fallback.
    const QByteArray hash =
        QCryptographicHash::hash(user.email.trimmed().toLower().toUtf8(), QCryptographicHash::Md5).toHex();
    const QString initials = user.name.left(2).toLower();
    json.insert(QStringLiteral("picture"),
                QStringLiteral("https://s.gravatar.com/avatar/%1?s=480&r=pg&d=https%3A%2F%2Fcdn.auth0.com%2Favatars%2F"
                               "%2.png")
                    .arg(QString::fromLatin1(hash), initials));
    const LoginStats stats = m_logins.value(user.userId);
    json.insert(QStringLiteral("logins_count"), stats.count);
    if (!stats.last.isEmpty())
        json.insert(QStringLiteral("last_login"), stats.last);
    return json;
}

void ManagementApi::registerRoutes(DemoRouter &router)
{
    // Handlers of routes with an "<arg>" get it as their first argument.
    const auto withId = [this](QStringList scopes, auto handler) {
        return [this, scopes, handler](const DemoRequest &request, const Arguments &arguments) {
            return serve(request, scopes, [&] { return handler(pathArgument(arguments.value(0)), request); });
        };
    };
    const auto withoutId = [this](QStringList scopes, auto handler) {
        return [this, scopes, handler](const DemoRequest &request, const Arguments &) {
            return serve(request, scopes, [&] { return handler(request); });
        };
    };

    router.route(QStringLiteral("/api/v2/users"), Method::Get,
                 withoutId({ReadUsers}, [this](const DemoRequest &r) { return searchUsers(r); }));
    router.route(QStringLiteral("/api/v2/users-by-email"), Method::Get,
                 withoutId({ReadUsers}, [this](const DemoRequest &r) { return usersByEmail(r); }));
    router.route(QStringLiteral("/api/v2/users/<arg>"), Method::Get,
                 withId({ReadUsers}, [this](const QString &id, const DemoRequest &) { return getUser(id); }));
    router.route(QStringLiteral("/api/v2/users/<arg>"), Method::Patch,
                 [this](const DemoRequest &request, const Arguments &arguments) {
                     // A body that changes only app_metadata is allowed with the narrower scope too.
                     const auto body = QJsonDocument::fromJson(request.body).object();
                     const QStringList scopes = MetadataMerge::touchesOnlyAppMetadata(body)
                                                    ? QStringList{UpdateUsers, UpdateAppMetadata}
                                                    : QStringList{UpdateUsers};
                     return serve(request, scopes,
                                  [&] { return patchUser(pathArgument(arguments.value(0)), request); });
                 });
    router.route(QStringLiteral("/api/v2/users/<arg>/organizations"), Method::Get,
                 withId({ReadOrganizations},
                        [this](const QString &id, const DemoRequest &r) { return organizationsOfUser(id, r); }));
    router.route(QStringLiteral("/api/v2/organizations"), Method::Get,
                 withoutId({ReadOrganizations}, [this](const DemoRequest &r) { return listOrganizations(r); }));
    router.route(QStringLiteral("/api/v2/organizations/name/<arg>"), Method::Get,
                 withId({ReadOrganizations},
                        [this](const QString &name, const DemoRequest &) { return getOrganization(name, true); }));
    router.route(QStringLiteral("/api/v2/organizations/<arg>"), Method::Get,
                 withId({ReadOrganizations},
                        [this](const QString &id, const DemoRequest &) { return getOrganization(id, false); }));
    router.route(
        QStringLiteral("/api/v2/organizations/<arg>/members"), Method::Get,
        withId({ReadMembers}, [this](const QString &id, const DemoRequest &r) { return organizationMembers(id, r); }));
    router.route(QStringLiteral("/api/v2/organizations/<arg>/enabled_connections"), Method::Get,
                 withId({ReadOrganizationConnections},
                        [this](const QString &id, const DemoRequest &r) { return enabledConnections(id, r); }));
    router.route(QStringLiteral("/api/v2/clients/<arg>"), Method::Get,
                 withId({ReadClients, QStringLiteral("read:client_keys")},
                        [this](const QString &id, const DemoRequest &) { return getClient(id); }));
    router.route(QStringLiteral("/api/v2/clients/<arg>"), Method::Patch,
                 guarded({QStringLiteral("update:clients")}, [this](const DemoRequest &r, const Arguments &a) {
                     return jsonPatch(r, [&](const QJsonObject &body) -> Result<QJsonObject> {
                         auto patched = m_tenant.store().patchClient(a.at(0), body);
                         if (!patched)
                             return patched.error();
                         return patched->toJson();
                     });
                 }));
    router.route(QStringLiteral("/api/v2/tenants/settings"), Method::Get,
                 guarded({QStringLiteral("read:tenant_settings")}, [this](const DemoRequest &, const Arguments &) {
                     return QHttpServerResponse(m_tenant.store().tenantSettings());
                 }));
    router.route(QStringLiteral("/api/v2/tenants/settings"), Method::Patch,
                 guarded({QStringLiteral("update:tenant_settings")}, [this](const DemoRequest &r, const Arguments &) {
                     return jsonPatch(
                         r, [&](const QJsonObject &body) { return m_tenant.store().patchTenantSettings(body); });
                 }));
    router.route(QStringLiteral("/api/v2/client-grants"), Method::Get,
                 withoutId({ReadClientGrants}, [this](const DemoRequest &r) { return listClientGrants(r); }));
    m_actionsApi->registerRoutes(router, *this);
    m_logsApi->registerRoutes(router, *this);
    m_usersExports->registerRoutes(router);
    // Anything else under /api/v2/ (the pattern is a regular expression), any method: Auth0's 404, still rate
    // limited.
    router.route(QStringLiteral("/api/v2/.*"), Method::AnyKnown, withoutId({}, [](const DemoRequest &) {
                     return ManagementError::notFound(QStringLiteral("Not Found"), {}).toResponse();
                 }));
}

DemoReply ManagementApi::serve(const DemoRequest &request, const QStringList &scopes, const Handler &handler)
{
    const RateLimiter::Decision limit = m_rateLimiter.take();
    DemoReply reply = [&]() -> DemoReply {
        if (!limit.allowed)
            return RateLimiter::limitReachedError().toResponse();
        const FaultInjector::Decision fault = m_faults.next();
        const bool outage =
            m_tenant.options().failRequests.contains(request.methodName() + QLatin1Char(' ') + request.url.path());
        if (fault.fail || outage) {
            m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("management_fault")},
                                           {QStringLiteral("status"), 500},
                                           {QStringLiteral("method"), request.methodName()},
                                           {QStringLiteral("path"), request.url.path()},
                                           {QStringLiteral("sequence"), qint64(fault.sequence)}});
            return FaultInjector::faultError().toResponse();
        }
        if (const auto denied = checkAuthorization(request, scopes))
            return denied->toResponse();
        return handler();
    }();
    const auto headers = limit.headers();
    const auto addHeaders = [headers](QHttpServerResponse &response) {
        for (const auto &[name, value] : headers)
            response.setHeader(name, value);
        response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    };
    if (reply.deferred)
        reply.deferred->beforeDelivery(addHeaders);
    else
        addHeaders(reply.response);
    // Every answer, errors included, is slowed down, like a slow network.
    reply.delayMs = m_faults.slowMs();
    return reply;
}

std::optional<ManagementError> ManagementApi::checkAuthorization(const DemoRequest &request,
                                                                 const QStringList &scopes) const
{
    if (scopes.isEmpty())
        return std::nullopt;
    const QByteArray header = request.header(QByteArrayLiteral("Authorization")).trimmed();
    if (header.isEmpty())
        return ManagementError::unauthorized(QStringLiteral("Missing authentication"));
    if (!header.toLower().startsWith("bearer "))
        return ManagementError::unauthorized(QStringLiteral("Bad HTTP authentication header format"));
    const auto payload = m_tenant.signingKey().verify(header.mid(7).trimmed());
    if (!payload || payload->value(QLatin1String("iss")).toString() != m_tenant.issuer().toString())
        return ManagementError::unauthorized(QStringLiteral("Invalid token"));
    if (payload->value(QLatin1String("exp")).toInteger() <= m_tenant.clock().now().toSecsSinceEpoch())
        return ManagementError::unauthorized(QStringLiteral("Expired token received for JSON Web Token validation"));
    const QJsonValue aud = payload->value(QLatin1String("aud"));
    if (!audienceContains(aud, m_tenant.managementAudience().toString()))
        return ManagementError::unauthorized(QStringLiteral("Bad audience: %1").arg(audienceText(aud)));
    const QStringList granted = payload->value(QLatin1String("scope")).toString().split(u' ', Qt::SkipEmptyParts);
    for (const QString &scope : scopes) {
        if (granted.contains(scope))
            return std::nullopt;
    }
    return ManagementError{403, QStringLiteral("Insufficient scope, expected any of: %1").arg(scopes.join(u',')),
                           QStringLiteral("insufficient_scope")};
}

QHttpServerResponse ManagementApi::getUser(const QString &userId) const
{
    const User *user = m_tenant.store().findUser(userId);
    return user ? QHttpServerResponse(userJson(*user)) : userNotFound().toResponse();
}

QHttpServerResponse ManagementApi::searchUsers(const DemoRequest &request) const
{
    const QUrlQuery query = queryOf(request);
    const QString engine = query.queryItemValue(QStringLiteral("search_engine"));
    if (!engine.isEmpty() && engine != QLatin1String("v3")) {
        return ManagementError::badRequest(
                   QStringLiteral("Query validation error: search_engine '%1' is not supported; use v3.").arg(engine),
                   QStringLiteral("invalid_query_string"))
            .toResponse();
    }
    const auto parsed = UserQuery::parse(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    if (!parsed)
        return ManagementError::fromError(400, parsed.error()).toResponse();
    const auto paging = Paging::fromQuery(query, false);
    if (const auto *error = std::get_if<ManagementError>(&paging))
        return error->toResponse();
    const Paging &page = std::get<Paging>(paging);
    if (page.start() + page.limit() > SearchWindow) {
        return ManagementError::badRequest(QStringLiteral("You can only page through the first 1000 records. See "
                                                          "https://auth0.com/docs/users/search/v3/"
                                                          "view-search-results-by-page#limitation"),
                                           QStringLiteral("invalid_paging"))
            .toResponse();
    }
    QJsonArray matches;
    for (const User &user : m_tenant.store().users()) {
        const QJsonObject json = userJson(user);
        if (parsed->matches(json))
            matches.append(json);
    }
    const QJsonValue body = page.apply(matches, QStringLiteral("users"));
    return body.isArray() ? QHttpServerResponse(body.toArray()) : QHttpServerResponse(body.toObject());
}

QHttpServerResponse ManagementApi::usersByEmail(const DemoRequest &request) const
{
    const QString email = queryOf(request).queryItemValue(QStringLiteral("email"), QUrl::FullyDecoded);
    if (email.isEmpty()) {
        return ManagementError::badRequest(
                   QStringLiteral("Query validation error: 'email' is required, e.g. ?email=alice@example.com"),
                   QStringLiteral("invalid_query_string"))
            .toResponse();
    }
    QJsonArray users;
    for (const User *user : m_tenant.store().usersByEmail(email))
        users.append(userJson(*user));
    return QHttpServerResponse(users);
}

QHttpServerResponse ManagementApi::patchUser(const QString &userId, const DemoRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!document.isObject()) {
        const QString why =
            parseError.error != QJsonParseError::NoError
                ? QStringLiteral("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())
                : QStringLiteral("the body must be a JSON object");
        return ManagementError::badRequest(QStringLiteral("Payload validation error: %1").arg(why),
                                           QStringLiteral("invalid_body"))
            .toResponse();
    }
    if (!m_tenant.store().findUser(userId))
        return userNotFound().toResponse();
    const auto updated = m_tenant.store().patchUser(userId, document.object(), m_tenant.clock().now().toUTC());
    if (!updated)
        return ManagementError::fromError(400, updated.error()).toResponse();
    m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("patch_user")},
                                   {QStringLiteral("user_id"), userId},
                                   {QStringLiteral("changes"), document.object()}});
    return QHttpServerResponse(userJson(updated.value()));
}

QHttpServerResponse ManagementApi::organizationsOfUser(const QString &userId, const DemoRequest &request) const
{
    if (!m_tenant.store().findUser(userId))
        return userNotFound().toResponse();
    QJsonArray organizations;
    for (const Organization *organization : m_tenant.store().organizationsOfUser(userId))
        organizations.append(organizationJson(*organization));
    return pagedResponse(queryOf(request), organizations, QStringLiteral("organizations"), false);
}

QHttpServerResponse ManagementApi::listOrganizations(const DemoRequest &request) const
{
    QJsonArray organizations;
    for (const Organization &organization : m_tenant.store().organizations())
        organizations.append(organizationJson(organization));
    return pagedResponse(queryOf(request), organizations, QStringLiteral("organizations"), true);
}

QHttpServerResponse ManagementApi::getOrganization(const QString &idOrName, bool byName) const
{
    const Organization *organization =
        byName ? m_tenant.store().findOrganizationByName(idOrName) : m_tenant.store().findOrganization(idOrName);
    return organization ? QHttpServerResponse(organizationJson(*organization)) : organizationNotFound().toResponse();
}

QHttpServerResponse ManagementApi::organizationMembers(const QString &orgId, const DemoRequest &request) const
{
    if (!m_tenant.store().findOrganization(orgId))
        return organizationNotFound().toResponse();
    QJsonArray members;
    for (const User *user : m_tenant.store().members(orgId)) {
        const QJsonObject json = userJson(*user);
        members.append(QJsonObject{{QStringLiteral("user_id"), user->userId},
                                   {QStringLiteral("email"), user->email},
                                   {QStringLiteral("name"), user->name},
                                   {QStringLiteral("picture"), json.value(QLatin1String("picture"))}});
    }
    return pagedResponse(queryOf(request), members, QStringLiteral("members"), true);
}

QHttpServerResponse ManagementApi::enabledConnections(const QString &orgId, const DemoRequest &request) const
{
    const Organization *organization = m_tenant.store().findOrganization(orgId);
    if (!organization)
        return organizationNotFound().toResponse();
    QJsonArray connections;
    for (const QString &name : organization->enabledConnections) {
        connections.append(QJsonObject{
            {QStringLiteral("connection_id"), TenantStore::connectionId(name)},
            {QStringLiteral("assign_membership_on_login"), false},
            {QStringLiteral("show_as_button"), true},
            {QStringLiteral("is_signup_enabled"), false},
            {QStringLiteral("connection"),
             QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("strategy"), QStringLiteral("auth0")}}}});
    }
    return pagedResponse(queryOf(request), connections, QStringLiteral("enabled_connections"), true);
}

QHttpServerResponse ManagementApi::getClient(const QString &clientId) const
{
    const Client *client = m_tenant.store().findClient(clientId);
    if (!client) {
        return ManagementError::fromError(404, TenantStore::clientNotFound()).toResponse();
    }
    QJsonObject json = client->toJson(); // omits the secret; removed again so it stays out if that changes
    json.remove(QStringLiteral("client_secret"));
    return QHttpServerResponse(json);
}

QHttpServerResponse ManagementApi::listClientGrants(const DemoRequest &request) const
{
    const QUrlQuery query = queryOf(request);
    QJsonArray grants;
    for (const ClientGrant *grant :
         m_tenant.store().findClientGrants(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
                                           query.queryItemValue(QStringLiteral("audience"), QUrl::FullyDecoded)))
        grants.append(grant->toJson());
    return pagedResponse(query, grants, QStringLiteral("client_grants"), true);
}

} // namespace orglens::demo
