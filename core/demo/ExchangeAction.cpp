#include "ExchangeAction.h"

#include "ActionRunner.h"
#include "DemoTenant.h"
#include "HttpResponses.h"

namespace orglens::demo {

namespace {

Error rejection(const QString &code, const QString &description)
{
    return Error{code, description};
}

} // namespace

const TokenExchangeProfile *ExchangeAction::runnableProfile(const QString &subjectTokenType) const
{
    const TokenExchangeProfile *profile = m_tenant.store().exchangeProfiles().forSubjectTokenType(subjectTokenType);
    if (!profile || !ActionRunner::unavailableReason().isEmpty())
        return nullptr;
    const Action *action = m_tenant.store().actions().find(profile->actionId);
    return action && action->deployedVersion() ? profile : nullptr;
}

void ExchangeAction::run(const TokenExchangeProfile &profile, const Client &client, const RequestParameters &params,
                         std::function<void(const ExchangeDecision &)> done)
{
    const Action *action = m_tenant.store().actions().find(profile.actionId);
    const ActionVersion *version = action->deployedVersion();
    QJsonObject transaction{
        {QStringLiteral("subject_token"), params.value(QStringLiteral("subject_token"))},
        {QStringLiteral("subject_token_type"), params.value(QStringLiteral("subject_token_type"))},
        {QStringLiteral("requested_scopes"),
         QJsonArray::fromStringList(params.value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts))},
        {QStringLiteral("protocol"), QStringLiteral("oauth2-token-exchange")}};
    QJsonObject event{{QStringLiteral("transaction"), transaction},
                      {QStringLiteral("client"), QJsonObject{{QStringLiteral("client_id"), client.clientId},
                                                             {QStringLiteral("name"), client.name},
                                                             {QStringLiteral("metadata"), QJsonObject()}}},
                      {QStringLiteral("request"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("127.0.0.1")},
                                                              {QStringLiteral("method"), QStringLiteral("POST")},
                                                              {QStringLiteral("hostname"), m_tenant.issuer().host()}}},
                      {QStringLiteral("tenant"), QJsonObject{{QStringLiteral("id"), QStringLiteral("demo")}}},
                      {QStringLiteral("secrets"), action->secretValues()}};
    const QString audience = params.value(QStringLiteral("audience"));
    if (!audience.isEmpty())
        event.insert(QStringLiteral("resource_server"), QJsonObject{{QStringLiteral("identifier"), audience}});
    const QString organization = params.value(QStringLiteral("organization"));
    if (const Organization *org =
            m_tenant.store().resolveOrganization(organization, m_tenant.store().allowsOrganizationNames()))
        event.insert(QStringLiteral("organization"), org->toJson());

    const QString name = action->name;
    const QDateTime started = m_tenant.clock().now();
    m_tenant.actionRunner().run(
        {version->code, QStringLiteral("onExecuteCustomTokenExchange"), event, version->dependencies,
         m_tenant.options().actionTimeoutMs},
        &m_tenant, [this, name, started, done = std::move(done)](const ActionOutcome &outcome) {
            ExchangeDecision decision = decide(name, outcome);
            decision.executionId = m_tenant.store().actions().recordExecution(
                TokenExchangeTrigger,
                {{name, outcome.ok ? QString() : outcome.errorMessage, started, m_tenant.clock().now(), outcome.logs}});
            m_tenant.emitEvent(QJsonObject{{QStringLiteral("type"), QStringLiteral("actions_executed")},
                                           {QStringLiteral("trigger"), TokenExchangeTrigger},
                                           {QStringLiteral("execution_id"), decision.executionId},
                                           {QStringLiteral("actions"), QJsonArray{name}},
                                           {QStringLiteral("denied"), decision.rejected.has_value()}});
            done(decision);
        });
}

ExchangeDecision ExchangeAction::decide(const QString &actionName, const ActionOutcome &outcome) const
{
    ExchangeDecision decision;
    if (!outcome.ok) {
        decision.rejected = rejection(QStringLiteral("access_denied"), ActionRunner::failureText(actionName, outcome));
        return decision;
    }
    // A rejection wins over anything else the Action asked for.
    if (const auto rejects = outcome.callsTo(QStringLiteral("access.rejectInvalidSubjectToken")); !rejects.isEmpty()) {
        decision.rejected = rejection(QStringLiteral("invalid_request"), rejects.constFirst().at(0).toString());
        return decision;
    }
    if (const auto denials = outcome.callsTo(QStringLiteral("access.deny")); !denials.isEmpty()) {
        decision.rejected = rejection(denials.constFirst().at(0).toString(), denials.constFirst().at(1).toString());
        return decision;
    }
    const auto byId = outcome.callsTo(QStringLiteral("authentication.setUserById"));
    const auto byConnection = outcome.callsTo(QStringLiteral("authentication.setUserByConnection"));
    if (byId.size() + byConnection.size() != 1) {
        decision.rejected = rejection(
            QStringLiteral("invalid_request"),
            tr("The Action '%1' must call exactly one of api.authentication.setUserById and setUserByConnection.")
                .arg(actionName));
        return decision;
    }
    if (!byId.isEmpty()) {
        decision.userId = byId.constFirst().at(0).toString();
    } else {
        // setUserByConnection(connection, {user_id | email, ...}, options): an existing user of that connection.
        const QJsonObject profile = byConnection.constFirst().at(1).toObject();
        const QString email = profile.value(QLatin1String("email")).toString();
        const User *user = m_tenant.store().findUserByEmail(email);
        decision.userId = user ? user->userId : profile.value(QLatin1String("user_id")).toString();
    }
    if (!m_tenant.store().findUser(decision.userId)) {
        decision.rejected =
            rejection(QStringLiteral("invalid_request"),
                      tr("The Action '%1' set the user '%2', who does not exist.").arg(actionName, decision.userId));
        return decision;
    }
    if (const auto organizations = outcome.callsTo(QStringLiteral("authentication.setOrganization"));
        !organizations.isEmpty())
        decision.organization = organizations.constLast().at(0).toString();
    return decision;
}

} // namespace orglens::demo
