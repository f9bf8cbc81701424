#pragma once

#include "DemoRouter.h"

#include <QHttpServerResponse>
#include <QJsonArray>

// The Actions Management API of the demo tenant (/api/v2/actions/...): Actions and their versions, deploy and roll
// back, trigger bindings, executions; and the token exchange profiles that name custom-token-exchange Actions
// (/api/v2/token-exchange-profiles). Behind ManagementApi's pipeline, so rate limit, faults and scopes apply.

namespace orglens::demo {

class DemoTenant;
class ManagementApi;

class ActionsApi {
public:
    explicit ActionsApi(DemoTenant &tenant) : m_tenant(tenant) {}

    void registerRoutes(DemoRouter &router, ManagementApi &management);

private:
    QHttpServerResponse listActions(const DemoRequest &request) const;
    QHttpServerResponse createAction(const DemoRequest &request);
    QHttpServerResponse getAction(const QString &id) const;
    QHttpServerResponse updateAction(const QString &id, const DemoRequest &request);
    QHttpServerResponse deleteAction(const QString &id, const DemoRequest &request);
    QHttpServerResponse deployAction(const QString &id);
    // Runs the draft once with the body's `payload` as the event; answers when Node has.
    DemoReply testAction(const QString &id, const DemoRequest &request);
    QHttpServerResponse listVersions(const QString &id, const DemoRequest &request) const;
    QHttpServerResponse getVersion(const QString &actionId, const QString &versionId) const;
    QHttpServerResponse rollBack(const QString &actionId, const QString &versionId);
    QHttpServerResponse listTriggers() const;
    QHttpServerResponse getBindings(const QString &triggerId, const DemoRequest &request) const;
    QHttpServerResponse replaceBindings(const QString &triggerId, const DemoRequest &request);
    QHttpServerResponse getExecution(const QString &id) const;
    QHttpServerResponse listProfiles(const DemoRequest &request) const;
    QHttpServerResponse createProfile(const DemoRequest &request);
    QHttpServerResponse getProfile(const QString &id) const;
    QHttpServerResponse updateProfile(const QString &id, const DemoRequest &request);
    QHttpServerResponse deleteProfile(const QString &id);

    DemoTenant &m_tenant;
};

} // namespace orglens::demo
