#pragma once

#include "ActionStore.h"
#include "ExchangeProfiles.h"
#include "TenantLogs.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace orglens::demo {

struct DemoTenantOptions;

// The database connection every seed user and organization uses.
inline constexpr auto DatabaseConnection = "Username-Password-Authentication";
// Password of every seed user.
inline constexpr auto DemoPassword = "demo-password";
// The seed users a person signs in as, each with DemoPassword (their organizations: README.md in this folder).
inline constexpr const char *SignInUsers[] = {"alice@example.com", "bob@example.com", "carol@example.com"};
// Audience of the demo resource API ("Orders API").
inline constexpr auto OrdersApiAudience = "https://api.orglens.example/";
// Subject token type of the Custom Token Exchange profile.
inline constexpr auto DeviceTokenSubjectType = "urn:orglens:device-access-token";

struct User {
    QString userId;
    QString email;
    QString name;
    bool emailVerified = true;
    QJsonObject appMetadata;
    QJsonObject userMetadata;
    QDateTime createdAt;
    QDateTime updatedAt;

    QString nickname() const { return email.section(QLatin1Char('@'), 0, 0); }
    // The user as GET /api/v2/users/{id} returns it.
    QJsonObject toJson() const;
};

struct Organization {
    QString id;
    QString name;
    QString displayName;
    QStringList enabledConnections;

    // As GET /api/v2/organizations/{id} returns it.
    QJsonObject toJson() const;
};

struct Client {
    QString clientId;
    QString clientSecret; // empty for public clients
    QString name;
    QString appType;                 // native, non_interactive, regular_web
    QString tokenEndpointAuthMethod; // none, client_secret_post
    QStringList grantTypes;
    QString organizationUsage = QStringLiteral("deny"); // deny | allow | require
    QString organizationRequireBehavior = QStringLiteral("no_prompt");
    QString defaultOrganization;    // used by client credentials when usage is require
    bool loopbackCallbacks = false; // http://127.0.0.1:<any>/… and http://localhost:<any>/…
    // token_exchange.allow_any_profile_of_type: ["custom_authentication"] lets the client use exchange profiles.
    QStringList tokenExchangeProfileTypes;

    bool isPublic() const { return clientSecret.isEmpty(); }
    bool allowsGrant(const QString &grantType) const { return grantTypes.contains(grantType); }
    bool allowsCustomTokenExchange() const
    {
        return tokenExchangeProfileTypes.contains(QLatin1String("custom_authentication"));
    }
    // Whether `uri` is an allowed callback (or logout return) URL of this client.
    bool allowsRedirectUri(const QString &uri) const;
    // As GET /api/v2/clients/{id} returns it (without the secret).
    QJsonObject toJson() const;
};

struct ClientGrant {
    QString id;
    QString clientId;
    QString audience;
    QStringList scopes;
    QString organizationUsage; // deny | allow | require; empty = never set, which Auth0 treats as deny
    bool allowAnyOrganization = false;
    QStringList organizations; // organizations associated with the grant

    // What the token endpoint applies: the usage, or deny when it was never set.
    QString effectiveOrganizationUsage() const
    {
        return organizationUsage.isEmpty() ? QStringLiteral("deny") : organizationUsage;
    }
    // As GET /api/v2/client-grants returns it: organization_usage and allow_any_organization only when set.
    QJsonObject toJson() const;
};

struct Api {
    QString identifier;
    QString name;
    QStringList scopes;
    bool allowOfflineAccess = true;
};

// In-memory users, organizations, memberships, clients, client grants and APIs of the demo tenant,
// seeded from core/demo/README.md. Users and organizations are never added or removed after seeding,
// so pointers returned here stay valid for the store's lifetime.
class TenantStore {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::TenantStore)

public:
    // Seeds the tenant; `managementAudience` is the Management API identifier (<issuer>api/v2/).
    TenantStore(const DemoTenantOptions &options, const QString &managementAudience);

    // Users
    const std::vector<User> &users() const { return m_users; }
    const User *findUser(const QString &userId) const;
    User *findUser(const QString &userId);                        // for the Management API's PATCH
    const User *findUserByEmail(const QString &email) const;      // case-insensitive
    QList<const User *> usersByEmail(const QString &email) const; // case-insensitive
    QList<const User *> findUsers(const std::function<bool(const User &)> &predicate) const;
    bool checkPassword(const QString &email, const QString &password) const;
    // Applies a PATCH /api/v2/users/{id} body with Auth0's semantics: root properties replaced,
    // app_metadata/user_metadata merged on the first level (null deletes a key, {} wipes the object).
    // `now` becomes updated_at.
    Result<User> patchUser(const QString &userId, const QJsonObject &patch, const QDateTime &now);

    // Organizations and memberships
    const std::vector<Organization> &organizations() const { return m_organizations; }
    const Organization *findOrganization(const QString &orgId) const;
    const Organization *findOrganizationByName(const QString &name) const;
    // The organization an `organization` parameter names: an id, or a name when `allowNames` (the tenant
    // setting allow_organization_name_in_authentication_api) is on. Null when there is none.
    const Organization *resolveOrganization(const QString &idOrName, bool allowNames) const;
    bool isMember(const QString &userId, const QString &orgId) const;
    QList<const User *> members(const QString &orgId) const;
    QList<const Organization *> organizationsOfUser(const QString &userId) const;
    void addMember(const QString &orgId, const QString &userId);
    void removeMember(const QString &orgId, const QString &userId);
    // The id of a connection (Auth0's con_…), e.g. in GET /api/v2/organizations/{id}/enabled_connections.
    static QString connectionId(const QString &name);

    // Clients, client grants, APIs
    const std::vector<Client> &clients() const { return m_clients; }
    const Client *findClient(const QString &clientId) const;
    Client *findClient(const QString &clientId);
    // PATCH /api/v2/clients/{id}: organization_usage, organization_require_behavior and
    // token_exchange.allow_any_profile_of_type; anything else in `patch` is refused. Errors carry Auth0's codes.
    Result<Client> patchClient(const QString &clientId, const QJsonObject &patch);
    static Error clientNotFound(); // Auth0's 404 text and code

    // Tenant settings (GET|PATCH /api/v2/tenants/settings).
    bool allowsOrganizationNames() const { return m_allowOrganizationNames; }
    QJsonObject tenantSettings() const;
    Result<QJsonObject> patchTenantSettings(const QJsonObject &patch);
    const std::vector<ClientGrant> &clientGrants() const { return m_clientGrants; }
    // The grants of a client and/or for an audience (an empty argument matches any), in seed order.
    QList<const ClientGrant *> findClientGrants(const QString &clientId, const QString &audience) const;
    const ClientGrant *findClientGrant(const QString &clientId, const QString &audience) const;
    ClientGrant *findClientGrant(const QString &clientId, const QString &audience);
    const std::vector<Api> &apis() const { return m_apis; }

    // Actions, their versions and trigger bindings (the Actions Management API).
    ActionStore &actions() { return m_actions; }
    const ActionStore &actions() const { return m_actions; }
    // The tenant's logs (GET /api/v2/logs).
    TenantLogs &logs() { return m_logs; }
    const TenantLogs &logs() const { return m_logs; }
    // Custom Token Exchange profiles.
    ExchangeProfileStore &exchangeProfiles() { return m_exchangeProfiles; }
    const ExchangeProfileStore &exchangeProfiles() const { return m_exchangeProfiles; }
    const Api *findApi(const QString &identifier) const;

private:
    void addSeedUser(User user);
    void seedUsers(int syntheticUsers);
    void seedOrganizations();
    void seedClients(const QString &managementAudience);
    void seedArticleExample(); // auth0|user123 in org_xyz (preset article)

    std::vector<User> m_users;
    QHash<QString, qsizetype> m_userIndex;
    std::vector<Organization> m_organizations;
    QHash<QString, QStringList> m_memberships;  // org id -> user ids, in insertion order
    QHash<QString, QSet<QString>> m_memberSets; // the same, for lookups (tenants with 200,000 users)
    std::vector<Client> m_clients;
    std::vector<ClientGrant> m_clientGrants;
    std::vector<Api> m_apis;
    ActionStore m_actions;
    bool m_allowOrganizationNames = false; // allow_organization_name_in_authentication_api
    ExchangeProfileStore m_exchangeProfiles;
    TenantLogs m_logs;
};

} // namespace orglens::demo
