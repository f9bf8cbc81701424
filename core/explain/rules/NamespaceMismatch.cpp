#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> namespaceMismatch(const ExplainFacts &facts)
{
    const QString expected = facts.profileNamespace();
    if (facts.hasOrgId() || expected.isEmpty() || facts.namespacedOrgClaims().isEmpty() || facts.profileOrgClaim())
        return std::nullopt;
    const NamespacedOrgClaim claim = facts.namespacedOrgClaims().first();
    Finding finding = makeFinding(
        Confidence::Certain,
        Rules::tr("The org claim is under %1, but the exchange reads %2org_id").arg(claim.claimNamespace, expected));
    supports(finding, Evidence::Source::Token, Rules::tr("the token has %1 = \"%2\"").arg(claim.name, claim.value));
    supports(finding, Evidence::Source::Profile, Rules::tr("the profile's claim namespace is %1").arg(expected));
    supports(finding, Evidence::Source::Token, Rules::tr("no %1org_id claim").arg(expected));
    finding.fixSteps << Rules::tr("Use one namespace in both Actions: the Post-Login Action that sets the claim and "
                                  "the Custom Token Exchange Action that reads it.")
                     << Rules::tr("If the token is right, correct the profile's namespace (--namespace %1).")
                            .arg(claim.claimNamespace);
    finding.actions << openSettingsAction(Rules::tr("Open Actions"),
                                          facts.dashboardUrl(QStringLiteral("actions/library")));
    return finding;
}

} // namespace orglens::explain::rules
