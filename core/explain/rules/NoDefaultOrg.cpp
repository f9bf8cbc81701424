#include "RuleSupport.h"
#include "Rules.h"

namespace orglens::explain::rules {

// A device login's Action copies app_metadata.default_org_id into a namespaced claim; without the key it adds nothing.
std::optional<Finding> noDefaultOrg(const ExplainFacts &facts)
{
    const QString userId = facts.userId();
    if (facts.hasOrgId() || userId.isEmpty() || !facts.namespacedOrgClaims().isEmpty())
        return std::nullopt;
    const auto origin = facts.originFlow();
    const bool deviceChain =
        origin == oauth::Flow::Device && (facts.flow() == oauth::Flow::Device || facts.flow() == oauth::Flow::Refresh);
    const auto defaultOrg = facts.defaultOrgId();
    // A known other flow rules it out; an unknown flow leaves it open only when the tenant shows no default.
    if ((facts.flowKnown() && !deviceChain) || (!facts.flowKnown() && !defaultOrg))
        return std::nullopt;
    if (facts.flow() == oauth::Flow::Refresh) {
        for (const QJsonObject &ancestor : facts.ancestorClaims()) {
            if (!ExplainFacts::namespacedOrgClaimIn(ancestor).isEmpty())
                return std::nullopt; // the claim was there before the refresh: lost-on-refresh
        }
    }
    if (defaultOrg && !defaultOrg->isEmpty())
        return std::nullopt;

    const Confidence confidence = !defaultOrg   ? Confidence::Possible
                                  : deviceChain ? Confidence::Certain
                                                : Confidence::Possible;
    Finding finding = makeFinding(
        confidence, Rules::tr("%1 has no app_metadata.default_org_id, so the Action adds no org claim").arg(userId));
    supports(finding, Evidence::Source::Token, Rules::tr("the token has no namespaced org_id claim"));
    flowEvidence(finding, facts);
    if (defaultOrg) {
        const QStringList keys = facts.input().tenant.user->value(QLatin1String("app_metadata")).toObject().keys();
        supports(finding, Evidence::Source::Tenant,
                 keys.isEmpty()
                     ? Rules::tr("app_metadata is empty")
                     : Rules::tr("app_metadata has no default_org_id (keys: %1)").arg(keys.join(QLatin1String(", "))));
    } else {
        missingTenantEvidence(finding, facts, QStringLiteral("user"), Rules::tr("the app_metadata of %1").arg(userId));
    }
    const QString org = suggestedOrganization(facts);
    finding.fixSteps
        << Rules::tr("Set app_metadata.default_org_id of %1 to an organization the user belongs to%2.")
               .arg(userId, org.isEmpty() ? QString() : Rules::tr(" (e.g. %1)").arg(org))
        << Rules::tr(
               "Log in again: the Action then adds the namespaced claim, and the token exchange turns it into org_id.");
    finding.actions << setDefaultOrgAction(userId, org);
    return finding;
}

} // namespace orglens::explain::rules
