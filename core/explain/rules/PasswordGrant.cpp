#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> passwordGrant(const ExplainFacts &facts)
{
    const bool gtyPassword = facts.claim("gty") == QLatin1String("password");
    if (facts.hasOrgId() || (!gtyPassword && facts.flow() != oauth::Flow::Password))
        return std::nullopt;
    Finding finding =
        makeFinding(Confidence::Certain, tr("The Resource Owner Password grant does not support Organizations"));
    if (gtyPassword)
        supports(finding, Evidence::Source::Token, tr("gty is \"password\""));
    else
        flowEvidence(finding, facts);
    finding.fixSteps << tr("Log in with the authorization code flow (PKCE) through Universal Login and send "
                           "organization=<org id>.")
                     << tr("Remove the Password grant from the application once nothing uses it.");
    finding.actions << loginWithOrganizationAction(oauth::Flow::Pkce, suggestedOrganization(facts));
    return finding;
}

} // namespace orglens::explain::rules
