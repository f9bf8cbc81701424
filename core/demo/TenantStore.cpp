#include "TenantStore.h"

#include "DemoTenantOptions.h"
#include "MetadataMerge.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace orglens::demo {

namespace {

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Fixed creation time so that the seed data is the same on every start.
QDateTime seedTime()
{
    return QDateTime(QDate(2025, 1, 15), QTime(9, 0), Qt::UTC);
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

QJsonObject User::toJson() const
{
    const QString provider = userId.section(QLatin1Char('|'), 0, 0);
    const QJsonObject identity{{QStringLiteral("connection"), QLatin1String(DatabaseConnection)},
                               {QStringLiteral("provider"), provider},
                               {QStringLiteral("user_id"), userId.section(QLatin1Char('|'), 1)},
                               {QStringLiteral("isSocial"), false}};
    return QJsonObject{{QStringLiteral("user_id"), userId},
                       {QStringLiteral("email"), email},
                       {QStringLiteral("email_verified"), emailVerified},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("nickname"), nickname()},
                       {QStringLiteral("created_at"), isoTime(createdAt)},
                       {QStringLiteral("updated_at"), isoTime(updatedAt)},
                       {QStringLiteral("identities"), QJsonArray{identity}},
                       {QStringLiteral("app_metadata"), appMetadata},
                       {QStringLiteral("user_metadata"), userMetadata}};
}

QJsonObject Organization::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id}, {QStringLiteral("name"), name}, {QStringLiteral("display_name"), displayName}};
}

bool Client::allowsRedirectUri(const QString &uri) const
{
    if (!loopbackCallbacks)
        return false;
    const QUrl url(uri, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("http") &&
           (url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")) &&
           url.userInfo().isEmpty() && url.fragment().isEmpty();
}

QJsonObject Client::toJson() const
{
    QJsonObject json{{QStringLiteral("client_id"), clientId},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("app_type"), appType},
                     {QStringLiteral("token_endpoint_auth_method"), tokenEndpointAuthMethod},
                     {QStringLiteral("grant_types"), QJsonArray::fromStringList(grantTypes)},
                     {QStringLiteral("organization_usage"), organizationUsage},
                     {QStringLiteral("organization_require_behavior"), organizationRequireBehavior},
                     {QStringLiteral("is_first_party"), true},
                     {QStringLiteral("callbacks"), loopbackCallbacks ? QJsonArray{QStringLiteral("http://127.0.0.1/*"),
                                                                                  QStringLiteral("http://localhost/*")}
                                                                     : QJsonArray{}}};
    if (!tokenExchangeProfileTypes.isEmpty())
        json.insert(QStringLiteral("token_exchange"),
                    QJsonObject{{QStringLiteral("allow_any_profile_of_type"),
                                 QJsonArray::fromStringList(tokenExchangeProfileTypes)}});
    if (!defaultOrganization.isEmpty()) {
        json.insert(QStringLiteral("default_organization"),
                    QJsonObject{{QStringLiteral("organization_id"), defaultOrganization},
                                {QStringLiteral("flows"), QJsonArray{QStringLiteral("client_credentials")}}});
    }
    return json;
}

QJsonObject ClientGrant::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("client_id"), clientId},
                     {QStringLiteral("audience"), audience},
                     {QStringLiteral("scope"), QJsonArray::fromStringList(scopes)}};
    if (!organizationUsage.isEmpty()) {
        json.insert(QStringLiteral("organization_usage"), organizationUsage);
        json.insert(QStringLiteral("allow_any_organization"), allowAnyOrganization);
    }
    return json;
}

TenantStore::TenantStore(const DemoTenantOptions &options, const QString &managementAudience)
    : m_actions(*options.clock), m_allowOrganizationNames(options.allowOrganizationNames),
      m_exchangeProfiles(*options.clock)
{
    seedUsers(options.syntheticUsers);
    seedOrganizations();
    seedClients(managementAudience);
    if (options.actionPreset == ActionPreset::Article)
        seedArticleExample();
}

void TenantStore::seedArticleExample()
{
    // The support article's exchange Action sets this user and organization whatever token it is given.
    User user{QStringLiteral("auth0|user123"),
              QStringLiteral("user123@example.com"),
              QStringLiteral("User 123 (support article)"),
              true,
              json(R"({"default_org_id":"org_xyz"})"),
              {},
              {},
              {}};
    addSeedUser(std::move(user));
    m_organizations.push_back({QStringLiteral("org_xyz"),
                               QStringLiteral("xyz"),
                               QStringLiteral("XYZ (support article)"),
                               {QLatin1String(DatabaseConnection)}});
    addMember(QStringLiteral("org_xyz"), QStringLiteral("auth0|user123"));
}

QString TenantStore::connectionId(const QString &name)
{
    // Stable across starts, shaped like Auth0's ids.
    return QStringLiteral("con_") +
           QString::fromLatin1(QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

void TenantStore::addSeedUser(User user)
{
    user.createdAt = user.updatedAt = seedTime();
    m_userIndex.insert(user.userId, qsizetype(m_users.size()));
    m_users.push_back(std::move(user));
}

void TenantStore::seedUsers(int syntheticUsers)
{
    struct Seed {
        const char *id, *email, *name, *appMetadata;
    };
    static const Seed seeds[] = {
        {"auth0|alice", SignInUsers[0], "Alice Example",
         R"({"default_org_id":"org_acme","plan":"gold","region":"eu"})"},
        {"auth0|bob", SignInUsers[1], "Bob Example", R"({"plan":"free"})"},
        {"auth0|carol", SignInUsers[2], "Carol Example", R"({"default_org_id":"org_globex"})"},
        {"auth0|dave", "dave@example.com", "Dave Example", "{}"},
    };
    m_users.reserve(std::size(seeds) + size_t(qMax(0, syntheticUsers)));
    for (const Seed &seed : seeds) {
        addSeedUser(User{QLatin1String(seed.id),
                         QLatin1String(seed.email),
                         QLatin1String(seed.name),
                         true,
                         json(seed.appMetadata),
                         {},
                         {},
                         {}});
    }
    for (int i = 1; i <= syntheticUsers; ++i) {
        const QString number = QString::number(i).rightJustified(6, QLatin1Char('0'));
        addSeedUser(User{QStringLiteral("auth0|user") + number,
                         QStringLiteral("user%1@example.com").arg(number),
                         QStringLiteral("User ") + number,
                         true,
                         json(R"({"plan":"free"})"),
                         {},
                         {},
                         {}});
    }
}

void TenantStore::seedOrganizations()
{
    const QStringList connections{QLatin1String(DatabaseConnection)};
    m_organizations = {
        {QStringLiteral("org_acme"), QStringLiteral("acme"), QStringLiteral("Acme Corp"), connections},
        {QStringLiteral("org_globex"), QStringLiteral("globex"), QStringLiteral("Globex"), connections},
        {QStringLiteral("org_initech"), QStringLiteral("initech"), QStringLiteral("Initech"), connections},
    };
    addMember(QStringLiteral("org_acme"), QStringLiteral("auth0|alice"));
    addMember(QStringLiteral("org_globex"), QStringLiteral("auth0|alice"));
    addMember(QStringLiteral("org_acme"), QStringLiteral("auth0|bob"));
    addMember(QStringLiteral("org_initech"), QStringLiteral("auth0|carol"));
    for (const User &user : m_users) {
        if (!user.userId.startsWith(QLatin1String("auth0|user")))
            continue;
        const int i = user.userId.mid(10).toInt();
        if (i % 2 == 1)
            addMember(QStringLiteral("org_acme"), user.userId);
        if (i % 3 == 0)
            addMember(QStringLiteral("org_globex"), user.userId);
    }
}

void TenantStore::seedClients(const QString &managementAudience)
{
    const QString deviceGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:device_code");
    const QString exchangeGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange");
    Client native{QStringLiteral("demo-native"),
                  {},
                  QStringLiteral("OrgLens Demo (native)"),
                  QStringLiteral("native"),
                  QStringLiteral("none"),
                  {deviceGrant, QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                   QStringLiteral("password")},
                  QStringLiteral("allow"),
                  QStringLiteral("no_prompt"),
                  {},
                  true,
                  {}};
    Client m2m{QStringLiteral("demo-m2m"),
               QStringLiteral("demo-m2m-secret"),
               QStringLiteral("OrgLens Demo (M2M)"),
               QStringLiteral("non_interactive"),
               QStringLiteral("client_secret_post"),
               {QStringLiteral("client_credentials")},
               QStringLiteral("deny"),
               QStringLiteral("no_prompt"),
               {},
               false,
               {}};
    Client exchange{QStringLiteral("demo-exchange"),
                    QStringLiteral("demo-exchange-secret"),
                    QStringLiteral("OrgLens Demo (token exchange)"),
                    QStringLiteral("regular_web"),
                    QStringLiteral("client_secret_post"),
                    {exchangeGrant, QStringLiteral("refresh_token")},
                    QStringLiteral("allow"),
                    QStringLiteral("no_prompt"),
                    {},
                    false,
                    {QStringLiteral("custom_authentication")}};
    Client readonly{QStringLiteral("demo-readonly"),
                    QStringLiteral("demo-readonly-secret"),
                    QStringLiteral("OrgLens Demo (read-only M2M)"),
                    QStringLiteral("non_interactive"),
                    QStringLiteral("client_secret_post"),
                    {QStringLiteral("client_credentials")},
                    QStringLiteral("deny"),
                    QStringLiteral("no_prompt"),
                    {},
                    false,
                    {}};
    m_clients = {native, m2m, exchange, readonly};

    const QStringList managementScopes{
        QStringLiteral("read:users"), QStringLiteral("update:users"), QStringLiteral("update:users_app_metadata"),
        QStringLiteral("read:organizations"), QStringLiteral("read:organization_members"),
        QStringLiteral("read:organization_connections"), QStringLiteral("read:clients"),
        QStringLiteral("read:client_grants"),
        // What reading and repairing the tenant's org_id pipeline needs.
        QStringLiteral("read:actions"), QStringLiteral("create:actions"), QStringLiteral("update:actions"),
        QStringLiteral("delete:actions"), QStringLiteral("read:token_exchange_profiles"),
        QStringLiteral("create:token_exchange_profiles"), QStringLiteral("update:token_exchange_profiles"),
        QStringLiteral("delete:token_exchange_profiles"), QStringLiteral("update:clients"),
        QStringLiteral("read:tenant_settings"), QStringLiteral("update:tenant_settings"), QStringLiteral("read:logs"),
        QStringLiteral("read:logs_users")};
    // The Management API grants never had organization_usage set (Auth0 omits it; the token endpoint denies).
    m_clientGrants = {
        {QStringLiteral("cgr_demo_m2m_management"), m2m.clientId, managementAudience, managementScopes, {}, false, {}},
        {QStringLiteral("cgr_demo_m2m_orders"),
         m2m.clientId,
         QLatin1String(OrdersApiAudience),
         {QStringLiteral("read:orders")},
         QStringLiteral("allow"),
         true,
         {}},
        {QStringLiteral("cgr_demo_readonly_management"),
         readonly.clientId,
         managementAudience,
         {QStringLiteral("read:users")},
         {},
         false,
         {}},
    };
    m_apis = {
        {QLatin1String(OrdersApiAudience),
         QStringLiteral("Orders API"),
         {QStringLiteral("read:orders"), QStringLiteral("write:orders")},
         true},
        {managementAudience, QStringLiteral("Auth0 Management API"), managementScopes, false},
    };
}

const User *TenantStore::findUser(const QString &userId) const
{
    const auto it = m_userIndex.constFind(userId);
    return it == m_userIndex.cend() ? nullptr : &m_users[size_t(*it)];
}

User *TenantStore::findUser(const QString &userId)
{
    return const_cast<User *>(std::as_const(*this).findUser(userId));
}

const User *TenantStore::findUserByEmail(const QString &email) const
{
    const auto found = usersByEmail(email);
    return found.isEmpty() ? nullptr : found.first();
}

QList<const User *> TenantStore::usersByEmail(const QString &email) const
{
    return findUsers([&email](const User &user) { return user.email.compare(email, Qt::CaseInsensitive) == 0; });
}

QList<const User *> TenantStore::findUsers(const std::function<bool(const User &)> &predicate) const
{
    QList<const User *> found;
    for (const User &user : m_users) {
        if (predicate(user))
            found.append(&user);
    }
    return found;
}

bool TenantStore::checkPassword(const QString &email, const QString &password) const
{
    return findUserByEmail(email) && password == QLatin1String(DemoPassword);
}

Result<User> TenantStore::patchUser(const QString &userId, const QJsonObject &patch, const QDateTime &now)
{
    User *user = findUser(userId);
    if (!user)
        return Error{QStringLiteral("inexistent_user"), tr("The user does not exist.")};
    auto updated = MetadataMerge::applyUserPatch(*user, patch);
    if (!updated)
        return updated.error();
    *user = std::move(updated).value();
    user->updatedAt = now;
    return *user;
}

Error TenantStore::clientNotFound()
{
    return Error{QStringLiteral("inexistent_client"), QStringLiteral("The client does not exist")};
}

Result<Client> TenantStore::patchClient(const QString &clientId, const QJsonObject &patch)
{
    Client *client = findClient(clientId);
    if (!client)
        return clientNotFound();
    Client changed = *client;
    const auto invalid = [](const QString &what) {
        return Error{QStringLiteral("invalid_body"), QStringLiteral("Payload validation error: %1").arg(what)};
    };
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QString &key = it.key();
        if (key == QLatin1String("organization_usage")) {
            if (!QStringList{QStringLiteral("deny"), QStringLiteral("allow"), QStringLiteral("require")}.contains(
                    it->toString()))
                return invalid(
                    QStringLiteral("'No enum match for: \"%1\"' on property organization_usage.").arg(it->toString()));
            changed.organizationUsage = it->toString();
        } else if (key == QLatin1String("organization_require_behavior")) {
            if (!QStringList{QStringLiteral("no_prompt"), QStringLiteral("pre_login_prompt"),
                             QStringLiteral("post_login_prompt")}
                     .contains(it->toString()))
                return invalid(QStringLiteral("'No enum match for: \"%1\"' on property "
                                              "organization_require_behavior.")
                                   .arg(it->toString()));
            changed.organizationRequireBehavior = it->toString();
        } else if (key == QLatin1String("token_exchange")) {
            const QJsonValue types = it->toObject().value(QLatin1String("allow_any_profile_of_type"));
            if (!types.isArray())
                return invalid(QStringLiteral("'Expected type array' on property "
                                              "token_exchange.allow_any_profile_of_type."));
            QStringList allowed;
            for (const QJsonValue &type : types.toArray()) {
                if (type.toString() != QLatin1String("custom_authentication"))
                    return invalid(QStringLiteral("'No enum match for: \"%1\"' on property "
                                                  "token_exchange.allow_any_profile_of_type.")
                                       .arg(type.toString()));
                allowed.append(type.toString());
            }
            changed.tokenExchangeProfileTypes = allowed;
        } else {
            // The demo keeps the rest of a client fixed: say so rather than ignore it.
            return invalid(QStringLiteral("the demo tenant cannot change the property %1.").arg(key));
        }
    }
    *client = changed;
    return changed;
}

QJsonObject TenantStore::tenantSettings() const
{
    return {{QStringLiteral("friendly_name"), QStringLiteral("OrgLens demo tenant")},
            {QStringLiteral("allow_organization_name_in_authentication_api"), m_allowOrganizationNames},
            {QStringLiteral("flags"), QJsonObject()},
            {QStringLiteral("enabled_locales"), QJsonArray{QStringLiteral("en")}}};
}

Result<QJsonObject> TenantStore::patchTenantSettings(const QJsonObject &patch)
{
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.key() != QLatin1String("allow_organization_name_in_authentication_api"))
            return Error{QStringLiteral("invalid_body"),
                         QStringLiteral("Payload validation error: the demo tenant cannot change the setting %1.")
                             .arg(it.key())};
        if (!it->isBool())
            return Error{
                QStringLiteral("invalid_body"),
                QStringLiteral("Payload validation error: 'Expected type boolean' on property %1.").arg(it.key())};
    }
    m_allowOrganizationNames =
        patch.value(QLatin1String("allow_organization_name_in_authentication_api")).toBool(m_allowOrganizationNames);
    return tenantSettings();
}

const Organization *TenantStore::findOrganization(const QString &orgId) const
{
    for (const Organization &org : m_organizations) {
        if (org.id == orgId)
            return &org;
    }
    return nullptr;
}

const Organization *TenantStore::findOrganizationByName(const QString &name) const
{
    for (const Organization &org : m_organizations) {
        if (org.name == name)
            return &org;
    }
    return nullptr;
}

const Organization *TenantStore::resolveOrganization(const QString &idOrName, bool allowNames) const
{
    if (const Organization *org = findOrganization(idOrName))
        return org;
    return allowNames ? findOrganizationByName(idOrName) : nullptr;
}

bool TenantStore::isMember(const QString &userId, const QString &orgId) const
{
    return m_memberSets.value(orgId).contains(userId);
}

QList<const User *> TenantStore::members(const QString &orgId) const
{
    QList<const User *> found;
    for (const QString &userId : m_memberships.value(orgId)) {
        if (const User *user = findUser(userId))
            found.append(user);
    }
    return found;
}

QList<const Organization *> TenantStore::organizationsOfUser(const QString &userId) const
{
    QList<const Organization *> found;
    for (const Organization &org : m_organizations) {
        if (isMember(userId, org.id))
            found.append(&org);
    }
    return found;
}

void TenantStore::addMember(const QString &orgId, const QString &userId)
{
    if (m_memberSets[orgId].contains(userId))
        return;
    m_memberSets[orgId].insert(userId);
    m_memberships[orgId].append(userId);
}

void TenantStore::removeMember(const QString &orgId, const QString &userId)
{
    m_memberSets[orgId].remove(userId);
    m_memberships[orgId].removeAll(userId);
}

const Client *TenantStore::findClient(const QString &clientId) const
{
    return const_cast<TenantStore *>(this)->findClient(clientId);
}

Client *TenantStore::findClient(const QString &clientId)
{
    for (Client &client : m_clients) {
        if (client.clientId == clientId)
            return &client;
    }
    return nullptr;
}

const ClientGrant *TenantStore::findClientGrant(const QString &clientId, const QString &audience) const
{
    return const_cast<TenantStore *>(this)->findClientGrant(clientId, audience);
}

ClientGrant *TenantStore::findClientGrant(const QString &clientId, const QString &audience)
{
    for (ClientGrant &grant : m_clientGrants) {
        if (grant.clientId == clientId && grant.audience == audience)
            return &grant;
    }
    return nullptr;
}

QList<const ClientGrant *> TenantStore::findClientGrants(const QString &clientId, const QString &audience) const
{
    QList<const ClientGrant *> grants;
    for (const ClientGrant &grant : m_clientGrants) {
        if ((clientId.isEmpty() || grant.clientId == clientId) && (audience.isEmpty() || grant.audience == audience))
            grants.append(&grant);
    }
    return grants;
}

const Api *TenantStore::findApi(const QString &identifier) const
{
    for (const Api &api : m_apis) {
        if (api.identifier == identifier)
            return &api;
    }
    return nullptr;
}

} // namespace orglens::demo
