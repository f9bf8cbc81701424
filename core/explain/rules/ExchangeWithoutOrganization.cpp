#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

std::optional<Finding> exchangeWithoutOrganization(const ExplainFacts &facts)
{
    if (facts.hasOrgId() || facts.flow() != oauth::Flow::Exchange)
        return std::nullopt;
    Finding finding = makeFinding(
        Confidence::Certain,
        Rules::tr("The token exchange ran without an organization (no organization parameter, no setOrganization)"));
    flowEvidence(finding, facts);
    supports(finding, Evidence::Source::Token, Rules::tr("the exchanged token has no org_id"));
    QString organization;
    if (const auto &session = facts.input().session) {
        organization = session->parameters.value(QLatin1String("organization")).toString();
        if (organization.isEmpty())
            supports(finding, Evidence::Source::Session,
                     Rules::tr("the exchange request sent no organization parameter"));
        else
            supports(finding, Evidence::Source::Session,
                     Rules::tr("the exchange sent organization=%1, yet the token has no org_id").arg(organization));
    }
    const QList<QJsonObject> ancestors = facts.ancestorClaims();
    if (!ancestors.isEmpty()) {
        const QJsonObject &subject = ancestors.last();
        const QString name = ExplainFacts::namespacedOrgClaimIn(subject);
        if (name.isEmpty()) {
            supports(finding, Evidence::Source::Session,
                     Rules::tr("the subject token had no namespaced org claim for the Action to use"));
        } else {
            if (organization.isEmpty())
                organization = subject.value(name).toString();
            supports(
                finding, Evidence::Source::Session,
                Rules::tr(
                    "the subject token had %1 = \"%2\", which the exchange Action should pass to setOrganization()")
                    .arg(name, subject.value(name).toString()));
        }
    } else {
        missing(finding, Evidence::Source::Session,
                Rules::tr("the subject token would show which organization to set"));
    }
    finding.fixSteps
        << Rules::tr(
               "Call api.authentication.setOrganization(<org id from the subject token's claim>) in the Custom Token "
               "Exchange Action (orglens-cli actions generate), or send organization=<org id> with the exchange.")
        << Rules::tr("Run the exchange again and check org_id in the result.");
    finding.actions << runExchangeAction(organization) << openActionsAction(facts);
    return finding;
}

} // namespace orglens::explain::rules
