#include "ActionProbe.h"

#include "ForgedToken.h"
#include "PipelineChecks.h"
#include "management/DefaultOrg.h"
#include "management/ManagementClient.h"

#include <QDateTime>
#include <QUrl>

namespace orglens::doctor {

namespace {

const QString ProbeUserId = QStringLiteral("auth0|orglens-doctor-probe");
const QString ProbeOrgId = QStringLiteral("org_orglens_doctor_probe");
const QString OtherUserId = QStringLiteral("auth0|orglens-doctor-someone-else");

QJsonObject loginEvent(const profiles::Profile &profile, const QJsonObject &user, const QString &protocol)
{
    return {{QStringLiteral("transaction"),
             QJsonObject{{QStringLiteral("protocol"), protocol},
                         {QStringLiteral("requested_scopes"),
                          QJsonArray::fromStringList(profile.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts))}}},
            {QStringLiteral("user"), user},
            {QStringLiteral("client"), QJsonObject{{QStringLiteral("client_id"), profile.clientId}}},
            {QStringLiteral("resource_server"), QJsonObject{{QStringLiteral("identifier"), profile.audience}}},
            {QStringLiteral("request"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("127.0.0.1")}}}};
}

QJsonObject exchangeEvent(const profiles::Profile &profile, const QString &subjectToken)
{
    return {
        {QStringLiteral("transaction"), QJsonObject{{QStringLiteral("subject_token"), subjectToken},
                                                    {QStringLiteral("subject_token_type"), profile.subjectTokenType},
                                                    {QStringLiteral("requested_scopes"), QJsonArray()}}},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("client_id"), profile.exchangeClientId}}},
        {QStringLiteral("request"), QJsonObject{{QStringLiteral("ip"), QStringLiteral("127.0.0.1")}}}};
}

QJsonObject claimsOf(const QList<ActionRun> &runs)
{
    QJsonObject claims;
    for (const ActionRun &run : runs) {
        const QJsonObject set = run.accessTokenClaims();
        for (auto it = set.begin(); it != set.end(); ++it)
            claims.insert(it.key(), it.value());
    }
    return claims;
}

} // namespace

QJsonObject ActionRun::accessTokenClaims() const
{
    QJsonObject claims;
    for (const QJsonValue &command : commands) {
        const QJsonObject call = command.toObject();
        if (call.value(QLatin1String("name")).toString() != QLatin1String("accessToken.setCustomClaim"))
            continue;
        const QJsonArray args = call.value(QLatin1String("args")).toArray();
        claims.insert(args.at(0).toString(), args.at(1));
    }
    return claims;
}

QStringList ActionRun::argumentsOf(const QString &name) const
{
    QStringList arguments;
    for (const QJsonValue &command : commands) {
        const QJsonObject call = command.toObject();
        if (call.value(QLatin1String("name")).toString() == name)
            arguments.append(call.value(QLatin1String("args")).toArray().at(0).toVariant().toString());
    }
    return arguments;
}

bool ActionRun::rejected() const
{
    return !error.isEmpty() || !argumentsOf(QStringLiteral("access.deny")).isEmpty() ||
           !argumentsOf(QStringLiteral("access.rejectInvalidSubjectToken")).isEmpty();
}

QJsonObject ActionProbeResults::deviceClaims() const
{
    return claimsOf(deviceLogin);
}

QJsonObject ActionProbeResults::refreshClaims() const
{
    return claimsOf(refresh);
}

QJsonObject probeUser(const TenantPipeline &pipeline, const QString &userId)
{
    if (pipeline.user)
        return *pipeline.user;
    return {{QStringLiteral("user_id"), userId.isEmpty() ? ProbeUserId : userId},
            {QStringLiteral("app_metadata"), QJsonObject{{QStringLiteral("default_org_id"), ProbeOrgId}}},
            {QStringLiteral("user_metadata"), QJsonObject()}};
}

ActionProbe::ActionProbe(management::ManagementClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    qRegisterMetaType<ActionProbeResults>();
}

void ActionProbe::run(const profiles::Profile &profile, const TenantPipeline &pipeline, const QString &userId,
                      const jwt::SigningKey &key)
{
    delete m_context;
    m_context = new QObject(this);
    m_results = {};
    m_pending = 1;
    const QJsonObject user = probeUser(pipeline, userId);
    const QList<DeployedAction> bound = pipeline.postLogin.value_or(QList<DeployedAction>());
    m_results.deviceLogin.resize(bound.size());
    m_results.refresh.resize(bound.size());
    for (qsizetype index = 0; index < bound.size(); ++index) {
        test(bound.at(index), loginEvent(profile, user, QStringLiteral("oauth2-device-code")),
             [this, index](const ActionRun &run) { m_results.deviceLogin[index] = run; });
        test(bound.at(index), loginEvent(profile, user, QStringLiteral("oauth2-refresh-token")),
             [this, index](const ActionRun &run) { m_results.refresh[index] = run; });
    }
    if (pipeline.exchangeAction) {
        const QString userIdInToken = user.value(QLatin1String("user_id")).toString();
        const QString orgId = management::defaultOrgId(user);
        m_results.forgedOrgId = orgId;
        test(*pipeline.exchangeAction,
             exchangeEvent(profile, forgeToken(key, forgedSubjectClaims(profile, userIdInToken, orgId))),
             [this](const ActionRun &run) { m_results.forgedSubject = run; });
        m_results.forgedOtherUserId = OtherUserId;
        test(*pipeline.exchangeAction,
             exchangeEvent(profile, forgeToken(key, forgedSubjectClaims(profile, OtherUserId, orgId))),
             [this](const ActionRun &run) { m_results.forgedOtherUser = run; });
    }
    if (!pipeline.postLogin)
        m_results.unavailable = PipelineChecks::tr("the Actions could not be read: %1")
                                    .arg(pipeline.unread.value(QStringLiteral("post-login bindings")));
    QMetaObject::invokeMethod(
        m_context, [this] { done(); }, Qt::QueuedConnection);
}

void ActionProbe::test(const DeployedAction &action, const QJsonObject &event,
                       std::function<void(const ActionRun &)> store)
{
    ++m_pending;
    const QString path =
        QStringLiteral("actions/actions/%1/test").arg(management::ManagementClient::encodeSegment(action.id));
    m_client->request(
        "POST", path, {}, QJsonObject{{QStringLiteral("payload"), event}}, m_context,
        [this, action, store = std::move(store)](const management::ApiResult &result) {
            ActionRun run{action.name, action.version, {}, {}};
            if (!result.ok()) {
                if (m_results.unavailable.isEmpty())
                    m_results.unavailable = unreadReason(*result.error, QStringLiteral("create:actions"));
                run.error = result.error->text();
            } else {
                const QJsonObject payload = result.object().value(QLatin1String("payload")).toObject();
                run.commands = payload.value(QLatin1String("commands")).toArray();
                run.error = payload.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            }
            store(run);
            done();
        });
}

void ActionProbe::done()
{
    if (--m_pending == 0)
        emit finished(m_results);
}

} // namespace orglens::doctor
