#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

// An Action that sets org_id itself is silently ignored (restricted claim); its other claims still arrive.
std::optional<Finding> restrictedClaim(const ExplainFacts &facts)
{
    const QStringList custom = facts.customClaimNames();
    if (facts.hasOrgId() || facts.userId().isEmpty() || custom.isEmpty() || !facts.namespacedOrgClaims().isEmpty())
        return std::nullopt;
    Finding finding =
        makeFinding(Confidence::Possible,
                    Rules::tr("An Action may set org_id itself, which Auth0 silently ignores (restricted claim)"));
    supports(finding, Evidence::Source::Token,
             Rules::tr("an Action adds claims (%1), but there is no org claim").arg(custom.join(QLatin1String(", "))));
    missing(finding, Evidence::Source::Tenant,
            Rules::tr("the Action code would settle it: api.accessToken.setCustomClaim('org_id', …) has no effect"));
    finding.fixSteps
        << Rules::tr("Set a namespaced claim instead (https://<namespace>/org_id), or log in with organization=<org "
                     "id> to get the real org_id.")
        << Rules::tr("org_id, org_name, permissions, gty, azp, aud, iss, sub and scope cannot be set by Actions.");
    finding.actions << openActionsAction(facts);
    return finding;
}

} // namespace orglens::explain::rules
