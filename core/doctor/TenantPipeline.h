#pragma once

#include "management/ManagementClient.h"
#include "profiles/Profile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <optional>

// What the doctor reads of a tenant's org_id pipeline with the Management API (read scopes only). A part that could
// not be read is absent, and `unread` says why: the scope to grant, or the error.

namespace orglens::doctor {

// An Action as the tenant runs it: its deployed version (or, when never deployed, nothing runs).
struct DeployedAction {
    QString id;
    QString name;
    int version = 0;           // the deployed version's number; 0 when never deployed
    QString code;              // the deployed version's code
    QJsonArray dependencies;   // of the deployed version
    bool draftDiffers = false; // the draft has changes that are not deployed
    QString draftCode;
};

struct TenantPipeline {
    std::optional<QList<DeployedAction>> postLogin; // bound to post-login, in execution order
    std::optional<QJsonArray> exchangeProfiles;
    std::optional<DeployedAction> exchangeAction; // the Action of the profile for the profile's subject_token_type
    std::optional<QJsonObject> exchangeClient;
    std::optional<QJsonArray> exchangeClientGrants; // the exchange application's client grants
    std::optional<QJsonObject> loginClient;         // the profile's native application (organization_usage)
    std::optional<QJsonObject> tenantSettings;
    std::optional<QJsonObject> user;
    std::optional<QJsonArray> userOrganizations;
    std::optional<QJsonArray> defaultOrgConnections; // enabled connections of the user's default organization
    std::optional<QJsonArray> logs; // newest first: the user's, or the exchange application's without a user
    std::optional<QJsonArray> exchangeFailures; // the exchange application's newest fecte entries
    QHash<QString, QString> unread; // part ("post-login bindings", …) -> "grant read:actions" or the error

    // The profile whose subject_token_type is `type`, or an empty object.
    QJsonObject exchangeProfileFor(const QString &type) const;
};

// "Grant read:actions to the Management API application" for an insufficient_scope error, else the error's text.
QString unreadReason(const management::ApiError &error, const QString &scope);

class PipelineReader : public QObject {
    Q_OBJECT

public:
    explicit PipelineReader(management::ManagementClient *client, QObject *parent = nullptr);

    // Reads everything for `profile` (and `userId` when not empty); finished() once, from the event loop.
    void read(const profiles::Profile &profile, const QString &userId);

signals:
    void finished(const orglens::doctor::TenantPipeline &pipeline);

private:
    // A callback that records `use`d data, or why the part could not be read; finished() waits for each one.
    management::ManagementClient::Callback track(const QString &part, const QString &scope,
                                                 std::function<void(const QJsonValue &)> use);
    management::ManagementClient::ListCallback trackList(const QString &part, const QString &scope,
                                                         std::function<void(const QJsonArray &)> use);
    // GET of a path no ManagementClient method covers.
    void get(const QString &part, const QString &scope, const QString &path, const QUrlQuery &query,
             std::function<void(const QJsonValue &)> use);
    void readUser(const QString &userId);
    void readExchangeAction(const QString &actionId);
    void done();

    management::ManagementClient *m_client;
    TenantPipeline m_pipeline;
    int m_pending = 0;
    QObject *m_context = nullptr;
};

DeployedAction deployedAction(const QJsonObject &action);

} // namespace orglens::doctor

Q_DECLARE_METATYPE(orglens::doctor::TenantPipeline)
