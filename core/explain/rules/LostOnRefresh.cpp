#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> lostOnRefresh(const ExplainFacts &facts)
{
    if (facts.hasOrgId() || facts.flow() != oauth::Flow::Refresh || !facts.namespacedOrgClaims().isEmpty())
        return std::nullopt;
    QString lostClaim;
    for (const QJsonObject &ancestor : facts.ancestorClaims()) {
        if (const QString name = ExplainFacts::namespacedOrgClaimIn(ancestor); !name.isEmpty())
            lostClaim = name;
    }
    const bool lineageKnown = !facts.input().lineage.isEmpty();
    if (lineageKnown && lostClaim.isEmpty())
        return std::nullopt; // the claim was never there: not lost on refresh
    // The doctor ran the tenant's Post-Login Action for a refresh and saw it set no claim.
    const doctor::DoctorStep *refreshStep = facts.failedDoctorStep(QStringLiteral("refresh-claim"));

    Finding finding = makeFinding(
        lineageKnown || refreshStep ? Confidence::Certain : Confidence::Likely,
        Rules::tr("The namespaced org claim was lost on refresh (the Action runs only for the device protocol)"));
    flowEvidence(finding, facts);
    supports(finding, Evidence::Source::Token, Rules::tr("this token has no namespaced org_id claim"));
    if (lineageKnown)
        supports(finding, Evidence::Source::Session,
                 Rules::tr("the token it was refreshed from had %1").arg(lostClaim));
    else if (!refreshStep)
        missing(finding, Evidence::Source::Session,
                Rules::tr("the token this one was refreshed from would settle it (did it have the claim?)"));
    if (refreshStep)
        doctorEvidence(finding, *refreshStep);
    finding.fixSteps << Rules::tr("Make the Post-Login Action also set the claim when event.transaction.protocol is "
                                  "'oauth2-refresh-token' (claims are not carried over on refresh).")
                     << Rules::tr("Refresh again (or log in again) and check the new token.");
    finding.actions << openActionsAction(facts);
    return finding;
}

} // namespace orglens::explain::rules
