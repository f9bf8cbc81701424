#include "TenantEvidenceFetcher.h"

#include "management/DefaultOrg.h"
#include "management/ManagementClient.h"

#include <QCoreApplication>

namespace orglens::explain {

TenantEvidenceFetcher::TenantEvidenceFetcher(management::ManagementClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<TenantEvidence>();
}

void TenantEvidenceFetcher::fetch(const TenantEvidenceRequest &request)
{
    const QString &userId = request.userId;
    const QString &clientId = request.clientId;
    cancel(); // abandons a running fetch
    m_context = new QObject(this);
    m_evidence = {};
    m_requestedOrgs.clear();
    m_pending = 1; // held until every request below is started, so finished() cannot come early

    if (!userId.isEmpty()) {
        ++m_pending;
        m_client->getUser(userId, m_context, [this, context = m_context](const management::ApiResult &result) {
            if (context != m_context)
                return;
            if (result.ok()) {
                m_evidence.user = result.object();
                // The default organization is evidence too (is it known? is the user a member?).
                const QString defaultOrg = management::defaultOrgId(result.object());
                if (!defaultOrg.isEmpty())
                    fetchOrganization(defaultOrg);
            } else {
                m_evidence.unavailable.insert(QStringLiteral("user"), result.error->text());
            }
            done();
        });
        ++m_pending;
        m_client->userOrganizations(
            userId, m_context, [this, context = m_context](const management::ListResult &result) {
                if (context != m_context)
                    return;
                if (result.ok())
                    m_evidence.userOrganizations = result.items;
                else
                    m_evidence.unavailable.insert(QStringLiteral("user_organizations"), result.error->text());
                done();
            });
    }
    if (!clientId.isEmpty()) {
        ++m_pending;
        m_client->getClient(clientId, m_context, [this, context = m_context](const management::ApiResult &result) {
            if (context != m_context)
                return;
            if (result.ok())
                m_evidence.client = result.object();
            else
                m_evidence.unavailable.insert(QStringLiteral("client"), result.error->text());
            done();
        });
        if (!request.grantAudience.isEmpty())
            fetchClientGrant(clientId, request.grantAudience);
    }
    for (const QString &orgId : request.orgIds)
        fetchOrganization(orgId);
    // Releases the hold from the event loop, so that finished() never comes from inside fetch().
    QMetaObject::invokeMethod(
        m_context,
        [this, context = m_context] {
            if (context == m_context)
                done();
        },
        Qt::QueuedConnection);
}

void TenantEvidenceFetcher::cancel()
{
    // Deleting the context aborts its requests in flight and drops their callbacks (see ManagementClient).
    delete std::exchange(m_context, nullptr);
    m_pending = 0;
}

void TenantEvidenceFetcher::fetchOrganization(const QString &orgId)
{
    if (orgId.isEmpty() || m_requestedOrgs.contains(orgId))
        return;
    m_requestedOrgs.insert(orgId);
    ++m_pending;
    m_client->getOrganization(
        orgId, m_context, [this, orgId, context = m_context](const management::ApiResult &result) {
            if (context != m_context)
                return;
            if (result.ok())
                m_evidence.organizations.append(result.object());
            else
                m_evidence.unavailable.insert(QStringLiteral("organization:") + orgId, result.error->text());
            done();
        });
}

void TenantEvidenceFetcher::fetchClientGrant(const QString &clientId, const QString &audience)
{
    ++m_pending;
    m_client->clientGrants(clientId, audience, m_context,
                           [this, clientId, audience, context = m_context](const management::ListResult &result) {
                               if (context != m_context)
                                   return;
                               if (!result.ok()) {
                                   m_evidence.unavailable.insert(QStringLiteral("client_grant"), result.error->text());
                               } else if (result.items.isEmpty()) {
                                   // Not an error either: the grant was deleted since the token was issued, or the
                                   // token is from another tenant. Say so instead of guessing its organization_usage.
                                   m_evidence.unavailable.insert(
                                       QStringLiteral("client_grant"),
                                       QCoreApplication::translate("orglens::explain::TenantEvidenceFetcher",
                                                                   "the tenant has no client grant of %1 for %2")
                                           .arg(clientId, audience));
                               } else {
                                   m_evidence.clientGrant = result.items.first().toObject();
                               }
                               done();
                           });
}

void TenantEvidenceFetcher::done()
{
    if (--m_pending > 0)
        return;
    m_context->deleteLater();
    m_context = nullptr;
    emit finished(m_evidence);
}

} // namespace orglens::explain
