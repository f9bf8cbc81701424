#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> notExchanged(const ExplainFacts &facts)
{
    if (facts.hasOrgId() || facts.userId().isEmpty() || facts.flow() == oauth::Flow::Exchange)
        return std::nullopt;
    // Under the profile's namespace: certain; with no namespace in the profile, any org claim is a strong hint.
    std::optional<NamespacedOrgClaim> claim = facts.profileOrgClaim();
    Confidence confidence = Confidence::Certain;
    if (!claim && facts.profileNamespace().isEmpty() && !facts.namespacedOrgClaims().isEmpty()) {
        claim = facts.namespacedOrgClaims().first();
        confidence = Confidence::Likely;
    }
    if (!claim)
        return std::nullopt;
    Finding finding = makeFinding(
        confidence, Rules::tr("The token carries %1 but has not been exchanged for one with org_id").arg(claim->name));
    supports(finding, Evidence::Source::Token, Rules::tr("%1 is \"%2\"").arg(claim->name, claim->value));
    supports(finding, Evidence::Source::Token, Rules::tr("no org_id claim"));
    if (confidence == Confidence::Certain)
        supports(finding, Evidence::Source::Profile,
                 Rules::tr("the claim is under the profile's namespace %1").arg(facts.profileNamespace()));
    else
        missing(finding, Evidence::Source::Profile,
                Rules::tr("the profile's claim namespace (the one the exchange Action reads) would settle it"));
    const auto &profile = facts.input().profile;
    if (profile && profile->exchangeClientId.isEmpty())
        missing(finding, Evidence::Source::Profile, Rules::tr("the profile names no token exchange application"));
    finding.fixSteps << Rules::tr("Exchange this token with Custom Token Exchange (subject_token_type of the exchange "
                                  "profile); the exchange Action sets the organization from %1.")
                            .arg(claim->name)
                     << Rules::tr("Send the exchanged access token to the API.");
    finding.actions << runExchangeAction(claim->value);
    return finding;
}

} // namespace orglens::explain::rules
