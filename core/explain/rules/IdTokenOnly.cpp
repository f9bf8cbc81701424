#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> idTokenOnly(const ExplainFacts &facts)
{
    if (facts.hasOrgId())
        return std::nullopt;
    const bool isIdToken = facts.kind().kind == jwt::TokenKind::IdToken;
    const auto sibling = facts.siblingClaims();
    const QString siblingOrg = sibling ? sibling->value(QLatin1String("org_id")).toString() : QString();
    Finding finding;
    if (!siblingOrg.isEmpty()) {
        // The other token of the same login has org_id: the wrong one of the two was given.
        finding = makeFinding(
            Confidence::Certain,
            isIdToken
                ? Rules::tr("This is the ID token; the access token of the same login has org_id %1").arg(siblingOrg)
                : Rules::tr("This is the access token; the ID token of the same login has org_id %1").arg(siblingOrg));
        supports(finding, Evidence::Source::Session,
                 Rules::tr("the session's other token carries org_id \"%1\"").arg(siblingOrg));
    } else if (isIdToken) {
        finding =
            makeFinding(Confidence::Possible, Rules::tr("This looks like an ID token; APIs check the access token"));
        if (sibling)
            rulesOut(finding, Evidence::Source::Session, Rules::tr("the session's access token has no org_id either"));
        else
            missing(finding, Evidence::Source::Session,
                    Rules::tr("the access token of the same login would settle it (does it carry org_id?)"));
    } else {
        return std::nullopt;
    }
    for (const QString &reason : facts.kind().reasons)
        supports(finding, Evidence::Source::Token, reason);
    finding.fixSteps << Rules::tr("Send the access token (requested with audience=<API identifier>) to the API; the ID "
                                  "token is for the client application.")
                     << Rules::tr("Explain the access token of the same login.");
    return finding;
}

} // namespace orglens::explain::rules
