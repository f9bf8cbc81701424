#include "TenantPipeline.h"

#include "management/DefaultOrg.h"
#include "management/ManagementClient.h"

#include <QUrl>
#include <QUrlQuery>

namespace orglens::doctor {

QJsonObject TenantPipeline::exchangeProfileFor(const QString &type) const
{
    for (const QJsonValue &profile : exchangeProfiles.value_or(QJsonArray())) {
        if (profile.toObject().value(QLatin1String("subject_token_type")).toString() == type)
            return profile.toObject();
    }
    return {};
}

QString unreadReason(const management::ApiError &error, const QString &scope)
{
    if (error.errorCode == QLatin1String("insufficient_scope"))
        return QCoreApplication::translate("orglens::doctor::TenantPipeline",
                                           "grant %1 to the Management API application")
            .arg(scope);
    return error.text();
}

DeployedAction deployedAction(const QJsonObject &action)
{
    const QJsonObject deployed = action.value(QLatin1String("deployed_version")).toObject();
    return {action.value(QLatin1String("id")).toString(),
            action.value(QLatin1String("name")).toString(),
            deployed.value(QLatin1String("number")).toInt(),
            deployed.value(QLatin1String("code")).toString(),
            deployed.value(QLatin1String("dependencies")).toArray(),
            !action.value(QLatin1String("all_changes_deployed")).toBool(true),
            action.value(QLatin1String("code")).toString()};
}

PipelineReader::PipelineReader(management::ManagementClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<TenantPipeline>();
}

management::ManagementClient::Callback PipelineReader::track(const QString &part, const QString &scope,
                                                             std::function<void(const QJsonValue &)> use)
{
    ++m_pending;
    return [this, part, scope, use = std::move(use)](const management::ApiResult &result) {
        if (result.ok())
            use(result.body);
        else
            m_pipeline.unread.insert(part, unreadReason(*result.error, scope));
        done();
    };
}

management::ManagementClient::ListCallback PipelineReader::trackList(const QString &part, const QString &scope,
                                                                     std::function<void(const QJsonArray &)> use)
{
    ++m_pending;
    return [this, part, scope, use = std::move(use)](const management::ListResult &result) {
        if (result.ok())
            use(result.items);
        else
            m_pipeline.unread.insert(part, unreadReason(*result.error, scope));
        done();
    };
}

void PipelineReader::get(const QString &part, const QString &scope, const QString &path, const QUrlQuery &query,
                         std::function<void(const QJsonValue &)> use)
{
    m_client->request("GET", path, query, {}, m_context, track(part, scope, std::move(use)));
}

void PipelineReader::read(const profiles::Profile &profile, const QString &userId)
{
    delete m_context;
    m_context = new QObject(this);
    m_pipeline = {};
    m_pending = 1; // held until every request is started

    get(QStringLiteral("post-login bindings"), QStringLiteral("read:actions"),
        QStringLiteral("actions/triggers/post-login/bindings"), {}, [this](const QJsonValue &body) {
            QList<DeployedAction> bound;
            for (const QJsonValue &binding : body.toObject().value(QLatin1String("bindings")).toArray())
                bound.append(deployedAction(binding.toObject().value(QLatin1String("action")).toObject()));
            m_pipeline.postLogin = bound;
        });
    get(QStringLiteral("token exchange profiles"), QStringLiteral("read:token_exchange_profiles"),
        QStringLiteral("token-exchange-profiles"), {}, [this, type = profile.subjectTokenType](const QJsonValue &body) {
            m_pipeline.exchangeProfiles = body.toObject().value(QLatin1String("token_exchange_profiles")).toArray();
            const QString actionId = m_pipeline.exchangeProfileFor(type).value(QLatin1String("action_id")).toString();
            if (!actionId.isEmpty())
                readExchangeAction(actionId);
        });
    get(QStringLiteral("tenant settings"), QStringLiteral("read:tenant_settings"), QStringLiteral("tenants/settings"),
        {}, [this](const QJsonValue &body) { m_pipeline.tenantSettings = body.toObject(); });
    if (!profile.clientId.isEmpty()) {
        m_client->getClient(profile.clientId, m_context,
                            track(QStringLiteral("login application"), QStringLiteral("read:clients"),
                                  [this](const QJsonValue &body) { m_pipeline.loginClient = body.toObject(); }));
    }
    if (!profile.exchangeClientId.isEmpty()) {
        m_client->getClient(profile.exchangeClientId, m_context,
                            track(QStringLiteral("exchange application"), QStringLiteral("read:clients"),
                                  [this](const QJsonValue &body) { m_pipeline.exchangeClient = body.toObject(); }));
        m_client->clientGrants(
            profile.exchangeClientId, {}, m_context,
            trackList(QStringLiteral("exchange application's client grants"), QStringLiteral("read:client_grants"),
                      [this](const QJsonArray &grants) { m_pipeline.exchangeClientGrants = grants; }));
        get(QStringLiteral("exchange failures"), QStringLiteral("read:logs"), QStringLiteral("logs"),
            QUrlQuery{
                {QStringLiteral("q"), QStringLiteral("type:fecte AND client_id:\"%1\"").arg(profile.exchangeClientId)},
                {QStringLiteral("per_page"), QStringLiteral("5")}},
            [this](const QJsonValue &body) { m_pipeline.exchangeFailures = body.toArray(); });
    }
    if (!userId.isEmpty()) {
        readUser(userId);
    } else if (!profile.exchangeClientId.isEmpty()) {
        get(QStringLiteral("tenant logs"), QStringLiteral("read:logs"), QStringLiteral("logs"),
            QUrlQuery{{QStringLiteral("q"), QStringLiteral("client_id:\"%1\"").arg(profile.exchangeClientId)},
                      {QStringLiteral("per_page"), QStringLiteral("50")}},
            [this](const QJsonValue &body) { m_pipeline.logs = body.toArray(); });
    }
    QMetaObject::invokeMethod(
        m_context, [this] { done(); }, Qt::QueuedConnection);
}

void PipelineReader::readUser(const QString &userId)
{
    m_client->getUser(userId, m_context,
                      track(QStringLiteral("user"), QStringLiteral("read:users"), [this](const QJsonValue &body) {
                          m_pipeline.user = body.toObject();
                          // Logins through the default organization need the user's connection enabled for it.
                          const QString orgId = management::defaultOrgId(*m_pipeline.user);
                          if (!orgId.isEmpty())
                              get(QStringLiteral("default organization's connections"),
                                  QStringLiteral("read:organization_connections"),
                                  QStringLiteral("organizations/%1/enabled_connections")
                                      .arg(management::ManagementClient::encodeSegment(orgId)),
                                  {}, [this](const QJsonValue &connections) {
                                      m_pipeline.defaultOrgConnections = connections.toArray();
                                  });
                      }));
    // Every page: a user may belong to more organizations than one page holds.
    m_client->userOrganizations(
        userId, m_context,
        trackList(QStringLiteral("user's organizations"), QStringLiteral("read:organizations"),
                  [this](const QJsonArray &organizations) { m_pipeline.userOrganizations = organizations; }));
    get(QStringLiteral("tenant logs"), QStringLiteral("read:logs"),
        QStringLiteral("users/%1/logs").arg(management::ManagementClient::encodeSegment(userId)),
        QUrlQuery{{QStringLiteral("per_page"), QStringLiteral("50")}},
        [this](const QJsonValue &body) { m_pipeline.logs = body.toArray(); });
}

void PipelineReader::readExchangeAction(const QString &actionId)
{
    get(QStringLiteral("exchange Action"), QStringLiteral("read:actions"),
        QStringLiteral("actions/actions/") + management::ManagementClient::encodeSegment(actionId), {},
        [this](const QJsonValue &body) { m_pipeline.exchangeAction = deployedAction(body.toObject()); });
}

void PipelineReader::done()
{
    if (--m_pending == 0)
        emit finished(m_pipeline);
}

} // namespace orglens::doctor
