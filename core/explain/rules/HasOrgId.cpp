#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

// org_id is present: no cause to find, but the checks an API should still make (org known, member, org_name).
std::optional<Finding> hasOrgId(const ExplainFacts &facts)
{
    if (!facts.hasOrgId())
        return std::nullopt;
    const QString orgId = facts.orgId();
    QStringList problems; // failed checks: their evidence lines are "rules out" (the org_id is not trustworthy)
    Finding finding = makeFinding(Confidence::Certain, {});
    supports(finding, Evidence::Source::Token, Rules::tr("org_id is \"%1\"").arg(orgId));

    const QJsonObject *org = facts.organization(orgId);
    if (org) {
        supports(
            finding, Evidence::Source::Tenant,
            Rules::tr("organization %1 exists (name \"%2\")").arg(orgId, org->value(QLatin1String("name")).toString()));
    } else if (facts.unavailable(QStringLiteral("organization:") + orgId).startsWith(QLatin1String("404"))) {
        rulesOut(finding, Evidence::Source::Tenant, Rules::tr("no organization %1 in the tenant").arg(orgId));
        problems << Rules::tr("the organization is unknown");
    } else {
        missingTenantEvidence(finding, facts, QStringLiteral("organization:") + orgId,
                              Rules::tr("whether organization %1 exists").arg(orgId));
    }

    const QString userId = facts.userId();
    if (!userId.isEmpty()) {
        const auto member = facts.isMember(orgId);
        if (!member) {
            missingTenantEvidence(finding, facts, QStringLiteral("user_organizations"),
                                  Rules::tr("the organizations of %1").arg(userId));
        } else if (*member) {
            supports(finding, Evidence::Source::Tenant, Rules::tr("%1 is a member of %2").arg(userId, orgId));
        } else {
            rulesOut(finding, Evidence::Source::Tenant,
                     Rules::tr("%1 is not a member of %2 (any more)").arg(userId, orgId));
            problems << Rules::tr("the user is not a member");
        }
    }

    const QString orgName = facts.orgName();
    if (!orgName.isEmpty() && org) {
        const QString name = org->value(QLatin1String("name")).toString();
        if (name == orgName) {
            supports(finding, Evidence::Source::Token,
                     Rules::tr("org_name \"%1\" matches the organization").arg(orgName));
        } else {
            rulesOut(finding, Evidence::Source::Token,
                     Rules::tr("org_name \"%1\" differs from the organization's name \"%2\"").arg(orgName, name));
            problems << Rules::tr("org_name does not match");
        }
    }

    finding.title = problems.isEmpty()
                        ? Rules::tr("The token has org_id %1").arg(orgId)
                        : Rules::tr("The token has org_id %1, but %2").arg(orgId, problems.join(QLatin1String(", ")));
    finding.fixSteps << Rules::tr("Nothing is missing. The API should still validate the signature, iss, aud and exp, "
                                  "then check org_id against the organizations it knows.")
                     << Rules::tr("Authorize by org_id, not org_name (names can change); if memberships change, expect "
                                  "tokens issued before to carry the old organization until they expire.");
    if (!problems.isEmpty())
        finding.fixSteps.prepend(Rules::tr("Fix the organization or the membership in the tenant, then log in again."));
    return finding;
}

} // namespace orglens::explain::rules
