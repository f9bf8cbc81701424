#pragma once

#include "explain/Diagnosis.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace orglens::explain {

// What the tenant evidence (read with the Management API) says, each answer optional: nullopt = that part was not
// read. Explain's rules and pre-flight's predictions read the tenant through it.
class TenantFacts {
public:
    explicit TenantFacts(const TenantEvidence &tenant) : m_tenant(tenant) {}

    const TenantEvidence &tenant() const { return m_tenant; }
    bool userFetched() const { return m_tenant.user.has_value(); }
    std::optional<QString> defaultOrgId() const; // app_metadata.default_org_id ("" = none)
    // Whether the user is a member of the organization (id or name).
    std::optional<bool> isMember(const QString &orgIdOrName) const;
    // The id of the user's organization with this id or name; "" when the user is not a member of it.
    std::optional<QString> memberOrgId(const QString &orgIdOrName) const;
    QStringList memberOrgIds() const;
    const QJsonObject *organization(const QString &orgIdOrName) const; // fetched organization, or null
    QString unavailable(const QString &part) const;                    // why a part could not be read, or empty

    // The application: organization_usage ("deny" when never set) and organization_require_behavior ("" = default).
    std::optional<QString> clientOrganizationUsage() const;
    QString clientRequireBehavior() const;
    // The client's default_organization for client credentials (organization_id), or empty.
    QString clientDefaultOrganization() const;
    // The M2M token's client grant: its organization_usage ("deny" when never set).
    std::optional<QString> grantOrganizationUsage() const;
    bool grantAllowsAnyOrganization() const; // allow_any_organization of the fetched grant (false when absent)

    // The tenant doctor's step with this id when the doctor ran and the step failed, else null.
    const doctor::DoctorStep *failedDoctorStep(const QString &id) const;

private:
    const TenantEvidence &m_tenant;
};

} // namespace orglens::explain
