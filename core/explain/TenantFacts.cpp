#include "TenantFacts.h"

#include "management/DefaultOrg.h"

#include <QJsonArray>

namespace orglens::explain {

namespace {
bool matchesOrg(const QJsonObject &org, const QString &orgIdOrName)
{
    return !orgIdOrName.isEmpty() && (org.value(QLatin1String("id")).toString() == orgIdOrName ||
                                      org.value(QLatin1String("name")).toString() == orgIdOrName);
}
} // namespace

std::optional<QString> TenantFacts::defaultOrgId() const
{
    if (!m_tenant.user)
        return std::nullopt;
    return management::defaultOrgId(*m_tenant.user);
}

std::optional<QString> TenantFacts::memberOrgId(const QString &orgIdOrName) const
{
    if (!m_tenant.userOrganizations)
        return std::nullopt;
    // The organization may be known by the other spelling (name vs id) only through the fetched organization.
    const QJsonObject *fetched = organization(orgIdOrName);
    const QString fetchedId = fetched ? fetched->value(QLatin1String("id")).toString() : QString();
    for (const QJsonValue &each : *m_tenant.userOrganizations) {
        const QJsonObject org = each.toObject();
        if (matchesOrg(org, orgIdOrName) || (!fetchedId.isEmpty() && matchesOrg(org, fetchedId)))
            return org.value(QLatin1String("id")).toString();
    }
    return QString();
}

std::optional<bool> TenantFacts::isMember(const QString &orgIdOrName) const
{
    const auto id = memberOrgId(orgIdOrName);
    if (!id)
        return std::nullopt;
    return !id->isEmpty();
}

QStringList TenantFacts::memberOrgIds() const
{
    QStringList ids;
    if (m_tenant.userOrganizations) {
        for (const QJsonValue &org : *m_tenant.userOrganizations)
            ids << org.toObject().value(QLatin1String("id")).toString();
    }
    return ids;
}

const QJsonObject *TenantFacts::organization(const QString &orgIdOrName) const
{
    for (const QJsonObject &org : m_tenant.organizations) {
        if (matchesOrg(org, orgIdOrName))
            return &org;
    }
    return nullptr;
}

QString TenantFacts::unavailable(const QString &part) const
{
    return m_tenant.unavailable.value(part);
}

std::optional<QString> TenantFacts::clientOrganizationUsage() const
{
    if (!m_tenant.client)
        return std::nullopt;
    return m_tenant.client->value(QLatin1String("organization_usage")).toString(QStringLiteral("deny"));
}

QString TenantFacts::clientRequireBehavior() const
{
    return m_tenant.client ? m_tenant.client->value(QLatin1String("organization_require_behavior")).toString()
                           : QString();
}

QString TenantFacts::clientDefaultOrganization() const
{
    if (!m_tenant.client)
        return {};
    return m_tenant.client->value(QLatin1String("default_organization"))
        .toObject()
        .value(QLatin1String("organization_id"))
        .toString();
}

std::optional<QString> TenantFacts::grantOrganizationUsage() const
{
    if (!m_tenant.clientGrant)
        return std::nullopt;
    // Auth0 omits organization_usage on a grant where it was never set; the token endpoint then denies.
    return m_tenant.clientGrant->value(QLatin1String("organization_usage")).toString(QStringLiteral("deny"));
}

bool TenantFacts::grantAllowsAnyOrganization() const
{
    return m_tenant.clientGrant && m_tenant.clientGrant->value(QLatin1String("allow_any_organization")).toBool();
}

const doctor::DoctorStep *TenantFacts::failedDoctorStep(const QString &id) const
{
    if (!m_tenant.doctor)
        return nullptr;
    const doctor::DoctorStep *step = m_tenant.doctor->step(id);
    return step && step->status == doctor::StepStatus::Fail ? step : nullptr;
}

} // namespace orglens::explain
