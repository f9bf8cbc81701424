#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> passwordGrant(const ExplainFacts &facts)
{
    const bool gtyPassword = facts.claim("gty") == QLatin1String("password");
    if (facts.hasOrgId() || (!gtyPassword && facts.flow() != oauth::Flow::Password))
        return std::nullopt;
    Finding finding =
        makeFinding(Confidence::Certain, Rules::tr("The Resource Owner Password grant does not support Organizations"));
    if (gtyPassword)
        supports(finding, Evidence::Source::Token, Rules::tr("gty is \"password\""));
    else
        flowEvidence(finding, facts);
    finding.fixSteps
        << Rules::tr(
               "Log in with the authorization code flow (PKCE) through Universal Login and send organization=<org id>.")
        << Rules::tr("Remove the Password grant from the application once nothing uses it.");
    finding.actions << loginWithOrganizationAction(oauth::Flow::Pkce, suggestedOrganization(facts));
    return finding;
}

} // namespace orglens::explain::rules
