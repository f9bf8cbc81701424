#pragma once

#include "DemoRouter.h"
#include "FaultInjector.h"
#include "ManagementError.h"
#include "RateLimiter.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

namespace orglens::demo {

class ActionsApi;
class LogsApi;
class UsersExports;
class DemoTenant;
struct User;

// The demo tenant's Management API subset (/api/v2/...): users (get, search, by email, PATCH, organizations),
// organizations (list, by id, by name, members), clients and client grants, users export jobs. Every request goes
// through one pipeline: rate limit (x-ratelimit-* headers on every answer, 429 when over), fault injection
// (--fail-rate, --fail-seed), bearer token check (signature, exp, audience, scope), the handler; every reply carries
// the optional --slow-ms delay, which the HTTP server applies with a timer so the event loop keeps serving other
// requests.
class ManagementApi {
public:
    explicit ManagementApi(DemoTenant &tenant); // on the tenant's clock
    ~ManagementApi();

    // Registers the /api/v2/ routes on the tenant's router (a catch-all 404 for other /api/v2/ paths last).
    void registerRoutes(DemoRouter &router);
    // Forgets the logins counted for logins_count and last_login (the rate limit and fault sequence go on).
    void forgetLogins() { m_logins.clear(); }

    // The user as the Management API returns it (Auth0's shape: identities, picture, logins_count, ...).
    QJsonObject userJson(const User &user) const;

    // A route handler behind the API's pipeline (rate limit, faults, bearer token with one of `scopes`). The
    // handler gets the request and the route's arguments, percent-decoded; it may answer later (an Action run).
    using RouteHandler = std::function<DemoReply(const DemoRequest &request, const QStringList &arguments)>;
    DemoRouter::Handler guarded(const QStringList &scopes, RouteHandler handler);

private:
    using Handler = std::function<DemoReply()>;

    DemoReply serve(const DemoRequest &request, const QStringList &scopes, const Handler &handler);
    // Null when the bearer token grants one of scopes (an empty list needs no token).
    std::optional<ManagementError> checkAuthorization(const DemoRequest &request, const QStringList &scopes) const;

    QHttpServerResponse getUser(const QString &userId) const;
    QHttpServerResponse searchUsers(const DemoRequest &request) const;
    QHttpServerResponse usersByEmail(const DemoRequest &request) const;
    QHttpServerResponse patchUser(const QString &userId, const DemoRequest &request);
    QHttpServerResponse organizationsOfUser(const QString &userId, const DemoRequest &request) const;
    QHttpServerResponse listOrganizations(const DemoRequest &request) const;
    QHttpServerResponse getOrganization(const QString &idOrName, bool byName) const;
    QHttpServerResponse organizationMembers(const QString &orgId, const DemoRequest &request) const;
    QHttpServerResponse enabledConnections(const QString &orgId, const DemoRequest &request) const;
    QHttpServerResponse getClient(const QString &clientId) const;
    // GET /api/v2/client-grants?client_id=&audience= (both optional filters), offset or checkpoint paging.
    QHttpServerResponse listClientGrants(const DemoRequest &request) const;

    void recordEvent(const QJsonObject &entry);

    struct LoginStats {
        int count = 0;
        QString last; // ISO-8601 of the last login
    };

    DemoTenant &m_tenant;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    QHash<QString, LoginStats> m_logins; // user_id -> logins seen through the tenant's "login" events
    QObject m_context;                   // context of connections and timers: they die with this object
    std::unique_ptr<ActionsApi> m_actionsApi;
    std::unique_ptr<LogsApi> m_logsApi;
    std::unique_ptr<UsersExports> m_usersExports;
};

} // namespace orglens::demo
