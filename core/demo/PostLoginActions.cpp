#include "PostLoginActions.h"

#include "ActionRunner.h"
#include "DemoTenant.h"
#include "TokenIssuer.h"
#include "explain/ActionTemplates.h"

namespace orglens::demo {

namespace {

const QString Handler = QStringLiteral("onExecutePostLogin");

// One bound Action as it was when the login started: bindings changed meanwhile do not affect it.
struct Step {
    QString name;
    QString code;
    QJsonArray dependencies;
    QJsonObject secrets;
};

Error deniedBy(const QString &description)
{
    return Error{QStringLiteral("access_denied"), description};
}

} // namespace

struct PostLoginActions::Run {
    QJsonObject event;
    QList<Step> steps;
    qsizetype next = 0;
    QString userId;
    PostLoginOutcome outcome;
    QList<ActionResult> results;
    std::function<void(const PostLoginOutcome &)> done;
};

bool PostLoginActions::active() const
{
    return ActionRunner::unavailableReason().isEmpty() &&
           !m_tenant.store().actions().boundActions(PostLoginTrigger).isEmpty();
}

QJsonObject PostLoginActions::event(const Grant &grant) const
{
    const TenantStore &store = m_tenant.store();
    QJsonObject event{
        {QStringLiteral("transaction"),
         QJsonObject{{QStringLiteral("protocol"), grant.protocol},
                     {QStringLiteral("requested_scopes"), QJsonArray::fromStringList(grant.scopes)},
                     {QStringLiteral("locale"), QStringLiteral("en")}}},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                                                {QStringLiteral("method"), QStringLiteral("POST")},
                                                {QStringLiteral("hostname"), m_tenant.issuer().host()},
                                                {QStringLiteral("language"), QStringLiteral("en")}}},
        {QStringLiteral("connection"), QJsonObject{{QStringLiteral("name"), QLatin1String(DatabaseConnection)},
                                                   {QStringLiteral("strategy"), QStringLiteral("auth0")},
                                                   {QStringLiteral("metadata"), QJsonObject()}}},
        {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), QStringLiteral("demo")}}}};
    if (const User *user = store.findUser(grant.userId))
        event.insert(QStringLiteral("user"), user->toJson());
    if (const Client *client = store.findClient(grant.clientId))
        event.insert(QStringLiteral("client"), QJsonObject{{QStringLiteral("client_id"), client->clientId},
                                                           {QStringLiteral("name"), client->name},
                                                           {QStringLiteral("metadata"), QJsonObject()}});
    // Auth0 sets event.organization only on organization logins.
    if (const Organization *organization = store.findOrganization(grant.orgId))
        event.insert(QStringLiteral("organization"), organization->toJson());
    if (!grant.audience.isEmpty())
        event.insert(QStringLiteral("resource_server"), QJsonObject{{QStringLiteral("identifier"), grant.audience}});
    return event;
}

void PostLoginActions::run(const Grant &grant, std::function<void(const PostLoginOutcome &)> done)
{
    auto run = std::make_shared<Run>();
    run->event = event(grant);
    run->userId = grant.userId;
    run->done = std::move(done);
    for (const Action *action : m_tenant.store().actions().boundActions(PostLoginTrigger)) {
        const ActionVersion *version = action->deployedVersion();
        run->steps.append({action->name, version->code, version->dependencies, action->secretValues()});
    }
    runNext(run);
}

void PostLoginActions::runNext(const std::shared_ptr<Run> &run)
{
    if (run->next == run->steps.size() || run->outcome.denied) {
        run->outcome.executionId = m_tenant.store().actions().recordExecution(PostLoginTrigger, run->results);
        QJsonArray names;
        for (const ActionResult &result : std::as_const(run->results))
            names.append(result.actionName);
        m_tenant.emitEvent(
            QJsonObject{{QStringLiteral("type"), QStringLiteral("actions_executed")},
                        {QStringLiteral("trigger"), PostLoginTrigger},
                        {QStringLiteral("execution_id"), run->outcome.executionId},
                        {QStringLiteral("user_id"), run->userId},
                        {QStringLiteral("actions"), names},
                        {QStringLiteral("denied"), run->outcome.denied.has_value()},
                        {QStringLiteral("ignored_claims"), QJsonArray::fromStringList(run->outcome.ignoredClaims)}});
        run->done(run->outcome);
        return;
    }
    const Step step = run->steps.at(run->next++);
    QJsonObject event = run->event;
    event.insert(QStringLiteral("secrets"), step.secrets);
    const QDateTime started = m_tenant.clock().now();
    m_tenant.actionRunner().run(
        {step.code, Handler, event, step.dependencies, m_tenant.options().actionTimeoutMs}, &m_tenant,
        [this, run, step, started](const ActionOutcome &outcome) {
            run->results.append({step.name, outcome.ok ? QString() : outcome.errorMessage, started,
                                 m_tenant.clock().now(), outcome.logs});
            if (!outcome.ok) {
                // A failing Action fails the login, and no later Action runs.
                run->outcome.denied = deniedBy(ActionRunner::failureText(step.name, outcome));
                runNext(run);
                return;
            }
            for (const auto &[method, claims] :
                 {std::pair{QStringLiteral("accessToken.setCustomClaim"), &run->outcome.accessTokenClaims},
                  std::pair{QStringLiteral("idToken.setCustomClaim"), &run->outcome.idTokenClaims}}) {
                for (const QJsonArray &call : outcome.callsTo(method)) {
                    const QString name = call.at(0).toString();
                    if (explain::isIgnoredCustomClaim(name))
                        run->outcome.ignoredClaims.append(name);
                    else
                        claims->insert(name, call.at(1));
                }
            }
            // Metadata a login cannot store (a key with '.' or '$') fails it.
            for (const QJsonArray &call : outcome.callsTo(QStringLiteral("user.setAppMetadata"))) {
                const auto patched = m_tenant.store().patchUser(
                    run->userId, {{QStringLiteral("app_metadata"), QJsonObject{{call.at(0).toString(), call.at(1)}}}},
                    m_tenant.clock().now());
                if (!patched)
                    run->outcome.denied = deniedBy(patched.error().message);
            }
            // api.access.deny(reason): this Action completes, no later one runs, the login fails.
            const QList<QJsonArray> denials = outcome.callsTo(QStringLiteral("access.deny"));
            if (!denials.isEmpty())
                run->outcome.denied = deniedBy(denials.constFirst().at(0).toString());
            runNext(run);
        });
}

} // namespace orglens::demo
