#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> defaultOrgNotMember(const ExplainFacts &facts)
{
    const QString userId = facts.userId();
    if (facts.hasOrgId() || userId.isEmpty())
        return std::nullopt;
    // The default organization as the tenant has it, else as the Action copied it into the token.
    QString defaultOrg = facts.defaultOrgId().value_or(QString());
    Evidence::Source source = Evidence::Source::Tenant;
    if (defaultOrg.isEmpty()) {
        if (const auto claim = facts.profileOrgClaim())
            defaultOrg = claim->value;
        else if (!facts.namespacedOrgClaims().isEmpty())
            defaultOrg = facts.namespacedOrgClaims().first().value;
        source = Evidence::Source::Token;
    }
    if (defaultOrg.isEmpty())
        return std::nullopt;
    const auto member = facts.isMember(defaultOrg);
    if (member.value_or(false))
        return std::nullopt;

    Finding finding =
        makeFinding(member ? Confidence::Certain : Confidence::Possible,
                    Rules::tr("The default organization %1 is one the user is not a member of").arg(defaultOrg));
    supports(finding, source,
             source == Evidence::Source::Tenant ? Rules::tr("app_metadata.default_org_id is \"%1\"").arg(defaultOrg)
                                                : Rules::tr("the namespaced org claim is \"%1\"").arg(defaultOrg));
    if (member) {
        const QStringList orgs = facts.memberOrgIds();
        supports(finding, Evidence::Source::Tenant,
                 orgs.isEmpty() ? Rules::tr("%1 belongs to no organization").arg(userId)
                                : Rules::tr("%1 belongs to %2 only").arg(userId, orgs.join(QLatin1String(", "))));
    } else {
        missingTenantEvidence(finding, facts, QStringLiteral("user_organizations"),
                              Rules::tr("the organizations of %1").arg(userId));
    }
    finding.fixSteps
        << Rules::tr(
               "Add %1 to organization %2, or set app_metadata.default_org_id to an organization the user belongs to.")
               .arg(userId, defaultOrg)
        << Rules::tr("Log in again (and exchange the new token): the exchange refuses an organization the user is not "
                     "a member of.");
    const QString memberOrg = facts.memberOrgIds().value(0);
    if (!memberOrg.isEmpty())
        finding.actions << setDefaultOrgAction(userId, memberOrg);
    return finding;
}

} // namespace orglens::explain::rules
