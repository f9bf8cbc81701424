#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

namespace {

// What the token shows: its org claim is under another namespace than the one the profile (and exchange) reads.
std::optional<Finding> mismatchInToken(const ExplainFacts &facts)
{
    const QString expected = facts.profileNamespace();
    if (expected.isEmpty() || facts.namespacedOrgClaims().isEmpty() || facts.profileOrgClaim())
        return std::nullopt;
    const NamespacedOrgClaim claim = facts.namespacedOrgClaims().first();
    Finding finding = makeFinding(
        Confidence::Certain,
        Rules::tr("The org claim is under %1, but the exchange reads %2org_id").arg(claim.claimNamespace, expected));
    supports(finding, Evidence::Source::Token, Rules::tr("the token has %1 = \"%2\"").arg(claim.name, claim.value));
    supports(finding, Evidence::Source::Profile, Rules::tr("the profile's claim namespace is %1").arg(expected));
    supports(finding, Evidence::Source::Token, Rules::tr("no %1org_id claim").arg(expected));
    return finding;
}

} // namespace

std::optional<Finding> namespaceMismatch(const ExplainFacts &facts)
{
    if (facts.hasOrgId())
        return std::nullopt;
    // The doctor read both Actions (and ran the Post-Login one): it sees a mismatch the token alone may not show.
    const doctor::DoctorStep *doctorStep = facts.failedDoctorStep(QStringLiteral("namespace-match"));
    std::optional<Finding> finding = mismatchInToken(facts);
    const bool seenInToken = finding.has_value();
    if (!finding && !doctorStep)
        return std::nullopt;
    if (!finding)
        finding = makeFinding(Confidence::Certain,
                              Rules::tr("The Post-Login Action, the exchange Action and the profile do not use one "
                                        "claim namespace"));
    if (doctorStep)
        doctorEvidence(*finding, *doctorStep);
    finding->fixSteps << Rules::tr("Use one namespace in both Actions: the Post-Login Action that sets the claim and "
                                   "the Custom Token Exchange Action that reads it.");
    if (seenInToken)
        finding->fixSteps << Rules::tr("If the token is right, correct the profile's namespace (--namespace %1).")
                                 .arg(facts.namespacedOrgClaims().constFirst().claimNamespace);
    else if (!doctorStep->fix.isEmpty())
        finding->fixSteps << doctorStep->fix;
    finding->actions << openActionsAction(facts);
    return finding;
}

} // namespace orglens::explain::rules
