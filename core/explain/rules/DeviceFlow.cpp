#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> deviceFlow(const ExplainFacts &facts)
{
    if (facts.hasOrgId() || facts.userId().isEmpty() || facts.claim("gty") == QLatin1String("password"))
        return std::nullopt;
    const bool fromDevice = facts.originFlow() == oauth::Flow::Device &&
                            (facts.flow() == oauth::Flow::Device || facts.flow() == oauth::Flow::Refresh);
    // A known flow other than device (PKCE, exchange, ...) rules it out; a refresh of unknown origin does not.
    const bool otherFlow =
        facts.flowKnown() && !fromDevice && !(facts.flow() == oauth::Flow::Refresh && !facts.originFlow());
    if (otherFlow)
        return std::nullopt;
    const bool orgClaim = !facts.namespacedOrgClaims().isEmpty();
    const Confidence confidence = fromDevice ? Confidence::Certain
                                  : orgClaim ? Confidence::Likely
                                             : Confidence::Possible;
    Finding finding = makeFinding(confidence, Rules::tr("The Device Authorization flow never sets org_id"));
    flowEvidence(finding, facts);
    if (orgClaim)
        supports(finding, Evidence::Source::Token,
                 Rules::tr("a namespaced org claim without org_id (%1): the device-flow workaround's Action")
                     .arg(facts.namespacedOrgClaims().first().name));
    supports(finding, Evidence::Source::Token, Rules::tr("no org_id or org_name claim"));
    finding.fixSteps
        << Rules::tr(
               "Keep the device flow and exchange its token with Custom Token Exchange; the exchange Action calls "
               "api.authentication.setOrganization() with the namespaced claim (orglens-cli actions generate).")
        << Rules::tr("Or add only a namespaced claim (https://<namespace>/org_id) from app_metadata.default_org_id "
                     "with a Post-Login Action, for APIs that read it.")
        << Rules::tr(
               "Or, where a browser is available, log in with authorization code + PKCE and organization=<org id>.");
    if (orgClaim)
        finding.actions << runExchangeAction(facts.namespacedOrgClaims().first().value);
    finding.actions << loginWithOrganizationAction(oauth::Flow::Pkce, suggestedOrganization(facts));
    return finding;
}

} // namespace orglens::explain::rules
