#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

// Runs the Post-Login Actions bound to the demo tenant's post-login trigger for one login, as Auth0 does: each
// deployed version in binding order, on Node, with Auth0's `event`; then applies what they asked for.

namespace orglens::demo {

class DemoTenant;
struct Action;
struct Grant;

struct PostLoginOutcome {
    QJsonObject accessTokenClaims;
    QJsonObject idTokenClaims;
    QStringList ignoredClaims;   // restricted or forbidden names, which Auth0 drops without failing the login
    std::optional<Error> denied; // api.access.deny() or a failed Action: the login fails with this
    QString executionId;         // GET /api/v2/actions/executions/{id}
};

class PostLoginActions {
    Q_DECLARE_TR_FUNCTIONS(orglens::demo::PostLoginActions)

public:
    explicit PostLoginActions(DemoTenant &tenant) : m_tenant(tenant) {}

    // Whether logins run real Actions: some are bound to post-login and Node is installed. Otherwise the tenant
    // keeps its built-in simulation of the support article's Action.
    bool active() const;
    // Runs the bound Actions for `grant` (a user login); `done` gets the outcome from the event loop.
    void run(const Grant &grant, std::function<void(const PostLoginOutcome &)> done);

private:
    struct Run;
    void runNext(const std::shared_ptr<Run> &run);
    QJsonObject event(const Grant &grant) const;

    DemoTenant &m_tenant;
};

} // namespace orglens::demo
