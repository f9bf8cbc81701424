#pragma once

#include "explain/Diagnosis.h"

#include <QObject>
#include <QSet>

namespace orglens::management {
class ManagementClient;
}

namespace orglens::explain {

// What to read for one token: its user (sub of a user token), its client (azp) and the organizations it names;
// for a machine-to-machine token also the client grant of clientId for grantAudience.
// Reads the tenant evidence the explain rules use with the Management API: the user, the user's organizations,
// the organizations referenced (given ids plus the user's app_metadata.default_org_id) and the client when the
// machine-to-machine application may read it, and the client grant when an audience is given. A request that fails
// (insufficient_scope, 404, network) leaves its part absent and records why in TenantEvidence::unavailable: evidence is
// missing, never an error. Emits finished() exactly once per fetch(), from the event loop.
class TenantEvidenceFetcher : public QObject {
    Q_OBJECT

public:
    explicit TenantEvidenceFetcher(management::ManagementClient *client, QObject *parent = nullptr);

    // Any argument may be empty (that part is not read). Starting a new fetch abandons a running one.
    void fetch(const TenantEvidenceRequest &request);
    void fetch(const QString &userId, const QString &clientId, const QStringList &orgIds)
    {
        fetch(TenantEvidenceRequest{userId, clientId, orgIds, {}});
    }
    bool isRunning() const { return m_pending > 0; }
    // Aborts the running fetch's requests; finished() is not emitted for it.
    void cancel();

signals:
    void finished(const orglens::explain::TenantEvidence &evidence);

private:
    void fetchOrganization(const QString &orgId);
    void fetchClientGrant(const QString &clientId, const QString &audience);
    void done();

    management::ManagementClient *m_client;
    TenantEvidence m_evidence;
    QSet<QString> m_requestedOrgs;
    int m_pending = 0;
    QObject *m_context = nullptr; // owns the callbacks of the running fetch (deleted to abandon it)
};

} // namespace orglens::explain

Q_DECLARE_METATYPE(orglens::explain::TenantEvidence)
